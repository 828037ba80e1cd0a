/**
 * Bench suite "timeline-view": the React kit's `Timeline` beside vis-timeline, the library a developer would
 * otherwise pick, on the same items of the national synthetic year (tests/bench/timeline/data.ts): a seeded
 * sample of 1,000 items and the whole year, in the same ~40 forum lanes.
 *
 * - First paint on a cold page (median and p95 over fresh browser contexts): from the render call until
 *   the DOM has stopped changing and the frame with it has been painted. vis-timeline draws in several
 *   animation frames and timeouts, so the wait ends after two frames without a DOM change; the main
 *   thread's busy time (script, style, layout, the rest) comes from Chromium's performance metrics.
 * - Interactions on a warm page, ours and vis-timeline taking turns: a period change (the next or previous
 *   quarter), zoom in (year → quarter → month) and out, and vis-timeline's pan (a drag step) beside our
 *   period change, as our timeline has no drag.
 * - Bundle cost: everything the kit's timeline module exports, and vis-timeline as its package offers it
 *   to a bundler, minified and gzipped per chunk, React left out.
 *
 * The aims, reported and never asserted (machines are noisy): faster than vis-timeline at both
 * sizes, and under a fifth of its bundle.
 */
import { join } from "node:path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { formatGroup, type BenchSuite, type GroupRow } from "../harness.js";
import { kb, printBundleTable, median, ms, partsList, resultOf, table } from "../report.js";
import { launchChromium, openPage, pageErrors, servePages, VIEWPORT } from "../scoring/browser.js";
import { bundlePages, type BundleSize, type PageFile } from "../scoring/bundle.js";
import { measureTimelineBundles, type StylesheetSize, type TimelineBundleSizes } from "../timeline/bundle.js";
import { createTimelineData, type TimelineSizeData } from "../timeline/data.js";
import { HOST_WIDTH, VIS_HEIGHT_PX, type FrameTiming, type TimelineOperation } from "../timeline/protocol.js";

const SEED = 20261122;
/** The small size; the large one is the national fixture's whole year. */
const SMALL = 1000;
/** Fresh pages per candidate and size for the cold first paint… */
const COLD_PAGES = 6;
/** …unless a candidate's pages have taken this long by then (vis-timeline's whole year)… */
const COLD_BUDGET_MS = 30_000;
/** …and it has this many. */
const MIN_COLD_PAGES = 2;
/** Rounds of interactions per size: one untimed, then timed ones. */
const WARMUP_ROUNDS = 1;
const ROUNDS = 5;
/** The aim: our bundle under a fifth of vis-timeline's. */
const AIM_BUNDLE_SHARE = 1 / 5;

const CANDIDATES = [
  { name: "ours", label: "ours: Timeline (a grid row per lane, +N clusters)" },
  { name: "vis", label: `vis-timeline 8.5.4: a group per lane, stack, ${VIS_HEIGHT_PX} px high` },
] as const;
type CandidateName = (typeof CANDIDATES)[number]["name"];

/** What one interaction measures; a round runs them in this order from the year view. */
type Measure = "zoomIn" | "period" | "zoomOut" | "pan";
interface Step {
  readonly measure: Measure;
  readonly operation: TimelineOperation;
  /** Who takes the step (the pan is vis-timeline's only). */
  readonly who: readonly CandidateName[];
}
const BOTH: readonly CandidateName[] = ["ours", "vis"];
/** Year 2025 → Q4 (today, 15 October, is in it) → Q3 → Q4 → October → Q4 → three drag steps → the year. */
const ROUND: readonly Step[] = [
  { measure: "zoomIn", operation: { type: "zoom", zoom: "quarter" }, who: BOTH },
  { measure: "period", operation: { type: "period", step: -1 }, who: BOTH },
  { measure: "period", operation: { type: "period", step: 1 }, who: BOTH },
  { measure: "zoomIn", operation: { type: "zoom", zoom: "month" }, who: BOTH },
  { measure: "zoomOut", operation: { type: "zoom", zoom: "quarter" }, who: BOTH },
  ...[-80, -80, -80].map((px): Step => ({ measure: "pan", operation: { type: "pan", px }, who: ["vis"] })),
  { measure: "zoomOut", operation: { type: "zoom", zoom: "year" }, who: BOTH },
];
const MEASURE_TITLES: Readonly<Record<Measure, string>> = {
  period:
    "Period change at quarter zoom (Q4 → Q3 → Q4): ours clicks Föregående/Nästa period, vis-timeline setWindow(…, { animation: false })",
  zoomIn:
    "Zoom in (year → quarter, quarter → month): ours clicks Kvartal/Månad, vis-timeline setWindow to the same period",
  zoomOut:
    "Zoom out (month → quarter, quarter → year): ours clicks Kvartal/År, vis-timeline setWindow to the same period",
  pan: "Pan at quarter zoom: vis-timeline's drag, one 80 px pointer move per frame; ours has NO drag: its period change (the same samples as above) stands beside it",
};

