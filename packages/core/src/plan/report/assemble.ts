/**
 * Assemble the annual report of a year from a workspace: each part from the module that owns its data,
 * the narrative from the texts the caller passes, the county's facts from its profile.
 */
import type { Workspace } from "../../workspace/schema.js";
import { getFollowUpSettings } from "../settings.js";
import { parseAnnualReportOptions } from "./schema.js";
import { getAnnualReportTexts } from "../commands-report.js";
import type { AnnualReportOptions } from "./schema.js";
import { getReportSelfAssessment } from "./part-assessment.js";
import { getReportIndicators } from "./part-indicators.js";
import { getReportForumActivity, getReportForumAgendas } from "./part-meetings.js";
import { getReportCheckIns, getReportPlans } from "./part-plans.js";
import type { AnnualReport, FollowUpSource, ReportForumActivity, ReportPart, ReportSelfAssessment } from "./types.js";

function followUpSources(
  ws: Workspace,
  year: number,
  selfAssessment: ReportPart<ReportSelfAssessment>,
  forums: ReportPart<{ readonly forums: readonly ReportForumActivity[] }>,
  checkInCount: number,
  planCount: number,
): FollowUpSource[] {
  const sources: FollowUpSource[] = [];
  const indicators = getFollowUpSettings(ws.profile).indicators;
  if (indicators.length > 0) {
    const kolada = indicators.filter((i) => i.kolada !== undefined).length;
    sources.push({
      kind: "indicators",
      title: { sv: "Gemensamma nyckeltal", en: "Shared indicators" },
      detail: {
        sv: `${indicators.length} nyckeltal ordnade efter strategins delmål, varav ${kolada} med id i Kolada.`,
        en: `${indicators.length} indicators arranged by the strategy's sub-goals, ${kolada} of them with an id in Kolada.`,
      },
    });
  }
  if (selfAssessment.status === "data") {
    sources.push({
      kind: "self-assessment",
      title: { sv: "Självskattning", en: "Self-assessment" },
      detail: {
        sv: `${selfAssessment.roundTitle}: ${selfAssessment.coverage.responses} svar från ${selfAssessment.coverage.answered} av ${String(selfAssessment.coverage.asked ?? "?")} tillfrågade systemledningar.`,
        en: `${selfAssessment.roundTitle}: ${selfAssessment.coverage.responses} responses from ${selfAssessment.coverage.answered} of ${String(selfAssessment.coverage.asked ?? "?")} leaderships asked.`,
      },
    });
  }
  if (checkInCount > 0) {
    sources.push({
      kind: "check-ins",
      title: { sv: "Avstämningar", en: "Check-ins" },
      detail: {
        sv: `${checkInCount} avstämningar mot handlingsplanerna under ${year}.`,
        en: `${checkInCount} check-ins on the action plans in ${year}.`,
      },
    });
  }
  if (planCount > 0) {
    sources.push({
      kind: "plans",
      title: { sv: "Handlingsplaner", en: "Action plans" },
      detail: {
        sv: `${planCount} handlingsplaner som gäller under ${year}.`,
        en: `${planCount} action plans covering ${year}.`,
      },
    });
  }
  if (forums.status === "data") {
    const meetings = forums.forums.reduce((sum, f) => sum + f.meetingCount, 0);
    sources.push({
      kind: "meetings",
      title: { sv: "Möten och beslut", en: "Meetings and decisions" },
      detail: {
        sv: `${meetings} möten i ${forums.forums.length} forum under ${year}.`,
        en: `${meetings} meetings in ${forums.forums.length} forums in ${year}.`,
      },
    });
  }
  return sources;
}

/**
 * The annual report of `options.year` as plain data, following the table of contents of *Regional årsrapport 2025* (see
 * {@link AnnualReport}). Each part comes from its module: the self-assessment round of the year (`aggregateRound`,
 * `compareRounds`), the indicator verdicts per delmål for the county with values up to the year, the plans covering the
 * year with progress and health on `asOf`, the check-ins and the meetings of the year. A part without data says why.
 * Narrative comes from `options.texts`, or when it is not given from the texts saved in the workspace for the year
 * (`annualReports`, see `setAnnualReportTexts`).
 *
 * Throws a {@link SystemledningError} (`invalidInput`) with paths under `options` for invalid options.
 * Pure: the same workspace and options give the same report.
 *
 * @example
 * const report = assembleAnnualReport(createDalarnaSampleWorkspace(), { year: 2025, asOf: "2026-05-13", texts });
 * report.picture.selfAssessment.status === "data" && report.picture.selfAssessment.coverage.answered; // 6
 * const html = renderAnnualReportHtml(report, { locale: "sv" });
 */
export function assembleAnnualReport(ws: Workspace, options: AnnualReportOptions): AnnualReport {
  const parsed = parseAnnualReportOptions(options);
  const {
    year,
    asOf = `${year}-12-31`,
    organisationCode = ws.profile.regions[0]?.code ?? "0000",
    texts = getAnnualReportTexts(ws, parsed.year) ?? {},
  } = parsed;
  const selfAssessment = getReportSelfAssessment(ws, year);
  const plans = getReportPlans(ws, year, asOf);
  const checkIns = getReportCheckIns(ws, year);
  const forums = getReportForumActivity(ws, year, asOf);
  const countyName = ws.profile.name;
  return {
    kind: "systemledning/annual-report",
    year,
    asOf,
    title: texts.title ?? { sv: `Årsrapport ${year}`, en: `Annual report ${year}` },
    subtitle: texts.subtitle ?? countyName,
    county: countyName,
    meta: {
      date: texts.date ?? null,
      author: texts.author ?? null,
      approvedBy: texts.approvedBy ?? null,
      diarienummer: texts.diarienummer ?? null,
      version: texts.version ?? null,
    },
    assignment: {
      paragraphs: texts.assignment ?? [],
      vision: ws.profile.vision ?? null,
      goals: ws.profile.goals.map((g) => ({ id: g.id, name: g.name, description: g.description ?? null })),
    },
    followUp: {
      paragraphs: texts.followUp ?? [],
      sources: followUpSources(
        ws,
        year,
        selfAssessment,
        forums,
        checkIns.status === "data" ? checkIns.entries.length : 0,
        plans.status === "data" ? plans.plans.length : 0,
      ),
    },
    picture: {
      paragraphs: texts.picture ?? [],
      selfAssessment,
      indicators: getReportIndicators(ws, year, organisationCode),
      plans,
    },
    regionalSupport: { paragraphs: texts.regionalSupport ?? [], forums },
    lessons: { paragraphs: texts.lessons ?? [], points: texts.lessonPoints ?? [], checkIns },
    reflections: { paragraphs: texts.reflections ?? [] },
    appendixSelfAssessment: selfAssessment,
    appendixActivities: getReportForumAgendas(ws, year, asOf),
  };
}
