/**
 * What a host really pays (issue 15): each entry is the code a host page writes to use a part of the kit,
 * bundled with the scoring bench's `measureBundle` (esbuild: minify, tree-shake, code splitting, production
 * defines; gzip per chunk) and with Vite (./vite.ts), everything bundled but React, beside the peer a developer
 * would pick instead:
 * - the scoring charts with the core functions that feed them, and the same with the assessment form;
 * - the timeline with the core functions that give it lanes, beside vis-timeline's peer build;
 * - the system map page, react-dom included: a workspace the host already holds, the graph derived from it,
 *   the map drawn with `createRoot`, beside the same page with xyflow's `ReactFlow`;
 * - the Metodstöd workbook, alone and with the structure views a leadership's page shows beside it, beside
 *   SurveyJS (its model, its React renderer and its Swedish texts), the form library a county would pick instead;
 * - the indicator panel, alone and with the core's door, beside recharts' line charts (measured by the
 *   indicator-panel suite, tests/bench/indicator-panel/bundle.ts);
 * - the elements file (`@systemledning/elements`, React inside), read as built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzip, measureBundle, RECHARTS_NAMES, ROOT, type BundleSize } from "../scoring/bundle.js";
import { VIS_ENTRIES } from "../timeline/bundle.js";
import { measureWithVite, type ViteSize } from "./vite.js";

/** The built elements file, ES module; another package's build writes it. */
export const ELEMENTS_FILE = join(ROOT, "packages/elements/dist/systemledning-elements.js");

/** The aims, each a gzip size in bytes or a share of the peer's. */
export const AIMS = {
  /** The scoring set with the core: at most 40 KB. */
  scoringBytes: 40 * 1024,
  /** The timeline: at most a fifth of vis-timeline's peer build. */
  timelineShareOfPeer: 1 / 5,
  /** The system map page: at most xyflow's page. */
  mapPageShareOfPeer: 1,
  /** The elements file with React inside: at most 200 KB. */
  elementsBytes: 200 * 1024,
} as const;

const kit = JSON.stringify("@systemledning/react");

/**
 * A leadership's page with its workbook: the workbook and `LeadershipPage`, which composes the structure views
 * (sector coverage, principals' mandate, substitutes, charter completeness, and per forum key roles, chair
 * rotation and members).
 */
export const WORKBOOK_PAGE_NAMES = ["MetodstodWorkbook", "LeadershipPage"] as const;

/** What the indicator-panel bench's recharts page imports: its small multiples of lines (tests/bench/indicator-panel/recharts.tsx). */
export const RECHARTS_LINE_NAMES = ["LineChart", "Line", "XAxis", "YAxis", "CartesianGrid", "Tooltip"] as const;

