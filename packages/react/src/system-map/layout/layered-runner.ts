/**
 * The layered layout off the main thread, for large maps. `layoutLayered` is fast (about 35 ms at 5,000 nodes
 * once compiled) but one synchronous call; its first call on a page, while the engine still compiles it, takes
 * two to four times that, a long task (over 50 ms, docs/quality.md R1). Large maps therefore send it to the package's
 * layout worker (the force layout's, `force-worker.js`); where no worker can start it runs in a task of its own.
 * The positions are the same either way: the same function on the same data.
 */
import { startPackageWorker, markPackageWorkerFailed, packageWorkerUnavailable } from "./force-runner.js";
import type { ForceWorkerMessage, LayeredRunMessage } from "./force-protocol.js";
import { layoutLayered, type LayeredLayoutOptions } from "./layered.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** One run of the layered layout. */
export interface LayeredLayoutTask {
  /** The layout; `null` when cancelled. Never rejects: a worker that fails hands the run to the main thread. */
  readonly result: Promise<GraphLayout | null>;
  /** Where it runs. */
  readonly mode: "worker" | "main-thread";
  /** Stop the run (terminating its worker); `result` resolves to `null`. */
  cancel(): void;
}

/** Options of {@link runLayeredLayout}. */
export interface LayeredRunOptions {
  /** How to start a worker, or `null` for the main thread. @default the package's own `force-worker.js` */
  readonly createWorker?: (() => Worker) | null | undefined;
}

let runIds = 0;

/**
 * Lay `graph` out with {@link layoutLayered} in a Web Worker (a fresh one per run, terminated after it), or in
 * a task of its own on the main thread where no worker can start.
 *
 * @example
 * const task = runLayeredLayout(toLayoutGraph(systemGraph), { maxRowNodes: 90 });
 * const layout = await task.result;
 */
export function runLayeredLayout(
  graph: LayoutGraph,
  layoutOptions: LayeredLayoutOptions = {},
  options: LayeredRunOptions = {},
): LayeredLayoutTask {
  const ownWorker = options.createWorker === undefined;
  let worker: Worker | null = null;
  if (options.createWorker !== null && !(ownWorker && packageWorkerUnavailable())) {
    try {
      worker = ownWorker ? startPackageWorker() : options.createWorker!();
    } catch {
      if (ownWorker) markPackageWorkerFailed();
    }
  }
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resolve: (layout: GraphLayout | null) => void = () => undefined;
  const result = new Promise<GraphLayout | null>((done) => (resolve = done));
  const finish = (layout: GraphLayout | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    resolve(layout);
  };
  const runOnMainThread = () => {
    worker?.terminate();
    worker = null;
    timer = setTimeout(() => finish(layoutLayered(graph, layoutOptions)), 0);
  };
  const task: LayeredLayoutTask = {
    result,
    mode: worker === null ? "main-thread" : "worker",
    cancel: () => finish(null),
  };
  if (worker === null) {
    runOnMainThread();
    return task;
  }
  const runId = ++runIds;
  worker.addEventListener("message", (event: MessageEvent<ForceWorkerMessage>) => {
    const message = event.data;
    if (message.runId !== runId) return;
    if (message.type === "layered-done") {
      const indexById = new Map(graph.nodes.map((node, index) => [node.id, index]));
      finish({ positions: message.positions, indexById, bounds: message.bounds, bands: message.bands });
    } else if (message.type === "error") runOnMainThread();
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    if (ownWorker) markPackageWorkerFailed();
    runOnMainThread();
  });
  // The graph goes by structured clone: plain objects, a few milliseconds at 5,000 nodes.
  const message: LayeredRunMessage = {
    type: "layered",
    runId,
    graph: { nodes: graph.nodes, edges: graph.edges, levelCount: graph.levelCount },
    options: layoutOptions,
  };
  worker.postMessage(message);
  return task;
}
