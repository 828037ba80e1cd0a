/**
 * Bench suite "workbook": the kit's `MetodstodWorkbook` beside SurveyJS 3 (`survey-core` + `survey-react-ui`),
 * the form library a county would pick instead for a workbook of questions, on the same charter: a local
 * leadership of the Dalarna sample with every Metodstöd question answered (tests/bench/workbook/data.ts).
 * Both render with React 19 and `createRoot`, in headless Chromium.
 *
 * - First paint on a cold page (median and p95 over fresh browser contexts, the order rotating every round):
 *   from the render call (SurveyJS's `new Model(json)` included) until the DOM has stopped changing and the
 *   frame with it is painted. SurveyJS twice: every section on one page (`questionsOnPageMode: "singlePage"`,
 *   what ours draws) and paged, one Metodstöd section at a time (only the first drawn).
 * - Typing: a keystroke in the pre-filled textarea of the same question, the two pages taking turns, from the
 *   browser's text insertion until the frame after the last DOM change is painted (tests/bench/workbook/page.ts).
 *   Each as it comes: ours re-renders its controlled field and keeps a draft; SurveyJS's default
 *   (`textUpdateMode: "onBlur"`) leaves the typing to the textarea and reads it into the model when it is left.
 * - What a host pays: the JavaScript (everything but React) and the stylesheet, gzip.
 *
 * Ratios are ours ÷ SurveyJS (below 1: ours is faster or smaller), reported and never asserted.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatGroup, type BenchSuite, type GroupRow } from "../harness.js";
import { kb, median, ms, p95, partsList, resultOf, table } from "../report.js";
import { launchChromium, openPage, pageErrors, servePages, VIEWPORT } from "../scoring/browser.js";
import { bundlePages, type PageFile } from "../scoring/bundle.js";
import { measureWorkbookBundles, type WorkbookBundleSizes } from "../workbook/bundle.js";
import { createWorkbookData, TYPED_QUESTION_ID, type WorkbookBenchData } from "../workbook/data.js";
import { HOST_WIDTH, type FrameTiming, type WorkbookDataName } from "../workbook/protocol.js";

/** Fresh pages per candidate for the cold first paint. */
const COLD_PAGES = 10;
/** Keystrokes per candidate: untimed first (the JIT and React's event path warm up), then timed. */
const WARMUP_KEYS = 5;
const KEYS = 40;
/** What is typed, a character at a time (the end of a Swedish sentence, spaces and å ä ö included). */
const TEXT = " Vi följer upp målbilden varje år i april och ändrar den när vi lär oss något nytt.";

/** A first-paint candidate: the page it loads, the data it draws, and its row's label. */
interface ColdCandidate {
  readonly name: WorkbookDataName;
  readonly page: "ours" | "surveyjs";
  readonly label: string;
}
const COLD: readonly ColdCandidate[] = [
  { name: "ours", page: "ours", label: "ours: MetodstodWorkbook (every part on one page)" },
  { name: "surveyjs", page: "surveyjs", label: "SurveyJS 3.0.0: every section on one page" },
  { name: "surveyjs-paged", page: "surveyjs", label: "SurveyJS 3.0.0: paged, its first section only" },
];
/** The typing candidates: both with every section on the page. */
const TYPING = COLD.slice(0, 2);

interface ColdSample {
  readonly timing: FrameTiming;
  readonly bundleReadyMs: number;
}

/** One cold first paint: a fresh context loads the page and its data (untimed), then the mount is timed. */
async function coldSample(page: Page, name: WorkbookDataName): Promise<ColdSample> {
  await page.evaluate((data) => window.__workbookBench!.load(data), name);
  const timing = await page.evaluate(() => window.__workbookBench!.mount());
  return { timing, bundleReadyMs: await page.evaluate(() => window.__workbookBench!.bundleReadyMs()) };
}

