/**
 * Section 3.1 and appendix 1: the self-assessment round of the year, from the assessment module's
 * `aggregateRound` (groupings combined by their mean, coverage and comparability) and `compareRounds` (the
 * previous round of the same instrument, and whether the two may be compared at all).
 */
import { compareStrings } from "../../common/compare.js";
import { aggregateRound } from "../../assessment/aggregate.js";
import { compareRounds } from "../../assessment/compare.js";
import type { AssessmentRound } from "../../assessment/schema.js";
import type { Workspace } from "../../workspace/schema.js";
import { NO_DATA_REASONS, withYear } from "./labels.js";
import type { ReportPart, ReportSelfAssessment } from "./types.js";

const overlapsYear = (round: AssessmentRound, year: number): boolean =>
  round.period.from <= `${year}-12-31` && round.period.to >= `${year}-01-01`;

/** Later period end first, then later start, then id: the one round a year's report shows. */
function compareRoundsByRecency(a: AssessmentRound, b: AssessmentRound): number {
  return (
    compareStrings(b.period.to, a.period.to) ||
    compareStrings(b.period.from, a.period.from) ||
    compareStrings(a.id, b.id)
  );
}

/** The self-assessment of `year`: the latest self-assessment round whose period overlaps the year. */
export function getReportSelfAssessment(ws: Workspace, year: number): ReportPart<ReportSelfAssessment> {
  const selfAssessments = ws.assessmentRounds.filter((r) => r.kind === "self-assessment");
  const round = selfAssessments.filter((r) => overlapsYear(r, year)).sort(compareRoundsByRecency)[0];
  if (round === undefined) return { status: "no-data", reason: withYear(NO_DATA_REASONS.selfAssessment, year) };
  const result = aggregateRound(ws, round.id);
  const previous = selfAssessments
    .filter((r) => r.id !== round.id && r.instrumentId === round.instrumentId && r.period.to < round.period.from)
    .sort(compareRoundsByRecency)[0];
  const comparison = previous === undefined ? null : compareRounds(ws, previous.id, round.id);
  const leadershipName = new Map(ws.leaderships.map((l) => [l.id, l.name]));
  const goalName = new Map(ws.profile.goals.map((g) => [g.id, g.name]));
  return {
    status: "data",
    roundId: result.roundId,
    roundTitle: result.title,
    coverage: result.coverage,
    leadershipsWithGroupings: result.leaderships.filter((l) => l.groupings.length > 1).length,
    comparable: result.comparable,
    comparability: result.comparability.message,
    previousRound:
      comparison === null
        ? null
        : { roundTitle: comparison.roundA.title, comparable: comparison.comparable, message: comparison.message },
    scale: {
      min: result.scale.min,
      max: result.scale.max,
      steps: result.scale.steps.map((s) => ({ value: s.value, label: s.label })),
    },
    maxTotal: result.maxTotal,
    caveat: result.caveat,
    findings: result.findings.map((f) => f.message),
    items: result.items.map((item) => ({
      itemId: item.itemId,
      goalName: item.goalId === null ? null : (goalName.get(item.goalId) ?? null),
      statement: item.statement,
      n: item.n,
      mean: item.mean,
      median: item.median,
      dontKnow: item.dontKnow,
      distribution: item.distribution.bins.map((b) => ({ value: b.value, label: b.label, count: b.count })),
      freeTexts: item.freeTexts.map((t) => ({
        leadership: t.leadershipId === null ? "" : (leadershipName.get(t.leadershipId) ?? t.leadershipId),
        grouping: t.grouping,
        text: t.text,
      })),
    })),
  };
}
