/**
 * The report's stylesheet, for screen and print (A4), for the host to serve as a file from its own origin and
 * link with `renderAnnualReportHtml(report, { stylesheetHref })`: the document carries no inline style.
 * Colours meet WCAG AA contrast on white; verdicts and bar kinds are also told in words, never by colour alone.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --line: #c9d0d8; --accent: #0b5a7a; --soft: #eef4f7; --warn: #8a4b00; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font-size: 1rem; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--accent); }
h1, h2, h3, h4, p, dt, dd, li, caption, figcaption { overflow-wrap: anywhere; hyphens: auto; }
h1 { font-size: 2.1rem; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; color: var(--ink); }
.num { font-variant-numeric: tabular-nums; margin-right: 0.35em; }
.title-page { border-top: 6px solid var(--accent); padding-top: 1.5rem; margin-bottom: 2rem; }
.title-page .county { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0; font-size: 0.9rem; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin: 0 0 1rem; }
dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.2rem 1rem; margin: 0.75rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.contents ol { list-style: none; padding: 0; }
.contents li { padding: 0.2rem 0; border-bottom: 1px dotted var(--line); }
a { color: var(--accent); }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.vision { font-style: italic; }
dl.goals dt { font-weight: 600; margin-top: 0.6rem; }
dl.goals dd { margin: 0.1rem 0 0 0; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.35rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td.date { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.unit, .period, .meta, .who { color: var(--muted); font-size: 0.88em; }
.note { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.75rem; }
.note.warning { border-left-color: var(--warn); }
.caveat { font-style: italic; color: var(--muted); }
.no-data { border: 1px dashed var(--line); padding: 0.5rem 0.75rem; color: var(--muted); }
.source { font-size: 0.85rem; color: var(--muted); }
.verdict { font-weight: 600; }
.verdict-improved { color: #176a2c; }
.verdict-worsened { color: #a1260d; }
ul.lessons { padding-left: 1.1rem; }
ul.lessons li { margin-bottom: 0.6rem; }
ul.lessons p { margin: 0.2rem 0 0; }
article.check-in { border-top: 1px solid var(--line); padding-top: 0.25rem; }
article.check-in dt { font-weight: 600; margin-top: 0.4rem; }
article.check-in dd { margin: 0; }
figure { margin: 0.75rem 0; }
svg.histogram { width: 100%; max-width: 26rem; height: auto; display: block; }
svg .bar { fill: var(--accent); }
svg .bar.half { fill: #5b8fa6; }
svg .axis { stroke: var(--ink); stroke-width: 1; }
svg text { font-size: 11px; fill: var(--ink); text-anchor: middle; }
figcaption { font-size: 0.9rem; color: var(--muted); }
.statement { font-style: italic; }
ul.free-texts { list-style: none; padding: 0; }
ul.free-texts blockquote { margin: 0.5rem 0 0; padding: 0.25rem 0.75rem; border-left: 3px solid var(--line); }
ul.free-texts blockquote p { margin: 0; white-space: pre-line; }
ul.free-texts .who { margin: 0.1rem 0 0 0.75rem; }
.decision { color: var(--muted); }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .contents { break-after: page; }
  section.appendix { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  table, figure, tr, article.check-in { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;
