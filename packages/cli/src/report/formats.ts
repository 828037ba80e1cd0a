/**
 * The report's four formats, each from the same {@link ReportDocument}: text for a terminal, Markdown for a
 * wiki or a pull request, a standalone HTML document (every text escaped with the core's `escapeHtml`), and CSV
 * as the kit writes it for Excel in Sweden (the core's `formatCsv`: a byte-order mark, semicolons, a decimal comma).
 */
import { formatCsv, type CsvCell } from "@systemledning/core/io";
import { escapeHtml } from "@systemledning/core/workspace";
import { formatNumber, type ReportCell, type ReportDocument, type ReportTable } from "./model.js";

/** The formats `--format` takes. */
export const REPORT_FORMATS = ["text", "md", "html", "csv"] as const;

/** A format `--format` takes. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const DATE_LABEL = { sv: "Per", en: "As of" } as const;
const EMPTY = { sv: "Inget att visa.", en: "Nothing to show." } as const;

function cellText(cell: ReportCell, doc: ReportDocument): string {
  if (cell === null) return "–";
  return typeof cell === "number" ? formatNumber(cell, doc.lang) : cell;
}

/** Columns padded to their widest cell, numbers to the right. */
function textTable(table: ReportTable, doc: ReportDocument): string[] {
  const rows = table.rows.map((row) => row.map((cell) => cellText(cell, doc)));
  const widths = table.headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[], numeric: readonly boolean[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const numeric = table.headers.map(
    (_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] !== "string"),
  );
  return [
    line(table.headers, numeric),
    line(
      widths.map((w) => "-".repeat(w)),
      [],
    ),
    ...rows.map((row) => line(row, numeric)),
  ];
}

function renderText(doc: ReportDocument): string {
  const lines = [doc.title, `${DATE_LABEL[doc.lang]} ${doc.asOf}`];
  for (const section of doc.sections) {
    lines.push("", section.heading, "=".repeat(section.heading.length), ...section.paragraphs);
    lines.push(...(section.table.rows.length === 0 ? [EMPTY[doc.lang]] : ["", ...textTable(section.table, doc)]));
  }
  return `${lines.join("\n")}\n`;
}

/** Markdown table cells: a pipe would end the cell and a line break the row. */
const markdownCell = (text: string): string =>
  text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\s+/g, " ");

function renderMarkdown(doc: ReportDocument): string {
  const lines = [`# ${doc.title}`, "", `${DATE_LABEL[doc.lang]} ${doc.asOf}`];
  for (const section of doc.sections) {
    lines.push("", `## ${section.heading}`);
    for (const paragraph of section.paragraphs) lines.push("", paragraph);
    if (section.table.rows.length === 0) {
      lines.push("", EMPTY[doc.lang]);
      continue;
    }
    const row = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
    lines.push("", row(section.table.headers), `|${section.table.headers.map(() => " --- ").join("|")}|`);
    for (const cells of section.table.rows) lines.push(row(cells.map((cell) => cellText(cell, doc))));
  }
  return `${lines.join("\n")}\n`;
}

function renderHtml(doc: ReportDocument): string {
  const e = escapeHtml;
  const sections = doc.sections.map((section) => {
    const paragraphs = section.paragraphs.map((p) => `<p>${e(p)}</p>`).join("\n");
    const table =
      section.table.rows.length === 0
        ? `<p>${e(EMPTY[doc.lang])}</p>`
        : [
            "<table>",
            `<thead><tr>${section.table.headers.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead>`,
            "<tbody>",
            ...section.table.rows.map(
              (cells) =>
                `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${e(cellText(c, doc))}</th>` : `<td>${e(cellText(c, doc))}</td>`)).join("")}</tr>`,
            ),
            "</tbody>",
            "</table>",
          ].join("\n");
    return `<section>\n<h2>${e(section.heading)}</h2>\n${paragraphs}\n${table}\n</section>`;
  });
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
</style>
</head>
<body>
<main>
<h1>${e(doc.title)}</h1>
<p>${e(DATE_LABEL[doc.lang])} <time datetime="${e(doc.asOf)}">${e(doc.asOf)}</time></p>
${sections.join("\n")}
</main>
</body>
</html>
`;
}

function renderCsv(doc: ReportDocument): string {
  const rows: CsvCell[][] = [[doc.title], [DATE_LABEL[doc.lang], doc.asOf]];
  for (const section of doc.sections) {
    rows.push([], [section.heading], [...section.table.headers]);
    for (const cells of section.table.rows) rows.push([...cells]);
  }
  return formatCsv(rows, { delimiter: ";", decimalComma: true, byteOrderMark: true });
}

/**
 * The report in `format`.
 *
 * @example
 * renderReport(buildReport(ws, "2026-05-13", "sv"), "md").startsWith("# Rapport") // true
 */
export function renderReport(doc: ReportDocument, format: ReportFormat): string {
  switch (format) {
    case "text":
      return renderText(doc);
    case "md":
      return renderMarkdown(doc);
    case "html":
      return renderHtml(doc);
    case "csv":
      return renderCsv(doc);
  }
}
