/**
 * Approved minutes as JSON (deterministic), CSV (RFC 4180, injection-safe) and print-ready HTML: a
 * complete document in Swedish with a table of decisions (dates and diarienummer), every text escaped, no
 * script and no inline style (a host stylesheet on the page's origin may be linked), so it passes a strict CSP.
 */
import { escapeHtml, isSameOriginPath } from "../common/html.js";
import { toCanonicalJson } from "../io/canonical-json.js";
import { formatCsvRecords, type CsvCell, type CsvDelimiter } from "../io/csv.js";
import type { ApprovedMinutes } from "./minutes.js";
import { AGENDA_KIND_LABELS } from "./labels.js";
import { toStockholm } from "../common/stockholm-time.js";

/**
 * The minutes as deterministic JSON (sorted keys, NFC, two-space indentation).
 *
 * @example
 * formatMinutesJson(getApprovedMinutes(ws, "mt-lchnv-2025-03-14"));
 */
export function formatMinutesJson(minutes: ApprovedMinutes): string {
  return toCanonicalJson({ schema: "systemledning/approved-minutes", version: 1, minutes });
}

/** The columns of {@link formatMinutesCsv}, in order. */
export const MINUTES_CSV_COLUMNS = [
  "motesdatum",
  "forum",
  "arende_nr",
  "arendetyp",
  "rubrik",
  "anteckningar",
  "beslut",
  "beslutsdatum",
  "diarienummer",
  "rattad",
] as const;

/** Options of {@link formatMinutesCsv}. */
export interface MinutesCsvOptions {
  /** `;` for Swedish spreadsheets. @default "," */
  readonly delimiter?: CsvDelimiter;
  /** A byte order mark, so Excel reads å, ä, ö. @default false */
  readonly byteOrderMark?: boolean;
}

/**
 * The minutes as CSV, one row per agenda item with its decision (if any): date, forum, item number, kind,
 * title, notes, decision text, decision date, diarienummer, and whether the decision was corrected.
 * Cells a spreadsheet would run as a formula are defused (`'=`).
 *
 * @example
 * formatMinutesCsv(minutes, { delimiter: ";", byteOrderMark: true });
 */
export function formatMinutesCsv(minutes: ApprovedMinutes, options: MinutesCsvOptions = {}): string {
  const date = toStockholm(Date.parse(minutes.start)).date;
  const decisionByItem = new Map(minutes.decisions.map((d) => [d.itemId, d] as const));
  const records = minutes.items.map((item, i): Record<string, CsvCell> => {
    const decision = decisionByItem.get(item.itemId);
    return {
      motesdatum: date,
      forum: minutes.forumName,
      arende_nr: i + 1,
      arendetyp: item.kind,
      rubrik: item.title,
      anteckningar: item.notes,
      beslut: decision?.text,
      beslutsdatum: decision?.decidedOn,
      diarienummer: decision?.diarienummer,
      rattad: decision === undefined ? undefined : decision.correctedBy.length > 0 ? "ja" : "nej",
    };
  });
  return formatCsvRecords(records, { columns: MINUTES_CSV_COLUMNS, ...options });
}

const MODE_SV: Readonly<Record<string, string>> = {
  physical: "Fysiskt möte",
  digital: "Digitalt möte",
  hybrid: "Hybridmöte",
};
const STATUS_SV: Readonly<Record<string, string>> = {
  present: "Närvarande",
  absent: "Frånvarande",
  represented: "Företrädd av ersättare",
};

/** Options of {@link formatMinutesHtml}. */
export interface MinutesHtmlOptions {
  /**
   * The stylesheet to link (`<link rel="stylesheet">`), served by the host from its own origin: typically
   * `MINUTES_STYLES` (screen and A4 print) saved as a file. Only a same-origin relative path is linked
   * (`/css/minutes.css`, `./minutes.css`; see `isSameOriginPath`): an address with a scheme, a protocol-relative
   * `//host`, a backslash, white space or a control character is left out, and nothing is linked in its place.
   * Without it the document links nothing and shows in the browser's own styles.
   */
  readonly stylesheetHref?: string;
}

/**
 * The minutes as a complete, print-ready HTML document (`<html lang="sv">`): heading, time, place and
 * mode, attendance, every item with its notes, and a `<table>` of decisions with date (`<time>`) and
 * diarienummer, plus the corrections. All text is escaped; no script and no inline style (no `<style>`
 * element, no `style` attribute), so it passes `style-src 'self'`: its styling is the linked stylesheet.
 *
 * @example
 * const html = formatMinutesHtml(getApprovedMinutes(ws, "mt-lchnv-2025-03-14"));
 */
