/**
 * The door for events (docs/quality.md D1, D3): the `TimelineEvent` schema's rules and `validateTimelineReferences`,
 * as `safeParseWorkspace` runs them, each finding with its exact path, a stable code and Swedish and English
 * messages; generated workspaces with events pass and come back unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace, DALARNA_EVENT_IDS } from "@systemledning/core/profiles/dalarna";
import {
  TIMELINE_ISSUE_MESSAGES,
  TimelineEvent,
  validateTimelineReferences,
  type TimelineIssueCode,
} from "@systemledning/core/timeline";
import {
  parseWorkspace,
  safeParseWorkspace,
  type PathSegment,
  type ValidationIssue,
  type Workspace,
} from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { workspaceWithEventsArbitrary } from "../../fixtures/timeline-arbitraries.js";

const SEED = 20261122;
const sample = createDalarnaSampleWorkspace();
const at = (id: string): number => sample.events.findIndex((e) => e.id === id);

/** The sample with one event replaced (by its id). */
function withEvent(id: string, change: (event: Record<string, unknown>) => Record<string, unknown>): unknown {
  const ws = structuredClone(sample) as unknown as { events: Record<string, unknown>[] };
  const index = ws.events.findIndex((e) => e.id === id);
  ws.events[index] = change(ws.events[index]!);
  return ws;
}

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = safeParseWorkspace(input);
  if (result.success) throw new Error("expected the workspace to be refused");
  return result.error.issues;
}

const summary = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.code, i.path]);

describe("TimelineEvent", () => {
  it("accepts every event of the Dalarna sample, and refuses an unknown field at its exact path", () => {
    for (const event of sample.events) expect(TimelineEvent.safeParse(event).success).toBe(true);
    const network = at(DALARNA_EVENT_IDS.regionalNetwork2025);
    const issues = issuesOf(withEvent(DALARNA_EVENT_IDS.regionalNetwork2025, (e) => ({ ...e, speaker: "okänd" })));
    expect(summary(issues)).toEqual([["unknown_field", `events[${network}].speaker`]]);
  });

  it("refuses a kind, scope or mode it does not know, naming the field", () => {
    const i = at(DALARNA_EVENT_IDS.leadershipDay2025);
    const issues = issuesOf(
      withEvent(DALARNA_EVENT_IDS.leadershipDay2025, (e) => ({
        ...e,
        kind: "party",
        scope: "county",
        mode: "telepathic",
      })),
    );
    expect(summary(issues)).toEqual([
      ["invalid_value", `events[${i}].kind`],
      ["invalid_value", `events[${i}].scope`],
      ["invalid_value", `events[${i}].mode`],
    ]);
    expect(issues[0]?.message.en).toContain('"leadership-day"');
  });

  it("refuses an end at or before the start, in both languages", () => {
    const i = at(DALARNA_EVENT_IDS.regionalNetwork2026);
    const issues = issuesOf(withEvent(DALARNA_EVENT_IDS.regionalNetwork2026, (e) => ({ ...e, end: e.start })));
    expect(summary(issues)).toEqual([["event_end_before_start", `events[${i}].end`]]);
    expect(issues[0]?.message).toEqual({
      sv: "Aktiviteten slutar (2026-03-17T13:00:00+01:00) innan eller samtidigt som den börjar (2026-03-17T13:00:00+01:00). Ange en sluttid efter starttiden, eller ta bort sluttiden.",
      en: "The event ends (2026-03-17T13:00:00+01:00) before or when it starts (2026-03-17T13:00:00+01:00). Give an end after the start, or remove the end.",
    });
  });

  it("refuses a start on another Stockholm day than the date, judged in Swedish time", () => {
    const i = at(DALARNA_EVENT_IDS.regionalNetwork2026);
    // 23:30 UTC on the 16th is 00:30 on the 17th in Stockholm: the same day, accepted.
    expect(
      safeParseWorkspace(
        withEvent(DALARNA_EVENT_IDS.regionalNetwork2026, (e) => ({ ...e, start: "2026-03-16T23:30:00Z" })),
      ).success,
    ).toBe(true);
    const issues = issuesOf(
      withEvent(DALARNA_EVENT_IDS.regionalNetwork2026, (e) => ({
        ...e,
        start: "2026-03-16T22:30:00Z",
        end: "2026-03-17T23:30:00Z",
      })),
    );
    expect(summary(issues)).toEqual([
      ["event_start_off_date", `events[${i}].start`],
      ["event_end_off_dates", `events[${i}].end`],
    ]);
    expect(issues[0]?.message.sv).toBe(
      "Starttiden (2026-03-16T22:30:00Z) infaller 2026-03-16 i svensk tid, men aktivitetens datum är 2026-03-17. Ange samma dag i date och start.",
    );
    expect(issues[1]?.params).toMatchObject({ endOn: "2026-03-18", date: "2026-03-17", last: "2026-03-17" });
    expect(issues[1]?.message.en).toBe(
      "The end (2026-03-17T23:30:00Z) falls on 2026-03-18 in Swedish time, outside the event's days 2026-03-17–2026-03-17. Give an end within those days, or an end date (endDate) that covers it.",
    );
  });

  it("accepts an end within the event's days, and midnight after the last day as that day's close", () => {
    const i = at(DALARNA_EVENT_IDS.lchnvDevelopmentDays2026);
    expect(
      safeParseWorkspace(
        withEvent(DALARNA_EVENT_IDS.lchnvDevelopmentDays2026, (e) => ({ ...e, end: "2026-08-29T00:00:00+02:00" })),
      ).success,
    ).toBe(true);
    const late = issuesOf(
      withEvent(DALARNA_EVENT_IDS.lchnvDevelopmentDays2026, (e) => ({ ...e, end: "2026-08-29T00:00:01+02:00" })),
    );
    expect(summary(late)).toEqual([["event_end_off_dates", `events[${i}].end`]]);
    const withoutEndDate = issuesOf(
      withEvent(DALARNA_EVENT_IDS.lchnvDevelopmentDays2026, ({ endDate: _endDate, ...e }) => e),
    );
    expect(summary(withoutEndDate)).toEqual([["event_end_off_dates", `events[${i}].end`]]);
  });
});

