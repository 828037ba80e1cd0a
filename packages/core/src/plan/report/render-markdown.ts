/**
 * The annual report as Markdown (CommonMark with GitHub tables): the same parts and order as the HTML
 * document, for an intranet page, a wiki or a pull request. Every text — user text and our own — passes
 * {@link escapeMarkdown}, so no text can become a link, an image, HTML or a heading.
 */
import type { BilingualMessage } from "../../common/issues.js";
import type { LocalizedText } from "../../schema/primitives.js";
import {
  escapeMarkdown,
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  pick,
  type ReportLocale,
} from "./format.js";
import { reportHeadings } from "./labels.js";
import { HTML_WORDS } from "./render-html-shared.js";
import type { RenderReportOptions } from "./render-html.js";
import type { AnnualReport, ReportPart } from "./types.js";

interface MdContext {
  readonly report: AnnualReport;
  readonly locale: ReportLocale;
  readonly t: (text: LocalizedText | BilingualMessage, inTable?: boolean) => string;
  readonly w: (key: keyof typeof HTML_WORDS) => string;
  readonly e: (text: string, inTable?: boolean) => string;
  /** The report's headings with `{year}` filled: the only templates; people's texts are shown as written. */
  readonly headings: ReturnType<typeof reportHeadings>;
}

const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[], numericFrom = header.length): string =>
  [row(header), row(header.map((_, i) => (i >= numericFrom ? "---:" : "---"))), ...rows.map(row)].join("\n");

function noData(c: MdContext, part: ReportPart<object>): string {
  return part.status === "no-data" ? `*${c.t(part.reason)}*` : "";
}

function picture(c: MdContext): string[] {
  const { picture: p } = c.report;
  const out = [
    `## 3 ${c.t(c.headings.picture)}`,
    ...p.paragraphs.map((x) => c.t(x)),
    `### 3.1 ${c.t(c.headings.selfAssessment)}`,
  ];
  const sa = p.selfAssessment;
  if (sa.status === "no-data") out.push(noData(c, sa));
  else {
    const ratio = sa.coverage.ratio === null ? "" : ` (${formatPercent(sa.coverage.ratio, c.locale)})`;
    out.push(
      `${c.e(sa.roundTitle)}: ${formatNumber(sa.coverage.responses, c.locale)} ${c.locale === "sv" ? "svar från" : "responses from"} ${formatNumber(sa.coverage.answered, c.locale)} ${c.locale === "sv" ? "av" : "of"} ${sa.coverage.asked === null ? "?" : formatNumber(sa.coverage.asked, c.locale)}${c.e(ratio)}.`,
      `**${c.w("comparability")}:** ${c.t(sa.comparability)}`,
      ...(sa.previousRound === null
        ? []
        : [`**${c.w("previousRound")} \\(${c.e(sa.previousRound.roundTitle)}\\):** ${c.t(sa.previousRound.message)}`]),
      table(
        [c.w("goal"), c.w("respondents"), c.w("mean"), c.w("median")],
        sa.items.map((item, i) => [
          item.goalName === null ? c.t(item.statement, true) : `${c.w("goal")} ${i + 1} – ${c.t(item.goalName, true)}`,
          formatNumber(item.n, c.locale),
          item.mean === null ? c.w("missing") : formatNumber(item.mean, c.locale),
          item.median === null ? c.w("missing") : formatNumber(item.median, c.locale),
        ]),
        1,
      ),
      ...(sa.caveat === null ? [] : [`*${c.t(sa.caveat)}*`]),
    );
  }
  out.push(`### 3.2 ${c.t(c.headings.indicators)}`);
  const ind = p.indicators;
  if (ind.status === "no-data") out.push(noData(c, ind));
  else {
    out.push(
      `${c.w("indicatorsFor")} ${c.t(ind.organisationName)}, ${c.w("valuesUpTo")} ${ind.lastPeriod}.`,
      c.w("changeCaution"),
    );
    const point = (x: { period: string; value: number | null; status: string } | null): string =>
      x === null
        ? c.w("missing")
        : `${x.value === null ? c.w("missing") : formatNumber(x.value, c.locale)}${x.status === "preliminary" ? ` ${c.w("prelShort")}` : ""} \\(${x.period}\\)`;
    for (const goal of ind.goals) {
      out.push(`**${goal.goalName === null ? c.w("otherIndicators") : c.t(goal.goalName)}**`);
      out.push(
        table(
          [c.w("indicator"), c.w("from"), c.w("to"), c.w("change"), c.w("verdict")],
          goal.rows.map((r) => [
            `${c.t(r.title, true)} \\(${c.e(r.unit, true)}\\)`,
            point(r.from),
            point(r.to),
            r.change === null ? c.w("missing") : c.e(formatChange(r.change, c.locale)),
            c.t(r.verdictLabel, true),
          ]),
        ),
      );
    }
    if (ind.attributions.length > 0) out.push(`*${ind.attributions.map((a) => c.t(a)).join(" · ")}*`);
  }
  out.push(`### 3.3 ${c.t(c.headings.plans)}`);
  if (p.plans.status === "no-data") out.push(noData(c, p.plans));
  else {
    for (const plan of p.plans.plans) {
      out.push(
        `#### ${c.e(plan.title)}`,
        [
          `- **${c.w("planStatus")}:** ${c.t(plan.statusLabel)}`,
          `- **${c.w("leadership")}:** ${c.e(plan.leadership)}`,
          ...(plan.targetGroup === null ? [] : [`- **${c.w("targetGroup")}:** ${c.e(plan.targetGroup)}`]),
          ...(plan.decidedBy === null
            ? []
            : [
                `- **${c.w("decidedBy")}:** ${c.e(plan.decidedBy)}${plan.decidedOn === null ? "" : `, ${c.e(formatDate(plan.decidedOn, c.locale))}`}`,
              ]),
          `- **${c.w("progress")}:** ${plan.progress === null ? c.w("missing") : c.e(formatPercent(plan.progress, c.locale))}`,
        ].join("\n"),
      );
      if (plan.focusAreas.length > 0) {
        out.push(
          table(
            [c.w("focusArea"), c.w("activities"), c.w("done"), c.w("progress")],
            plan.focusAreas.map((a) => [
              c.e(a.title, true),
              formatNumber(a.activityCount, c.locale),
              formatNumber(a.doneCount, c.locale),
              a.progress === null ? c.w("missing") : c.e(formatPercent(a.progress, c.locale)),
            ]),
            1,
          ),
        );
      }
      out.push(
        plan.findings.length === 0
          ? c.w("healthNone")
          : [`${c.w("healthFindings")}:`, ...plan.findings.map((f) => `- ${c.t(f)}`)].join("\n"),
      );
    }
  }
  return out;
}

