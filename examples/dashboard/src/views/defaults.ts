/**
 * What each page opens on, read from the workspace rather than named for one county: the dashboard holds no county's
 * ids (tests/dashboard/no-county-ids.test.ts), so any workspace, bundled or loaded, gets sensible first choices.
 */
import type { Plan } from "@systemledning/core/plan";
import { getCharterCompleteness } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";

type Leadership = Workspace["leaderships"][number];

/** The leaderships whose charter the Metodstöd workbook offers: the local ones, or every one when none is local. */
export function workbookLeaderships(workspace: Workspace): readonly Leadership[] {
  const locals = workspace.leaderships.filter((leadership) => leadership.level === "local");
  return locals.length > 0 ? locals : workspace.leaderships;
}

/**
 * The workbook's first leadership: of the partly written charters, the one nearest half answered (something to see
 * and something left to do); else the first offered. Ties go to the earlier leadership.
 */
export function defaultWorkbookLeadership(workspace: Workspace, offered: readonly Leadership[]): string | undefined {
  let best: { readonly id: string; readonly distance: number } | undefined;
  for (const leadership of offered) {
    const { ratio } = getCharterCompleteness(workspace, leadership.id);
    if (ratio === null || ratio === 0 || ratio === 1) continue;
    const distance = Math.abs(ratio - 0.5);
    if (best === undefined || distance < best.distance) best = { id: leadership.id, distance };
  }
  return best?.id ?? offered[0]?.id;
}

/** A meeting held and not yet approved: its notes are the secretary's work now. */
const awaitingNotes = (status: Workspace["meetings"][number]["status"]) =>
  status === "held" || status === "notes-in-review";

/**
 * The forum whose annual plan the meetings page opens on: the forum of the latest meeting held by `asOf` whose notes
 * are not yet approved (what a secretary works on now); else the one with the most meetings in `asOf`'s year; else
 * the one with the most meetings at all; else the first. Ties go to the earlier forum.
 */
export function defaultMeetingForum(workspace: Workspace, asOf: string): string {
  const waiting = workspace.meetings
    .filter((meeting) => awaitingNotes(meeting.status) && meeting.start.slice(0, 10) <= asOf)
    .reduce<Workspace["meetings"][number] | undefined>(
      (latest, meeting) => (latest === undefined || meeting.start > latest.start ? meeting : latest),
      undefined,
    );
  if (waiting !== undefined && workspace.forums.some((forum) => forum.id === waiting.forumId)) return waiting.forumId;
  const busiest = (counts: ReadonlyMap<string, number>) => {
    let chosen: string | undefined;
    for (const forum of workspace.forums)
      if ((counts.get(forum.id) ?? 0) > (chosen === undefined ? 0 : (counts.get(chosen) ?? 0))) chosen = forum.id;
    return chosen;
  };
  const year = asOf.slice(0, 4);
  const inYear = new Map<string, number>();
  const all = new Map<string, number>();
  for (const meeting of workspace.meetings) {
    all.set(meeting.forumId, (all.get(meeting.forumId) ?? 0) + 1);
    if (meeting.start.startsWith(year)) inYear.set(meeting.forumId, (inYear.get(meeting.forumId) ?? 0) + 1);
  }
  return busiest(inYear) ?? busiest(all) ?? workspace.forums[0]?.id ?? "";
}

/** The action plan the follow-up page opens on: the regional leadership's adopted plan, else the first not a draft, else the first. */
export function defaultPlan(workspace: Workspace): string | undefined {
  const regional = new Set(workspace.leaderships.filter((l) => l.level === "regional").map((l) => l.id));
  const live = workspace.plans.filter((plan) => plan.status !== "draft");
  return (live.find((plan) => regional.has(plan.leadershipId)) ?? live[0] ?? workspace.plans[0])?.id;
}

/**
 * The leadership the check-ins open on: a local one with an adopted plan of its own (it checks in on its own plan and
 * on the regional one), else the first that reports on a plan.
 */
export function defaultCheckInLeadership(reporting: readonly Leadership[], plans: readonly Plan[]): string | undefined {
  const ownPlan = (leadership: Leadership) =>
    plans.some((plan) => plan.leadershipId === leadership.id && plan.status !== "draft");
  return (reporting.find((leadership) => leadership.level === "local" && ownPlan(leadership)) ?? reporting[0])?.id;
}