export function formatMinutesHtml(minutes: ApprovedMinutes, options: MinutesHtmlOptions = {}): string {
  const e = escapeHtml;
  const start = toStockholm(Date.parse(minutes.start));
  const end = toStockholm(Date.parse(minutes.end));
  const heading = `Minnesanteckningar ${minutes.forumName} ${start.date}`;
  // The host's stylesheet when it is on the page's own origin; never an inline <style> (a strict CSP refuses it).
  const link =
    options.stylesheetHref !== undefined && isSameOriginPath(options.stylesheetHref)
      ? `\n<link rel="stylesheet" href="${e(options.stylesheetHref)}">`
      : "";
  const lines: string[] = [
    "<!doctype html>",
    '<html lang="sv">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${e(heading)}</title>${link}`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${e(heading)}</h1>`,
    "<dl>",
    `<dt>Forum</dt><dd>${e(minutes.forumName)}</dd>`,
  ];
  if (minutes.title !== undefined) lines.push(`<dt>Möte</dt><dd>${e(minutes.title)}</dd>`);
  lines.push(
    `<dt>Tid</dt><dd><time datetime="${e(minutes.start)}">${e(start.date)} kl. ${e(start.time.slice(0, 5))}</time>–<time datetime="${e(minutes.end)}">${e(end.time.slice(0, 5))}</time></dd>`,
    `<dt>Form</dt><dd>${e(MODE_SV[minutes.mode] ?? minutes.mode)}</dd>`,
  );
  if (minutes.location !== undefined) lines.push(`<dt>Plats</dt><dd>${e(minutes.location)}</dd>`);
  lines.push(
    `<dt>Justerade</dt><dd><time datetime="${e(minutes.approvedOn)}">${e(minutes.approvedOn)}</time></dd>`,
    "</dl>",
  );

  lines.push("<section>", "<h2>Närvaro</h2>");
  if (minutes.attendance.length === 0) lines.push("<p>Ingen närvaro registrerad.</p>");
  else {
    lines.push("<ul>");
    for (const a of minutes.attendance) {
      const by = a.substituteName === undefined ? "" : ` av ${e(a.substituteName)}`;
      lines.push(
        `<li>${e(a.name)}${a.organisation === "" ? "" : `, ${e(a.organisation)}`}: ${e(STATUS_SV[a.status] ?? a.status)}${by}</li>`,
      );
    }
    lines.push("</ul>");
  }
  lines.push("</section>", "<section>", "<h2>Ärenden</h2>", "<ol>");
  for (const item of minutes.items) {
    const notes =
      item.notes === ""
        ? ""
        : `\n${item.notes
            .split(/\r?\n\r?\n/)
            .map((p) => `<p>${e(p).replace(/\r?\n/g, "<br>")}</p>`)
            .join("\n")}`;
    lines.push(`<li><h3>${e(AGENDA_KIND_LABELS[item.kind].sv)}: ${e(item.title)}</h3>${notes}</li>`);
  }
  lines.push("</ol>", "</section>", "<section>", "<h2>Beslut</h2>");
  const titleOf = new Map(minutes.items.map((item) => [item.itemId, item.title] as const));
  if (minutes.decisions.length === 0) lines.push("<p>Inga beslut fattades.</p>");
  else {
    lines.push(
      "<table>",
      `<caption>Beslut vid ${e(minutes.forumName)} ${e(start.date)}</caption>`,
      '<thead><tr><th scope="col">Ärende</th><th scope="col">Beslut</th><th scope="col">Datum</th><th scope="col">Diarienummer</th></tr></thead>',
      "<tbody>",
    );
    for (const d of minutes.decisions) {
      const corrected = d.correctedBy.length > 0 ? " (rättat)" : "";
      lines.push(
        `<tr><th scope="row">${e(titleOf.get(d.itemId) ?? d.itemId)}</th><td>${e(d.text)}${corrected}</td><td><time datetime="${e(d.decidedOn)}">${e(d.decidedOn)}</time></td><td>${e(d.diarienummer ?? "–")}</td></tr>`,
      );
    }
    lines.push("</tbody>", "</table>");
  }
  lines.push("</section>");
  if (minutes.corrections.length > 0) {
    lines.push("<section>", "<h2>Rättelser</h2>", "<ul>");
    for (const c of minutes.corrections) {
      lines.push(
        `<li><time datetime="${e(c.recordedAt)}">${e(toStockholm(Date.parse(c.recordedAt)).date)}</time>: ${e(c.reason)} (rättar ${e(c.correctsId)})</li>`,
      );
    }
    lines.push("</ul>", "</section>");
  }
  lines.push("</main>", "</body>", "</html>", "");
  return lines.join("\n");
}
