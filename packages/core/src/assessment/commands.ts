/**
 * Commands of the assessment module: add a round, submit, replace or remove a response. Each takes the
 * workspace and an intent from outside (validated here: it is a door), and returns a new workspace or a
 * {@link SystemledningError} whose issues have paths into the intent (`answers["nara-for-mig"]`,
 * `leadershipId`, `grouping`). The input workspace is never changed.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import type { Workspace } from "../workspace/schema.js";
import { findInstrument } from "./instrument.js";
import { createAssessmentIssue } from "./issues.js";
import { checkResponseRules, createRoundRuleContext, groupingKey } from "./response-rules.js";
import { AssessmentResponse, AssessmentRound } from "./schema.js";

/** The outcome of a command. */
export type AssessmentCommandResult = Result<Workspace, SystemledningError>;

const fail = (issues: readonly ValidationIssue[]): AssessmentCommandResult =>
  err(new SystemledningError("invalidInput", issues));

/** Check a parsed response against the workspace: round, instrument, respondent, answers, grouping. */
function responseIssues(
  ws: Workspace,
  response: AssessmentResponse,
  replacingId: string | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const round = ws.assessmentRounds.find((r) => r.id === response.roundId);
  if (round === undefined)
    return [createIssue(["roundId"], "dangling_reference", { id: response.roundId, collection: "assessmentRounds" })];
  const instrument = findInstrument(ws.profile, round.instrumentId, round.instrumentVersion);
  if (instrument === undefined) {
    return [
      createAssessmentIssue(["roundId"], "unknown_instrument", {
        id: round.instrumentId,
        version: round.instrumentVersion,
      }),
    ];
  }
  if (response.leadershipId !== undefined && !ws.leaderships.some((l) => l.id === response.leadershipId)) {
    issues.push(
      createIssue(["leadershipId"], "dangling_reference", { id: response.leadershipId, collection: "leaderships" }),
    );
  }
  checkResponseRules(response, createRoundRuleContext(round, instrument), [], issues);
  if (replacingId === undefined && ws.assessmentResponses.some((r) => r.id === response.id)) {
    const first = ws.assessmentResponses.findIndex((r) => r.id === response.id);
    issues.push(createIssue(["id"], "duplicate_id", { id: response.id, first: `assessmentResponses[${first}]` }));
  }
  if (round.kind === "self-assessment" && response.leadershipId !== undefined) {
    const key = groupingKey(response);
    const first = ws.assessmentResponses.findIndex(
      (r) => r.roundId === response.roundId && r.id !== replacingId && groupingKey(r) === key,
    );
    if (first !== -1) {
      issues.push(
        createAssessmentIssue(["grouping"], "duplicate_grouping", {
          leadership: response.leadershipId,
          round: response.roundId,
          grouping: response.grouping ?? "",
          first: `assessmentResponses[${first}]`,
        }),
      );
    }
  }
  return issues;
}

/**
 * Validate a response from outside (a form, an API): its shape, then its round, respondent and answers.
 * Returns the parsed response or the issues, with paths into `input`. Does not change the workspace.
 *
 * @example
 * const checked = safeParseAssessmentResponse(ws, formData);
 * if (!checked.ok) showErrors(checked.error.issues);
 */
export function safeParseAssessmentResponse(
  ws: Workspace,
  input: unknown,
  options: { readonly replacing?: string } = {},
): Result<AssessmentResponse, SystemledningError> {
  const parsed = parseInput(AssessmentResponse, input);
  if (!parsed.ok) return err(new SystemledningError("invalidInput", parsed.error));
  const issues = responseIssues(ws, parsed.value, options.replacing);
  return issues.length > 0 ? err(new SystemledningError("invalidInput", issues)) : ok(parsed.value);
}

/**
 * Submit a new response to a round. Refused, each with its path and a Swedish and English message: a
 * value outside the scale (`answers[item]`), an item not in the instrument, "don't know" where the
 * instrument has none, a free text where the item takes none, a leadership not asked in the round
 * (`leadershipId`), a second response from the same leadership and grouping (`grouping`: replace it
 * instead), a response id already used, and in an event poll a response that names a respondent.
 *
 * @example
 * const result = submitAssessmentResponse(ws, {
 *   id: "svar-falun-2025", roundId: "sjalvskattning-2025", leadershipId: "ls-falun",
 *   submittedAt: "2025-10-14T09:30:00+02:00", answers: { "nara-for-mig": 4, "nara-till-halsa": "dont-know" }, freeTexts: {},
 * });
 * // Saved safely beside other writers: await updateWorkspace(store, (ws) => submitAssessmentResponse(ws, input));
 */
