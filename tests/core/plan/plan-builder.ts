/**
 * A small valid workspace for the plan tests: the structure builder's county with two indicators, a
 * regional leadership and a local one, and a plan the tests change through plain-data edits.
 */
import type { CheckIn, FollowUpProfileSettings, IndicatorValue, Plan, PlanActivity } from "@systemledning/core/plan";
import { parseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { createStructureBuilder, type StructureDocument } from "../../fixtures/structure-builder.js";

export const FOLLOW_UP: FollowUpProfileSettings = {
  indicators: [
    {
      id: "satisfaction",
      title: { sv: "Nöjdhet", en: "Satisfaction" },
      unit: "%",
      direction: "higher-is-better",
      clearChange: { kind: "absolute", value: 2 },
    },
    { id: "readmission", title: { sv: "Återinskrivning" }, unit: "%", direction: "lower-is-better" },
    { id: "digital", title: { sv: "Digitala kontakter" }, unit: "%", direction: "neutral" },
  ],
  roadmap: [],
  maxFocusAreas: 2,
  maxIndicatorsPerPlan: 2,
  clearChange: { kind: "relative", share: 0.05 },
  checkInInterval: { months: 3, byLeadership: { "ls-region": 2 } },
};

/** A valid activity with an owner and dates. */
export function activity(id: string, extra: Partial<PlanActivity> = {}): PlanActivity {
  return {
    id,
    title: `Aktivitet ${id}`,
    ownerOrganisationId: "falun",
    start: "2025-01-01",
    due: "2026-12-31",
    status: "ongoing",
    progress: 0.5,
    ...extra,
  };
}

/** A healthy plan of the regional leadership: one focus area with a full measurable goal and two activities. */
export function healthyPlan(extra: Partial<Plan> = {}): Plan {
  return {
    id: "plan-r",
    kind: "regional",
    title: "Regional plan",
    status: "adopted",
    leadershipId: "ls-region",
    period: { from: "2025-01-01", to: "2026-12-31" },
    decidedByForumId: "f-region",
    decisionId: "beslut-1",
    userPerspective: "Brukarna deltar.",
    reportingLeadershipIds: [],
    focusAreas: [
      {
        id: "fa-1",
        title: "Fokus 1",
        goals: [
          {
            kind: "measurable",
            id: "g-1",
            title: "Mål 1",
            indicatorId: "satisfaction",
            target: 90,
            targetDate: "2026-12-31",
          },
        ],
        activities: [activity("a-1"), activity("a-2", { progress: 0.25 })],
      },
    ],
    ...extra,
  };
}

/** A check-in of the regional leadership on plan-r. */
export function checkIn(id: string, from: string, to: string, extra: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    planId: "plan-r",
    leadershipId: "ls-region",
    date: to,
    period: { from, to },
    activityStatuses: [],
    followUp: {},
    ...extra,
  };
}

/** The base document: profile with follow-up, a regional and a local leadership with a forum each. */
export function planDocument(): StructureDocument {
  const doc = createStructureBuilder()
    .profile((p) => ({ ...p, followUp: FOLLOW_UP }))
    .leadership({ id: "ls-region", level: "regional", municipalityCodes: ["2080", "2085", "2061"] })
    .leadership({ id: "ls-falun", municipalityCodes: ["2080"] })
    .forum({ id: "f-region", leadershipId: "ls-region" })
    .forum({ id: "f-falun", leadershipId: "ls-falun" })
    .document();
  return doc;
}

/** Build a validated workspace from the base document with plans, check-ins and values. */
export function buildPlanWorkspace(
  parts: {
    plans?: Plan[];
    checkIns?: CheckIn[];
    values?: IndicatorValue[];
    change?: (doc: StructureDocument) => void;
  } = {},
): Workspace {
  const doc = planDocument();
  doc.plans = parts.plans ?? [healthyPlan()];
  doc.checkIns = parts.checkIns ?? [];
  doc.indicatorValues = parts.values ?? [];
  parts.change?.(doc);
  return parseWorkspace(doc);
}

/** A value row. */
export function value(
  indicatorId: string,
  organisationCode: string,
  period: string,
  v: number | null,
  status: IndicatorValue["status"] = v === null ? "missing" : "final",
  gender: IndicatorValue["gender"] = "T",
): IndicatorValue {
  return { indicatorId, organisationCode, period, gender, value: v, status };
}
