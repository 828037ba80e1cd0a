/**
 * `groupTimeline` and `getTimelineBounds`: lanes per forum and leadership in the workspace's order with the
 * items without one last, months and kinds in order, labels in Swedish and English, and the days a list covers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace, DALARNA_EVENT_IDS } from "@systemledning/core/profiles/dalarna";
import {
  getTimeline,
  getTimelineBounds,
  groupTimeline,
  TIMELINE_GROUP_MESSAGES,
  TIMELINE_ITEM_KINDS,
  TIMELINE_ITEM_KIND_LABELS,
  type TimelineItem,
} from "@systemledning/core/timeline";
import { workspaceWithEventsArbitrary } from "../../fixtures/timeline-arbitraries.js";

const SEED = 20261122;
const ws = createDalarnaSampleWorkspace();
const items2025 = getTimeline(ws, { from: "2025-01-01", to: "2025-12-31" });
const all = getTimeline(ws);

describe("groupTimeline", () => {
  it("makes a lane per forum in the workspace's order, labelled with the forum's name, and puts the items without a forum last", () => {
    const lanes = groupTimeline(ws, items2025, { by: "forum" });
    expect(lanes.map((lane) => [lane.key, lane.label])).toEqual([
      ["f-lchnv", "Länschefsnätverket"],
      ["f-vfr", "Välfärdsrådet"],
      ["f-schnv", "Socialchefsnätverket"],
      ["", "Utan forum"],
    ]);
    expect(lanes.at(-1)?.items.every((i) => i.forumId === null)).toBe(true);
    expect(lanes.reduce((n, lane) => n + lane.items.length, 0)).toBe(items2025.length);
  });

  it("keeps the items' order within each lane", () => {
    for (const lane of groupTimeline(ws, all, { by: "forum" }))
      expect(lane.items).toEqual(all.filter((i) => (i.forumId ?? "") === lane.key));
  });

  it("labels the last group in the locale", () => {
    expect(groupTimeline(ws, items2025, { by: "forum", locale: "en" }).at(-1)?.label).toBe(
      TIMELINE_GROUP_MESSAGES.noForum.en,
    );
    expect(
      groupTimeline(ws, [{ ...items2025[0]!, leadershipId: null, leadershipIds: [] }], {
        by: "leadership",
        locale: "en",
      }),
    ).toEqual([
      { key: "", label: "No leadership", items: [{ ...items2025[0]!, leadershipId: null, leadershipIds: [] }] },
    ]);
  });

  it("puts an item that concerns several leaderships in each of their lanes, in the workspace's order of leaderships", () => {
    const lanes = groupTimeline(ws, all, { by: "leadership" });
    expect(lanes.map((lane) => lane.key)).toEqual([...ws.leaderships.map((l) => l.id), ""]);
    expect(lanes.at(-1)?.items.every((i) => i.kind === "event" && i.leadershipIds?.length === 0)).toBe(true);
    const day = `event:${DALARNA_EVENT_IDS.leadershipDay2025}`;
    expect(lanes.filter((lane) => lane.items.some((i) => i.id === day))).toHaveLength(ws.leaderships.length);
    expect(lanes.find((lane) => lane.key === "ls-falun")?.label).toBe("Lokal systemledning Falun");
  });

  it("uses leadershipId for items written without leadershipIds", () => {
    const bare: TimelineItem = { ...items2025[0]!, leadershipId: "ls-mora" };
    delete (bare as { leadershipIds?: unknown }).leadershipIds;
    expect(groupTimeline(ws, [bare], { by: "leadership" }).map((lane) => lane.key)).toEqual(["ls-mora"]);
  });

  it("names a forum the workspace does not know by its id, after the known ones and before the last group", () => {
    const lchnv = items2025.find((i) => i.forumId === "f-lchnv")!;
    const stray = { ...lchnv, id: "meeting:x", forumId: "f-okand" };
    const orphan = { ...lchnv, id: "meeting:y", forumId: null };
    expect(groupTimeline(ws, [orphan, stray, lchnv], { by: "forum" }).map((lane) => [lane.key, lane.label])).toEqual([
      ["f-lchnv", "Länschefsnätverket"],
      ["f-okand", "f-okand"],
      ["", "Utan forum"],
    ]);
  });

  it("groups by month, ascending, each labelled YYYY-MM", () => {
    const months = groupTimeline(ws, all, { by: "month" });
    expect(months.map((m) => m.key)).toEqual([...new Set(all.map((i) => i.date.slice(0, 7)))].sort());
    expect(months.every((m) => m.label === m.key && m.items.every((i) => i.date.startsWith(m.key)))).toBe(true);
  });

  it("groups by kind in the order of TIMELINE_ITEM_KINDS, labelled in the locale", () => {
    const kinds = groupTimeline(ws, all, { by: "kind", locale: "en" });
    expect(kinds.map((k) => k.key)).toEqual(TIMELINE_ITEM_KINDS);
    expect(kinds.map((k) => k.label)).toEqual(TIMELINE_ITEM_KINDS.map((kind) => TIMELINE_ITEM_KIND_LABELS[kind].en));
    expect(groupTimeline(ws, all, { by: "kind" })[0]?.label).toBe("Möte");
  });

  it("gives no groups for no items", () => {
    for (const by of ["forum", "leadership", "month", "kind"] as const)
      expect(groupTimeline(ws, [], { by })).toEqual([]);
  });

  it("loses no item and invents none: every item is in a group by forum, month and kind exactly once", () => {
    fc.assert(
      fc.property(workspaceWithEventsArbitrary(), (generated) => {
        const items = getTimeline(generated);
        for (const by of ["forum", "month", "kind"] as const) {
          const grouped = groupTimeline(generated, items, { by }).flatMap((group) => group.items.map((i) => i.id));
          expect(grouped.sort()).toEqual(items.map((i) => i.id).sort());
        }
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});

describe("getTimelineBounds", () => {
  it("gives the first day and the last day, counting an item to its end date", () => {
    expect(getTimelineBounds(getTimeline(ws, { forumIds: ["f-lchnv"], to: "2025-12-31" }))).toEqual({
      first: "2025-02-07",
      last: "2025-11-21",
    });
    expect(getTimelineBounds(getTimeline(ws, { kinds: ["event"], from: "2026-08-01", to: "2026-08-31" }))).toEqual({
      first: "2026-08-27",
      last: "2026-08-28",
    });
  });

  it("gives null for no items, and does not need the items sorted", () => {
    expect(getTimelineBounds([])).toBeNull();
    expect(getTimelineBounds([...all].reverse())).toEqual(getTimelineBounds(all));
  });
});
