/**
 * `getTimeline`: every kind of item, the order (date, start, kind, id; agenda order within a meeting), the same
 * result whatever the order of the collections, the filters and their edges, cancelled records, corrected
 * decisions, and items that point back at their records by exact path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createDalarnaSampleWorkspace,
  DALARNA_EVENT_IDS,
  DALARNA_REGIONAL_PLAN_ID,
} from "@systemledning/core/profiles/dalarna";
import {
  getTimeline,
  TIMELINE_ITEM_KINDS,
  type TimelineItem,
  type TimelineItemKind,
} from "@systemledning/core/timeline";
import type { PathSegment, Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { createRandom } from "../../fixtures/national.js";
import { workspaceWithEventsArbitrary } from "../../fixtures/timeline-arbitraries.js";

const SEED = 20261122;
const ws = createDalarnaSampleWorkspace();
const all = getTimeline(ws);
const ids = (items: readonly TimelineItem[]): string[] => items.map((i) => i.id);
const kindOrder = (kind: TimelineItemKind): number => TIMELINE_ITEM_KINDS.indexOf(kind);
const startMs = (item: TimelineItem): number =>
  item.start === null ? Number.NEGATIVE_INFINITY : Date.parse(item.start);

/** The record at a path like `plans[0].focusAreas[1].activities[2]`. */
function recordAt(doc: unknown, path: string): unknown {
  const segments: PathSegment[] = [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]/gu)].map((m) =>
    m[1] !== undefined ? m[1] : Number(m[2]),
  );
  return segments.reduce<unknown>(
    (value, segment) => (value as Record<PathSegment, unknown> | undefined)?.[segment],
    doc,
  );
}

/** Whether `a` may come before `b`: by date, then start, then kind, and never an equal pair. */
function inOrder(a: TimelineItem, b: TimelineItem): boolean {
  if (a.date !== b.date) return a.date < b.date;
  if (startMs(a) !== startMs(b)) return startMs(a) < startMs(b);
  if (a.kind !== b.kind) return kindOrder(a.kind) < kindOrder(b.kind);
  if (a.meetingId !== null && a.meetingId === b.meetingId && a.kind !== "meeting") return true; // agenda order, checked separately
  return a.id < b.id;
}

