/**
 * Bench suite "indicator-panel": the kit's `IndicatorPanel` beside recharts 3 small multiples (20 `LineChart`s of
 * 17 `Line`s: the 15 municipalities, the county and the country), the chart library a developer would pick
 * instead, on the same seeded data: 20 indicators under the five delmål of the Dalarna sample × 15 municipalities
 * × 10 years, a few values missing (a gap, never a zero) and some preliminary (tests/bench/indicator-panel/data.ts).
 * Both render with React 19 and `createRoot`, in headless Chromium, every chart 360 × 190 (ours' own size).
 *
 * - First paint on a cold page (median and p95 over fresh browser contexts, the order rotating every round):
 *   from the render call until the DOM has stopped changing and the frame with it is painted.
 * - What a host pays: the JavaScript (everything but React: ours with the core it uses, recharts with its own
 *   dependencies) and our stylesheet, gzip, beside the aim (at most a third of recharts').
 *
 * Ratios are ours ÷ recharts (below 1: ours is faster or smaller), reported and never asserted.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatGroup, type BenchSuite, type GroupRow } from "../harness.js";
import { kb, median, ms, p95, partsList, resultOf, table } from "../report.js";
import { launchChromium, openPage, pageErrors, servePages, VIEWPORT } from "../scoring/browser.js";
import { bundlePages, type PageFile } from "../scoring/bundle.js";
import { measurePanelBundles, PANEL_SHARE_OF_RECHARTS, type PanelBundleSizes } from "../indicator-panel/bundle.js";
import { createPanelBenchData, type PanelBenchData } from "../indicator-panel/data.js";
import { CHART_SIZE, HOST_WIDTH, type FrameTiming, type PanelDataName } from "../indicator-panel/protocol.js";

/** Fresh pages per candidate for the cold first paint. */
const COLD_PAGES = 10;

/** A first-paint candidate: the page (and data) it loads, and its row's label. */
interface ColdCandidate {
  readonly name: PanelDataName;
  readonly label: string;
}
const COLD: readonly ColdCandidate[] = [
  { name: "ours", label: "ours: IndicatorPanel (20 small multiples)" },
  { name: "recharts", label: "recharts 3.10.1: 20 LineChart × 17 Line" },
];

interface ColdSample {
  readonly timing: FrameTiming;
  readonly bundleReadyMs: number;
}

/** One cold first paint: a fresh context loads the page and its data (untimed), then the mount is timed. */
async function coldSample(page: Page, name: PanelDataName): Promise<ColdSample> {
  await page.evaluate((data) => window.__indicatorPanelBench!.load(data), name);
  const timing = await page.evaluate(() => window.__indicatorPanelBench!.mount());
  return { timing, bundleReadyMs: await page.evaluate(() => window.__indicatorPanelBench!.bundleReadyMs()) };
}

async function measureCold(
  open: (candidate: ColdCandidate) => ReturnType<typeof openPage>,
): Promise<Map<PanelDataName, ColdSample[]>> {
  const samples = new Map<PanelDataName, ColdSample[]>(COLD.map(({ name }) => [name, []]));
  for (let round = 0; round < COLD_PAGES; round++) {
    for (let k = 0; k < COLD.length; k++) {
      const candidate = COLD[(round + k) % COLD.length]!;
      const { page, close } = await open(candidate);
      try {
        samples.get(candidate.name)!.push(await coldSample(page, candidate.name));
      } finally {
        await close();
      }
    }
  }
  return samples;
}

/** `0.51×`: ours as a multiple of the peer. */
const times = (ours: number, peer: number): string => `${(ours / peer).toFixed(2)}×`;

function printSizes(sizes: PanelBundleSizes): void {
  const { ours, oursWithDoor, recharts, oursStyles, oursPanelStyles } = sizes;
  console.log(
    "\nWhat a host pays (esbuild through measureBundle: minify, tree-shake, code splitting, production, React left out; " +
      "stylesheets bundled and minified; gzip -9 per file). ours = total (with the page + on first use)",
  );
  const js = (size: typeof ours) => `${kb(size.gzip)} (${kb(size.initialGzip)} + ${kb(size.lazyGzip)})`;
  // As host-cost says it: the total (the table alternative too), else what loads with the page.
  const limit = PANEL_SHARE_OF_RECHARTS * recharts.gzip;
  const aim = (size: typeof ours) =>
    size.gzip <= limit
      ? "met"
      : size.initialGzip <= limit
        ? `met with the page, over by ${kb(size.gzip - limit)} with the table`
        : `over by ${kb(size.gzip - limit)}`;
  console.log(
    table(
      ["gzip", "ours", "recharts", "ours ÷ recharts", "aim ≤ ⅓"],
      [
        [
          "JS: IndicatorPanel + core vs LineChart set",
          js(ours),
          kb(recharts.gzip),
          times(ours.gzip, recharts.gzip),
          aim(ours),
        ],
        [
          "JS: the same with the door (parseWorkspace, zod)",
          js(oursWithDoor),
          kb(recharts.gzip),
          times(oursWithDoor.gzip, recharts.gzip),
          aim(oursWithDoor),
        ],
        [
          "JS + CSS: with styles.css (whole kit)",
          kb(ours.gzip + oursStyles.gzip),
          kb(recharts.gzip),
          times(ours.gzip + oursStyles.gzip, recharts.gzip),
          "",
        ],
      ],
    ),
  );
  const panelCss =
    oursPanelStyles === null
      ? ""
      : ` (of it indicator-panel.css ${kb(oursPanelStyles.minified)}, ${kb(oursPanelStyles.gzip)} gzip)`;
  console.log(
    `Minified: ours JS ${kb(ours.minified)}, recharts JS ${kb(recharts.minified)}; ours CSS ${kb(oursStyles.minified)}${panelCss}; recharts ships no stylesheet.`,
  );
  console.log(`Largest parts of ours: ${partsList(ours.parts)}.`);
  console.log(`Largest parts of recharts: ${partsList(recharts.parts)}.`);
}

