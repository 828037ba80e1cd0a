/**
 * Timeline items for the timeline's tests, written as `getTimeline` gives them, with only what a test
 * cares about to fill in.
 */
import type { TimelineItem } from "@systemledning/core/timeline";

let counter = 0;

/** An item of `kind` on `date`, with the rest defaulted. */
export function timelineItem(date: string, overrides: Partial<TimelineItem> = {}): TimelineItem {
  counter++;
  const kind = overrides.kind ?? "meeting";
  const id = overrides.id ?? `${kind}:t${counter}`;
  return {
    id,
    kind,
    date,
    endDate: null,
    start: null,
    title: `Punkt ${counter}`,
    agendaKind: null,
    forumId: null,
    leadershipId: null,
    meetingId: null,
    status: null,
    description: null,
    diarienummer: null,
    agenda: [],
    source: { collection: "meetings", id, path: `meetings[${counter}]` },
    ...overrides,
  };
}

/** Items sorted as getTimeline sorts them (by date, then id). */
export function sorted(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
