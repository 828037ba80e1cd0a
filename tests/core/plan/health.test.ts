/**
 * Plan health: each kind of finding appears when (and only when) its cause is there, with its path, ids,
 * severity and messages; check-in periods per leadership; bad input.
 */
import { describe, expect, it } from "vitest";
import {
  getExpectedCheckInPeriods,
  getLatestActivityStatuses,
  getPlanHealth,
  type PlanHealthCode,
} from "@systemledning/core/plan";
import { isSystemledningError } from "@systemledning/core";
import { activity, buildPlanWorkspace, checkIn, healthyPlan } from "./plan-builder.js";

const AS_OF = "2025-03-01";
const codesOf = (ws: ReturnType<typeof buildPlanWorkspace>, planId = "plan-r", asOf = AS_OF): PlanHealthCode[] =>
  getPlanHealth(ws, planId, { asOf }).findings.map((f) => f.code);
const regionCheckIns = [checkIn("c-1", "2025-01-01", "2025-02-28")];

describe("getPlanHealth", () => {
  it("finds nothing in a healthy plan whose check-ins are all in", () => {
    const health = getPlanHealth(buildPlanWorkspace({ checkIns: regionCheckIns }), "plan-r", { asOf: AS_OF });
    expect(health.findings).toEqual([]);
    expect(health.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(health.progress.progress).toBe(0.375);
    expect(health.indicatorIds).toEqual(["satisfaction"]);
  });

  it("flags more focus areas than the profile allows", () => {
    const areas = [0, 1, 2].map((n) => ({
      ...healthyPlan().focusAreas[0]!,
      id: `fa-${n}`,
      activities: [activity(`a-${n}`)],
      goals: [{ kind: "qualitative" as const, id: `g-${n}`, title: "Mål", criterion: "Kriterium" }],
    }));
    const health = getPlanHealth(
      buildPlanWorkspace({ plans: [healthyPlan({ focusAreas: areas })], checkIns: regionCheckIns }),
      "plan-r",
      { asOf: AS_OF },
    );
    expect(health.findings.map((f) => [f.code, f.severity, f.path, f.params])).toEqual([
      ["too_many_focus_areas", "warning", "plans[0].focusAreas", { count: 3, max: 2 }],
    ]);
    expect(health.findings[0]!.message.sv).toContain("högst 2");
  });

  it("flags more distinct indicators than the profile allows", () => {
    const goals = ["satisfaction", "readmission", "digital", "digital"].map((indicatorId, n) => ({
      kind: "measurable" as const,
      id: `g-${n}`,
      title: "Mål",
      indicatorId,
      target: 1,
      targetDate: "2026-01-01",
    }));
    const plan = healthyPlan();
    const ws = buildPlanWorkspace({
      plans: [{ ...plan, focusAreas: [{ ...plan.focusAreas[0]!, goals }] }],
      checkIns: regionCheckIns,
    });
    const health = getPlanHealth(ws, "plan-r", { asOf: AS_OF });
    expect(health.findings.map((f) => [f.code, f.params.count])).toEqual([["too_many_indicators", 3]]);
  });

  it("flags goals without indicator, target or criterion, and a focus area without goals, at their paths", () => {
    const plan = healthyPlan();
    const ws = buildPlanWorkspace({
      plans: [
        {
          ...plan,
          focusAreas: [
            {
              ...plan.focusAreas[0]!,
              goals: [
                { kind: "measurable", id: "g-a", title: "Utan nyckeltal", target: 1, targetDate: "2026-01-01" },
                {
                  kind: "measurable",
                  id: "g-b",
                  title: "Utan mål",
                  indicatorId: "satisfaction",
                  targetDate: "2026-01-01",
                },
                { kind: "measurable", id: "g-c", title: "Utan datum", indicatorId: "satisfaction", target: 3 },
                { kind: "qualitative", id: "g-d", title: "Utan kriterium", criterion: "  " },
              ],
            },
            { id: "fa-2", title: "Tomt", goals: [], activities: [activity("a-9")] },
          ],
        },
      ],
      checkIns: regionCheckIns,
    });
    const findings = getPlanHealth(ws, "plan-r", { asOf: AS_OF }).findings;
    expect(findings.map((f) => [f.code, f.path, f.goalId ?? f.focusAreaId])).toEqual([
      ["goal_without_indicator", "plans[0].focusAreas[0].goals[0].indicatorId", "g-a"],
      ["goal_without_target", "plans[0].focusAreas[0].goals[1].target", "g-b"],
      ["goal_without_target", "plans[0].focusAreas[0].goals[2].targetDate", "g-c"],
      ["goal_without_criterion", "plans[0].focusAreas[0].goals[3].criterion", "g-d"],
      ["focus_area_without_goals", "plans[0].focusAreas[1].goals", "fa-2"],
    ]);
    expect(findings[2]!.message.en).toContain("no target date");
  });

  it("flags an activity without owner, one past due (an error) and one without due date; done and cancelled ones are never overdue", () => {
    const plan = healthyPlan();
    const activities = [
      activity("no-owner", { ownerOrganisationId: undefined }),
      activity("late", { due: "2025-02-28" }),
      activity("late-paused", { due: "2025-02-01", status: "paused" }),
      activity("done-late", { due: "2025-02-01", status: "done", progress: 1 }),
      activity("cancelled-late", { due: "2025-02-01", status: "cancelled" }),
      activity("due-today", { due: AS_OF }),
      activity("open-ended", { due: undefined }),
      activity("led", { ownerOrganisationId: undefined, ownerLeadershipId: "ls-falun" }),
    ];
    const ws = buildPlanWorkspace({
      plans: [{ ...plan, focusAreas: [{ ...plan.focusAreas[0]!, activities }] }],
      checkIns: regionCheckIns,
    });
    const findings = getPlanHealth(ws, "plan-r", { asOf: AS_OF }).findings;
    expect(findings.map((f) => [f.code, f.severity, f.activityId])).toEqual([
      ["activity_overdue", "error", "late"],
      ["activity_overdue", "error", "late-paused"],
      ["activity_without_owner", "warning", "no-owner"],
      ["activity_without_due_date", "info", "open-ended"],
    ]);
    expect(findings[0]!.path).toBe("plans[0].focusAreas[0].activities[1].due");
    // The reader sees the status in words of their language, never the stored code.
    expect(findings[1]!.message.sv).toContain('har status "pausad"');
    expect(findings[1]!.message.en).toContain('has status "paused"');
    expect(findings[0]!.message.sv).not.toMatch(/"(ongoing|not-started)"/);
  });

  it("flags each check-in period a reporting leadership missed, at the leadership's own interval", () => {
    const plan = healthyPlan({ reportingLeadershipIds: ["ls-region", "ls-falun"] });
    const ws = buildPlanWorkspace({
      plans: [plan],
      checkIns: [
        checkIn("c-1", "2025-01-01", "2025-02-28"),
        checkIn("c-2", "2025-04-01", "2025-06-30", { leadershipId: "ls-falun", date: "2025-07-01" }),
      ],
    });
    const findings = getPlanHealth(ws, "plan-r", { asOf: "2025-09-01" }).findings;
    expect(findings.map((f) => [f.code, f.leadershipId, f.period?.from, f.period?.to, f.path])).toEqual([
      ["check_in_missing", "ls-region", "2025-03-01", "2025-04-30", "plans[0].reportingLeadershipIds[0]"],
      ["check_in_missing", "ls-region", "2025-05-01", "2025-06-30", "plans[0].reportingLeadershipIds[0]"],
      ["check_in_missing", "ls-region", "2025-07-01", "2025-08-31", "plans[0].reportingLeadershipIds[0]"],
      ["check_in_missing", "ls-falun", "2025-01-01", "2025-03-31", "plans[0].reportingLeadershipIds[1]"],
    ]);
    expect(findings[3]!.message.sv).toContain("Systemledning ls-falun för perioden 2025-01-01–2025-03-31");
  });

  it("expects no check-ins of a draft plan", () => {
    const ws = buildPlanWorkspace({ plans: [healthyPlan({ status: "draft" })] });
    expect(codesOf(ws, "plan-r", "2026-06-01")).not.toContain("check_in_missing");
  });

  it("flags a local plan pointing to a focus area or plan that does not exist, and an unlinked local focus area", () => {
    const local = healthyPlan({
      id: "plan-l",
      kind: "local",
      leadershipId: "ls-falun",
      parentPlanId: "plan-r",
      decidedByForumId: "f-falun",
      focusAreas: [
        { ...healthyPlan().focusAreas[0]!, id: "l-1", parentFocusAreaId: "fa-1", activities: [activity("l-a1")] },
        {
          id: "l-2",
          title: "Fokus 2",
          parentFocusAreaId: "fa-gone",
          goals: [{ kind: "qualitative", id: "g-2", title: "Mål 2", criterion: "K" }],
          activities: [activity("l-a2")],
        },
      ],
    });
    const orphan = {
      ...local,
      id: "plan-o",
      parentPlanId: "plan-gone",
      focusAreas: [{ ...local.focusAreas[0]!, id: "o-1", activities: [activity("o-a")] }],
    };
    const unlinked = {
      ...local,
      id: "plan-u",
      focusAreas: [{ ...local.focusAreas[0]!, id: "u-1", parentFocusAreaId: undefined, activities: [activity("u-a")] }],
    };
    const ws = buildPlanWorkspace({ plans: [healthyPlan(), local, orphan, unlinked] });
    const l = getPlanHealth(ws, "plan-l", { asOf: "2025-01-15" }).findings;
    expect(l.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["unknown_parent_focus_area", "error", "plans[1].focusAreas[1].parentFocusAreaId"],
    ]);
    expect(codesOf(ws, "plan-o", "2025-01-15")).toEqual(["unknown_parent_plan", "unknown_parent_focus_area"]);
    expect(codesOf(ws, "plan-u", "2025-01-15")).toEqual(["focus_area_without_parent"]);
  });

  it("notes a plan without user perspective, and an adopted plan without decision", () => {
    const ws = buildPlanWorkspace({
      plans: [healthyPlan({ userPerspective: "", decisionId: undefined })],
      checkIns: regionCheckIns,
    });
    expect(codesOf(ws)).toEqual(["missing_user_perspective", "missing_decision"]);
  });

  it("refuses an unknown plan id and an asOf that is not a date, with paths", () => {
    const ws = buildPlanWorkspace();
    const issue = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (isSystemledningError(e)) return [e.reason, e.issues[0]!.code, e.issues[0]!.path];
      }
      return null;
    };
    expect(issue(() => getPlanHealth(ws, "nope", { asOf: AS_OF }))).toEqual([
      "invalidInput",
      "dangling_reference",
      "planId",
    ]);
    expect(issue(() => getPlanHealth(ws, "plan-r", { asOf: "1 mars" }))).toEqual([
      "invalidInput",
      "invalid_format",
      "options.asOf",
    ]);
  });
});

