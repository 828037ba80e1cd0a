/**
 * The annual report as one complete, accessible, print-ready HTML document: `lang`, a title, headings in
 * order, tables with `<caption>` and `<th scope>`, each histogram of Bilaga 1 as an SVG figure with its
 * table beside it, no script, no link to anything outside, and no inline style: no `<style>` element and no
 * `style` attribute, so it passes `style-src 'self'`. The screen and print styles are `REPORT_STYLES`, which
 * the host serves from its own origin and links (`stylesheetHref`). A file for download, a document of its own
 * and not a page under the host's CSP, can instead carry them in one `<style>` element (`embedStyles`) and so
 * read styled offline. Every user text is escaped.
 */
import type { BilingualMessage } from "../../common/issues.js";
import type { LocalizedText } from "../../schema/primitives.js";
import { escapeHtml, isSameOriginPath } from "../../common/html.js";
import { formatChange, formatDate, formatNumber, formatPercent, pick, type ReportLocale } from "./format.js";
import { reportHeadings, type REPORT_HEADINGS } from "./labels.js";
import { renderAppendixActivities, renderAppendixSelfAssessment } from "./render-html-appendix.js";
import { HTML_WORDS, type HtmlContext } from "./render-html-shared.js";
import { REPORT_STYLES } from "./styles.js";
import type { AnnualReport, ReportIndicators, ReportPart, ReportPlan, ReportSelfAssessment } from "./types.js";

/** Options of {@link renderAnnualReportHtml}. */
export interface RenderReportOptions {
  /** The language of the document. @default "sv" */
  readonly locale?: ReportLocale;
  /**
   * The stylesheet to link, served by the host from its own origin: typically `REPORT_STYLES` (screen and A4
   * print) saved as a file. Only a same-origin relative path is linked (`/css/report.css`, `./report.css`);
   * anything else (a scheme, `//host`, a backslash, white space) is left out. Without it the document links
   * nothing and shows in the browser's own styles.
   */
  readonly stylesheetHref?: string;
  /**
   * Carry `REPORT_STYLES` in one `<style>` element in the head, for a file people download and open on their
   * own (styled offline, nothing to serve). Not for a page under `style-src 'self'`: link `stylesheetHref`
   * there. @default false
   */
  readonly embedStyles?: boolean;
}

function contextFor(report: AnnualReport, locale: ReportLocale): HtmlContext {
  const t = (text: LocalizedText | BilingualMessage): string => {
    const chosen = pick(text, locale);
    // As written: a text is never searched for placeholders, since people's texts pass here too.
    const escaped = escapeHtml(chosen.text);
    return chosen.lang === locale ? escaped : `<span lang="${chosen.lang}">${escaped}</span>`;
  };
  return { report, locale, t, w: (key) => t(HTML_WORDS[key]), headings: reportHeadings(report.year) };
}

function paragraphs(c: HtmlContext, list: readonly LocalizedText[]): string {
  return list.map((p) => `<p>${c.t(p)}</p>`).join("\n");
}

function noData(c: HtmlContext, part: ReportPart<object>): string {
  return part.status === "no-data" ? `<p class="no-data">${c.t(part.reason)}</p>` : "";
}

function heading(
  c: HtmlContext,
  level: 2 | 3 | 4,
  id: string,
  number: string,
  key: keyof typeof REPORT_HEADINGS,
): string {
  return `<h${level} id="${id}">${number === "" ? "" : `<span class="num">${number}</span> `}${c.t(c.headings[key])}</h${level}>`;
}

