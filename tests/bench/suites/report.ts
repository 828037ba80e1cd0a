/**
 * Bench suite "report": the annual report of 2025 assembled from the national synthetic workspace with
 * every module's national data (10 yearly self-assessment rounds, 10,000 meetings, a 2,000-activity plan
 * with monthly check-ins), beside its heaviest parts measured alone in the same run; then the HTML and
 * Markdown renderers. Budgets (issue 5): assembly < 200 ms; rendering is reported beside it.
 */
import { aggregateRound } from "@systemledning/core/assessment";
import {
  assembleAnnualReport,
  getPlanHealth,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
} from "@systemledning/core/plan";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { addNationalAssessment } from "../../fixtures/national-assessment.js";
import { addNationalMeetings } from "../../fixtures/national-meetings.js";
import { addNationalPlan, NATIONAL_PLAN_AS_OF, NATIONAL_PLAN_ID } from "../../fixtures/national-plan.js";
import { compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const ASSEMBLY_BUDGET_MS = 200;
const SEED = 20261122;
const YEAR = 2025;

/** The report suite. */
export const suite: BenchSuite = {
  name: "report",
  run() {
    let ws = createNationalWorkspace({ seed: SEED });
    ws = addNationalAssessment(ws, { seed: SEED });
    ws = addNationalMeetings(ws, { seed: SEED });
    ws = addNationalPlan(ws, { seed: SEED });
    const asOf = NATIONAL_PLAN_AS_OF.slice(0, 10);
    const round = ws.assessmentRounds.filter((r) => r.period.from.startsWith(String(YEAR))).at(-1);
    const report = assembleAnnualReport(ws, { year: YEAR, asOf });
    const activities = ws.plans.reduce((sum, p) => sum + p.focusAreas.reduce((s, a) => s + a.activities.length, 0), 0);
    console.log(
      `National workspace: ${ws.leaderships.length} leaderships, ${ws.assessmentRounds.length} rounds, ${ws.assessmentResponses.length} responses, ` +
        `${ws.meetings.length} meetings, ${ws.plans.length} plans with ${activities} activities, ${ws.checkIns.length} check-ins. ` +
        `Report ${YEAR}: self-assessment ${report.picture.selfAssessment.status}, plans ${report.picture.plans.status}, Bilaga 2 ${report.appendixActivities.status}.`,
    );

    const [assembly, ...parts] = compare(
      [
        {
          name: `assembleAnnualReport(ws, { year: ${YEAR} }): the whole report`,
          fn: () => assembleAnnualReport(ws, { year: YEAR, asOf }),
        },
        ...(round === undefined
          ? []
          : [{ name: "aggregateRound of the year's round alone", fn: () => aggregateRound(ws, round.id) }]),
        { name: "getPlanHealth of the national plan alone", fn: () => getPlanHealth(ws, NATIONAL_PLAN_ID, { asOf }) },
      ],
      { warmup: 3, iterations: 15 },
    );
    const assemblyGroup: GroupRow[] = [
      { result: assembly!, budgetMs: ASSEMBLY_BUDGET_MS },
      ...parts.map((result) => ({ result })),
    ];
    console.log(formatGroup("Annual report assembly (national synthetic workspace)", assemblyGroup));

    const renders = compare(
      [
        {
          name: 'renderAnnualReportHtml(report, { locale: "sv" })',
          fn: () => renderAnnualReportHtml(report, { locale: "sv" }),
        },
        {
          name: 'renderAnnualReportMarkdown(report, { locale: "sv" })',
          fn: () => renderAnnualReportMarkdown(report, { locale: "sv" }),
        },
      ],
      { warmup: 3, iterations: 15 },
    );
    const html = renderAnnualReportHtml(report, { locale: "sv" });
    const renderGroup: GroupRow[] = renders.map((result) => ({ result }));
    console.log(
      formatGroup(`Rendering the national report (${(html.length / 1e6).toFixed(2)} MB of HTML)`, renderGroup),
    );
    return [assemblyGroup, renderGroup];
  },
};
