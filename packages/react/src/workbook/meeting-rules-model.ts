/**
 * The meeting-structure form's state apart from its markup: the fields as typed (numbers as text, so what a person
 * types is kept exactly until the core has judged it), the rules they stand for, the fields a refusal's issue
 * belongs to, and the plan those rules give. The core alone judges the rules: text that is not a whole number goes
 * to it as it is and comes back refused at its field, in the core's words.
 */
import { planMeetings, type MeetingMode, type MeetingPlan, type MeetingRules } from "@systemledning/core/meetings";
import { setForumMeetingRules } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";

/** The meeting-structure form as typed. */
export interface MeetingRulesDraft {
  readonly meetingsMin: string;
  readonly meetingsMax: string;
  /** ISO weekday 1–7, as the select's value. */
  readonly weekday: string;
  /** 1–4 or -1 (the last), as the select's value. */
  readonly ordinal: string;
  /** Months with a meeting, ascending. */
  readonly months: readonly number[];
  readonly startTime: string;
  readonly durationMinutes: string;
  readonly noticeDays: string;
  readonly defaultMode: MeetingMode;
  readonly allowedModes: readonly MeetingMode[];
  /** The share of the quorum rule as `numerator/denominator`, `+` after for "more than"; empty for none. */
  readonly share: string;
  readonly everyPrincipalRepresented: boolean;
  readonly chairOrViceChairPresent: boolean;
  readonly notesWithinDays: string;
  readonly reviewDays: string;
  /** Whether the rules state the chair's term. */
  readonly chairStated: boolean;
  readonly chairTermMonths: string;
  readonly chairRotates: boolean;
}

/** The three modes, in the form's order. */
export const MEETING_MODES: readonly MeetingMode[] = ["physical", "digital", "hybrid"];

/** The draft's value of a quorum share. */
export function shareValueOf(share: MeetingRules["quorum"]["share"]): string {
  return share === undefined ? "" : `${share.numerator}/${share.denominator}${share.strictlyMore ? "+" : ""}`;
}

/** The quorum share of a draft value, or undefined for none (or a value the form never offers). */
export function shareOfValue(value: string): MeetingRules["quorum"]["share"] {
  const match = /^(\d+)\/(\d+)(\+?)$/.exec(value);
  if (match === null) return undefined;
  return { numerator: Number(match[1]), denominator: Number(match[2]), strictlyMore: match[3] === "+" };
}

/** The form's fields for `rules`. */
export function draftOfRules(rules: MeetingRules): MeetingRulesDraft {
  return {
    meetingsMin: String(rules.meetingsPerYear.min),
    meetingsMax: String(rules.meetingsPerYear.max),
    weekday: String(rules.recurrence.weekday),
    ordinal: String(rules.recurrence.ordinal),
    months: [...rules.recurrence.months],
    startTime: rules.recurrence.startTime,
    durationMinutes: String(rules.recurrence.durationMinutes),
    noticeDays: String(rules.noticeDays),
    defaultMode: rules.defaultMode,
    allowedModes: MEETING_MODES.filter((mode) => rules.allowedModes.includes(mode)),
    share: shareValueOf(rules.quorum.share),
    everyPrincipalRepresented: rules.quorum.everyPrincipalRepresented,
    chairOrViceChairPresent: rules.quorum.chairOrViceChairPresent,
    notesWithinDays: String(rules.notesWithinDays),
    reviewDays: String(rules.reviewDays),
    chairStated: rules.chair !== undefined,
    chairTermMonths: String(rules.chair?.termMonths ?? 24),
    chairRotates: rules.chair?.rotatesBetweenPrincipals ?? false,
  };
}

/**
 * A number as typed: a whole number as a number; nothing as absent (the core says the field is missing); anything
 * else as the text itself (the core says it is not a number). The form never judges on its own.
 */
function numberOf(typed: string): unknown {
  const trimmed = typed.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The rules a draft stands for, on top of `base` (the forum's rules now): what the form does not show (fixed dates,
 * the holiday rule, preparation and pre-registration, notes) is kept. Shaped like {@link MeetingRules}, but not
 * checked: `setForumMeetingRules` checks it.
 */
export function rulesOfDraft(draft: MeetingRulesDraft, base: MeetingRules): MeetingRules {
  const share = shareOfValue(draft.share);
  const rules: Record<string, unknown> = {
    ...base,
    meetingsPerYear: { min: numberOf(draft.meetingsMin), max: numberOf(draft.meetingsMax) },
    recurrence: {
      months: [...draft.months].sort((a, b) => a - b),
      weekday: Number(draft.weekday),
      ordinal: Number(draft.ordinal),
      startTime: draft.startTime.trim(),
      durationMinutes: numberOf(draft.durationMinutes),
    },
    noticeDays: numberOf(draft.noticeDays),
    defaultMode: draft.defaultMode,
    allowedModes: MEETING_MODES.filter((mode) => draft.allowedModes.includes(mode)),
    quorum: {
      ...(share === undefined ? {} : { share }),
      everyPrincipalRepresented: draft.everyPrincipalRepresented,
      chairOrViceChairPresent: draft.chairOrViceChairPresent,
    },
    notesWithinDays: numberOf(draft.notesWithinDays),
    reviewDays: numberOf(draft.reviewDays),
  };
  delete rules["chair"];
  if (draft.chairStated)
    rules["chair"] = { termMonths: numberOf(draft.chairTermMonths), rotatesBetweenPrincipals: draft.chairRotates };
  // Unchecked on purpose (see above): the command is the one judge of what was typed.
  return rules as unknown as MeetingRules;
}

/** Whether two drafts show the same rules. */
export function sameDraft(a: MeetingRulesDraft, b: MeetingRulesDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of the form, in the order they appear, by the path of the rules they write (`meetingsPerYear.max`). An
 * issue whose path starts with one of these belongs to it.
 */
export const MEETING_RULES_FIELDS = [
  "meetingsPerYear.min",
  "meetingsPerYear.max",
  "recurrence.ordinal",
  "recurrence.weekday",
  "recurrence.months",
  "recurrence.startTime",
  "recurrence.durationMinutes",
  "noticeDays",
  "defaultMode",
  "allowedModes",
  "quorum.share",
  "quorum.everyPrincipalRepresented",
  "quorum.chairOrViceChairPresent",
  "notesWithinDays",
  "reviewDays",
  "chair.termMonths",
  "chair.rotatesBetweenPrincipals",
] as const;

/** A field of the meeting-structure form. */
export type MeetingRulesField = (typeof MEETING_RULES_FIELDS)[number];

/** The preview of a draft: the year's plan under its rules, or null when the core would refuse them. */
export function previewPlan(
  workspace: Workspace,
  forumId: string,
  year: number,
  draft: MeetingRulesDraft,
  base: MeetingRules,
): MeetingPlan | null {
  const next = setForumMeetingRules(workspace, { forumId, rules: rulesOfDraft(draft, base) });
  if (!next.ok) return null;
  return planMeetings(next.value, forumId, { year });
}
