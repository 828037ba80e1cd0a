/**
 * The charter document's stylesheet, for screen and print (A4), for the host to serve as a file from its own
 * origin and link with `formatCharterHtml(ws, id, { stylesheetHref })`: the document carries no inline style, so it
 * passes `style-src 'self'`. System fonts, and no colour that carries meaning (an open answer is marked in words),
 * so a printout in black and white loses nothing.
 */
export const CHARTER_STYLES = [
  ":root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1f24;line-height:1.5}",
  "body{margin:0;background:#fff}",
  "main{max-width:50rem;margin:0 auto;padding:2rem 1.5rem}",
  "h1{font-size:1.6rem;margin:0 0 1rem;border-bottom:3px solid #0b5a7a;padding-bottom:.5rem}",
  "h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #c9d0d8;padding-bottom:.25rem}",
  "h3{font-size:1.05rem;margin:1.25rem 0 .25rem}",
  "h4{font-size:1rem;margin:1rem 0 .25rem}",
  "main>dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}",
  "dt{font-weight:600}dd{margin:0 0 .75rem}dd>p{margin:.25rem 0}",
  "ul,ol{padding-left:1.5rem}",
  ".charter-open{color:#4a4f55;font-style:italic}",
  "time{white-space:nowrap}",
  "@media print{@page{size:A4;margin:18mm 16mm}main{max-width:none;padding:0}h2,h3,h4,dt{break-after:avoid}li,dd{break-inside:avoid}section{break-inside:auto}}",
].join("\n");
