/**
 * Bench page entry: the kit's `SystemMap`, imported the way a host imports it (the package root and its
 * stylesheet), drawing the graph of the JSON with the positions computed in Node ("ours"), or laying it out
 * itself as a host that passes no `layout` gets it ("ours-self"). The page also times the layouts themselves:
 * `layoutLayered` on the main thread, and the force layout through `createForceLayoutWorker`, with the long
 * tasks of the page's main thread while each runs.
 */
import "@systemledning/react/styles.css";
import {
  createForceLayoutWorker,
  layoutLayered,
  runLayeredLayout,
  SystemMap,
  toLayoutGraph,
  type GraphLayout,
} from "@systemledning/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { mapLayeredOptions } from "./layout-options.js";
import { nextFrame, nextTask, observeLongTasks, registerMapPage, type MapCandidate, type MountedMap } from "./page.js";
import { HOST_WIDTH, type OursMapData, type PageLayoutTiming } from "./protocol.js";

interface Prepared {
  readonly json: OursMapData;
  readonly layout: GraphLayout;
}

const TRANSFORM = /translate\(([-\d.e]+),([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/;
const CSS_TRANSFORM = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/;
const TRANSLATE = /translate\(([-\d.e]+),([-\d.e]+)\)/;

function candidate(name: string, givenLayout: boolean): MapCandidate<Prepared> {
  return {
    name,
    mount(host, data) {
      const root = createRoot(host);
      // flushSync: the first pass renders and commits now (with the layout effect that measures the frame and
      // re-renders at its real width), not in a scheduler task.
      flushSync(() =>
        // folding="none": every part drawn, the same nodes at the same points as xyflow draws (the kit's own auto
        // fold draws far fewer at fit; the map-legibility suite measures the folded map).
        root.render(
          <SystemMap
            graph={data.json.graph}
            layout={givenLayout ? data.layout : undefined}
            folding="none"
            locale="sv"
          />,
        ),
      );
      const svg = () => host.querySelector<SVGSVGElement>("svg.sl-map-svg");
      const map: MountedMap = {
        ready: () => host.querySelectorAll("svg.sl-map-svg g.sl-map-node").length === data.json.size,
        panSurface: () => svg()!,
        transform() {
          // At rest the group's attribute; during a gesture the stage's CSS transform (px) moves that picture.
          const match = TRANSFORM.exec(svg()?.querySelector(":scope > g")?.getAttribute("transform") ?? "");
          const drawn =
            match === null ? { x: 0, y: 0, k: 1 } : { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
          const moved = CSS_TRANSFORM.exec(svg()?.parentElement?.style.transform ?? "");
          if (moved === null) return drawn;
          const [dx, dy, ratio] = [Number(moved[1]), Number(moved[2]), Number(moved[3])];
          return { x: dx + ratio * drawn.x, y: dy + ratio * drawn.y, k: ratio * drawn.k };
        },
        labelsShown: () => svg()?.classList.contains("sl-map-lod-labels") === false,
        count() {
          // One path per edge kind: count the segments (a move and a line per edge).
          let edges = 0;
          for (const path of host.querySelectorAll("svg.sl-map-svg path.sl-map-edge"))
            edges += (path.getAttribute("d") ?? "").split("M").length - 1;
          return { nodes: host.querySelectorAll("svg.sl-map-svg g.sl-map-node").length, edges };
        },
        mismatches() {
          const { graph, layout } = data.json;
          const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
          let wrong = 0;
          // Nodes carry no id in the DOM: their order is the graph's (level nodes skipped).
          const drawn = graph.nodes.filter((node) => node.kind !== "level");
          host.querySelectorAll("svg.sl-map-svg g.sl-map-node").forEach((element, k) => {
            const i = index.get(drawn[k]?.id ?? "") ?? -1;
            const match = TRANSLATE.exec(element.getAttribute("transform") ?? "");
            if (
              i < 0 ||
              match === null ||
              Math.abs(Number(match[1]) - layout.positions[2 * i]!) > 1 ||
              Math.abs(Number(match[2]) - layout.positions[2 * i + 1]!) > 1
            )
              wrong++;
          });
          return wrong;
        },
        unmount: () => root.unmount(),
      };
      return map;
    },
  };
}

/** The layouts in the page: `layoutLayered` as the map calls it, and the force layout's worker. */
async function timeLayouts(data: Prepared, layeredRuns: number, forceRuns: number): Promise<PageLayoutTiming> {
  // toLayoutGraph caches per graph object: built once here, as the map builds it once per graph.
  const graph = toLayoutGraph(data.json.graph);
  const options = mapLayeredOptions(graph.nodes.length);
  const layeredMs: number[] = [];
  const layeredTasks = observeLongTasks();
  for (let i = 0; i < layeredRuns; i++) {
    // Each run a task of its own, started in a frame as a render would be.
    await nextFrame();
    const started = performance.now();
    layoutLayered(graph, options);
    layeredMs.push(performance.now() - started);
    await nextTask();
  }
  const layeredLongTasks = await layeredTasks.stop();

  const runner = createForceLayoutWorker();
  const forceMode = runner.mode;
  let force: OffMainThreadTiming;
  try {
    force = await timeOffMainThread(forceRuns, async () => {
      if ((await runner.run(graph).result) === null) throw new Error("the force layout was cancelled");
    });
  } finally {
    runner.dispose();
  }
  let layeredWorkerMode = "";
  const layeredWorker = await timeOffMainThread(forceRuns + 1, async () => {
    const task = runLayeredLayout(graph, options);
    layeredWorkerMode = task.mode;
    if ((await task.result) === null) throw new Error("the layered layout was cancelled");
  });
  return {
    layeredMs,
    layeredLongTasks,
    forceMs: force.ms,
    forceMode,
    forceLongTasks: force.longTasks,
    forceLongestFrameMs: force.longestFrameMs,
    layeredWorkerMs: layeredWorker.ms,
    layeredWorkerMode,
    layeredWorkerLongTasks: layeredWorker.longTasks,
    layeredWorkerLongestFrameMs: layeredWorker.longestFrameMs,
  };
}

interface OffMainThreadTiming {
  readonly ms: number[];
  readonly longTasks: PageLayoutTiming["forceLongTasks"];
  readonly longestFrameMs: number;
}

/** Time `runs` runs of a layout off the main thread (run → result), with the page's long tasks and frame gaps meanwhile. */
async function timeOffMainThread(runs: number, run: () => Promise<void>): Promise<OffMainThreadTiming> {
  const ms: number[] = [];
  const tasks = observeLongTasks();
  let longestFrameMs = 0;
  for (let i = 0; i < runs; i++) {
    await nextFrame();
    let done = false;
    // Frames keep coming while the worker computes: the longest gap between two says whether the page drew.
    const frames = (async () => {
      let last = await nextFrame();
      while (!done) {
        const at = await nextFrame();
        longestFrameMs = Math.max(longestFrameMs, at - last);
        last = at;
      }
    })();
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
    done = true;
    await frames;
  }
  return { ms, longTasks: await tasks.stop(), longestFrameMs };
}

registerMapPage<OursMapData, Prepared>({
  dataName: "ours",
  prepare(json) {
    const layout: GraphLayout = {
      positions: Float64Array.from(json.layout.positions),
      indexById: new Map(json.graph.nodes.map((node, index) => [node.id, index])),
      bounds: json.layout.bounds,
      bands: json.layout.bands,
    };
    return { json, layout };
  },
  hostStyle: () => ({ width: HOST_WIDTH }),
  candidates: [candidate("ours", true), candidate("ours-self", false)],
  layout: timeLayouts,
});