/** A copy of `workspace` with its collections (and the agenda-free parts) shuffled by `seed`. */
function shuffled(workspace: Workspace, seed: number): Workspace {
  const random = createRandom(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const copy = structuredClone(workspace);
  return {
    ...copy,
    forums: shuffle(copy.forums),
    leaderships: shuffle(copy.leaderships),
    meetings: shuffle(copy.meetings),
    events: shuffle(copy.events),
    plans: shuffle(copy.plans.map((p) => ({ ...p, focusAreas: shuffle(p.focusAreas) }))),
    checkIns: shuffle(copy.checkIns),
  };
}

const withoutPaths = (items: readonly TimelineItem[]) =>
  items.map(({ source: { path: _path, ...source }, ...item }) => ({ ...item, source }));

describe("getTimeline", () => {
  it("has an item for every meeting, agenda item, current decision, event, plan activity and check-in of the workspace", () => {
    const count = (kind: TimelineItemKind) => all.filter((i) => i.kind === kind).length;
    expect(count("meeting")).toBe(ws.meetings.length);
    expect(count("agenda-item")).toBe(ws.meetings.reduce((n, m) => n + m.agenda.length, 0));
    expect(count("decision")).toBe(ws.decisionLog.filter((e) => e.kind === "decision").length);
    expect(count("event")).toBe(ws.events.length);
    expect(count("activity")).toBe(
      ws.plans.reduce((n, p) => n + p.focusAreas.reduce((m, a) => m + a.activities.length, 0), 0),
    );
    expect(count("check-in")).toBe(ws.checkIns.length);
    expect(new Set(ids(all)).size).toBe(all.length);
  });

  it("sorts by date, then start (items without a start first), then kind, then id, keeping a meeting's agenda order", () => {
    for (let i = 1; i < all.length; i++)
      expect(inOrder(all[i - 1]!, all[i]!), `${all[i - 1]!.id} before ${all[i]!.id}`).toBe(true);
    for (const meeting of ws.meetings) {
      const items = all.filter((i) => i.kind === "agenda-item" && i.meetingId === meeting.id);
      expect(items.map((i) => i.source.id)).toEqual(meeting.agenda.map((a) => a.id));
    }
  });

  it("keeps agenda order past nine items, where the ids would sort a10 before a2", () => {
    const meeting = structuredClone(ws.meetings[0]!);
    meeting.agenda = Array.from({ length: 12 }, (_, n) => ({
      id: `${meeting.id}-a${n + 1}`,
      kind: "information" as const,
      title: `Punkt ${n + 1}`,
      attachments: [],
    }));
    const long = { ...ws, meetings: [meeting], decisionLog: [] };
    expect(getTimeline(long, { kinds: ["agenda-item"] }).map((i) => i.title)).toEqual(
      meeting.agenda.map((a) => a.title),
    );
  });

  it("gives the same items in the same order whatever the order of the collections", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const other = getTimeline(shuffled(ws, seed));
        expect(ids(other)).toEqual(ids(all));
        expect(withoutPaths(other)).toEqual(withoutPaths(all));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it("sorts generated workspaces with events the same whatever their order, and is the same on a second call", () => {
    fc.assert(
      fc.property(workspaceWithEventsArbitrary(), fc.integer(), (generated, seed) => {
        const items = getTimeline(generated);
        expect(getTimeline(generated)).toEqual(items);
        expect(ids(getTimeline(shuffled(generated, seed)))).toEqual(ids(items));
        for (let i = 1; i < items.length; i++) expect(inOrder(items[i - 1]!, items[i]!)).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("points every item at its record by exact path, and the record has the item's source id", () => {
    for (const item of all) {
      const record = recordAt(ws, item.source.path) as { id?: string } | undefined;
      expect(record?.id, item.source.path).toBe(item.source.id);
      expect(item.source.path.startsWith(item.source.collection)).toBe(true);
    }
  });

  it("never changes the workspace, and items share no list with it or with each other", () => {
    const frozen = deepFreeze(structuredClone(ws));
    const items = getTimeline(frozen);
    expect(items).toEqual(all);
    const lists = items.flatMap((i) => [i.agenda, i.leadershipIds ?? []]).filter((list) => list.length > 0);
    expect(new Set(lists).size).toBe(lists.length);
    expect(lists.some((list) => frozen.events.some((e) => e.leadershipIds === list))).toBe(false);
  });

  it("gives an empty list for a workspace without meetings, decisions, events, plans or check-ins", () => {
    expect(getTimeline({ ...ws, meetings: [], decisionLog: [], events: [], plans: [], checkIns: [] })).toEqual([]);
  });

  it("titles a meeting by its own title or its forum's name, with its agenda, start and end, mode and place", () => {
    const moved = all.find((i) => i.id === "meeting:mt-falun-2026-05-21")!;
    expect(moved).toMatchObject({
      title: "Maj (flyttat från Kristi himmelsfärdsdag)",
      status: "notice-sent",
      forumId: "f-falun",
      leadershipId: "ls-falun",
      mode: "physical",
      location: "Falu stadshus",
    });
    expect(moved.agenda).toEqual([
      { id: "mt-falun-2026-05-21-a1", kind: "information", title: "Systemledningsdagen 2026" },
    ]);
    expect(all.find((i) => i.id === "meeting:mt-vfr-2025-06-12")).toMatchObject({
      title: "Välfärdsrådet",
      start: "2025-06-12T13:00:00+02:00",
      end: "2025-06-12T16:00:00+02:00",
      endDate: null,
    });
  });

  it("keeps a cancelled meeting with its status and reason, and leaves it out with includeCancelled: false", () => {
    const cancelled = all.find((i) => i.id === "meeting:mt-vasterbergslagen-2026-04-09");
    expect(cancelled).toMatchObject({
      status: "cancelled",
      note: "För få anmälda ärenden; ärendena tas vid nästa möte.",
      agenda: [],
    });
    const sip = all.find((i) => i.id === `event:${DALARNA_EVENT_IDS.sipTraining2026}`);
    expect(sip).toMatchObject({
      status: "cancelled",
      note: "För få anmälda; utbildningen hålls i stället under hösten.",
    });
    const kept = getTimeline(ws, { includeCancelled: false });
    expect(kept.some((i) => i.status === "cancelled")).toBe(false);
    expect(kept.length).toBe(all.filter((i) => i.status !== "cancelled").length);
  });

  it("gives an agenda item its meeting's day, start and status, its kind, its notes as description and a decision's diarienummer", () => {
    const item = all.find((i) => i.id === "agenda-item:mt-lchnv-2025-03-14/mt-lchnv-2025-03-14-a1");
    expect(item).toMatchObject({
      date: "2025-03-14",
      start: "2025-03-14T09:00:00+01:00",
      agendaKind: "decision",
      status: "approved",
      description: "Förslag om ett gemensamt prioriterat område för 2025.",
      diarienummer: "RSS 2025/14",
      meetingId: "mt-lchnv-2025-03-14",
    });
  });

  it("dates an activity from its start (or the plan's first day) to its due date, with its status and its plan's leadership", () => {
    const activities = all.filter(
      (i) => i.kind === "activity" && i.id.startsWith(`activity:${DALARNA_REGIONAL_PLAN_ID}/`),
    );
    expect(activities.find((i) => i.source.id === "akt-sip-rutin")).toMatchObject({
      date: "2025-05-01",
      endDate: "2025-12-31",
      status: "done",
      leadershipId: "ls-regional",
      forumId: null,
    });
    const owned = activities.find((i) => i.source.id === "akt-mobila-team");
    expect(owned?.leadershipIds).toEqual(["ls-regional"]);
    const noStart = {
      ...ws,
      plans: [
        {
          ...ws.plans[0]!,
          focusAreas: [
            {
              ...ws.plans[0]!.focusAreas[0]!,
              activities: [
                { id: "a", title: "Utan start", status: "not-started" as const, progress: 0, due: "2026-01-31" },
              ],
            },
          ],
        },
      ],
    };
    expect(getTimeline(noStart, { kinds: ["activity"] })[0]).toMatchObject({
      date: ws.plans[0]!.period.from,
      endDate: "2026-01-31",
    });
  });

  it("titles a check-in by its plan and gives it the worst verdict it reports", () => {
    const checkIn = ws.checkIns.find((c) => c.activityStatuses.some((s) => s.rag === "red"))!;
    expect(all.find((i) => i.id === `check-in:${checkIn.id}`)).toMatchObject({
      status: "red",
      leadershipId: checkIn.leadershipId,
      date: checkIn.date,
      title: ws.plans.find((p) => p.id === checkIn.planId)?.title,
    });
    const silent = ws.checkIns.find((c) => c.activityStatuses.length === 0);
    if (silent !== undefined) expect(all.find((i) => i.id === `check-in:${silent.id}`)?.status).toBeNull();
  });

  it("gives a two-day event its end date and a forum's event that forum and its leadership", () => {
    expect(all.find((i) => i.id === `event:${DALARNA_EVENT_IDS.lchnvDevelopmentDays2026}`)).toMatchObject({
      date: "2026-08-27",
      endDate: "2026-08-28",
      forumId: "f-lchnv",
      leadershipId: "ls-regional",
      eventKind: "training",
      eventScope: "regional",
    });
  });
});

describe("getTimeline options", () => {
  it("counts an item that spans into the window, on both edges, and nothing outside it", () => {
    const days = getTimeline(ws, { from: "2026-08-28", to: "2026-08-28", kinds: ["event"] });
    expect(ids(days)).toEqual([`event:${DALARNA_EVENT_IDS.lchnvDevelopmentDays2026}`]);
    expect(ids(getTimeline(ws, { from: "2026-08-26", to: "2026-08-27", kinds: ["event"] }))).toEqual([
      `event:${DALARNA_EVENT_IDS.lchnvDevelopmentDays2026}`,
    ]);
    expect(getTimeline(ws, { from: "2026-08-29", to: "2026-09-30", kinds: ["event"] })).toEqual([]);
    expect(getTimeline(ws, { from: "2026-08-20", to: "2026-08-26", kinds: ["event"] })).toEqual([]);
    const spanning = getTimeline(ws, { from: "2026-06-01", to: "2026-06-30", kinds: ["activity"] });
    expect(spanning.length).toBeGreaterThan(0);
    expect(spanning.every((i) => i.date <= "2026-06-30" && (i.endDate ?? i.date) >= "2026-06-01")).toBe(true);
  });

  it("includes exactly the items whose days meet the window, for any window", () => {
    const day = fc
      .date({ min: new Date("2024-06-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(ids(getTimeline(ws, { from, to }))).toEqual(
          ids(all.filter((i) => i.date <= to && (i.endDate ?? i.date) >= from)),
        );
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("keeps only the kinds asked for, in the same order", () => {
    const kinds: TimelineItemKind[] = ["decision", "event"];
    expect(getTimeline(ws, { kinds })).toEqual(all.filter((i) => kinds.includes(i.kind)));
    expect(getTimeline(ws, { kinds: [] })).toEqual([]);
  });

  it("keeps only items of the forums asked for, events of a forum included", () => {
    const items = getTimeline(ws, { forumIds: ["f-lchnv"] });
    expect(items.every((i) => i.forumId === "f-lchnv")).toBe(true);
    expect(items.map((i) => i.kind)).toContain("event");
    expect(items).toEqual(all.filter((i) => i.forumId === "f-lchnv"));
  });

  it("keeps the items of a leadership: its forums' meetings, items and decisions, its plans, check-ins and the events for it", () => {
    const regional = getTimeline(ws, { leadershipIds: ["ls-regional"] });
    const regionalForums = new Set(ws.forums.filter((f) => f.leadershipId === "ls-regional").map((f) => f.id));
    expect(regional.filter((i) => i.kind === "meeting").every((i) => regionalForums.has(i.forumId!))).toBe(true);
    expect(regional.filter((i) => i.kind === "meeting")).toHaveLength(
      ws.meetings.filter((m) => regionalForums.has(m.forumId)).length,
    );
    const falun = getTimeline(ws, { leadershipIds: ["ls-falun"], kinds: ["event"] });
    expect(ids(falun)).toEqual([
      `event:${DALARNA_EVENT_IDS.regionalNetwork2025}`,
      `event:${DALARNA_EVENT_IDS.leadershipDay2025}`,
      `event:${DALARNA_EVENT_IDS.regionalNetwork2026}`,
      `event:${DALARNA_EVENT_IDS.falunDialogue2026}`,
      `event:${DALARNA_EVENT_IDS.leadershipDay2026}`,
    ]);
    expect(getTimeline(ws, { leadershipIds: [] })).toEqual([]);
  });

  it("filters events by scope and leaves other kinds alone", () => {
    const national = getTimeline(ws, { eventScopes: ["national"] });
    expect(national.filter((i) => i.kind === "event").map((i) => i.id)).toEqual([
      `event:${DALARNA_EVENT_IDS.nationalForum2026}`,
    ]);
    expect(national.filter((i) => i.kind !== "event")).toEqual(all.filter((i) => i.kind !== "event"));
  });

  it("finds text in titles, descriptions and notes, ignoring case and Unicode normalisation", () => {
    const found = getTimeline(ws, { search: "SKÖRA ÄLDRE" });
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((i) => [i.title, i.description, i.note].some((t) => t?.toLowerCase().includes("sköra äldre"))),
    ).toBe(true);
    expect(ids(getTimeline(ws, { search: "sko\u0308ra a\u0308ldre" }))).toEqual(ids(found));
    expect(getTimeline(ws, { search: "  " })).toEqual(all);
  });

  it("combines filters: an item passes only when it passes each", () => {
    const items = getTimeline(ws, {
      from: "2025-01-01",
      to: "2025-12-31",
      forumIds: ["f-lchnv", "f-schnv"],
      kinds: ["decision"],
    });
    expect(items.map((i) => `${i.date} ${i.forumId}`)).toEqual([
      "2025-03-14 f-lchnv",
      "2025-03-14 f-lchnv",
      "2025-03-14 f-lchnv",
      "2025-05-15 f-lchnv",
      "2025-12-12 f-schnv",
    ]);
  });
});