function selfAssessmentSummary(c: HtmlContext, part: ReportPart<ReportSelfAssessment>): string {
  if (part.status === "no-data") return noData(c, part);
  const { coverage, locale } = { coverage: part.coverage, locale: c.locale };
  const ratio = coverage.ratio === null ? "" : ` (${formatPercent(coverage.ratio, locale)})`;
  const sentence =
    locale === "sv"
      ? `${formatNumber(coverage.responses, locale)} svar från ${formatNumber(coverage.answered, locale)} av ${coverage.asked === null ? "okänt antal" : formatNumber(coverage.asked, locale)} tillfrågade systemledningar${ratio}.`
      : `${formatNumber(coverage.responses, locale)} responses from ${formatNumber(coverage.answered, locale)} of ${coverage.asked === null ? "an unknown number of" : formatNumber(coverage.asked, locale)} leaderships asked${ratio}.`;
  const rows = part.items
    .map(
      (item, i) =>
        `<tr><th scope="row">${item.goalName === null ? c.t(item.statement) : `${c.w("goal")} ${i + 1} – ${c.t(item.goalName)}`}</th><td class="n">${formatNumber(item.n, locale)}</td><td class="n">${item.mean === null ? c.w("missing") : formatNumber(item.mean, locale)}</td><td class="n">${item.median === null ? c.w("missing") : formatNumber(item.median, locale)}</td></tr>`,
    )
    .join("\n");
  return [
    `<p>${escapeHtml(part.roundTitle)}: ${sentence}</p>`,
    `<p class="${part.comparable ? "note" : "note warning"}"><strong>${c.w("comparability")}:</strong> ${c.t(part.comparability)}</p>`,
    part.previousRound === null
      ? ""
      : `<p class="note"><strong>${c.w("previousRound")} (${escapeHtml(part.previousRound.roundTitle)}):</strong> ${c.t(part.previousRound.message)}</p>`,
    `<div class="table-wrap" role="region" aria-labelledby="cap-sa" tabindex="0"><table><caption id="cap-sa">${c.w("saSummaryCaption")} (${formatNumber(part.scale.min, locale)}–${formatNumber(part.scale.max, locale)})</caption>`,
    `<thead><tr><th scope="col">${c.w("goal")}</th><th scope="col">${c.w("respondents")}</th><th scope="col">${c.w("mean")}</th><th scope="col">${c.w("median")}</th></tr></thead>`,
    `<tbody>${rows}</tbody></table></div>`,
    part.caveat === null ? "" : `<p class="caveat">${c.t(part.caveat)}</p>`,
    ...part.findings.map((f) => `<p class="note warning">${c.t(f)}</p>`),
  ].join("\n");
}

function pointText(c: HtmlContext, point: { period: string; value: number | null; status: string } | null): string {
  if (point === null) return c.w("missing");
  const value = point.value === null ? c.w("missing") : formatNumber(point.value, c.locale);
  const mark =
    point.status === "preliminary"
      ? ` <abbr title="${escapeHtml(pick(HTML_WORDS.preliminary, c.locale).text)}">${c.w("prelShort")}</abbr>`
      : "";
  return `${value}${mark} <span class="period">(${escapeHtml(point.period)})</span>`;
}

function indicatorTables(c: HtmlContext, part: ReportPart<ReportIndicators>): string {
  if (part.status === "no-data") return noData(c, part);
  const intro = `<p>${c.w("indicatorsFor")} ${c.t(part.organisationName)}, ${c.w("valuesUpTo")} ${escapeHtml(part.lastPeriod)}.</p>`;
  const tables = part.goals.map((goal, g) => {
    const caption = goal.goalName === null ? c.w("otherIndicators") : c.t(goal.goalName);
    const rows = goal.rows
      .map(
        (r) =>
          `<tr><th scope="row">${c.t(r.title)} <span class="unit">(${escapeHtml(r.unit)})</span></th><td>${pointText(c, r.from)}</td><td>${pointText(c, r.to)}</td><td class="n">${r.change === null ? c.w("missing") : formatChange(r.change, c.locale)}</td><td><span class="verdict verdict-${escapeHtml(r.verdict)}">${c.t(r.verdictLabel)}</span>${r.preliminary ? ` (${c.w("preliminary")})` : ""}</td></tr>`,
      )
      .join("\n");
    return [
      `<div class="table-wrap" role="region" aria-labelledby="cap-ind-${g}" tabindex="0"><table><caption id="cap-ind-${g}">${caption}</caption>`,
      `<thead><tr><th scope="col">${c.w("indicator")}</th><th scope="col">${c.w("from")}</th><th scope="col">${c.w("to")}</th><th scope="col">${c.w("change")}</th><th scope="col">${c.w("verdict")}</th></tr></thead>`,
      `<tbody>${rows}</tbody></table></div>`,
    ].join("\n");
  });
  const sources =
    part.attributions.length === 0 ? "" : `<p class="source">${part.attributions.map((a) => c.t(a)).join(" · ")}</p>`;
  return [intro, `<p class="note">${c.w("changeCaution")}</p>`, ...tables, sources].join("\n");
}

