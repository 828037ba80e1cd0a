/**
 * The force layout as a React hook: runs in a Web Worker (or in main-thread slices where there is none),
 * reports progress, and hands over the finished layout once. The layout is not animated: it is computed first
 * and drawn static (docs/quality.md A10), so reduced motion needs no special case.
 */
import { useEffect, useState } from "react";
import type { ForceLayoutOptions } from "./force.js";
import { createForceLayoutWorker } from "./force-runner.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** Options of {@link useForceLayout}: those of the layout, progress aside (the hook returns it). */
export type UseForceLayoutOptions = Omit<ForceLayoutOptions, "onProgress">;

/** What {@link useForceLayout} returns. */
export interface ForceLayoutState {
  /** The finished layout of the current graph and options; `null` while it runs and when there is no graph. */
  readonly layout: GraphLayout | null;
  /** Fraction of the run done, 0 to 1. */
  readonly progress: number;
  /** `"idle"` without a graph, `"running"` until the layout is there, then `"done"`. */
  readonly status: "idle" | "running" | "done";
}

interface RunState {
  readonly graph: LayoutGraph;
  readonly key: string;
  readonly layout: GraphLayout | null;
  readonly progress: number;
}

const IDLE: ForceLayoutState = { layout: null, progress: 0, status: "idle" };
const STARTING: ForceLayoutState = { layout: null, progress: 0, status: "running" };

/**
 * Run the seeded force layout of `graph` off the main thread and return its progress and result.
 *
 * A new graph (by identity: memoise it, or pass `toLayoutGraph(systemGraph)`, which is cached) or new options
 * cancel the run still going, terminating its worker, and start another; so does unmounting. The same graph
 * and options give the same layout every time (docs/quality.md R4). `null` for the graph runs nothing.
 *
 * @example
 * const { layout, progress, status } = useForceLayout(toLayoutGraph(systemGraph), { seed: 7 });
 * if (layout === null) return <p>{`Beräknar kartan … ${Math.round(progress * 100)} %`}</p>;
 */
export function useForceLayout(graph: LayoutGraph | null, options: UseForceLayoutOptions = {}): ForceLayoutState {
  const { seed, iterations, progressEvery, linkDistance, chargeStrength, theta, gravity } = options;
  const key = JSON.stringify([seed, iterations, progressEvery, linkDistance, chargeStrength, theta, gravity]);
  const [state, setState] = useState<RunState | null>(null);

  useEffect(() => {
    if (graph === null) return;
    const runner = createForceLayoutWorker();
    const task = runner.run(graph, {
      seed,
      iterations,
      progressEvery,
      linkDistance,
      chargeStrength,
      theta,
      gravity,
      onProgress: (progress) => setState({ graph, key, layout: null, progress }),
    });
    void task.result.then((layout) => {
      if (layout !== null) setState({ graph, key, layout, progress: 1 });
    });
    return () => runner.dispose();
  }, [graph, key, seed, iterations, progressEvery, linkDistance, chargeStrength, theta, gravity]);

  if (graph === null) return IDLE;
  // State of an earlier graph or options is never shown: the new run has not reported yet.
  if (state === null || state.graph !== graph || state.key !== key) return STARTING;
  return { layout: state.layout, progress: state.progress, status: state.layout === null ? "running" : "done" };
}
