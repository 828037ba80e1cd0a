/**
 * The README's example of the poster ("The poster for the workshop table") runs as written: its lines are kept
 * here verbatim (the README is checked to contain them) and make Dalarna's poster as PDF and SVG.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { foldSystemGraph, getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { describe, expect, it } from "vitest";
import { loadMapPoster } from "../../../../packages/react/src/index.js";

const workspace = createDalarnaSampleWorkspace();

/** The README's example, verbatim from its first `const` to its last line. */
const EXAMPLE = `const { posterLayout, renderMapPoster, renderMapPosterPdf } = await loadMapPoster(); // the poster's own chunk
const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
const shown = foldSystemGraph(graph, getSystemGroups(graph), new Set()); // every group closed; or \`graph\` itself
const options = { paper: "A3", title: "Systemkarta Dalarna", annotations: workspace.annotations } as const;
const pdf = renderMapPosterPdf(shown, posterLayout(shown, "A3"), options); // a Uint8Array: one vector page
const { svg, warnings } = renderMapPoster(shown, posterLayout(shown, "A3"), options); // width="420mm"`;

const { posterLayout, renderMapPoster, renderMapPosterPdf } = await loadMapPoster(); // the poster's own chunk
const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
const shown = foldSystemGraph(graph, getSystemGroups(graph), new Set()); // every group closed; or `graph` itself
const options = { paper: "A3", title: "Systemkarta Dalarna", annotations: workspace.annotations } as const;
const pdf = renderMapPosterPdf(shown, posterLayout(shown, "A3"), options); // a Uint8Array: one vector page
const { svg, warnings } = renderMapPoster(shown, posterLayout(shown, "A3"), options); // width="420mm"

describe("README: The poster for the workshop table", () => {
  it("holds the example verbatim, under its heading in the system map's section", () => {
    const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
    const section = readme.indexOf("\n### The system map\n");
    const heading = readme.indexOf("\n#### The poster for the workshop table\n");
    expect(section).toBeGreaterThan(0);
    expect(heading).toBeGreaterThan(section);
    expect(readme.indexOf("\n### ", section + 1)).toBeGreaterThan(heading);
    expect(readme).toContain(EXAMPLE);
    expect(readme).toContain('import { loadMapPoster } from "@systemledning/react";');
  });

  it("makes a one-page PDF and an SVG of A3 from the package's own exports", () => {
    expect(String.fromCharCode(...pdf.subarray(0, 8))).toBe("%PDF-1.4");
    expect(String.fromCharCode(...pdf)).toContain("/Count 1");
    expect(svg).toContain('width="420mm"');
    expect(svg).toContain(">Systemkarta Dalarna</title>");
    expect(Array.isArray(warnings)).toBe(true);
  });
});
