/**
 * The rules a response must meet against its round and instrument. One implementation serves the door
 * (`references.ts`, paths from the workspace root) and the commands (paths from the command's input), so
 * the two can never disagree.
 */
import type { PathSegment, ValidationIssue } from "../common/issues.js";
import { isValidAnswer } from "./instrument.js";
import { createAssessmentIssue } from "./issues.js";
import type { AssessmentResponse, AssessmentRound, Instrument, InstrumentItem } from "./schema.js";
import { DONT_KNOW } from "./constants.js";

/** What the rules need to know about one round, built once per round. */
export interface RoundRuleContext {
  readonly round: AssessmentRound;
  readonly instrument: Instrument;
  readonly itemById: ReadonlyMap<string, InstrumentItem>;
  readonly asked: ReadonlySet<string>;
  /** The item ids, comma-separated, for messages. */
  readonly allowedItems: string;
}

/** Build the {@link RoundRuleContext} of a round whose instrument was found. */
export function createRoundRuleContext(round: AssessmentRound, instrument: Instrument): RoundRuleContext {
  return {
    round,
    instrument,
    itemById: new Map(instrument.items.map((item) => [item.id, item])),
    asked: new Set(round.leadershipIds),
    allowedItems: instrument.items.map((item) => item.id).join(", "),
  };
}

/** The key of a response's respondent within its round: leadership and grouping ("" when none). */
export function groupingKey(response: Pick<AssessmentResponse, "leadershipId" | "grouping">): string {
  return `${response.leadershipId ?? ""}\u0000${response.grouping ?? ""}`;
}

/**
 * Check a response against its round: who answers (a leadership asked, or an anonymous participant in an
 * event poll), that every answer and free text is for an item of the instrument, that values lie on the
 * scale, and that "don't know" and free texts are allowed. Issues are appended with `path` in front.
 */
export function checkResponseRules(
  response: AssessmentResponse,
  context: RoundRuleContext,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): void {
  const { round, instrument, itemById } = context;
  if (round.kind === "self-assessment") {
    if (response.leadershipId === undefined) {
      issues.push(createAssessmentIssue([...path, "leadershipId"], "leadership_required", { round: round.id }));
    } else if (!context.asked.has(response.leadershipId)) {
      issues.push(
        createAssessmentIssue([...path, "leadershipId"], "leadership_not_asked", {
          leadership: response.leadershipId,
          round: round.id,
        }),
      );
    }
  } else {
    if (response.leadershipId !== undefined)
      issues.push(createAssessmentIssue([...path, "leadershipId"], "poll_respondent_named", { round: round.id }));
    if (response.grouping !== undefined)
      issues.push(createAssessmentIssue([...path, "grouping"], "poll_respondent_named", { round: round.id }));
  }
  const itemParams = (item: string) => ({
    item,
    instrument: instrument.id,
    version: instrument.version,
    allowed: context.allowedItems,
  });
  for (const [itemId, value] of Object.entries(response.answers)) {
    const itemPath = [...path, "answers", itemId];
    if (!itemById.has(itemId))
      issues.push(createAssessmentIssue(itemPath, "item_not_in_instrument", itemParams(itemId)));
    else if (value === DONT_KNOW) {
      if (!isValidAnswer(instrument, value))
        issues.push(createAssessmentIssue(itemPath, "dont_know_not_allowed", { instrument: instrument.id }));
    } else if (!isValidAnswer(instrument, value)) {
      issues.push(
        createAssessmentIssue(itemPath, "value_outside_scale", {
          value,
          min: instrument.scale.min,
          max: instrument.scale.max,
        }),
      );
    }
  }
  for (const itemId of Object.keys(response.freeTexts)) {
    const item = itemById.get(itemId);
    const itemPath = [...path, "freeTexts", itemId];
    if (item === undefined) issues.push(createAssessmentIssue(itemPath, "item_not_in_instrument", itemParams(itemId)));
    else if (!item.freeText) issues.push(createAssessmentIssue(itemPath, "free_text_not_allowed", { item: itemId }));
  }
}
