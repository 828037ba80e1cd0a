/**
 * What the meeting, charter and timeline stories pick from whichever county the toolbar chose: a meeting in a given
 * state, the forum whose year has the most meetings, a leadership's charter part written, and the county's day as a
 * moment and in words. Each pick reads the workspace, never a county's ids, and answers `undefined` when the county's
 * sample lacks it, so a story can say so instead of drawing nothing.
 */
import { getMeetingQuorum, type Meeting } from "@systemledning/core/meetings";
import { getCharterCompleteness } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { firstForumOf, forumsOf, localLeaderships, nearestLeadership, regionalLeadership } from "./county-picks.js";

type Forum = Workspace["forums"][number];
type Leadership = Workspace["leaderships"][number];

/** Where in the county a story looks: its first local leadership (the regional one in a county led county-wide), or its regional one. */
export type Level = "local" | "regional";

/** The county's leadership at `level`. */
export function leadershipAt(workspace: Workspace, level: Level): Leadership {
  return level === "regional" ? regionalLeadership(workspace) : nearestLeadership(workspace);
}

/** The first forum of the county's leadership at `level`. */
export function forumAt(workspace: Workspace, level: Level): Forum {
  return firstForumOf(workspace, leadershipAt(workspace, level).id);
}

/** The states of a meeting a story can show, as the meeting page names its steps. */
export type MeetingPick =
  "planned" | "noticeSent" | "held" | "notQuorate" | "inReview" | "approved" | "corrected" | "cancelled";

/** Every {@link MeetingPick}, in the order of a meeting's life, for a story's control. */
export const MEETING_PICKS: readonly MeetingPick[] = [
  "planned",
  "noticeSent",
  "held",
  "notQuorate",
  "inReview",
  "approved",
  "corrected",
  "cancelled",
];

const STATUS_OF = {
  planned: "planned",
  noticeSent: "notice-sent",
  inReview: "notes-in-review",
  approved: "approved",
  cancelled: "cancelled",
} as const satisfies Partial<Record<MeetingPick, Meeting["status"]>>;

/** The correction entry of the decision log that corrects an entry of `meetingId`, if any. */
export function correctionOf(workspace: Workspace, meetingId: string) {
  return workspace.decisionLog.find((entry) => entry.kind === "correction" && entry.meetingId === meetingId);
}

/** The county's first meeting (in the sample's order) in the state `pick`; `undefined` when it has none. */
export function pickMeeting(workspace: Workspace, pick: MeetingPick): Meeting | undefined {
  const meetings = workspace.meetings;
  switch (pick) {
    case "held":
    case "notQuorate": {
      // A held meeting's quorum decides which of the two it shows: the page's verdict is what the story is about.
      const quorate = pick === "held";
      return meetings.find((m) => m.status === "held" && getMeetingQuorum(workspace, m.id).quorate === quorate);
    }
    case "corrected":
      return meetings.find((m) => m.status === "approved" && correctionOf(workspace, m.id) !== undefined);
    default:
      return meetings.find((m) => m.status === STATUS_OF[pick]);
  }
}

/** The year of an ISO day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The meetings of a forum that start in `year`, earliest first. */
export function meetingsOfForumIn(workspace: Workspace, forumId: string, year: number): readonly Meeting[] {
  return workspace.meetings
    .filter((m) => m.forumId === forumId && yearOf(m.start) === year)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** Of `forums`, those with a meeting in `year`, in the sample's order. */
export function forumsMeetingIn(workspace: Workspace, forums: readonly Forum[], year: number): readonly Forum[] {
  return forums.filter((forum) => meetingsOfForumIn(workspace, forum.id, year).length > 0);
}

/** The forums of the county's local leaderships. */
export function localForums(workspace: Workspace): readonly Forum[] {
  const locals = new Set(localLeaderships(workspace).map((l) => l.id));
  return workspace.forums.filter((forum) => locals.has(forum.leadershipId));
}

/** The forums of the county's regional leadership. */
export function regionalForums(workspace: Workspace): readonly Forum[] {
  return forumsOf(workspace, regionalLeadership(workspace).id);
}

/**
 * Of `forums` (all the county's by default), the one with the most meetings in `year` (the first on a tie), else
 * the first of `forums`: a forum whose year has the most to show.
 */
export function busiestForum(workspace: Workspace, year: number, forums: readonly Forum[] = workspace.forums): Forum {
  let best = forums[0] ?? workspace.forums[0];
  let most = best === undefined ? 0 : meetingsOfForumIn(workspace, best.id, year).length;
  for (const forum of forums) {
    const count = meetingsOfForumIn(workspace, forum.id, year).length;
    if (count > most) [best, most] = [forum, count];
  }
  if (!best) throw new Error("The county's sample has no forum.");
  return best;
}

/** The county's first forum without any meeting recorded; `undefined` when every forum has one. */
export function forumWithoutMeetings(workspace: Workspace): Forum | undefined {
  return workspace.forums.find((forum) => !workspace.meetings.some((m) => m.forumId === forum.id));
}

/** The first leadership whose charter is part written (something answered, something open). */
export function partlyWrittenLeadership(workspace: Workspace): Leadership | undefined {
  return workspace.leaderships.find((l) => {
    const { answeredCount, total } = getCharterCompleteness(workspace, l.id);
    return answeredCount > 0 && answeredCount < total;
  });
}

/** The first leadership whose charter answers every question. */
export function completeLeadership(workspace: Workspace): Leadership | undefined {
  return workspace.leaderships.find((l) => {
    const { answeredCount, total } = getCharterCompleteness(workspace, l.id);
    return total > 0 && answeredCount === total;
  });
}

/** The first leadership without a charter. */
export function leadershipWithoutCharter(workspace: Workspace): Leadership | undefined {
  return workspace.leaderships.find((l) => getCharterCompleteness(workspace, l.id).charterId === null);
}

/** A moment on the county's day (noon in Sweden), for the commands' times, so the stories never follow the clock. */
export function storyNow(asOf: string): Date {
  return new Date(`${asOf}T12:00:00+02:00`);
}

/** A day as the kit writes it in Swedish: "13 maj 2026". */
export function dayInSwedish(day: string): string {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Stockholm",
  });
}
