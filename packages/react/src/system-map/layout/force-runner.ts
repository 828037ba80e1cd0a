/**
 * The force layout off the main thread. A run goes to a module Web Worker when one can start; otherwise (no
 * `Worker`, as in jsdom; a worker file the host's bundler did not emit; a policy that blocks it) it runs on the
 * main thread in slices of at most `sliceMs` (8 ms), a `setTimeout` between slices, so the page never blocks
 * and no long task (over 50 ms, docs/quality.md R1) comes from it. Either way the positions are the same, bit for bit.
 */
import {
  createForceStepper,
  forceInputOf,
  forceLayoutOf,
  resolveForceSettings,
  type ForceLayoutOptions,
} from "./force.js";
import type { ForceRunMessage, ForceWorkerMessage } from "./force-protocol.js";
import { indexGraph } from "./graph.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** One run of the force layout. */
export interface ForceLayoutTask {
  /** The layout; `null` when the run was cancelled (by `cancel`, a newer run or `dispose`). Never rejects. */
  readonly result: Promise<GraphLayout | null>;
  /** Stop the run (terminating a busy worker); `result` resolves to `null`. Does nothing once settled. */
  cancel(): void;
}

/** Runs force layouts one at a time, off the main thread when it can. */
export interface ForceLayoutRunner {
  /** Where the next run goes: `"worker"` until a worker fails to start or load, then `"main-thread"` for good. */
  readonly mode: "worker" | "main-thread";
  /** Start a layout of `graph`, cancelling the run still going, if any. */
  run(graph: LayoutGraph, options?: ForceLayoutOptions): ForceLayoutTask;
  /** Cancel the run still going and terminate the worker. Later runs resolve to `null` at once. */
  dispose(): void;
}

/** Options of {@link createForceLayoutWorker}. */
export interface ForceLayoutWorkerOptions {
  /**
   * How to start the worker, or `null` to always run on the main thread (in slices). A host whose bundler does
   * not understand `new URL(…, import.meta.url)` can serve `force-worker.js` itself and pass
   * `() => new Worker("/assets/force-worker.js", { type: "module" })`.
   * @default the package's own `force-worker.js`, beside the module that loads it
   */
  readonly createWorker?: (() => Worker) | null | undefined;
  /** Longest main-thread slice of the fallback, in ms. @default 8 */
  readonly sliceMs?: number | undefined;
}

/** The Trusted Types policy the package's worker URL goes through (`undefined`: not made yet). */
let workerUrlPolicy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * A Trusted Types policy for the worker's URL, where the browser has Trusted Types; `null` elsewhere or when
 * the page's `trusted-types` directive does not allow the name `systemledning-force-layout`. Made once:
 * a second policy of the same name would be refused.
 */
function getWorkerUrlPolicy(): { createScriptURL(url: string): unknown } | null {
  if (workerUrlPolicy !== undefined) return workerUrlPolicy;
  const factory = (
    globalThis as {
      trustedTypes?: {
        createPolicy(
          name: string,
          rules: { createScriptURL(url: string): string },
        ): { createScriptURL(url: string): unknown };
      };
    }
  ).trustedTypes;
  try {
    workerUrlPolicy =
      factory === undefined
        ? null
        : factory.createPolicy("systemledning-force-layout", {
            // Only a script of the page's own origin: the policy cannot be turned into a way to load others.
            createScriptURL: (url) => {
              if (new URL(url, globalThis.location.href).origin !== globalThis.location.origin)
                throw new TypeError(`systemledning: refusing a worker from another origin: ${url}`);
              return url;
            },
          });
  } catch {
    workerUrlPolicy = null;
  }
  return workerUrlPolicy;
}

/** Set when the package's own worker failed to start or load on this page: later runners do not try again. */
let packageWorkerFailed = false;

/** @internal Whether the package's worker is known not to work on this page (or there is no `Worker`). */
export function packageWorkerUnavailable(): boolean {
  return packageWorkerFailed || typeof Worker === "undefined";
}

/** @internal Remember that the package's worker failed to start or load on this page. */
export function markPackageWorkerFailed(): void {
  packageWorkerFailed = true;
}

/**
 * The package's worker, in the one form Vite, webpack 5 and Rollup plugins recognise and bundle as a separate
 * worker file: `new Worker(new URL("<relative path>", import.meta.url), { type: "module" })` in one
 * expression, with the global `Worker`. The path names the built file (`force-worker.js`, a tsup entry next
 * to this module's chunk); Vite resolves it to `force-worker.ts` when it serves the sources, as it does for
 * `.js` imports in TypeScript.
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`, docs/quality.md S3) a worker's URL must be a
 * TrustedScriptURL, and the expression above passes whatever URL the host's bundler wrote into it. So, for
 * that one statement only, the global `Worker` is a subclass that passes the URL through this package's
 * policy, and is put back at once (nothing else can run in between): the bundlers still see the pattern,
 * and the page sees no Trusted Types violation.
 */
