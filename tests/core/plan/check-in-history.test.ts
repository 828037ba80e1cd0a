/**
 * The check-in history: per plan and leadership, the check-ins in time order with their RAG counts and the missing
 * periods among them; and the period a new check-in is suggested for.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  getCheckInHistories,
  getFollowUpSettings,
  getMissingCheckIns,
  suggestCheckInPeriod,
  type CheckIn,
} from "@systemledning/core/plan";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlanWorkspace, checkIn, healthyPlan } from "./plan-builder.js";

const SEED = 20261205;
const dalarna = createDalarnaSampleWorkspace();

describe("getCheckInHistories", () => {
  it("lists Falun's check-ins on the regional plan in time order with their RAG counts", () => {
    const [falun, ...rest] = getCheckInHistories(dalarna, {
      planId: "plan-regional-skora-aldre",
      leadershipId: "ls-falun",
      asOf: "2026-05-13",
    });
    expect(rest).toEqual([]);
    expect(falun!.checkIns.map((c) => c.id)).toEqual([
      "ci-falun-2025-q2",
      "ci-falun-2025-q3",
      "ci-falun-2025-q4",
      "ci-falun-2026-q1",
    ]);
    expect(falun!.missing).toEqual([]);
    const second = falun!.items[1]!;
    expect(second.kind === "check-in" && second.ragCounts).toEqual({ red: 0, amber: 0, green: 1 });
  });

  it("places Mora's missing periods, all of them, since Mora never checked in", () => {
    const [mora] = getCheckInHistories(dalarna, {
      planId: "plan-regional-skora-aldre",
      leadershipId: "ls-mora",
      asOf: "2026-05-13",
    });
    expect(mora!.checkIns).toEqual([]);
    expect(mora!.items.every((item) => item.kind === "missing")).toBe(true);
    expect(mora!.missing[0]).toEqual({ from: "2025-04-01", to: "2025-06-30" });
  });

  it("puts a missing period between the check-ins around it", () => {
    const ws = buildPlanWorkspace({
      checkIns: [checkIn("c1", "2025-01-01", "2025-02-28"), checkIn("c3", "2025-05-01", "2025-06-30")],
    });
    const [history] = getCheckInHistories(ws, { asOf: "2025-07-15" });
    expect(history!.items.map((i) => (i.kind === "missing" ? `gap ${i.period.from}` : i.checkIn.id))).toEqual([
      "c1",
      "gap 2025-03-01",
      "c3",
    ]);
  });

  it("leaves out check-ins after asOf and lists a leadership that checked in without being asked", () => {
    const ws = buildPlanWorkspace({
      checkIns: [
        checkIn("late", "2025-01-01", "2025-02-28", { date: "2025-09-01" }),
        checkIn("guest", "2025-01-01", "2025-03-31", { leadershipId: "ls-falun" }),
      ],
    });
    const histories = getCheckInHistories(ws, { asOf: "2025-04-01" });
    expect(histories.map((h) => h.leadershipId)).toEqual(["ls-region", "ls-falun"]);
    expect(histories[0]!.checkIns).toEqual([]);
    expect(histories[1]!.checkIns.map((c) => c.id)).toEqual(["guest"]);
  });

  it("property: each check-in appears once, in date order, its RAG counts sum to its statuses, gaps are the core's", () => {
    const periods = ["2025-01-01", "2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01", "2025-11-01"];
    const rag = fc.constantFrom("red" as const, "amber" as const, "green" as const);
    const arbitrary = fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: periods.length - 1 }),
        lag: fc.integer({ min: 0, max: 200 }),
        leadership: fc.constantFrom("ls-region", "ls-falun"),
        rags: fc.array(rag, { maxLength: 2 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 700 }), (drawn, asOfDay) => {
        const asOf = new Date(Date.UTC(2025, 0, 1 + asOfDay)).toISOString().slice(0, 10);
        const checkIns: CheckIn[] = drawn.map((d, k) => {
          const from = periods[d.start]!;
          const to = new Date(Date.UTC(2025, 2 * d.start + 2, 0)).toISOString().slice(0, 10);
          const date = new Date(Date.UTC(2025, 2 * d.start + 2, d.lag)).toISOString().slice(0, 10);
          return checkIn(`c-${k}`, from, to, {
            date,
            leadershipId: d.leadership,
            activityStatuses: d.rags.map((r, i) => ({
              activityId: i === 0 ? "a-1" : "a-2",
              status: "ongoing",
              rag: r,
            })),
          });
        });
        const plan = healthyPlan({ reportingLeadershipIds: ["ls-region", "ls-falun"] });
        const ws = buildPlanWorkspace({ plans: [plan], checkIns });
        const histories = getCheckInHistories(ws, { asOf });
        const seen = histories.flatMap((h) => h.checkIns.map((c) => c.id)).sort();
        expect(seen).toEqual(
          checkIns
            .filter((c) => c.date <= asOf)
            .map((c) => c.id)
            .sort(),
        );
        const core = getMissingCheckIns(ws, ws.plans[0]!, getFollowUpSettings(ws.profile), asOf);
        for (const history of histories) {
          const dates = history.checkIns.map((c) => c.date);
          expect(dates).toEqual([...dates].sort());
          expect(history.missing).toEqual(
            core.filter((m) => m.leadershipId === history.leadershipId).map((m) => m.period),
          );
          expect(history.items.length).toBe(history.checkIns.length + history.missing.length);
          for (const item of history.items)
            if (item.kind === "check-in") {
              const { red, amber, green } = item.ragCounts;
              expect(red + amber + green).toBe(item.checkIn.activityStatuses.length);
            }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe("suggestCheckInPeriod", () => {
  const plan = dalarna.plans.find((p) => p.id === "plan-regional-skora-aldre")!;

  it("suggests Mora's latest missing period", () => {
    const latest = getCheckInHistories(dalarna, { planId: plan.id, leadershipId: "ls-mora", asOf: "2026-05-13" })[0]!
      .missing;
    expect(suggestCheckInPeriod(dalarna, plan, "ls-mora", "2026-05-13")).toEqual(latest[latest.length - 1]);
  });

  it("suggests the period under way when none is missing", () => {
    expect(suggestCheckInPeriod(dalarna, plan, "ls-falun", "2026-05-13")).toEqual({
      from: "2026-04-01",
      to: "2026-06-30",
    });
  });

  it("suggests nothing before the plan begins", () => {
    expect(suggestCheckInPeriod(dalarna, plan, "ls-falun", "2024-01-01")).toBeNull();
  });
});