function planBlock(c: HtmlContext, plan: ReportPlan, index: number): string {
  const facts: [keyof typeof HTML_WORDS, string | null][] = [
    ["planStatus", c.t(plan.statusLabel)],
    ["leadership", escapeHtml(plan.leadership)],
    ["targetGroup", plan.targetGroup === null ? null : escapeHtml(plan.targetGroup)],
    [
      "decidedBy",
      plan.decidedBy === null
        ? null
        : `${escapeHtml(plan.decidedBy)}${plan.decidedOn === null ? "" : `, ${escapeHtml(formatDate(plan.decidedOn, c.locale))}`}`,
    ],
    ["progress", plan.progress === null ? c.w("missing") : formatPercent(plan.progress, c.locale)],
  ];
  const rows = plan.focusAreas
    .map(
      (a) =>
        `<tr><th scope="row">${escapeHtml(a.title)}</th><td class="n">${formatNumber(a.activityCount, c.locale)}</td><td class="n">${formatNumber(a.doneCount, c.locale)}</td><td class="n">${a.progress === null ? c.w("missing") : formatPercent(a.progress, c.locale)}</td></tr>`,
    )
    .join("\n");
  const health = plan.healthCounts.error + plan.healthCounts.warning + plan.healthCounts.info;
  return [
    `<h4 id="plan-${index}">${escapeHtml(plan.title)}</h4>`,
    `<dl class="facts">${facts
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<dt>${c.w(k)}</dt><dd>${v!}</dd>`)
      .join("")}</dl>`,
    plan.userPerspective === null
      ? ""
      : `<p><strong>${c.w("userPerspective")}:</strong> ${escapeHtml(plan.userPerspective)}</p>`,
    plan.focusAreas.length === 0
      ? ""
      : `<div class="table-wrap" role="region" aria-labelledby="cap-plan-${index}" tabindex="0"><table><caption id="cap-plan-${index}">${c.w("focusAreasOf")} ${escapeHtml(plan.title)}</caption><thead><tr><th scope="col">${c.w("focusArea")}</th><th scope="col">${c.w("activities")}</th><th scope="col">${c.w("done")}</th><th scope="col">${c.w("progress")}</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    health === 0
      ? `<p>${c.w("healthNone")}</p>`
      : `<p>${c.w("healthFindings")}: ${formatNumber(plan.healthCounts.error, c.locale)} ${c.w("errors")}, ${formatNumber(plan.healthCounts.warning, c.locale)} ${c.w("warnings")}, ${formatNumber(plan.healthCounts.info, c.locale)} ${c.w("infos")}.</p>` +
        `<ul class="findings">${plan.findings.map((f) => `<li>${c.t(f)}</li>`).join("")}${plan.moreFindings > 0 ? `<li>… ${formatNumber(plan.moreFindings, c.locale)} ${c.w("more")}</li>` : ""}</ul>`,
  ].join("\n");
}

function sectionPicture(c: HtmlContext): string {
  const { picture } = c.report;
  return [
    `<section aria-labelledby="s3">`,
    heading(c, 2, "s3", "3", "picture"),
    paragraphs(c, picture.paragraphs),
    heading(c, 3, "s3-1", "3.1", "selfAssessment"),
    selfAssessmentSummary(c, picture.selfAssessment),
    heading(c, 3, "s3-2", "3.2", "indicators"),
    indicatorTables(c, picture.indicators),
    heading(c, 3, "s3-3", "3.3", "plans"),
    picture.plans.status === "no-data"
      ? noData(c, picture.plans)
      : picture.plans.plans.map((p, i) => planBlock(c, p, i)).join("\n"),
    `</section>`,
  ].join("\n");
}

