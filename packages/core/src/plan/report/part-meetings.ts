/**
 * Section 4 (meetings and items per forum) and appendix 2 (the Bilaga 2 table: forum, date, item kind,
 * title), from the meetings of the year. Dates are Stockholm calendar days; cancelled meetings and meetings
 * after the report's day are left out, since they did not take place in the year reported on.
 */
import { compareStrings } from "../../common/compare.js";
import { stockholmDateOf } from "../../common/stockholm-time.js";
import type { AgendaItemKind, Meeting } from "../../meetings/schema.js";
import type { Forum } from "../../structure/schema.js";
import type { Workspace } from "../../workspace/schema.js";
import { AGENDA_KIND_LABELS } from "../../meetings/labels.js";
import { NO_DATA_REASONS, withYear } from "./labels.js";
import type { ReportAgendaRow, ReportForumActivity, ReportForumAgenda, ReportPart } from "./types.js";

const LEVEL_ORDER: Readonly<Record<string, number>> = { regional: 0, subregional: 1, local: 2 };

interface HeldMeeting {
  readonly meeting: Meeting;
  readonly date: string;
}

/** The year's meetings that took place by `asOf`, grouped by forum (forums sorted by level, name and id). */
function meetingsByForum(
  ws: Workspace,
  year: number,
  asOf: string,
): { forum: Forum; leadership: string; meetings: HeldMeeting[] }[] {
  const prefix = `${year}-`;
  const groups = new Map<string, HeldMeeting[]>();
  for (const meeting of ws.meetings) {
    if (meeting.status === "cancelled") continue;
    const date = stockholmDateOf(meeting.start);
    if (!date.startsWith(prefix) || date > asOf) continue;
    const list = groups.get(meeting.forumId);
    if (list === undefined) groups.set(meeting.forumId, [{ meeting, date }]);
    else list.push({ meeting, date });
  }
  const leadershipById = new Map(ws.leaderships.map((l) => [l.id, l]));
  const forums = ws.forums.filter((f) => groups.has(f.id));
  const level = (f: Forum): number => LEVEL_ORDER[leadershipById.get(f.leadershipId)?.level ?? "local"] ?? 3;
  forums.sort((a, b) => level(a) - level(b) || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  return forums.map((forum) => ({
    forum,
    leadership: leadershipById.get(forum.leadershipId)?.name ?? forum.leadershipId,
    meetings: groups
      .get(forum.id)!
      .sort((a, b) => compareStrings(a.meeting.start, b.meeting.start) || compareStrings(a.meeting.id, b.meeting.id)),
  }));
}

const emptyKindCounts = (): Record<AgendaItemKind, number> => ({
  information: 0,
  decision: 0,
  workshop: 0,
  report: 0,
  dialogue: 0,
});

/** Meetings and items per forum in `year`. */
export function getReportForumActivity(
  ws: Workspace,
  year: number,
  asOf: string,
): ReportPart<{ readonly forums: readonly ReportForumActivity[] }> {
  const groups = meetingsByForum(ws, year, asOf);
  if (groups.length === 0) return { status: "no-data", reason: withYear(NO_DATA_REASONS.forums, year) };
  return {
    status: "data",
    forums: groups.map(({ forum, leadership, meetings }) => {
      const itemCounts = emptyKindCounts();
      for (const { meeting } of meetings) for (const item of meeting.agenda) itemCounts[item.kind] += 1;
      return {
        forumId: forum.id,
        name: forum.name,
        shortName: forum.shortName ?? null,
        leadership,
        meetingCount: meetings.length,
        itemCounts,
      };
    }),
  };
}

/** The Bilaga 2 table of `year`: every agenda item of every forum's meetings, by date and agenda order. */
export function getReportForumAgendas(
  ws: Workspace,
  year: number,
  asOf: string,
): ReportPart<{ readonly forums: readonly ReportForumAgenda[] }> {
  const groups = meetingsByForum(ws, year, asOf);
  if (groups.length === 0) return { status: "no-data", reason: withYear(NO_DATA_REASONS.forums, year) };
  return {
    status: "data",
    forums: groups.map(({ forum, meetings }) => ({
      forumId: forum.id,
      name: forum.name,
      shortName: forum.shortName ?? null,
      rows: meetings.flatMap(({ meeting, date }) =>
        meeting.agenda.map((item): ReportAgendaRow => ({
          date,
          kind: item.kind,
          kindLabel: AGENDA_KIND_LABELS[item.kind],
          title: item.title,
          decision:
            item.kind === "decision" && item.decision !== undefined && item.decision.text.trim() !== ""
              ? item.decision.text
              : null,
        })),
      ),
    })),
  };
}
