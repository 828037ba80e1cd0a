/**
 * What the Node side of the workbook bench and its pages in Chromium share: the data each page draws, the API a
 * page exposes, and the timings it reports (the timeline bench's {@link FrameTiming}: from the call until the
 * frame after the last DOM change is painted). Types only, so both the suite (tsx in Node) and the page bundles
 * (esbuild) import it without pulling code across.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { FrameTiming } from "../timeline/protocol.js";

export type { FrameTiming };

/** The host's width: the same layout box for both candidates, inside the 1280 px viewport. */
export const HOST_WIDTH = 960;

/** Our page's data: the workspace a host holds, and which leadership's workbook to show. */
export interface OursWorkbookData {
  readonly workspace: Workspace;
  readonly leadershipId: string;
  readonly asOf: string;
}

/**
 * The SurveyJS page's data: the survey's JSON (pages, panels and questions, as `new Model(json)` takes it) and
 * the answers it is pre-filled with (`model.data`), both built from the same profile and charter.
 */
export interface SurveyWorkbookData {
  readonly json: Readonly<Record<string, unknown>>;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The data files a page can load: ours, and SurveyJS on one page or paged (one Metodstöd section at a time). */
export type WorkbookDataName = "ours" | "surveyjs" | "surveyjs-paged";

/** The API a bench page exposes as `window.__workbookBench`. */
export interface WorkbookBenchPage {
  /** Fetch `/<name>.json` (untimed); resolves when the page can mount. */
  readonly load: (name: WorkbookDataName) => Promise<void>;
  /**
   * Mount the candidate into a fresh host, timed (`entries` is the number of textareas drawn); it stays mounted
   * for typing.
   */
  readonly mount: () => Promise<FrameTiming>;
  /** Focus the textarea of charter question `questionId`, the caret at its end, and let the page settle (untimed). */
  readonly focusAnswer: (questionId: string) => Promise<void>;
  /** Type one character into the focused textarea, timed (`entries` is the textarea's length afterwards). */
  readonly type: (character: string) => Promise<FrameTiming>;
  /** From navigation start until the page's module had run (fetch, parse, compile, evaluate its bundle). */
  readonly bundleReadyMs: () => number;
}

declare global {
  interface Window {
    __workbookBench?: WorkbookBenchPage;
  }
}