describe("validateTimelineReferences", () => {
  it("finds nothing in the Dalarna sample", () => {
    expect(validateTimelineReferences(sample)).toEqual([]);
  });

  it("reports a forum and leaderships that do not exist, and a leadership listed twice, at their exact paths", () => {
    const i = at(DALARNA_EVENT_IDS.leadershipDay2025);
    const issues = issuesOf(
      withEvent(DALARNA_EVENT_IDS.leadershipDay2025, (e) => ({
        ...e,
        forumId: "f-saknas",
        leadershipIds: ["ls-falun", "ls-saknas", "ls-falun"],
      })),
    );
    expect(issues.map((x) => [x.code, x.path, x.params])).toEqual([
      ["dangling_reference", `events[${i}].forumId`, { id: "f-saknas", collection: "forums" }],
      ["dangling_reference", `events[${i}].leadershipIds[1]`, { id: "ls-saknas", collection: "leaderships" }],
      ["duplicate_value", `events[${i}].leadershipIds[2]`, { value: "ls-falun" }],
    ]);
    expect(issues[1]?.message).toEqual({
      sv: 'Hänvisningen "ls-saknas" pekar inte på någon post i leaderships.',
      en: 'The reference "ls-saknas" points to no record in leaderships.',
    });
  });

  it("reports an id used twice at the later event, naming the first", () => {
    const ws = structuredClone(sample);
    ws.events.push({ ...ws.events[0]!, title: "Kopia" });
    const issues = issuesOf(ws);
    expect(issues.map((x) => [x.code, x.path, x.params.first])).toEqual([
      ["duplicate_id", `events[${ws.events.length - 1}].id`, "events[0]"],
    ]);
  });

  it("reports an end date before the first day, in both languages; the same day is a one-day event", () => {
    const i = at(DALARNA_EVENT_IDS.leadershipDay2025);
    expect(
      safeParseWorkspace(withEvent(DALARNA_EVENT_IDS.leadershipDay2025, (e) => ({ ...e, endDate: e.date }))).success,
    ).toBe(true);
    const issues = issuesOf(withEvent(DALARNA_EVENT_IDS.leadershipDay2025, (e) => ({ ...e, endDate: "2025-11-12" })));
    expect(summary(issues)).toEqual([["event_end_date_before_date", `events[${i}].endDate`]]);
    expect(issues[0]?.message).toEqual({
      sv: "Slutdatumet (2025-11-12) ligger före aktivitetens första dag (2025-11-13). Ange ett slutdatum samma dag eller senare, eller ta bort det för en endagsaktivitet.",
      en: "The end date (2025-11-12) is before the event's first day (2025-11-13). Give an end date on that day or later, or remove it for a one-day event.",
    });
  });
});

describe("TIMELINE_ISSUE_MESSAGES", () => {
  it("has a Swedish and an English message for every code, different from each other, that name the values", () => {
    const params = { start: "S1", end: "E1", startDate: "D1", date: "D2", endOn: "D3", last: "D4", endDate: "D5" };
    for (const code of Object.keys(TIMELINE_ISSUE_MESSAGES) as TimelineIssueCode[]) {
      const { sv, en } = TIMELINE_ISSUE_MESSAGES[code](params);
      expect(sv.length).toBeGreaterThan(20);
      expect(en.length).toBeGreaterThan(20);
      expect(sv).not.toBe(en);
      expect(sv).not.toContain("undefined");
      expect(en).not.toContain("undefined");
    }
  });
});

/** Paths of every string, number and boolean of the events, outside `ext`. */
function eventLeafPaths(ws: Workspace): PathSegment[][] {
  const out: PathSegment[][] = [];
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (typeof value !== "object" || value === null) out.push(path);
    else
      for (const [key, child] of Object.entries(value))
        if (key !== "ext") visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  ws.events.forEach((event, i) => visit(event, ["events", i]));
  return out;
}

describe("safeParseWorkspace with events", () => {
  it("accepts every generated workspace with events, hostile text included, and gives it back unchanged, also through JSON text", () => {
    fc.assert(
      fc.property(workspaceWithEventsArbitrary(), (ws) => {
        expect(parseWorkspace(deepFreeze(structuredClone(ws)))).toEqual(ws);
        expect(parseWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("reports exactly the path of an event's leaf that has the wrong type", () => {
    fc.assert(
      fc.property(
        workspaceWithEventsArbitrary().filter((ws) => ws.events.length > 0),
        fc.nat(),
        (ws, pick) => {
          const leaves = eventLeafPaths(ws);
          const path = leaves[pick % leaves.length]!;
          const corrupted = structuredClone(ws) as unknown as Record<PathSegment, unknown>;
          let parent = corrupted;
          for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
          const key = path.at(-1)!;
          parent[key] = typeof parent[key] === "string" ? 12345 : "12345";
          const result = safeParseWorkspace(corrupted);
          expect(result.success ? [] : result.error.issues.map((i) => i.pathSegments)).toEqual([path]);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