/** Main-thread busy time of a call, from Chromium's performance metrics (CDP `Performance.getMetrics`), in ms. */
interface Work {
  readonly task: number;
  readonly script: number;
  readonly style: number;
  readonly layout: number;
}
interface Sample {
  readonly timing: FrameTiming;
  readonly work: Work;
  /** Cold pages only: navigation start → the page's module evaluated (its bundle fetched, parsed, compiled, run). */
  readonly bundleReadyMs?: number;
}

async function metrics(cdp: CDPSession): Promise<Work> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => (list.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    task: value("TaskDuration"),
    script: value("ScriptDuration"),
    style: value("RecalcStyleDuration"),
    layout: value("LayoutDuration"),
  };
}

/** Run `call` in the page and measure the main thread's work during it. */
async function withWork(cdp: CDPSession, call: () => Promise<FrameTiming>): Promise<Sample> {
  const before = await metrics(cdp);
  const timing = await call();
  const after = await metrics(cdp);
  return {
    timing,
    work: {
      task: after.task - before.task,
      script: after.script - before.script,
      style: after.style - before.style,
      layout: after.layout - before.layout,
    },
  };
}

/** A page of one candidate with its data of `size` loaded and the CDP session for its metrics. */
async function openCandidate(
  browser: Browser,
  origin: string,
  name: CandidateName,
  size: number,
): Promise<CandidatePage> {
  const { page, close } = await openPage(browser, origin, name, "__timelineBench");
  await page.evaluate((s) => window.__timelineBench!.load(s), size);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp, close };
}

/** A candidate's page: its data loaded, a CDP session for its metrics. */
interface CandidatePage {
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly close: () => Promise<void>;
}

/**
 * Cold first paints: each candidate in a fresh context, the order alternating every round. A candidate
 * stops after {@link MIN_COLD_PAGES} pages once its cold pages have taken {@link COLD_BUDGET_MS} (vis-timeline
 * takes half a minute a page for the whole year), so the suite stays within its time. The last page of each
 * candidate stays open, its timeline mounted, for the interactions.
 */
async function measureCold(
  browser: Browser,
  origin: string,
  size: number,
): Promise<{ samples: Map<CandidateName, Sample[]>; pages: Map<CandidateName, CandidatePage> }> {
  const samples = new Map<CandidateName, Sample[]>(CANDIDATES.map(({ name }) => [name, []]));
  const spent = new Map<CandidateName, number>(CANDIDATES.map(({ name }) => [name, 0]));
  const pages = new Map<CandidateName, CandidatePage>();
  try {
    for (let round = 0; round < COLD_PAGES; round++) {
      for (let k = 0; k < CANDIDATES.length; k++) {
        const { name } = CANDIDATES[(round + k) % CANDIDATES.length]!;
        if (samples.get(name)!.length >= MIN_COLD_PAGES && spent.get(name)! > COLD_BUDGET_MS) continue;
        await pages.get(name)?.close();
        const started = performance.now();
        const opened = await openCandidate(browser, origin, name, size);
        pages.set(name, opened);
        const sample = await withWork(opened.cdp, () => opened.page.evaluate(() => window.__timelineBench!.mount()));
        samples.get(name)!.push({
          ...sample,
          bundleReadyMs: await opened.page.evaluate(() => window.__timelineBench!.bundleReadyMs()),
        });
        spent.set(name, spent.get(name)! + performance.now() - started);
      }
    }
  } catch (error) {
    for (const { close } of pages.values()) await close();
    throw error;
  }
  return { samples, pages };
}

