/**
 * The page's parts, cut from the core's own HTML rendering of the report (`renderAnnualReportHtml`), so the page,
 * the HTML download and the print show the same words from one renderer: one source of truth. The renderer escapes
 * every text people wrote (`<`, `>`, `&`, `"` and `'`), has no script, no event attribute and no `style` attribute,
 * so its markup may be shown as it is under a strict CSP; the only changes here are on markup the renderer wrote
 * itself, never on text: the ids get the widget's prefix (two reports on one page do not clash) and the headings
 * move down to the widget's level.
 */
import { renderAnnualReportHtml, type AnnualReport } from "@systemledning/core/plan";

/** The parts of the report in the order of its table of contents, with the renderer's ids. */
export const REPORT_PART_IDS = ["s1", "s2", "s3", "s4", "s5", "s6", "b1", "b2"] as const;
/** The id of a part of the report. */
export type ReportPartId = (typeof REPORT_PART_IDS)[number];

/** The report as the page shows it: the title page and each part, as markup from the core's renderer. */
export interface ReportPageHtml {
  readonly titlePage: string;
  readonly parts: readonly { readonly id: ReportPartId; readonly html: string }[];
}

/** Cut the top-level `<section>` elements out of `main` (the renderer nests sections only inside an appendix). */
function topLevelSections(main: string): string[] {
  const sections: string[] = [];
  const tag = /<section\b|<\/section>/g;
  let depth = 0;
  let start = -1;
  for (let match = tag.exec(main); match !== null; match = tag.exec(main)) {
    if (match[0] === "</section>") {
      depth--;
      if (depth === 0) sections.push(main.slice(start, match.index + match[0].length));
    } else {
      if (depth === 0) start = match.index;
      depth++;
    }
  }
  return sections;
}

/**
 * The report's markup for the page, in `locale`, with ids under `prefix` and the title at `headingLevel` (the
 * parts' headings one below, and so on).
 *
 * @example
 * const page = reportPageHtml(report, "sv", "sl-ar-2025", 2);
 * page.parts.map((p) => p.id); // ["s1", "s2", …, "b2"]
 */
export function reportPageHtml(
  report: AnnualReport,
  locale: "sv" | "en",
  prefix: string,
  headingLevel: number,
): ReportPageHtml {
  const html = renderAnnualReportHtml(report, { locale });
  const shift = headingLevel - 1;
  // Only the renderer's own attributes and tags: a text people wrote cannot hold `id="` or `<h` once escaped.
  const adapt = (markup: string) =>
    markup
      .replace(/\b(id|aria-labelledby|aria-describedby)="([^"]*)"/g, (_, name: string, value: string) => {
        const ids = value.split(" ").map((id) => `${prefix}-${id}`);
        return `${name}="${ids.join(" ")}"`;
      })
      .replace(/href="#([^"]*)"/g, (_, id: string) => `href="#${prefix}-${id}"`)
      .replace(
        /<(\/?)h([1-6])\b/g,
        (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`,
      );
  const header = /<header class="title-page">[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  const parts = topLevelSections(main).map((section) => {
    const id = /aria-labelledby="([^"]*)"/.exec(section)?.[1] as ReportPartId;
    return { id, html: adapt(section) };
  });
  return { titlePage: adapt(header), parts };
}
