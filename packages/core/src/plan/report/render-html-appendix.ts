/**
 * The appendices of the HTML report: Bilaga 1 (per delmål a histogram of the leaderships' answers as an
 * SVG figure, the same numbers as a table, mean, median and the free texts) and Bilaga 2 (per forum a
 * table of the year's agenda items: date, kind, title).
 */
import { escapeHtml } from "../../common/html.js";
import { formatDate, formatNumber, pick } from "./format.js";
import type { REPORT_HEADINGS } from "./labels.js";
import type { HtmlContext } from "./render-html-shared.js";
import type { ReportAssessmentItem } from "./types.js";

type HeadingOf = (key: keyof typeof REPORT_HEADINGS) => string;

const CHART = { width: 360, height: 160, left: 28, bottom: 28, top: 16 } as const;

/** A bar chart of one item's distribution: x = scale value, y = number of leaderships. */
function histogram(c: HtmlContext, item: ReportAssessmentItem, index: number, titleText: string): string {
  const bins = item.distribution;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const plotWidth = CHART.width - CHART.left - 8;
  const plotHeight = CHART.height - CHART.bottom - CHART.top;
  const slot = plotWidth / Math.max(1, bins.length);
  const bars = bins
    .map((bin, i) => {
      const h = (bin.count / max) * plotHeight;
      const x = CHART.left + i * slot + slot * 0.15;
      const y = CHART.top + plotHeight - h;
      const half = bin.label === null;
      const bar =
        bin.count === 0
          ? ""
          : `<rect class="${half ? "bar half" : "bar"}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}"></rect>`;
      const count =
        bin.count === 0
          ? ""
          : `<text class="count" x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 3).toFixed(1)}">${formatNumber(bin.count, c.locale)}</text>`;
      const tick = half
        ? ""
        : `<text class="tick" x="${(x + slot * 0.35).toFixed(1)}" y="${CHART.height - 10}">${formatNumber(bin.value, c.locale)}</text>`;
      return bar + count + tick;
    })
    .join("");
  const axis = `<line class="axis" x1="${CHART.left}" y1="${CHART.top + plotHeight}" x2="${CHART.width - 8}" y2="${CHART.top + plotHeight}"></line>`;
  return `<svg class="histogram" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="hist-title-${index}"><title id="hist-title-${index}">${escapeHtml(titleText)}</title>${axis}${bars}</svg>`;
}