/** Interactions on each candidate's mounted page, the two taking turns step by step. Closes the pages. */
async function measureInteractions(
  pages: ReadonlyMap<CandidateName, CandidatePage>,
): Promise<Map<CandidateName, Map<Measure, Sample[]>>> {
  const samples = new Map<CandidateName, Map<Measure, Sample[]>>(CANDIDATES.map(({ name }) => [name, new Map()]));
  try {
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (const step of ROUND) {
        for (const name of step.who) {
          const { page, cdp } = pages.get(name)!;
          const sample = await withWork(cdp, () =>
            page.evaluate((operation) => window.__timelineBench!.operate(operation), step.operation),
          );
          if (round < WARMUP_ROUNDS) continue;
          const byMeasure = samples.get(name)!;
          byMeasure.set(step.measure, [...(byMeasure.get(step.measure) ?? []), sample]);
        }
      }
    }
  } finally {
    for (const { close } of pages.values()) await close();
  }
  // Ours has no drag: its pan row is its period change.
  samples.get("ours")!.set("pan", samples.get("ours")!.get("period") ?? []);
  return samples;
}

/** Medians of the work behind a set of samples: where the time goes. */
function workTable(rows: readonly (readonly [string, readonly Sample[]])[]): string {
  const cold = rows.some(([, list]) => list.some((sample) => sample.bundleReadyMs !== undefined));
  const header = [
    "median ms",
    "wall",
    "sync call",
    "main thread",
    "script",
    "style",
    "layout",
    "other",
    "extra frames",
    "entries (clusters)",
    ...(cold ? ["bundle ready"] : []),
  ];
  return table(
    header,
    rows.map(([label, list]) => {
      const of = (pick: (sample: Sample) => number) => ms(median(list.map(pick)));
      const range = (pick: (timing: FrameTiming) => number) => {
        const values = list.map((sample) => pick(sample.timing));
        return Math.min(...values) === Math.max(...values)
          ? String(values[0] ?? "")
          : `${Math.min(...values)}–${Math.max(...values)}`;
      };
      return [
        label,
        of((s) => s.timing.total),
        of((s) => s.timing.sync),
        of((s) => s.work.task),
        of((s) => s.work.script),
        of((s) => s.work.style),
        of((s) => s.work.layout),
        of((s) => s.work.task - s.work.script - s.work.style - s.work.layout),
        range((t) => t.extraFrames),
        `${range((t) => t.entries)} (${range((t) => t.clusters)})`,
        ...(cold ? [of((s) => s.bundleReadyMs ?? Number.NaN)] : []),
      ];
    }),
  );
}

/** Every step's period must be the same in both: a check that they drew the same thing. */
function windowMismatches(samples: Map<CandidateName, Map<Measure, Sample[]>>): string[] {
  const problems: string[] = [];
  for (const measure of ["zoomIn", "zoomOut", "period"] as const) {
    const ours = samples.get("ours")!.get(measure) ?? [];
    const vis = samples.get("vis")!.get(measure) ?? [];
    ours.forEach((sample, i) => {
      if (vis[i] !== undefined && vis[i].timing.window !== sample.timing.window)
        problems.push(`${measure} #${i}: ours ${sample.timing.window}, vis ${vis[i].timing.window}`);
    });
  }
  return problems;
}

