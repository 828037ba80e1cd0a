/**
 * Bench suite "host-cost": what a host really pays for each part of the kit, gzip, beside the peer a developer
 * would pick instead, measured in the same run (tests/bench/host-cost/bundle.ts says what each entry holds),
 * with the aim beside each figure. Sizes only: reported, never asserted here (the size check of the
 * gate, scripts/size.mjs, holds the built entries to their budgets).
 */
import { relative } from "node:path";
import type { BenchSuite } from "../harness.js";
import { AIMS, ELEMENTS_FILE, measureHostCosts, type HostCosts } from "../host-cost/bundle.js";
import { kb, partsList, table } from "../report.js";
import { ROOT, type BundleSize } from "../scoring/bundle.js";

/** `0.51×`: ours as a multiple of the peer. */
const times = (ours: number, peer: number): string => `${(ours / peer).toFixed(2)}×`;

/** Whether a figure meets its aim, and by how much it misses. */
function verdict(met: boolean, overBy: string): string {
  return met ? "met" : `OVER by ${overBy}`;
}

/** The rows of the table: what, ours, the peer, ours ÷ peer, the aim, met or not. */
function rows(costs: HostCosts): string[][] {
  const { scoring, scoringWithForm, recharts, timeline, visPeer, mapPage, xyflowPage, elements } = costs;
  const timelineAim = AIMS.timelineShareOfPeer * visPeer.gzip;
  const mapAim = AIMS.mapPageShareOfPeer * xyflowPage.gzip;
  return [
    [
      "scoring charts + core",
      kb(scoring.gzip),
      `recharts ${kb(recharts.gzip)}`,
      times(scoring.gzip, recharts.gzip),
      `≤ ${kb(AIMS.scoringBytes)}`,
      verdict(scoring.gzip <= AIMS.scoringBytes, kb(scoring.gzip - AIMS.scoringBytes)),
    ],
    [
      "scoring charts + AssessmentForm + core",
      kb(scoringWithForm.gzip),
      `recharts ${kb(recharts.gzip)}`,
      times(scoringWithForm.gzip, recharts.gzip),
      "",
      "",
    ],
    [
      "Timeline + core",
      kb(timeline.gzip),
      `vis-timeline/peer ${kb(visPeer.gzip)}`,
      times(timeline.gzip, visPeer.gzip),
      `≤ ⅕ = ${kb(timelineAim)}`,
      verdict(timeline.gzip <= timelineAim, kb(timeline.gzip - timelineAim)),
    ],
    [
      "SystemMap page + react-dom",
      kb(mapPage.gzip),
      `xyflow page ${kb(xyflowPage.gzip)}`,
      times(mapPage.gzip, xyflowPage.gzip),
      `≤ ${kb(mapAim)}`,
      verdict(mapPage.gzip <= mapAim, kb(mapPage.gzip - mapAim)),
    ],
    elements === null
      ? ["elements file (React inside)", "not built", "", "", `≤ ${kb(AIMS.elementsBytes)}`, ""]
      : [
          "elements file (React inside)",
          kb(elements.gzip),
          "",
          "",
          `≤ ${kb(AIMS.elementsBytes)}`,
          verdict(elements.gzip <= AIMS.elementsBytes, kb(elements.gzip - AIMS.elementsBytes)),
        ],
  ];
}

/** A bundle's split (what loads with the page, what on first use) and its largest packages. */
function detail(label: string, size: BundleSize): string {
  return `  ${label}: initial ${kb(size.initialGzip)}, on first use ${kb(size.lazyGzip)}; ${partsList(size.parts, 8)}`;
}

/** The host-cost suite. */
export const suite: BenchSuite = {
  name: "host-cost",
  async run() {
    const costs = await measureHostCosts();
    console.log(
      "\nWhat a host really pays (esbuild: bundle, minify, tree-shake, code splitting, ESM, browser, production; gzip -9 per chunk;",
    );
    console.log("everything bundled but React, except the two pages, which bundle react-dom too)");
    console.log(table(["", "ours", "peer", "× peer", "aim", ""], rows(costs)));
    console.log("\nSplit and largest packages (minified bytes in the output, before gzip):");
    console.log(detail("scoring charts + core", costs.scoring));
    console.log(detail("with AssessmentForm", costs.scoringWithForm));
    console.log(detail("Timeline + core", costs.timeline));
    console.log(detail("SystemMap page", costs.mapPage));
    console.log(detail("xyflow page", costs.xyflowPage));
    console.log(
      costs.elements === null
        ? `  elements file: not built (${relative(ROOT, ELEMENTS_FILE)}; pnpm --filter @systemledning/elements build)`
        : `  elements file: ${kb(costs.elements.minified)} minified, ${kb(costs.elements.gzip)} gzip (${relative(ROOT, ELEMENTS_FILE)})`,
    );
    return [];
  },
};
