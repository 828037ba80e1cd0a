/**
 * Bench suite "timeline": `getTimeline` over a national year of about 10,000 items (42 forum lanes, 21
 * counties' events, SKR's forums, the 2,000-activity national plan and its check-ins; tests/fixtures/
 * national-timeline.ts) and `groupTimeline` into lanes, each beside the obvious peer written with d3-array
 * (`sort` by several accessors, `group`), measured in the same run. Budget (docs/quality.md R1, no long task over
 * 50 ms): the year's timeline < 50 ms.
 */
import { group, sort } from "d3-array";
import { getCurrentDecisions, stockholmDateOf } from "@systemledning/core/meetings";
import { getTimeline, groupTimeline, TIMELINE_ITEM_KINDS, type TimelineItemKind } from "@systemledning/core/timeline";
import type { Workspace } from "@systemledning/core/workspace";
import { createNationalTimelineWorkspace, NATIONAL_TIMELINE_YEAR } from "../../fixtures/national-timeline.js";
import { compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const TIMELINE_BUDGET_MS = 50;
const SEED = 20261122;
const FROM = `${NATIONAL_TIMELINE_YEAR}-01-01`;
const TO = `${NATIONAL_TIMELINE_YEAR}-12-31`;

/** A row of the peer: what a timeline needs, built the obvious way with object spreads. */
interface PeerRow {
  readonly id: string;
  readonly kind: TimelineItemKind;
  readonly date: string;
  readonly endDate: string | null;
  readonly start: string | null;
  readonly title: string;
  readonly forumId: string | null;
  readonly leadershipIds: readonly string[];
  readonly status: string | null;
  readonly path: string;
  /** Sort keys: a meeting's id and agenda position keep agenda order, as getTimeline does. */
  readonly group: string;
  readonly position: number;
}

const KIND_ORDER = new Map(TIMELINE_ITEM_KINDS.map((kind, i) => [kind, i] as const));

/** The same items and order with plain flatMaps, then d3-array's `sort` by six accessors. */
function timelineWithD3(ws: Workspace): PeerRow[] {
  const leadershipOf = new Map(ws.forums.map((f) => [f.id, f.leadershipId] as const));
  const meetings = new Map(ws.meetings.map((m) => [m.id, m] as const));
  const base = { endDate: null, start: null, forumId: null, leadershipIds: [], status: null, group: "", position: 0 };
  const rows: PeerRow[] = [
    ...ws.meetings.flatMap((m, i) => {
      const shared = {
        ...base,
        date: stockholmDateOf(m.start),
        start: m.start,
        forumId: m.forumId,
        leadershipIds: [leadershipOf.get(m.forumId)!],
        status: m.status,
      };
      return [
        {
          ...shared,
          id: `meeting:${m.id}`,
          kind: "meeting" as const,
          title: m.title ?? m.forumId,
          path: `meetings[${i}]`,
        },
        ...m.agenda.map((a, j) => ({
          ...shared,
          id: `agenda-item:${m.id}/${a.id}`,
          kind: "agenda-item" as const,
          title: a.title,
          path: `meetings[${i}].agenda[${j}]`,
          group: m.id,
          position: j,
        })),
      ];
    }),
    ...getCurrentDecisions(ws.decisionLog).map((d) => {
      const m = meetings.get(d.meetingId)!;
      return {
        ...base,
        id: `decision:${d.entryId}`,
        kind: "decision" as const,
        date: d.decidedOn,
        start: m.start,
        title: d.text.slice(0, 90),
        forumId: m.forumId,
        leadershipIds: [leadershipOf.get(m.forumId)!],
        status: d.correctedBy.length > 0 ? "corrected" : "approved",
        path: "decisionLog",
        group: m.id,
        position: m.agenda.findIndex((a) => a.id === d.itemId),
      };
    }),
    ...ws.events.map((e, i) => ({
      ...base,
      id: `event:${e.id}`,
      kind: "event" as const,
      date: e.date,
      endDate: e.endDate ?? null,
      start: e.start ?? null,
      title: e.title,
      forumId: e.forumId ?? null,
      leadershipIds: e.leadershipIds,
      status: e.cancelledAt === undefined ? null : "cancelled",
      path: `events[${i}]`,
    })),
    ...ws.plans.flatMap((p, pi) =>
      p.focusAreas.flatMap((a, ai) =>
        a.activities.map((act, k) => ({
          ...base,
          id: `activity:${p.id}/${act.id}`,
          kind: "activity" as const,
          date: act.start ?? p.period.from,
          endDate: act.due ?? null,
          title: act.title,
          leadershipIds: [p.leadershipId],
          status: act.status,
          path: `plans[${pi}].focusAreas[${ai}].activities[${k}]`,
        })),
      ),
    ),
    ...ws.checkIns.map((c, i) => ({
      ...base,
      id: `check-in:${c.id}`,
      kind: "check-in" as const,
      date: c.date,
      title: c.planId,
      leadershipIds: [c.leadershipId],
      path: `checkIns[${i}]`,
    })),
  ].filter((row) => row.date <= TO && (row.endDate ?? row.date) >= FROM);
  return sort(
    rows,
    (r) => r.date,
    (r) => (r.start === null ? Number.NEGATIVE_INFINITY : Date.parse(r.start)),
    (r) => KIND_ORDER.get(r.kind)!,
    (r) => r.group,
    (r) => r.position,
    (r) => r.id,
  );
}

/** The timeline suite. */
export const suite: BenchSuite = {
  name: "timeline",
  run() {
    const ws = createNationalTimelineWorkspace({ seed: SEED });
    const items = getTimeline(ws, { from: FROM, to: TO });
    const peer = timelineWithD3(ws);
    if (peer.length !== items.length || peer.some((row, i) => row.id !== items[i]!.id))
      throw new Error("the d3-array peer does not give the same items in the same order");
    const lanes = groupTimeline(ws, items, { by: "forum" });
    console.log(
      `National timeline ${NATIONAL_TIMELINE_YEAR}: ${items.length} items (${TIMELINE_ITEM_KINDS.map((kind) => `${items.filter((i) => i.kind === kind).length} ${kind}`).join(", ")}) ` +
        `in ${lanes.length - 1} forum lanes plus one without a forum; ${ws.meetings.length} meetings, ${ws.decisionLog.length} log entries, ${ws.events.length} events. Node ${process.version}.`,
    );

    const firstRegional = ws.leaderships.find((l) => l.level === "regional")!.id;
    const county = ws.forums.filter((f) => f.leadershipId === firstRegional).map((f) => f.id);
    const timelineGroup: GroupRow[] = compare(
      [
        {
          name: `getTimeline: the year, every kind (${items.length} items)`,
          fn: () => getTimeline(ws, { from: FROM, to: TO }),
        },
        {
          name: "peer: flatMap + object spreads + d3-array sort by six accessors (same items, same order)",
          fn: () => timelineWithD3(ws),
        },
        {
          name: `getTimeline: one county's forums (${county.length}), the year`,
          fn: () => getTimeline(ws, { from: FROM, to: TO, forumIds: county }),
        },
        {
          name: "getTimeline: the year, meetings and decisions only",
          fn: () => getTimeline(ws, { from: FROM, to: TO, kinds: ["meeting", "decision"] }),
        },
      ],
      { warmup: 5, iterations: 40 },
    ).map((result, i) => (i === 0 ? { result, budgetMs: TIMELINE_BUDGET_MS } : { result }));
    console.log(formatGroup("The year's timeline (reference: getTimeline)", timelineGroup));

    const laneGroup: GroupRow[] = compare(
      [
        {
          name: "groupTimeline by forum (workspace order, items without a forum last)",
          fn: () => groupTimeline(ws, items, { by: "forum" }),
        },
        { name: "peer: d3-array group by forumId", fn: () => group(items, (i) => i.forumId) },
        {
          name: "groupTimeline by leadership (an item in each of its leaderships' lanes)",
          fn: () => groupTimeline(ws, items, { by: "leadership" }),
        },
        { name: "groupTimeline by month", fn: () => groupTimeline(ws, items, { by: "month" }) },
      ],
      { warmup: 5, iterations: 40 },
    ).map((result) => ({ result }));
    console.log(formatGroup("Lanes (reference: groupTimeline by forum)", laneGroup));
    return [timelineGroup, laneGroup];
  },
};