/** @internal Start the package's layout worker (see above); throws where it cannot start. */
export function startPackageWorker(): Worker {
  const policy = getWorkerUrlPolicy();
  const Native = globalThis.Worker;
  if (policy !== null) {
    const trusted = (url: string | URL) => policy.createScriptURL(String(url)) as string;
    globalThis.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(trusted(url), options);
      }
    };
  }
  try {
    return new Worker(new URL("./force-worker.js", import.meta.url), { type: "module" });
  } finally {
    globalThis.Worker = Native;
  }
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * A runner of force layouts in a module Web Worker, with a main-thread fallback that never blocks the page.
 *
 * Each run indexes the graph on the main thread (ids to numbers, a few milliseconds at 5,000 nodes) and posts
 * the worker typed arrays; the worker posts progress every `progressEvery` ticks and the positions as a
 * transferred `Float64Array`. A new run terminates a worker still busy with the previous one (it computes
 * without yielding, so terminating is the only prompt cancel) and starts a fresh one. When the worker cannot
 * start or fails to load, the run continues on the main thread in slices, and so do later runs.
 *
 * Progress reaches `onProgress` on the main thread, rising, ending with 1 just before `result` resolves.
 *
 * @example
 * const runner = createForceLayoutWorker();
 * const task = runner.run(graph, { seed: 7, onProgress: (p) => setProgress(p) });
 * const layout = await task.result; // null if a newer run replaced it
 * runner.dispose();
 */
export function createForceLayoutWorker(options: ForceLayoutWorkerOptions = {}): ForceLayoutRunner {
  const ownWorker = options.createWorker === undefined;
  const createWorker = ownWorker ? startPackageWorker : options.createWorker;
  const sliceMs = options.sliceMs !== undefined && options.sliceMs > 0 ? options.sliceMs : 8;
  // Without a `Worker` global (jsdom, a server render) the package's worker cannot start; a host's own
  // `createWorker` is trusted to know better.
  let workerBroken = createWorker === null || (ownWorker && (typeof Worker === "undefined" || packageWorkerFailed));
  const markBroken = () => {
    workerBroken = true;
    if (ownWorker) markPackageWorkerFailed();
  };
  let worker: Worker | null = null;
  let current: ForceLayoutTask | null = null;
  let disposed = false;
  let runIds = 0;

  const dropWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const ensureWorker = (): Worker | null => {
    if (workerBroken || createWorker === null) return null;
    if (worker !== null) return worker;
    try {
      worker = createWorker();
    } catch {
      // No module workers, a policy that forbids this one, or no import.meta.url (a CommonJS build).
      markBroken();
      worker = null;
    }
    return worker;
  };

  return {
    get mode() {
      return workerBroken ? "main-thread" : "worker";
    },
    run(graph, runOptions = {}) {
      current?.cancel();
      let resolve: (layout: GraphLayout | null) => void = () => undefined;
      const result = new Promise<GraphLayout | null>((done) => (resolve = done));
      let settled = false;
      let stop: () => void = () => undefined;
      const finish = (layout: GraphLayout | null) => {
        if (settled) return;
        settled = true;
        stop();
        if (current === task) current = null;
        resolve(layout);
      };
      const task: ForceLayoutTask = { result, cancel: () => finish(null) };
      if (disposed) {
        finish(null);
        return task;
      }
      current = task;

      const indexed = indexGraph(graph);
      const settings = resolveForceSettings(indexed.nodeCount, runOptions);
      const input = forceInputOf(indexed);
      let reported = 0;
      // Rising only: a worker that fails halfway hands the run to the main thread, which starts again at 0.
      const progress = (value: number) => {
        if (settled || value < reported) return;
        reported = value;
        runOptions.onProgress?.(value);
      };

      const runOnMainThread = () => {
        const stepper = createForceStepper(input, settings, progress);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const slice = () => {
          timer = undefined;
          const deadline = now() + sliceMs;
          if (stepper.advance(() => now() >= deadline)) finish(forceLayoutOf(indexed, stepper.positions()));
          else timer = setTimeout(slice, 0);
        };
        // Even the first slice waits for a task of its own: `run` may be called from a render or an effect.
        timer = setTimeout(slice, 0);
        stop = () => {
          if (timer !== undefined) clearTimeout(timer);
        };
      };

      const target = ensureWorker();
      if (target === null) {
        runOnMainThread();
        return task;
      }
      const runId = ++runIds;
      const detach = () => {
        target.removeEventListener("message", onMessage);
        target.removeEventListener("error", onError);
        target.removeEventListener("messageerror", onError);
      };
      const onMessage = (event: MessageEvent<ForceWorkerMessage>) => {
        const message = event.data;
        if (message.runId !== runId) return;
        if (message.type === "progress") progress(message.progress);
        else if (message.type === "done") {
          detach();
          stop = () => undefined;
          progress(1);
          finish(forceLayoutOf(indexed, message.positions));
        } else {
          detach();
          runOnMainThread();
        }
      };
      const onError = (event: Event) => {
        // The worker file did not load (not emitted, blocked by a policy) or threw: the main thread takes over,
        // now and for later runs. preventDefault keeps the error out of the console as an uncaught one.
        event.preventDefault();
        detach();
        markBroken();
        if (worker === target) dropWorker();
        runOnMainThread();
      };
      target.addEventListener("message", onMessage);
      target.addEventListener("error", onError);
      target.addEventListener("messageerror", onError);
      // Copies go to the worker (transferred, so sent without a second copy); the originals stay here in
      // case the main thread has to take the run over.
      const message: ForceRunMessage = {
        type: "run",
        runId,
        nodeCount: input.nodeCount,
        isBand: input.isBand.slice(),
        source: input.source.slice(),
        target: input.target.slice(),
        settings,
      };
      target.postMessage(message, [message.isBand.buffer, message.source.buffer, message.target.buffer]);
      // Cancelling a run the worker is still computing: terminate it (it does not yield to read messages).
      stop = () => {
        detach();
        if (worker === target) dropWorker();
      };
      return task;
    },
    dispose() {
      disposed = true;
      current?.cancel();
      dropWorker();
    },
  };
}