export function submitAssessmentResponse(ws: Workspace, input: unknown): AssessmentCommandResult {
  const checked = safeParseAssessmentResponse(ws, input);
  if (!checked.ok) return checked;
  return ok({ ...ws, assessmentResponses: [...ws.assessmentResponses, checked.value] });
}

/**
 * Replace a response (same `id`) with a new version, for a leadership that corrects its answers. The same
 * rules as {@link submitAssessmentResponse} apply; the response keeps its place in the collection.
 * An id that is not in the workspace is refused (`id`): submit it instead.
 *
 * @example
 * replaceAssessmentResponse(ws, { ...old, answers: { ...old.answers, "nara-for-mig": 3 }, submittedAt: "2025-10-20T10:00:00+02:00" });
 */
export function replaceAssessmentResponse(ws: Workspace, input: unknown): AssessmentCommandResult {
  const parsed = parseInput(AssessmentResponse, input);
  if (!parsed.ok) return fail(parsed.error);
  const response = parsed.value;
  const position = ws.assessmentResponses.findIndex((r) => r.id === response.id);
  if (position === -1)
    return fail([createIssue(["id"], "dangling_reference", { id: response.id, collection: "assessmentResponses" })]);
  const issues = responseIssues(ws, response, response.id);
  if (issues.length > 0) return fail(issues);
  const assessmentResponses = ws.assessmentResponses.slice();
  assessmentResponses[position] = response;
  return ok({ ...ws, assessmentResponses });
}

/**
 * Remove a response by id (a response sent by mistake). An unknown id is refused (`responseId`).
 *
 * @example
 * removeAssessmentResponse(ws, "svar-falun-2025")
 */
export function removeAssessmentResponse(ws: Workspace, responseId: string): AssessmentCommandResult {
  if (!ws.assessmentResponses.some((r) => r.id === responseId)) {
    return fail([
      createIssue(["responseId"], "dangling_reference", { id: responseId, collection: "assessmentResponses" }),
    ]);
  }
  return ok({ ...ws, assessmentResponses: ws.assessmentResponses.filter((r) => r.id !== responseId) });
}

/**
 * Add a round: a self-assessment asked of some leaderships, or an event poll at a meeting. Refused with
 * paths: an id already used, an instrument version the profile does not have, an unknown or repeated
 * leadership, leaderships listed in an event poll, an unknown meeting, and periods that end before they start.
 *
 * @example
 * addAssessmentRound(ws, {
 *   id: "sjalvskattning-2026", kind: "self-assessment", instrumentId: "dalarna-sjalvskattning", instrumentVersion: 1,
 *   title: "Självskattning 2026", period: { from: "2026-01-01", to: "2026-12-31" },
 *   leadershipIds: ["ls-falun", "ls-mora"], opensAt: "2026-09-01", closesAt: "2026-10-31",
 * });
 */
export function addAssessmentRound(ws: Workspace, input: unknown): AssessmentCommandResult {
  const parsed = parseInput(AssessmentRound, input);
  if (!parsed.ok) return fail(parsed.error);
  const round = parsed.value;
  const issues: ValidationIssue[] = [];
  const first = ws.assessmentRounds.findIndex((r) => r.id === round.id);
  if (first !== -1)
    issues.push(createIssue(["id"], "duplicate_id", { id: round.id, first: `assessmentRounds[${first}]` }));
  if (findInstrument(ws.profile, round.instrumentId, round.instrumentVersion) === undefined) {
    const known = ws.profile.assessment?.instruments.some((i) => i.id === round.instrumentId) === true;
    issues.push(
      createAssessmentIssue([known ? "instrumentVersion" : "instrumentId"], "unknown_instrument", {
        id: round.instrumentId,
        version: round.instrumentVersion,
      }),
    );
  }
  if (round.kind === "event-poll" && round.leadershipIds.length > 0)
    issues.push(createAssessmentIssue(["leadershipIds"], "poll_leaderships_listed", { round: round.id }));
  const leadershipIds = new Set(ws.leaderships.map((l) => l.id));
  const seen = new Set<string>();
  round.leadershipIds.forEach((id, j) => {
    if (!leadershipIds.has(id))
      issues.push(createIssue(["leadershipIds", j], "dangling_reference", { id, collection: "leaderships" }));
    if (seen.has(id)) issues.push(createIssue(["leadershipIds", j], "duplicate_value", { value: id }));
    seen.add(id);
  });
  if (round.meetingId !== undefined && !ws.meetings.some((m) => m.id === round.meetingId)) {
    issues.push(createIssue(["meetingId"], "dangling_reference", { id: round.meetingId, collection: "meetings" }));
  }
  if (issues.length > 0) return fail(issues);
  return ok({ ...ws, assessmentRounds: [...ws.assessmentRounds, round] });
}