function rest(c: MdContext): string[] {
  const { regionalSupport, lessons, reflections, appendixSelfAssessment: b1, appendixActivities: b2 } = c.report;
  const kinds = ["information", "decision", "workshop", "report", "dialogue"] as const;
  const out = [
    `## 4 ${c.t(c.headings.regionalSupport)}`,
    ...regionalSupport.paragraphs.map((x) => c.t(x)),
    `### 4.1 ${c.t(c.headings.forums)}`,
  ];
  if (regionalSupport.forums.status === "no-data") out.push(noData(c, regionalSupport.forums));
  else {
    out.push(
      table(
        [c.w("forum"), c.w("leadership"), c.w("meetings"), ...kinds.map((k) => c.w(k))],
        regionalSupport.forums.forums.map((f) => [
          `${c.e(f.name, true)}${f.shortName === null ? "" : ` \\(${c.e(f.shortName, true)}\\)`}`,
          c.e(f.leadership, true),
          formatNumber(f.meetingCount, c.locale),
          ...kinds.map((k) => formatNumber(f.itemCounts[k], c.locale)),
        ]),
        2,
      ),
    );
  }
  out.push(`## 5 ${c.t(c.headings.lessons)}`, ...lessons.paragraphs.map((x) => c.t(x)));
  if (lessons.points.length > 0)
    out.push(lessons.points.map((p) => `- **${c.t(p.title)}**  \n  ${c.t(p.text).replace(/\n/g, "\n  ")}`).join("\n"));
  out.push(`### 5.1 ${c.t(c.headings.checkIns)}`);
  if (lessons.checkIns.status === "no-data") out.push(noData(c, lessons.checkIns));
  else {
    const fields = ["activitiesAndResults", "lessons", "successFactors", "challenges", "visionAssessment"] as const;
    for (const e of lessons.checkIns.entries) {
      out.push(`#### ${c.e(e.leadership)}, ${c.e(formatDate(e.date, c.locale))}`, `*${c.e(e.plan)}*`);
      const lines = fields
        .filter((f) => e[f] !== null)
        .map((f) => `- **${c.w(f)}:** ${c.e(e[f]!).replace(/\n/g, "\n  ")}`);
      if (e.visionRating !== null)
        lines.push(`- **${c.w("visionRating")}:** ${formatNumber(e.visionRating, c.locale)} ${c.w("ofFive")}`);
      if (lines.length > 0) out.push(lines.join("\n"));
    }
  }
  out.push(`## 6 ${c.t(c.headings.reflections)}`, ...reflections.paragraphs.map((x) => c.t(x)));
  out.push(`## ${c.t(c.headings.appendixSelfAssessment)}`);
  if (b1.status === "no-data") out.push(noData(c, b1));
  else {
    out.push(b1.scale.steps.map((s) => `- ${formatNumber(s.value, c.locale)} \\= ${c.t(s.label)}`).join("\n"));
    b1.items.forEach((item, i) => {
      out.push(
        `### ${item.goalName === null ? c.t(item.statement) : `${c.w("goal")} ${i + 1} – ${c.t(item.goalName)}`}`,
        `*${c.t(item.statement)}*`,
      );
      out.push(
        table(
          [c.w("scaleValue"), c.w("scaleLabel"), c.w("count")],
          item.distribution
            .filter((b) => b.label !== null || b.count > 0)
            .map((b) => [
              c.e(formatNumber(b.value, c.locale, 1)),
              b.label === null ? c.w("halfStep") : c.t(b.label, true),
              formatNumber(b.count, c.locale),
            ]),
          2,
        ),
        `${c.w("mean")}: ${item.mean === null ? c.w("missing") : c.e(formatNumber(item.mean, c.locale))} · ${c.w("median")}: ${item.median === null ? c.w("missing") : c.e(formatNumber(item.median, c.locale))}`,
        `**${c.w("freeTexts")}**`,
        item.freeTexts.length === 0
          ? c.w("noFreeTexts")
          : item.freeTexts
              .map(
                (t) =>
                  `> ${c.e(t.text).replace(/\n/g, "\n> ")}\n>\n> — ${c.e(t.leadership)}${t.grouping === null ? "" : ` \\(${c.e(t.grouping)}\\)`}`,
              )
              .join("\n\n"),
      );
    });
  }
  out.push(`## ${c.t(c.headings.appendixActivities)}`);
  if (b2.status === "no-data") out.push(noData(c, b2));
  else {
    for (const forum of b2.forums) {
      out.push(`### ${c.e(forum.name)}${forum.shortName === null ? "" : ` \\(${c.e(forum.shortName)}\\)`}`);
      out.push(
        table(
          [c.w("date"), c.w("kind"), c.w("item")],
          forum.rows.map((r) => [
            c.e(formatDate(r.date, c.locale), true),
            c.t(r.kindLabel, true),
            `${c.e(r.title, true)}${r.decision === null ? "" : ` — ${c.w("decisionText")}: ${c.e(r.decision, true)}`}`,
          ]),
        ),
      );
    }
  }
  return out;
}

