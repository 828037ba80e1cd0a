/**
 * What a host pays for the indicator panel and for recharts' small multiples: the JavaScript of host-cost's
 * entries (`indicatorPanel`, `indicatorPanelWithDoor`, `rechartsLines`), bundled by the scoring bench's
 * `measureBundle` (esbuild: minify, tree-shake, code splitting, production; everything but React, so the core
 * and recharts' own dependencies are in; gzip per chunk), and the stylesheet ours needs, through the timeline
 * bench's `measureStylesheet` (bundled with its imports, minified, gzip). Recharts ships no stylesheet.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { HOST_ENTRIES } from "../host-cost/bundle.js";
import { measureBundle, ROOT, type BundleSize } from "../scoring/bundle.js";
import { measureStylesheet, type StylesheetSize } from "../timeline/bundle.js";

/** The issue's aim: our panel with the core at most a third of recharts' (gzip). */
export const PANEL_SHARE_OF_RECHARTS = 1 / 3;

/** The panel's own stylesheet, where the kit keeps an area's rules. */
const PANEL_STYLES = join(ROOT, "packages/react/src/indicator-panel/indicator-panel.css");

/** The indicator-panel bench's sizes. */
export interface PanelBundleSizes {
  /** `IndicatorPanel` from the kit's root, the core it uses bundled in. */
  readonly ours: BundleSize;
  /** The same with the core's door (`parseWorkspace`, and so zod). */
  readonly oursWithDoor: BundleSize;
  /** recharts: `LineChart`, `Line`, the axes, the grid and the tooltip, with every dependency but React. */
  readonly recharts: BundleSize;
  /** The kit's whole stylesheet (`@systemledning/react/styles.css`): one file for every component. */
  readonly oursStyles: StylesheetSize;
  /** Of it, the panel's own rules; null while the kit has no such file. */
  readonly oursPanelStyles: StylesheetSize | null;
}

/** Measure the JavaScript of the three entries and our stylesheets. */
export async function measurePanelBundles(): Promise<PanelBundleSizes> {
  const js = (name: "indicatorPanel" | "indicatorPanelWithDoor" | "rechartsLines") =>
    measureBundle(name, HOST_ENTRIES[name], { coreExternal: false });
  return {
    ours: await js("indicatorPanel"),
    oursWithDoor: await js("indicatorPanelWithDoor"),
    recharts: await js("rechartsLines"),
    oursStyles: await measureStylesheet(join(ROOT, "packages/react/src/styles.css")),
    oursPanelStyles: existsSync(PANEL_STYLES) ? await measureStylesheet(PANEL_STYLES) : null,
  };
}
