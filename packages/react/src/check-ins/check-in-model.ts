/**
 * The check-in form apart from its markup: the fields a leadership fills in (as texts, the way they are typed and
 * kept as drafts), what they show before anything is typed (the latest reported statuses, the suggested period), and
 * the check-in the core's `recordCheckIn` is given. Nothing is checked here: the core's door refuses, and its
 * issues' paths name the fields (`checkIn.activityStatuses.2.rag` is the third activity's RAG).
 */
import {
  getLatestActivityStatuses,
  suggestCheckInPeriod,
  type CheckInFollowUp,
  type Plan,
  type PlanActivity,
} from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";

/** The Metodstöd's follow-up answers written in words (the rating is its own field). */
export const FOLLOW_UP_TEXT_FIELDS = [
  "activitiesAndResults",
  "lessons",
  "successFactors",
  "challenges",
  "visionAssessment",
] as const satisfies readonly (keyof CheckInFollowUp)[];

/** A follow-up answer in words. */
export type FollowUpTextField = (typeof FOLLOW_UP_TEXT_FIELDS)[number];

/** What is typed about one activity. */
export type ActivityPart = "status" | "progress" | "rag" | "comment";

/** The parts of an activity's report, in the order of the form. */
export const ACTIVITY_PARTS: readonly ActivityPart[] = ["status", "progress", "rag", "comment"];

/** A field of the form, as its draft is kept: `date`, `period.from`, `activity:<id>:rag`, `followUp.lessons`, … */
export type CheckInFieldKey =
  | "date"
  | "period.from"
  | "period.to"
  | `activity:${string}:${ActivityPart}`
  | `followUp.${FollowUpTextField | "visionRating"}`;

/** The activities a check-in reports on: every activity of the plan that is not cancelled, in the plan's order. */
export function reportedActivities(plan: Plan): PlanActivity[] {
  return plan.focusAreas.flatMap((area) => area.activities.filter((activity) => activity.status !== "cancelled"));
}

/** Every field of the form for `plan`, in the order of the page. */
export function checkInFieldKeys(plan: Plan): CheckInFieldKey[] {
  return [
    "date",
    "period.from",
    "period.to",
    ...reportedActivities(plan).flatMap((a) =>
      ACTIVITY_PARTS.map((part): CheckInFieldKey => `activity:${a.id}:${part}`),
    ),
    ...FOLLOW_UP_TEXT_FIELDS.slice(0, 4).map((f): CheckInFieldKey => `followUp.${f}`),
    "followUp.visionRating",
    "followUp.visionAssessment",
  ];
}

/** A share 0–1 as the percent typed: 0.35 → "35". */
export function percentText(share: number | undefined): string {
  return share === undefined ? "" : String(Math.round(share * 1000) / 10);
}

/**
 * What each field shows before anything is typed: the day `asOf`, the suggested period, each activity's latest
 * reported status, progress, RAG and comment on or before `asOf` (else the plan's status and progress, and no RAG,
 * so that a verdict is always someone's choice), and empty follow-up answers.
 */
export function prefilledValues(
  workspace: Workspace,
  plan: Plan,
  leadershipId: string,
  asOf: string,
): Readonly<Record<string, string>> {
  const latest = getLatestActivityStatuses(workspace, plan.id, asOf);
  const period = suggestCheckInPeriod(workspace, plan, leadershipId, asOf);
  const values: Record<string, string> = {
    date: asOf,
    "period.from": period?.from ?? "",
    "period.to": period?.to ?? "",
  };
  for (const activity of reportedActivities(plan)) {
    const reported = latest.get(activity.id);
    values[`activity:${activity.id}:status`] = reported?.status ?? activity.status;
    values[`activity:${activity.id}:progress`] = percentText(reported?.progress ?? activity.progress);
    values[`activity:${activity.id}:rag`] = reported?.rag ?? "";
    values[`activity:${activity.id}:comment`] = reported?.comment ?? "";
  }
  return values;
}

/** A typed percent as a share, or the text itself when it is no number (the core then refuses it at its field). */
function shareOf(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/\s|%/g, "").replace(",", ".");
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? Math.round(value * 10) / 1000 : text;
}

/** A new check-in id for the leadership and period, not yet taken in the workspace. */
export function newCheckInId(workspace: Workspace, leadershipId: string, from: string): string {
  const base = `ci-${leadershipId}-${/^\d{4}-\d{2}-\d{2}$/.test(from) ? from : "ny"}`.slice(0, 120);
  const taken = new Set(workspace.checkIns.map((c) => c.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The check-in for `recordCheckIn`, from the shown values. Empty texts are left out; an unknown RAG or status is
 * passed as typed, for the core to refuse at its field.
 */
export function checkInOfValues(
  workspace: Workspace,
  plan: Plan,
  leadershipId: string,
  value: (key: CheckInFieldKey) => string,
): Record<string, unknown> {
  const followUp: Record<string, unknown> = {};
  for (const field of FOLLOW_UP_TEXT_FIELDS) {
    const text = value(`followUp.${field}`);
    if (text.trim() !== "") followUp[field] = text.trim();
  }
  const rating = value("followUp.visionRating");
  if (rating !== "") followUp.visionRating = Number(rating);
  const activityStatuses = reportedActivities(plan).map((activity) => {
    const progress = shareOf(value(`activity:${activity.id}:progress`));
    const comment = value(`activity:${activity.id}:comment`).trim();
    return {
      activityId: activity.id,
      status: value(`activity:${activity.id}:status`),
      ...(progress === undefined ? {} : { progress }),
      rag: value(`activity:${activity.id}:rag`),
      ...(comment === "" ? {} : { comment }),
    };
  });
  const from = value("period.from").trim();
  return {
    id: newCheckInId(workspace, leadershipId, from),
    planId: plan.id,
    leadershipId,
    date: value("date").trim(),
    period: { from, to: value("period.to").trim() },
    activityStatuses,
    followUp,
  };
}

/**
 * The form field an issue of `recordCheckIn` belongs to (paths start at `checkIn`), or null for one that belongs to
 * none (the id, the plan): `activityStatuses.<n>.<part>` is the n-th reported activity's part.
 */
export function fieldOfCheckInPath(segments: readonly (string | number)[], plan: Plan): CheckInFieldKey | null {
  if (segments[0] !== "checkIn") return null;
  const [first, second, third] = segments.slice(1);
  if (first === "date") return "date";
  if (first === "period") return second === "from" ? "period.from" : "period.to";
  if (first === "followUp" && typeof second === "string") return `followUp.${second}` as CheckInFieldKey;
  if (first === "activityStatuses" && typeof second === "number") {
    const activity = reportedActivities(plan)[second];
    if (activity === undefined) return null;
    const part = third === "activityId" || third === undefined ? "status" : third;
    return ACTIVITY_PARTS.includes(part as ActivityPart) ? `activity:${activity.id}:${part as ActivityPart}` : null;
  }
  return null;
}
