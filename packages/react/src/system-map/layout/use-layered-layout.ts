/**
 * The layered layout of a large map as a React hook: computed off the main thread by {@link runLayeredLayout}
 * and handed over once. Used by `SystemMap` from {@link LAYERED_OFF_MAIN_THREAD_FROM} nodes; smaller maps lay
 * out in their render (a few milliseconds) and draw in the same frame.
 */
import { useEffect, useState } from "react";
import type { LayeredLayoutOptions } from "./layered.js";
import { runLayeredLayout } from "./layered-runner.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** From this many layout nodes the map's layered layout runs in the worker: below it, it takes under 15 ms. */
export const LAYERED_OFF_MAIN_THREAD_FROM = 1_500;

/**
 * The layered layout of `graph` computed off the main thread; `null` until it is there (and for a `null`
 * graph). A new graph or new options cancel the run still going; so does unmounting.
 *
 * @example
 * const layout = useLayeredLayout(toLayoutGraph(systemGraph), options);
 */
export function useLayeredLayout(graph: LayoutGraph | null, options: LayeredLayoutOptions): GraphLayout | null {
  const [state, setState] = useState<{
    readonly graph: LayoutGraph;
    readonly options: LayeredLayoutOptions;
    readonly layout: GraphLayout;
  } | null>(null);
  useEffect(() => {
    if (graph === null) return;
    const task = runLayeredLayout(graph, options);
    void task.result.then((layout) => {
      if (layout !== null) setState({ graph, options, layout });
    });
    return () => task.cancel();
  }, [graph, options]);
  // A layout of an earlier graph or options is never shown.
  return graph !== null && state !== null && state.graph === graph && state.options === options ? state.layout : null;
}