function printSizes(sizes: TimelineBundleSizes): void {
  const reference = sizes.oursCoreExternal.gzip;
  const rows: [string, BundleSize | StylesheetSize][] = [
    ["ours: timeline/index.ts, everything it exports (core external)", sizes.oursCoreExternal],
    ["ours: the same with @systemledning/core bundled in", sizes.oursWithCore],
    ["ours: styles.css (the whole kit's, minified)", sizes.oursStyles],
    ["ours: timeline-grid.css + timeline.css alone", sizes.oursTimelineStyles],
    ["vis-timeline/peer + vis-data/peer + moment (sv) (documented for bundlers)", sizes.visPeer],
    ["vis-timeline/standalone (Timeline, DataSet)", sizes.visStandalone],
    ["vis-timeline/esnext + vis-data/esnext + moment (sv) and peers", sizes.visEsnext],
    ["vis-timeline: vis-timeline-graph2d.min.css", sizes.visStyles],
  ];
  printBundleTable(rows, reference);
  const share = (ours: number, theirs: number) =>
    `${((ours / theirs) * 100).toFixed(0)} % ${ours / theirs < AIM_BUNDLE_SHARE ? "(met)" : "(NOT met)"}`;
  const { visPeer, visEsnext, oursCoreExternal: ours, oursWithCore } = sizes;
  console.log(
    `Aim: under a fifth of vis-timeline's bundle. Against the peer build (${kb(visPeer.gzip)}, the documented way): ours core external ${share(ours.gzip, visPeer.gzip)}, ` +
      `loaded with the page ${share(ours.initialGzip, visPeer.gzip)}; with the core bundled in ${share(oursWithCore.gzip, visPeer.gzip)}. ` +
      `Against the smallest build, esnext (${kb(visEsnext.gzip)}): ours ${share(ours.gzip, visEsnext.gzip)}, loaded with the page ${share(ours.initialGzip, visEsnext.gzip)}, with the core ${share(oursWithCore.gzip, visEsnext.gzip)}. ` +
      `With stylesheets: ours ${kb(ours.gzip + sizes.oursStyles.gzip)} (kit's whole styles.css), vis-timeline peer ${kb(visPeer.gzip + sizes.visStyles.gzip)}.`,
  );
  console.log(`Largest parts of ours (core external): ${partsList(ours.parts)}.`);
  console.log(
    `Largest parts of vis-timeline (peer): ${partsList(visPeer.parts)}; (esnext): ${partsList(visEsnext.parts)}.`,
  );
}

function describeData(data: TimelineSizeData): string {
  const kinds = Object.entries(data.byKind)
    .map(([kind, count]) => `${count.toLocaleString("en")} ${kind}`)
    .join(", ");
  const largest = Math.max(...data.ours.lanes.map((lane) => lane.items.length));
  return `${data.size.toLocaleString("en")} items in ${data.ours.lanes.length} lanes (largest ${largest.toLocaleString("en")}, "${data.ours.lanes.at(-1)?.label}"): ${kinds}; ${data.spans.toLocaleString("en")} span days (vis-timeline ranges, the rest points).`;
}

