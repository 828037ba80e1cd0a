/**
 * Bench suite "host-cost": what a host really pays for each part of the kit, gzip, beside the peer a developer
 * would pick instead, measured in the same run with esbuild and with Vite (tests/bench/host-cost/bundle.ts says
 * what each entry holds), with the aim beside each figure. Reported here; tests/build/host-cost.test.ts
 * holds esbuild's totals to budgets, and the gate's size check (scripts/size.mjs) the built entries.
 */
import { relative } from "node:path";
import type { BenchSuite } from "../harness.js";
import { AIMS, ELEMENTS_FILE, measureHostCosts, type HostBundle, type HostCosts } from "../host-cost/bundle.js";
import { kb, partsList, table } from "../report.js";
import { ROOT } from "../scoring/bundle.js";

/** `0.51×`: ours as a multiple of the peer. */
const times = (ours: number, peer: number): string => `${(ours / peer).toFixed(2)}×`;

/** Whether a figure meets its aim, or by how much it misses. */
const verdict = (size: number, aim: number): string => (size <= aim ? "met" : `over by ${kb(size - aim)}`);

/** A row: what, then per bundler ours (initial + on first use), the peer, ours ÷ peer, and the aim met or not. */
function row(
  label: string,
  ours: HostBundle,
  peer: { readonly name: string; readonly size: HostBundle },
  aim: { readonly text: string; readonly bytes: (peer: HostBundle, bundler: "esbuild" | "vite") => number } | null,
): string[] {
  const cells = (bundler: "esbuild" | "vite") => {
    const mine = ours[bundler];
    const theirs = peer.size[bundler].gzip;
    return [
      `${kb(mine.gzip)} (${kb(mine.initialGzip)} + ${kb(mine.lazyGzip)})`,
      kb(theirs),
      times(mine.gzip, theirs),
      aim === null ? "" : verdict(mine.gzip, aim.bytes(peer.size, bundler)),
    ];
  };
  return [label, peer.name, ...cells("esbuild"), ...cells("vite"), aim?.text ?? ""];
}

function rows(costs: HostCosts): string[][] {
  const { scoring, scoringWithForm, recharts, timeline, visPeer, mapPage, xyflowPage, elements } = costs;
  const surveyjs = { name: "SurveyJS (sv)", size: costs.surveyjs };
  const scoringAim = { text: `≤ ${kb(AIMS.scoringBytes)}`, bytes: () => AIMS.scoringBytes };
  const shareOf = (share: number) => (peer: HostBundle, bundler: "esbuild" | "vite") => share * peer[bundler].gzip;
  const elementsCells =
    elements === null
      ? ["not built", "", "", "", "", "", "", ""]
      : [kb(elements.gzip), "", "", verdict(elements.gzip, AIMS.elementsBytes), "", "", "", ""];
  return [
    row("scoring charts + core", scoring, { name: "recharts", size: recharts }, scoringAim),
    row("  + AssessmentForm", scoringWithForm, { name: "recharts", size: recharts }, null),
    row(
      "Timeline + core",
      timeline,
      { name: "vis-timeline/peer", size: visPeer },
      { text: "≤ ⅕ of the peer", bytes: shareOf(AIMS.timelineShareOfPeer) },
    ),
    row(
      "SystemMap page + react-dom",
      mapPage,
      { name: "xyflow page", size: xyflowPage },
      { text: "≤ the peer", bytes: shareOf(AIMS.mapPageShareOfPeer) },
    ),
    row("MetodstodWorkbook", costs.workbook, surveyjs, null),
    row("  + LeadershipPage (the structure views)", costs.workbookWithStructure, surveyjs, null),
    ["elements file (React inside)", "", ...elementsCells, `≤ ${kb(AIMS.elementsBytes)}`],
  ];
}

/** The bundle's largest packages by esbuild's metafile. */
function detail(label: string, size: HostBundle): string {
  return `  ${label}: ${partsList(size.esbuild.parts, 8)}`;
}

/** The host-cost suite. */
export const suite: BenchSuite = {
  name: "host-cost",
  async run() {
    const costs = await measureHostCosts();
    console.log(
      "\nWhat a host really pays: gzip -9 per chunk, minified, tree-shaken, code splitting, production; everything bundled",
    );
    console.log(
      "but React, except the two pages (react-dom in). ours = total (loaded with the page + on first use: the table alternative)",
    );
    console.log(
      table(
        ["", "beside", "esbuild: ours", "peer", "× peer", "", "Vite: ours", "peer", "× peer", "", "aim"],
        rows(costs),
      ),
    );
    console.log("\nLargest packages (esbuild's metafile, minified bytes in the output, before gzip):");
    console.log(detail("scoring charts + core", costs.scoring));
    console.log(detail("  + AssessmentForm", costs.scoringWithForm));
    console.log(detail("Timeline + core", costs.timeline));
    console.log(detail("SystemMap page", costs.mapPage));
    console.log(detail("xyflow page", costs.xyflowPage));
    console.log(detail("MetodstodWorkbook", costs.workbook));
    console.log(detail("  + structure views", costs.workbookWithStructure));
    console.log(detail("SurveyJS", costs.surveyjs));
    console.log(
      costs.elements === null
        ? `  elements file: not built (${relative(ROOT, ELEMENTS_FILE)})`
        : `  elements file: ${kb(costs.elements.minified)} minified, ${kb(costs.elements.gzip)} gzip (${relative(ROOT, ELEMENTS_FILE)})`,
    );
    return [];
  },
};