/**
 * Render the report as Markdown: headings numbered as the table of contents of *Regional årsrapport 2025*, tables for
 * the data, every text escaped (user text can never become a link, image, HTML or heading). Numbers as in the HTML.
 *
 * @example
 * const md = renderAnnualReportMarkdown(assembleAnnualReport(ws, { year: 2025 }), { locale: "sv" });
 */
export function renderAnnualReportMarkdown(report: AnnualReport, options: RenderReportOptions = {}): string {
  const locale = options.locale ?? "sv";
  const e = (text: string, inTable = false): string => escapeMarkdown(text, { inTable });
  const t = (text: LocalizedText | BilingualMessage, inTable = false): string => e(pick(text, locale).text, inTable);
  const headings = reportHeadings(report.year);
  const c: MdContext = { report, locale, t, e, w: (key) => t(HTML_WORDS[key]), headings };
  const meta: [keyof typeof HTML_WORDS, string | null][] = [
    ["date", report.meta.date === null ? null : formatDate(report.meta.date, locale)],
    ["diarienummer", report.meta.diarienummer],
    ["version", report.meta.version],
    ["author", report.meta.author],
    ["approvedBy", report.meta.approvedBy],
  ];
  const blocks = [
    `# ${t(report.title)}`,
    ...(report.subtitle === null ? [] : [`*${t(report.subtitle)}*`]),
    meta
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `- **${c.w(k)}:** ${e(v!)}`)
      .join("\n"),
    `## 1 ${t(headings.assignment)}`,
    ...report.assignment.paragraphs.map((x) => t(x)),
    ...(report.assignment.vision === null ? [] : [`**${c.w("vision")}:** *${t(report.assignment.vision)}*`]),
    ...(report.assignment.goals.length === 0
      ? []
      : [
          `### 1.1 ${t(headings.goals)}`,
          report.assignment.goals
            .map(
              (g, i) =>
                `- **${c.w("goal")} ${i + 1} – ${t(g.name)}**${g.description === null ? "" : `: ${t(g.description)}`}`,
            )
            .join("\n"),
        ]),
    `## 2 ${t(headings.followUp)}`,
    ...report.followUp.paragraphs.map((x) => t(x)),
    report.followUp.sources.map((s) => `- **${t(s.title)}:** ${t(s.detail)}`).join("\n"),
    ...picture(c),
    ...rest(c),
  ];
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}