function sectionRegionalSupport(c: HtmlContext): string {
  const { regionalSupport } = c.report;
  const forums = regionalSupport.forums;
  const kinds = ["information", "decision", "workshop", "report", "dialogue"] as const;
  const table =
    forums.status === "no-data"
      ? noData(c, forums)
      : [
          `<div class="table-wrap" role="region" aria-labelledby="cap-forums" tabindex="0"><table><caption id="cap-forums">${c.w("forumsCaption")} ${c.report.year}</caption>`,
          `<thead><tr><th scope="col">${c.w("forum")}</th><th scope="col">${c.w("leadership")}</th><th scope="col">${c.w("meetings")}</th>${kinds.map((k) => `<th scope="col">${c.w(k)}</th>`).join("")}</tr></thead><tbody>`,
          ...forums.forums.map(
            (f) =>
              `<tr><th scope="row">${escapeHtml(f.name)}${f.shortName === null ? "" : ` (${escapeHtml(f.shortName)})`}</th><td>${escapeHtml(f.leadership)}</td><td class="n">${formatNumber(f.meetingCount, c.locale)}</td>${kinds.map((k) => `<td class="n">${formatNumber(f.itemCounts[k], c.locale)}</td>`).join("")}</tr>`,
          ),
          `</tbody></table></div>`,
        ].join("\n");
  return [
    `<section aria-labelledby="s4">`,
    heading(c, 2, "s4", "4", "regionalSupport"),
    paragraphs(c, regionalSupport.paragraphs),
    heading(c, 3, "s4-1", "4.1", "forums"),
    table,
    `</section>`,
  ].join("\n");
}

function sectionLessons(c: HtmlContext): string {
  const { lessons } = c.report;
  const points =
    lessons.points.length === 0
      ? ""
      : `<ul class="lessons">${lessons.points.map((p) => `<li><strong>${c.t(p.title)}</strong><p>${c.t(p.text)}</p></li>`).join("\n")}</ul>`;
  const fields = ["activitiesAndResults", "lessons", "successFactors", "challenges", "visionAssessment"] as const;
  const checkIns =
    lessons.checkIns.status === "no-data"
      ? noData(c, lessons.checkIns)
      : lessons.checkIns.entries
          .map((e) => {
            const items = fields
              .filter((f) => e[f] !== null)
              .map((f) => `<dt>${c.w(f)}</dt><dd>${escapeHtml(e[f]!)}</dd>`);
            if (e.visionRating !== null)
              items.push(
                `<dt>${c.w("visionRating")}</dt><dd>${formatNumber(e.visionRating, c.locale)} ${c.w("ofFive")}</dd>`,
              );
            return `<article class="check-in"><h4>${escapeHtml(e.leadership)}, ${escapeHtml(formatDate(e.date, c.locale))}</h4><p class="meta">${escapeHtml(e.plan)}</p><dl>${items.join("")}</dl></article>`;
          })
          .join("\n");
  return [
    `<section aria-labelledby="s5">`,
    heading(c, 2, "s5", "5", "lessons"),
    paragraphs(c, lessons.paragraphs),
    points,
    heading(c, 3, "s5-1", "5.1", "checkIns"),
    checkIns,
    `</section>`,
  ].join("\n");
}

function titlePage(c: HtmlContext): string {
  const { report } = c;
  const meta: [keyof typeof HTML_WORDS, string | null][] = [
    ["date", report.meta.date === null ? null : formatDate(report.meta.date, c.locale)],
    ["diarienummer", report.meta.diarienummer],
    ["version", report.meta.version],
    ["author", report.meta.author],
    ["approvedBy", report.meta.approvedBy],
  ];
  const shown = meta.filter(([, v]) => v !== null);
  return [
    `<header class="title-page">`,
    `<p class="county">${c.t(report.county)}</p>`,
    `<h1>${c.t(report.title)}</h1>`,
    report.subtitle === null ? "" : `<p class="subtitle">${c.t(report.subtitle)}</p>`,
    shown.length === 0
      ? ""
      : `<dl class="facts">${shown.map(([k, v]) => `<dt>${c.w(k)}</dt><dd>${escapeHtml(v!)}</dd>`).join("")}</dl>`,
    `</header>`,
  ].join("\n");
}