function describeData(data: PanelBenchData): string {
  return (
    `Dalarna sample, seeded: ${data.indicators} indicators under 5 delmål × ${data.municipalities} municipalities + county + country × ` +
    `${data.years} years = ${data.values} values (${data.missing} missing, ${data.preliminary} preliminary), ` +
    `every chart ${CHART_SIZE.width} × ${CHART_SIZE.height}.`
  );
}

/** The indicator-panel suite. */
export const suite: BenchSuite = {
  name: "indicator-panel",
  async run() {
    const data = createPanelBenchData();
    console.log(describeData(data));
    const sizes = await measurePanelBundles();
    printSizes(sizes);

    const { files, jsGzip } = await bundlePages({
      entries: { ours: "ours.tsx", recharts: "recharts.tsx" },
      directory: join(import.meta.dirname, "../indicator-panel"),
      title: "indicator-panel bench",
    });
    const json = (value: unknown): PageFile => ({ contentType: "application/json", body: JSON.stringify(value) });
    files.set("/ours.json", json(data.ours));
    files.set("/recharts.json", json(data.recharts));
    console.log(
      `\nPage bundles, JavaScript with react-dom (gzip): ours ${kb(jsGzip.ours)}, recharts ${kb(jsGzip.recharts)}; ` +
        "data fetched and parsed before timing (ours the workspace, recharts its rows per year).",
    );

    const browser = await launchChromium();
    const server = await servePages(files);
    const open = (candidate: ColdCandidate) =>
      openPage(browser, server.origin, candidate.name, "__indicatorPanelBench");
    const groups: GroupRow[][] = [];
    try {
      console.log(
        `Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width} × ${VIEWPORT.height}, both in a ${HOST_WIDTH} px wide host. Node ${process.version}.`,
      );
      // One untimed page of each first: the browser's own start-up falls on no sample.
      for (const candidate of COLD) {
        const { page, close } = await open(candidate);
        await coldSample(page, candidate.name);
        await close();
      }
      const cold = await measureCold(open);
      const coldRows: GroupRow[] = COLD.map(({ name, label }) => ({
        result: resultOf(
          label,
          cold.get(name)!.map((s) => s.timing.total),
        ),
      }));
      groups.push(coldRows);
      console.log(
        formatGroup(
          `First paint on a cold page, ${COLD_PAGES} fresh contexts each: render call → DOM quiet → frame painted`,
          coldRows,
        ),
      );
      console.log(
        table(
          ["median", "sync call ms", "extra frames", "charts", "lines", "first chart px", "bundle ready ms"],
          COLD.map(({ name }) => {
            const list = cold.get(name)!;
            const distinct = (pick: (timing: FrameTiming) => number | string) =>
              [...new Set(list.map((s) => pick(s.timing)))].join("/");
            return [
              name,
              ms(median(list.map((s) => s.timing.sync))),
              String(median(list.map((s) => s.timing.extraFrames))),
              distinct((t) => t.clusters),
              distinct((t) => t.entries),
              distinct((t) => t.window),
              ms(median(list.map((s) => s.bundleReadyMs))),
            ];
          }),
        ),
      );
      const coldOf = (name: PanelDataName) => cold.get(name)!.map((s) => s.timing.total);
      console.log("\nOurs ÷ recharts (below 1: ours is faster):");
      console.log(
        table(
          ["", "median / p50", "p95"],
          [
            [
              "first paint vs recharts small multiples",
              times(median(coldOf("ours")), median(coldOf("recharts"))),
              times(p95(coldOf("ours")), p95(coldOf("recharts"))),
            ],
          ],
        ),
      );
      console.log(
        `JS gzip, ours ÷ recharts (aim ≤ 0.33×): ${times(sizes.ours.gzip, sizes.recharts.gzip)} in all, ` +
          `${times(sizes.ours.initialGzip, sizes.recharts.gzip)} loaded with the page (the table alternative on first use).`,
      );
      if (pageErrors.length > 0)
        console.log(
          `Page errors and warnings (${pageErrors.length}):\n  ${[...new Set(pageErrors)].slice(0, 10).join("\n  ")}`,
        );
      return groups;
    } finally {
      await server.close();
      await browser.close();
    }
  },
};