function itemBlock(c: HtmlContext, item: ReportAssessmentItem, index: number): string {
  const heading = item.goalName === null ? c.t(item.statement) : `${c.w("goal")} ${index + 1} – ${c.t(item.goalName)}`;
  const plainHeading =
    item.goalName === null
      ? pick(item.statement, c.locale).text
      : `${pick({ sv: "Delmål", en: "Sub-goal" }, c.locale).text} ${index + 1} – ${pick(item.goalName, c.locale).text}`;
  const summary =
    c.locale === "sv"
      ? `${formatNumber(item.n, c.locale)} systemledningar med svar; medelvärde ${item.mean === null ? "saknas" : formatNumber(item.mean, c.locale)}, median ${item.median === null ? "saknas" : formatNumber(item.median, c.locale)}${item.dontKnow > 0 ? `; ”vet ej” ${formatNumber(item.dontKnow, c.locale)}` : ""}.`
      : `${formatNumber(item.n, c.locale)} leaderships answering; mean ${item.mean === null ? "none" : formatNumber(item.mean, c.locale)}, median ${item.median === null ? "none" : formatNumber(item.median, c.locale)}${item.dontKnow > 0 ? `; “don't know” ${formatNumber(item.dontKnow, c.locale)}` : ""}.`;
  const chartTitle = `${pick({ sv: "Fördelning av svaren", en: "Distribution of the answers" }, c.locale).text}, ${plainHeading}`;
  const rows = item.distribution
    .filter((b) => b.label !== null || b.count > 0)
    .map(
      (b) =>
        `<tr><th scope="row">${formatNumber(b.value, c.locale, 1)}</th><td>${b.label === null ? c.w("halfStep") : c.t(b.label)}</td><td class="n">${formatNumber(b.count, c.locale)}</td></tr>`,
    )
    .join("");
  const texts =
    item.freeTexts.length === 0
      ? `<p>${c.w("noFreeTexts")}</p>`
      : `<ul class="free-texts">${item.freeTexts
          .map(
            (t) =>
              `<li><blockquote><p>${escapeHtml(t.text)}</p></blockquote><p class="who">${escapeHtml(t.leadership)}${t.grouping === null ? "" : ` (${escapeHtml(t.grouping)})`}</p></li>`,
          )
          .join("")}</ul>`;
  return [
    `<section class="appendix-item" aria-labelledby="b1-${index}">`,
    `<h3 id="b1-${index}">${heading}</h3>`,
    `<p class="statement">${c.t(item.statement)}</p>`,
    `<figure>${histogram(c, item, index, chartTitle)}<figcaption>${escapeHtml(chartTitle)}. ${summary}</figcaption></figure>`,
    `<div class="table-wrap" role="region" aria-labelledby="cap-b1-${index}" tabindex="0"><table><caption id="cap-b1-${index}">${c.w("distributionOf")}: ${heading}</caption><thead><tr><th scope="col">${c.w("scaleValue")}</th><th scope="col">${c.w("scaleLabel")}</th><th scope="col">${c.w("count")}</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    `<h4>${c.w("freeTexts")}</h4>`,
    texts,
    `</section>`,
  ].join("\n");
}

/** Bilaga 1: the self-assessment per delmål. */
export function renderAppendixSelfAssessment(c: HtmlContext, headingOf: HeadingOf): string {
  const part = c.report.appendixSelfAssessment;
  const open = `<section class="appendix" aria-labelledby="b1">\n${headingOf("appendixSelfAssessment")}`;
  if (part.status === "no-data") return `${open}\n<p class="no-data">${c.t(part.reason)}</p>\n</section>`;
  const { coverage } = part;
  const intro =
    c.locale === "sv"
      ? `${formatNumber(coverage.responses, c.locale)} svar från ${formatNumber(coverage.answered, c.locale)} olika systemledningar har inkommit.${part.leadershipsWithGroupings > 0 ? ` Från ${formatNumber(part.leadershipsWithGroupings, c.locale)} av systemledningarna lämnades separata svar från flera grupperingar; där svaren skilde sig åt visas medelvärdet.` : ""} Diagrammen visar svarsskalan på x-axeln och antalet systemledningar per svarsalternativ på y-axeln. Svar i fritext redovisas vid varje delmål.`
      : `${formatNumber(coverage.responses, c.locale)} responses from ${formatNumber(coverage.answered, c.locale)} leaderships came in.${part.leadershipsWithGroupings > 0 ? ` ${formatNumber(part.leadershipsWithGroupings, c.locale)} of the leaderships sent separate answers from several groupings; where they differed, their mean is shown.` : ""} The charts show the answer scale on the x-axis and the number of leaderships per answer on the y-axis. Free-text answers follow each sub-goal.`;
  const scale = `<ul class="scale">${part.scale.steps.map((s) => `<li>${formatNumber(s.value, c.locale)} = ${c.t(s.label)}</li>`).join("")}</ul>`;
  return [open, `<p>${intro}</p>`, scale, ...part.items.map((item, i) => itemBlock(c, item, i)), `</section>`].join(
    "\n",
  );
}

/** Bilaga 2: activities and decisions per forum. */
export function renderAppendixActivities(c: HtmlContext, headingOf: HeadingOf): string {
  const part = c.report.appendixActivities;
  const open = `<section class="appendix" aria-labelledby="b2">\n${headingOf("appendixActivities")}`;
  if (part.status === "no-data") return `${open}\n<p class="no-data">${c.t(part.reason)}</p>\n</section>`;
  const tables = part.forums.map((forum, f) => {
    const name = `${escapeHtml(forum.name)}${forum.shortName === null ? "" : ` (${escapeHtml(forum.shortName)})`}`;
    const rows = forum.rows
      .map(
        (r) =>
          `<tr><td class="date">${escapeHtml(formatDate(r.date, c.locale))}</td><td>${c.t(r.kindLabel)}</td><td>${escapeHtml(r.title)}${r.decision === null ? "" : `<br><span class="decision">${c.w("decisionText")}: ${escapeHtml(r.decision)}</span>`}</td></tr>`,
      )
      .join("\n");
    return `<div class="table-wrap" role="region" aria-labelledby="cap-b2-${f}" tabindex="0"><table><caption id="cap-b2-${f}">${c.w("agendaOf")} ${name}</caption><thead><tr><th scope="col">${c.w("date")}</th><th scope="col">${c.w("kind")}</th><th scope="col">${c.w("item")}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  });
  return [open, ...tables, `</section>`].join("\n");
}