describe("getExpectedCheckInPeriods", () => {
  it("gives back-to-back periods that ended before asOf, clipped to the plan's end", () => {
    const plan = healthyPlan({ period: { from: "2025-01-31", to: "2025-05-15" } });
    expect(getExpectedCheckInPeriods(plan, 2, "2025-12-01")).toEqual([
      { from: "2025-01-31", to: "2025-03-30" },
      { from: "2025-03-31", to: "2025-05-15" },
    ]);
    expect(getExpectedCheckInPeriods(plan, 2, "2025-03-30")).toEqual([]);
  });
});

describe("getLatestActivityStatuses", () => {
  it("takes each activity's latest status up to asOf, with the RAG label", () => {
    const ws = buildPlanWorkspace({
      checkIns: [
        checkIn("c-1", "2025-01-01", "2025-02-28", {
          activityStatuses: [{ activityId: "a-1", status: "ongoing", rag: "green" }],
        }),
        checkIn("c-2", "2025-03-01", "2025-04-30", {
          activityStatuses: [{ activityId: "a-1", status: "paused", rag: "red" }],
        }),
      ],
    });
    expect(getLatestActivityStatuses(ws, "plan-r", "2025-03-15").get("a-1")?.rag).toBe("green");
    const latest = getLatestActivityStatuses(ws, "plan-r", "2025-12-31").get("a-1");
    expect([latest?.rag, latest?.ragLabel.sv, latest?.checkInId]).toEqual(["red", "Rött – åtgärd krävs", "c-2"]);
  });
});