/** The entries, as a host writes them (the kit from its package root, the core's functions from their entries). */
export const HOST_ENTRIES = {
  scoring: [
    `export { DistributionChart, TrendChart, LeadershipComparison, RoundOverview } from ${kit};`,
    `export { aggregateRound, getAssessmentTrend } from "@systemledning/core/assessment";`,
  ].join("\n"),
  scoringWithForm: [
    `export { DistributionChart, TrendChart, LeadershipComparison, RoundOverview, AssessmentForm } from ${kit};`,
    `export { aggregateRound, getAssessmentTrend, submitAssessmentResponse } from "@systemledning/core/assessment";`,
  ].join("\n"),
  recharts: `export { ${RECHARTS_NAMES.join(", ")} } from "recharts";`,
  timeline: [
    `export { Timeline } from ${kit};`,
    `export { getTimeline, groupTimeline } from "@systemledning/core/timeline";`,
  ].join("\n"),
  visPeer: VIS_ENTRIES.peer,
  // The workspace is the host's already (read through the door once, for every part of its page): the page
  // derives the graph and draws it. The door's cost is the scoring set's with the form (zod), not the map's.
  mapPage: [
    `import { createElement } from "react";`,
    `import { createRoot } from "react-dom/client";`,
    `import { SystemMap } from ${kit};`,
    `import { getSystemGraph } from "@systemledning/core/system-map";`,
    `export function mount(element, workspace) {`,
    `  createRoot(element).render(createElement(SystemMap, { graph: getSystemGraph(workspace) }));`,
    `}`,
  ].join("\n"),
  xyflowPage: [
    `import { createElement } from "react";`,
    `import { createRoot } from "react-dom/client";`,
    `import { ReactFlow } from "@xyflow/react";`,
    `export function mount(element, nodes, edges) {`,
    `  createRoot(element).render(createElement(ReactFlow, { nodes, edges, fitView: true }));`,
    `}`,
  ].join("\n"),
  // The workbook takes the workspace and hands back core commands: the host applies them through its store.
  workbook: `export { MetodstodWorkbook } from ${kit};`,
  workbookWithStructure: `export { ${WORKBOOK_PAGE_NAMES.join(", ")} } from ${kit};`,
  surveyjs: [
    `import "survey-core/i18n/swedish";`,
    `export { Model } from "survey-core";`,
    `export { Survey } from "survey-react-ui";`,
  ].join("\n"),
  // The indicator panel takes the workspace the host holds and computes its verdicts with the core's functions.
  indicatorPanel: `export { IndicatorPanel } from ${kit};`,
  // The same with the core's door, for a host that reads its workspace only for this page.
  indicatorPanelWithDoor: [
    `export { IndicatorPanel } from ${kit};`,
    `export { parseWorkspace } from "@systemledning/core/workspace";`,
  ].join("\n"),
  rechartsLines: `export { ${RECHARTS_LINE_NAMES.join(", ")} } from "recharts";`,
} as const;

/** A built file's size, minified as it is and gzipped. */
export interface FileSize {
  readonly minified: number;
  readonly gzip: number;
}

/** A candidate measured with both bundlers. */
export interface HostBundle {
  readonly esbuild: BundleSize;
  readonly vite: ViteSize;
}

/** Every figure of the suite. */
export interface HostCosts {
  readonly scoring: HostBundle;
  readonly scoringWithForm: HostBundle;
  readonly recharts: HostBundle;
  readonly timeline: HostBundle;
  readonly visPeer: HostBundle;
  readonly mapPage: HostBundle;
  readonly xyflowPage: HostBundle;
  readonly workbook: HostBundle;
  readonly workbookWithStructure: HostBundle;
  readonly surveyjs: HostBundle;
  /** null: `packages/elements` is not built. */
  readonly elements: FileSize | null;
}

/** The entries that are whole pages, with react-dom bundled in. */
const PAGES: ReadonlySet<keyof typeof HOST_ENTRIES> = new Set(["mapPage", "xyflowPage"]);

async function measureEntry(name: keyof typeof HOST_ENTRIES): Promise<HostBundle> {
  const withReact = PAGES.has(name);
  return {
    esbuild: await measureBundle(name, HOST_ENTRIES[name], { coreExternal: false, withReact }),
    vite: await measureWithVite(HOST_ENTRIES[name], { withReact }),
  };
}

/** Measure every entry of {@link HOST_ENTRIES} with esbuild and with Vite, and read the elements file. */
export async function measureHostCosts(): Promise<HostCosts> {
  const elements = existsSync(ELEMENTS_FILE) ? readFileSync(ELEMENTS_FILE) : null;
  return {
    scoring: await measureEntry("scoring"),
    scoringWithForm: await measureEntry("scoringWithForm"),
    recharts: await measureEntry("recharts"),
    timeline: await measureEntry("timeline"),
    visPeer: await measureEntry("visPeer"),
    mapPage: await measureEntry("mapPage"),
    xyflowPage: await measureEntry("xyflowPage"),
    workbook: await measureEntry("workbook"),
    workbookWithStructure: await measureEntry("workbookWithStructure"),
    surveyjs: await measureEntry("surveyjs"),
    elements: elements === null ? null : { minified: elements.length, gzip: gzip(elements) },
  };
}
