/**
 * The layouts' Web Worker (a module worker): the force layout, and the layered layout of a large map. The page starts it with
 * `new Worker(new URL("./force-worker.js", import.meta.url), { type: "module" })`: a script of the page's own
 * origin, allowed under `script-src 'self'` (no blob: URL). It runs one layout at a time, all at once (the
 * page cancels by terminating it), posting progress and, at the end, the positions as a transferred
 * `Float64Array`.
 * @internal
 * @module
 */
import { createForceStepper } from "./force.js";
import type { ForceWorkerMessage, LayoutWorkerRequest } from "./force-protocol.js";
import { layoutLayered } from "./layered.js";

/** The worker's global scope, typed by what it uses (the DOM library types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutWorkerRequest>) => void) | null;
  postMessage(message: ForceWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  const { runId } = request;
  if (request.type === "layered") {
    try {
      const { positions, bounds, bands } = layoutLayered(request.graph, request.options);
      scope.postMessage({ type: "layered-done", runId, positions, bounds, bands }, [positions.buffer]);
    } catch (error) {
      scope.postMessage({ type: "error", runId, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const { nodeCount, isBand, source, target, settings } = request;
  try {
    const stepper = createForceStepper({ nodeCount, isBand, source, target }, settings, (progress) => {
      if (progress < 1) scope.postMessage({ type: "progress", runId, progress });
    });
    stepper.advance(() => false);
    const positions = stepper.positions();
    scope.postMessage({ type: "done", runId, positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ type: "error", runId, message: error instanceof Error ? error.message : String(error) });
  }
};
