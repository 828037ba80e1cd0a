/**
 * The in-page half of the workbook bench, bundled into each page: a page entry registers its candidate (ours or
 * SurveyJS), and the Node driver calls `window.__workbookBench` to time its first paint and keystrokes. Both
 * go through the same code and the timeline bench's frame timing (`time`: from a call made at the start of an
 * animation frame until the frame after the last DOM change is painted), so a difference in the numbers is a
 * difference between the two.
 *
 * A keystroke is the browser's own text insertion into the focused textarea (`document.execCommand("insertText")`):
 * it edits the field and fires `beforeinput` and `input` as a key does, synchronously inside the timed call, so
 * the timing is the event's handling, the re-render and the frame that paints it, without the driver's
 * round trip to the page that a key sent from Node would add to both.
 */
import { time } from "../timeline/page.js";
import { HOST_WIDTH, type WorkbookBenchPage, type WorkbookDataName } from "./protocol.js";

/** A workbook as mounted by a candidate. */
export interface MountedWorkbook {
  /** The textarea of charter question `questionId`. */
  readonly answerField: (questionId: string) => HTMLTextAreaElement;
  /** True once the candidate shows its form (SurveyJS may finish after the first commit). */
  readonly ready: () => boolean;
}

/** A workbook under test, as a page entry registers it. */
export interface WorkbookCandidate<TData> {
  /** Start the mount into `host` synchronously (`createRoot` and a flushed render). */
  readonly mount: (host: HTMLElement, data: TData) => MountedWorkbook;
}

/** The textareas drawn so far under `host`. */
const textareas = (host: HTMLElement) => ({ entries: host.querySelectorAll("textarea").length, clusters: 0 });

/**
 * Register the page's candidate; called by the page entry at the end of its module, so the moment it runs is
 * when the whole bundle (React, the kit or SurveyJS) has been evaluated.
 */
export function registerWorkbookCandidate<TData>(candidate: WorkbookCandidate<TData>): void {
  const bundleReadyMs = performance.now();
  let data: TData | undefined;
  let mounted: { host: HTMLElement; workbook: MountedWorkbook } | undefined;
  let field: HTMLTextAreaElement | undefined;
  const api: WorkbookBenchPage = {
    bundleReadyMs: () => bundleReadyMs,
    async load(name: WorkbookDataName) {
      const response = await fetch(`/${name}.json`);
      data = (await response.json()) as TData;
    },
    async mount() {
      if (data === undefined) throw new Error("load() first");
      if (mounted !== undefined) throw new Error("one mount per page: the bench measures cold pages");
      const loaded = data;
      const host = document.createElement("div");
      host.style.width = `${HOST_WIDTH}px`;
      document.body.append(host);
      let workbook: MountedWorkbook | undefined;
      const timing = await time(
        host,
        () => {
          workbook = candidate.mount(host, loaded);
        },
        () => workbook?.ready() ?? false,
        () => textareas(host),
        () => "",
      );
      mounted = { host, workbook: workbook! };
      return timing;
    },
    async focusAnswer(questionId) {
      if (mounted === undefined) throw new Error("mount() first");
      const { host, workbook } = mounted;
      const target = workbook.answerField(questionId);
      // Untimed: focusing may re-render (a focus style, SurveyJS's state); typing starts from a quiet page.
      await time(
        host,
        () => {
          target.focus();
          target.setSelectionRange(target.value.length, target.value.length);
        },
        () => true,
        () => textareas(host),
        () => "",
      );
      field = target;
    },
    async type(character) {
      if (mounted === undefined || field === undefined) throw new Error("focusAnswer() first");
      const target = field;
      return time(
        mounted.host,
        () => {
          if (!document.execCommand("insertText", false, character)) throw new Error("insertText was refused");
        },
        () => document.activeElement === target,
        () => ({ entries: target.value.length, clusters: 0 }),
        () => "",
      );
    },
  };
  window.__workbookBench = api;
}