async function measureCold(
  open: (candidate: ColdCandidate) => ReturnType<typeof openPage>,
): Promise<Map<WorkbookDataName, ColdSample[]>> {
  const samples = new Map<WorkbookDataName, ColdSample[]>(COLD.map(({ name }) => [name, []]));
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

/** Keystrokes in both pages, taking turns key by key, so the machine's noise falls on both alike. */
async function measureTyping(
  open: (candidate: ColdCandidate) => ReturnType<typeof openPage>,
): Promise<Map<WorkbookDataName, FrameTiming[]>> {
  const pages = await Promise.all(TYPING.map((candidate) => open(candidate)));
  try {
    for (const [i, { page }] of pages.entries()) {
      await page.evaluate((data) => window.__workbookBench!.load(data), TYPING[i]!.name);
      await page.evaluate(() => window.__workbookBench!.mount());
      await page.evaluate((question) => window.__workbookBench!.focusAnswer(question), TYPED_QUESTION_ID);
    }
    const samples = new Map<WorkbookDataName, FrameTiming[]>(TYPING.map(({ name }) => [name, []]));
    for (let key = 0; key < WARMUP_KEYS + KEYS; key++) {
      const character = TEXT[key % TEXT.length]!;
      for (const [i, { page }] of pages.entries()) {
        const timing = await page.evaluate((c) => window.__workbookBench!.type(c), character);
        if (key >= WARMUP_KEYS) samples.get(TYPING[i]!.name)!.push(timing);
      }
    }
    return samples;
  } finally {
    for (const { close } of pages) await close();
  }
}

/** `0.51×`: ours as a multiple of the peer. */
const times = (ours: number, peer: number): string => `${(ours / peer).toFixed(2)}×`;

function printSizes(sizes: WorkbookBundleSizes): void {
  const { ours, oursWithStructure, surveyjs, oursStyles, surveyjsStyles, surveyjsFontlessStyles } = sizes;
  console.log(
    "\nWhat a host pays (esbuild through measureBundle: minify, tree-shake, code splitting, production, React left out; " +
      "stylesheets bundled and minified; gzip -9 per file). ours = total (with the page + on first use)",
  );
  const js = (size: typeof ours) => `${kb(size.gzip)} (${kb(size.initialGzip)} + ${kb(size.lazyGzip)})`;
  console.log(
    table(
      ["gzip", "ours", "SurveyJS", "ours ÷ SurveyJS"],
      [
        ["JS: MetodstodWorkbook vs Model + Survey + sv", js(ours), kb(surveyjs.gzip), times(ours.gzip, surveyjs.gzip)],
        [
          "JS: + LeadershipPage (the structure views)",
          js(oursWithStructure),
          kb(surveyjs.gzip),
          times(oursWithStructure.gzip, surveyjs.gzip),
        ],
        [
          "CSS: styles.css (whole kit) vs survey-core.min.css",
          kb(oursStyles.gzip),
          kb(surveyjsStyles.gzip),
          times(oursStyles.gzip, surveyjsStyles.gzip),
        ],
        [
          "CSS: the same vs survey-core.fontless.min.css",
          kb(oursStyles.gzip),
          kb(surveyjsFontlessStyles.gzip),
          times(oursStyles.gzip, surveyjsFontlessStyles.gzip),
        ],
        [
          "JS + CSS (the workbook, default theme)",
          kb(ours.gzip + oursStyles.gzip),
          kb(surveyjs.gzip + surveyjsStyles.gzip),
          times(ours.gzip + oursStyles.gzip, surveyjs.gzip + surveyjsStyles.gzip),
        ],
      ],
    ),
  );
  console.log(
    `Minified: ours JS ${kb(ours.minified)}, SurveyJS JS ${kb(surveyjs.minified)}; ours CSS ${kb(oursStyles.minified)} ` +
      `(of it workbook.css ${kb(sizes.oursWorkbookStyles.minified)}, ${kb(sizes.oursWorkbookStyles.gzip)} gzip), SurveyJS CSS ${kb(surveyjsStyles.minified)}.`,
  );
  console.log(`Largest parts of ours: ${partsList(ours.parts)}.`);
  console.log(`Largest parts of SurveyJS: ${partsList(surveyjs.parts)}.`);
}

function describeData(data: WorkbookBenchData): string {
  return (
    `${data.leadershipName} (Dalarna sample), a complete charter: ${data.questions} profile questions, the template's texts, ` +
    `principles and tasks; SurveyJS: ${data.textareas} comments (textareas) over one page per Metodstöd section.`
  );
}

/** The workbook suite. */
export const suite: BenchSuite = {
  name: "workbook",
  async run() {
    const data = createWorkbookData();
    console.log(describeData(data));
    printSizes(await measureWorkbookBundles());

    const { files, jsGzip } = await bundlePages({
      entries: { ours: "ours.tsx", surveyjs: "surveyjs.tsx" },
      directory: join(import.meta.dirname, "../workbook"),
      title: "workbook bench",
    });
    const json = (value: unknown): PageFile => ({ contentType: "application/json", body: JSON.stringify(value) });
    files.set("/ours.json", json(data.ours));
    files.set("/surveyjs.json", json(data.surveyjs));
    files.set("/surveyjs-paged.json", json(data.surveyjsPaged));
    console.log(
      `\nPage bundles, JavaScript with react-dom (gzip): ours ${kb(jsGzip.ours)}, SurveyJS ${kb(jsGzip.surveyjs)}; ` +
        "data fetched and parsed before timing (ours the workspace, SurveyJS its JSON and answers).",
    );

    const browser = await launchChromium();
    const server = await servePages(files);
    const open = (candidate: ColdCandidate) => openPage(browser, server.origin, candidate.page, "__workbookBench");
    const groups: GroupRow[][] = [];
    try {
      console.log(
        `Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width} × ${VIEWPORT.height}, both in a ${HOST_WIDTH} px wide host. Node ${process.version}.`,
      );
      // One untimed page of each first: the browser's own start-up falls on no sample.
      for (const candidate of TYPING) {
        const { page, close } = await open(candidate);
        await coldSample(page, candidate.name);
        await close();
      }
      const cold = await measureCold(open);
      const typing = await measureTyping(open);

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
          ["median", "sync call ms", "extra frames", "textareas", "bundle ready ms"],
          COLD.map(({ name }) => {
            const list = cold.get(name)!;
            const counts = [...new Set(list.map((s) => s.timing.entries))].join("/");
            return [
              name,
              ms(median(list.map((s) => s.timing.sync))),
              String(median(list.map((s) => s.timing.extraFrames))),
              counts,
              ms(median(list.map((s) => s.bundleReadyMs))),
            ];
          }),
        ),
      );

      const typingRows: GroupRow[] = TYPING.map(({ name, label }) => ({
        result: resultOf(
          label,
          typing.get(name)!.map((t) => t.total),
        ),
      }));
      groups.push(typingRows);
      console.log(
        formatGroup(
          `Typing in the answer to "${TYPED_QUESTION_ID}" (pre-filled), ${KEYS} keystrokes each after ${WARMUP_KEYS} untimed, taking turns: insertText → frame painted`,
          typingRows,
        ),
      );
      // Where a keystroke's time goes: the insertion with its event handlers and the framework's synchronous
      // re-render, then style, layout and paint of the frame (and any later frame in which the DOM changed).
      console.log(
        table(
          ["median", "sync call ms", "frame ms", "extra frames (max)"],
          TYPING.map(({ name }) => {
            const list = typing.get(name)!;
            return [
              name,
              ms(median(list.map((t) => t.sync))),
              ms(median(list.map((t) => t.total - t.sync))),
              String(Math.max(...list.map((t) => t.extraFrames))),
            ];
          }),
        ),
      );

      const ratio = (pick: (values: readonly number[]) => number, ours: readonly number[], peer: readonly number[]) =>
        times(pick(ours), pick(peer));
      const coldOf = (name: WorkbookDataName) => cold.get(name)!.map((s) => s.timing.total);
      const typedOf = (name: WorkbookDataName) => typing.get(name)!.map((t) => t.total);
      console.log("\nOurs ÷ SurveyJS (below 1: ours is faster):");
      console.log(
        table(
          ["", "median / p50", "p95"],
          [
            [
              "first paint vs SurveyJS on one page",
              ratio(median, coldOf("ours"), coldOf("surveyjs")),
              ratio(p95, coldOf("ours"), coldOf("surveyjs")),
            ],
            [
              "first paint vs SurveyJS paged",
              ratio(median, coldOf("ours"), coldOf("surveyjs-paged")),
              ratio(p95, coldOf("ours"), coldOf("surveyjs-paged")),
            ],
            [
              "keystroke to painted frame",
              ratio(median, typedOf("ours"), typedOf("surveyjs")),
              ratio(p95, typedOf("ours"), typedOf("surveyjs")),
            ],
          ],
        ),
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