function contents(c: HtmlContext): string {
  const entries: [string, string, keyof typeof REPORT_HEADINGS][] = [
    ["s1", "1", "assignment"],
    ["s2", "2", "followUp"],
    ["s3", "3", "picture"],
    ["s4", "4", "regionalSupport"],
    ["s5", "5", "lessons"],
    ["s6", "6", "reflections"],
    ["b1", "", "appendixSelfAssessment"],
    ["b2", "", "appendixActivities"],
  ];
  return `<nav class="contents" aria-labelledby="toc"><h2 id="toc">${c.t(c.headings.contents)}</h2><ol>${entries
    .map(
      ([id, n, key]) =>
        `<li><a href="#${id}">${n === "" ? "" : `<span class="num">${n}</span> `}${c.t(c.headings[key])}</a></li>`,
    )
    .join("")}</ol></nav>`;
}

/**
 * Render the report as a complete HTML document (a string): print-ready (A4, page breaks before each
 * appendix), accessible (WCAG 2.1 AA: language, headings in order, captioned tables with header scopes,
 * figures with text alternatives), with no script, no external resource and no inline style (no `<style>`
 * element, no `style` attribute); the styles come from the linked `stylesheetHref` (`REPORT_STYLES` as a file),
 * or, for a downloaded file, from `REPORT_STYLES` embedded in one `<style>` element (`embedStyles: true`).
 * Swedish numbers use a no-break space between thousands and a decimal comma. All user text is escaped.
 *
 * @example
 * const html = renderAnnualReportHtml(assembleAnnualReport(ws, { year: 2025 }), { locale: "sv", stylesheetHref: "/css/report.css" });
 * // host: serve REPORT_STYLES as /css/report.css
 * // host: new Blob([html], { type: "text/html" }) for download, or open it in a print window
 */
export function renderAnnualReportHtml(report: AnnualReport, options: RenderReportOptions = {}): string {
  const locale = options.locale ?? "sv";
  const c = contextFor(report, locale);
  const title = `${pick(report.title, locale).text} – ${pick(report.county, locale).text}`;
  const body = [
    titlePage(c),
    contents(c),
    `<main>`,
    `<section aria-labelledby="s1">`,
    heading(c, 2, "s1", "1", "assignment"),
    paragraphs(c, report.assignment.paragraphs),
    report.assignment.vision === null
      ? ""
      : `<p class="vision"><strong>${c.w("vision")}:</strong> ${c.t(report.assignment.vision)}</p>`,
    report.assignment.goals.length === 0 ? "" : heading(c, 3, "s1-1", "1.1", "goals"),
    report.assignment.goals.length === 0
      ? ""
      : `<dl class="goals">${report.assignment.goals.map((g, i) => `<dt>${c.w("goal")} ${i + 1} – ${c.t(g.name)}</dt><dd>${g.description === null ? "" : c.t(g.description)}</dd>`).join("")}</dl>`,
    `</section>`,
    `<section aria-labelledby="s2">`,
    heading(c, 2, "s2", "2", "followUp"),
    paragraphs(c, report.followUp.paragraphs),
    report.followUp.sources.length === 0
      ? ""
      : `<ul class="sources">${report.followUp.sources.map((s) => `<li><strong>${c.t(s.title)}:</strong> ${c.t(s.detail)}</li>`).join("")}</ul>`,
    `</section>`,
    sectionPicture(c),
    sectionRegionalSupport(c),
    sectionLessons(c),
    `<section aria-labelledby="s6">`,
    heading(c, 2, "s6", "6", "reflections"),
    paragraphs(c, report.reflections.paragraphs),
    `</section>`,
    renderAppendixSelfAssessment(c, (key) => heading(c, 2, key === "appendixSelfAssessment" ? "b1" : "b2", "", key)),
    renderAppendixActivities(c, (key) => heading(c, 2, key === "appendixSelfAssessment" ? "b1" : "b2", "", key)),
    `</main>`,
  ]
    .filter((part) => part !== "")
    .join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(options.stylesheetHref !== undefined && isSameOriginPath(options.stylesheetHref)
      ? [`<link rel="stylesheet" href="${escapeHtml(options.stylesheetHref)}">`]
      : []),
    ...(options.embedStyles === true ? [`<style>${REPORT_STYLES}</style>`] : []),
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