/** The timeline-view suite. */
export const suite: BenchSuite = {
  name: "timeline-view",
  async run() {
    const sizes = await createTimelineData(SEED, SMALL);
    console.log(
      `National synthetic year 2025 (tests/fixtures/national-timeline.ts, seed ${SEED}), grouped by forum; today ${sizes[0].ours.asOf}:`,
    );
    for (const data of sizes) console.log(`- ${describeData(data)}`);

    printSizes(await measureTimelineBundles());

    const { files, jsGzip } = await bundlePages({
      entries: { ours: "ours.tsx", vis: "vis.ts" },
      directory: join(import.meta.dirname, "../timeline"),
      title: "timeline-view bench",
    });
    for (const data of sizes) {
      for (const name of ["ours", "vis"] as const) {
        const file: PageFile = { contentType: "application/json", body: JSON.stringify(data[name]) };
        files.set(`/${name}-${data.size}.json`, file);
      }
    }
    console.log(
      `\nPage bundles, JavaScript with react-dom (gzip): ours ${kb(jsGzip.ours)}, vis ${kb(jsGzip.vis)}; data fetched and parsed before timing ` +
        `(ours gets the TimelineItems, vis-timeline the same items already mapped to { id, group, start, end, type, content }).`,
    );

    const browser = await launchChromium();
    const server = await servePages(files);
    const groups: GroupRow[][] = [];
    try {
      console.log(
        `Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width} × ${VIEWPORT.height}, both timelines in a ${HOST_WIDTH} px wide host; ` +
          `ours lays out every lane (the page scrolls), vis-timeline is ${VIS_HEIGHT_PX} px high and scrolls inside. Node ${process.version}.`,
      );
      // One untimed page of each first: the browser's own start-up (its first renderer, font caches) falls on no sample.
      for (const { name } of CANDIDATES) {
        const warmup = await openCandidate(browser, server.origin, name, sizes[0].size);
        await warmup.page.evaluate(() => window.__timelineBench!.mount());
        await warmup.close();
      }
      const results: {
        size: number;
        cold: Map<CandidateName, Sample[]>;
        warm: Map<CandidateName, Map<Measure, Sample[]>>;
      }[] = [];
      for (const data of sizes) {
        const cold = await measureCold(browser, server.origin, data.size);
        results.push({ size: data.size, cold: cold.samples, warm: await measureInteractions(cold.pages) });
      }

      for (const { size, cold } of results) {
        const rows: GroupRow[] = CANDIDATES.map(({ name, label }) => ({
          result: resultOf(
            label,
            cold.get(name)!.map((s) => s.timing.total),
          ),
        }));
        groups.push(rows);
        const pagesOf = CANDIDATES.map(({ name }) => `${name} ${cold.get(name)!.length}`).join(", ");
        console.log(
          formatGroup(
            `First paint on a cold page, ${size.toLocaleString("en")} items, fresh pages (${pagesOf}): render call → DOM quiet → frame painted`,
            rows,
          ),
        );
        console.log(workTable(CANDIDATES.map(({ name }) => [name, cold.get(name)!])));
      }
      console.log(
        "wall = the row's time; sync call = flushSync(render) or new DataSet + new Timeline; main thread = Chromium's task time during the call " +
          "(script, style, layout, other = paint, commit, parsing, GC); extra frames = frames after the first in which the DOM still changed; " +
          "entries = items and clusters in the DOM when done (min–max over the samples); bundle ready = navigation start → page module evaluated (before the timing).",
      );

      for (const { size, warm } of results) {
        console.log(
          `\n--- Interactions, ${size.toLocaleString("en")} items, warm pages taking turns (${WARMUP_ROUNDS} untimed round, ${ROUNDS} timed): each call starts in an animation frame and ends when the frame after the last DOM change is painted`,
        );
        for (const measure of ["period", "zoomIn", "zoomOut", "pan"] as const) {
          const label = (name: CandidateName) =>
            measure === "pan"
              ? name === "ours"
                ? "ours: period change (no drag)"
                : "vis-timeline: drag step"
              : CANDIDATES.find((c) => c.name === name)!.label;
          const rows: GroupRow[] = CANDIDATES.map(({ name }) => ({
            result: resultOf(
              label(name),
              (warm.get(name)!.get(measure) ?? []).map((s) => s.timing.total),
            ),
          }));
          groups.push(rows);
          console.log(formatGroup(MEASURE_TITLES[measure], rows));
          console.log(workTable(CANDIDATES.map(({ name }) => [name, warm.get(name)!.get(measure) ?? []])));
        }
        const mismatches = windowMismatches(warm);
        if (mismatches.length > 0)
          console.log(`Periods differ between the two (${mismatches.length}): ${mismatches.slice(0, 5).join("; ")}`);
      }

      console.log("\nAim: faster than vis-timeline at both sizes (medians, ours ÷ vis-timeline; below 1 is faster):");
      const verdictRows = results.flatMap(({ size, cold, warm }) => {
        const ratio = (ours: readonly Sample[], vis: readonly Sample[]) => {
          const r = median(ours.map((s) => s.timing.total)) / median(vis.map((s) => s.timing.total));
          return `${r.toFixed(2)}× ${r < 1 ? "met" : "NOT met"}`;
        };
        const of = (name: CandidateName, measure: Measure) => warm.get(name)!.get(measure) ?? [];
        return [
          [
            size.toLocaleString("en"),
            ratio(cold.get("ours")!, cold.get("vis")!),
            ratio(of("ours", "period"), of("vis", "period")),
            ratio(of("ours", "zoomIn"), of("vis", "zoomIn")),
            ratio(of("ours", "zoomOut"), of("vis", "zoomOut")),
            ratio(of("ours", "period"), of("vis", "pan")),
          ],
        ];
      });
      console.log(
        table(["items", "first paint", "period change", "zoom in", "zoom out", "period vs pan"], verdictRows),
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
