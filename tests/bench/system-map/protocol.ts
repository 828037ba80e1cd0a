/**
 * What the Node side of the system-map bench and its pages in Chromium share: the data each page draws, the
 * timings a page reports, and the size of the drawing. Types and constants only, so both the suite (tsx in
 * Node) and the page bundles (esbuild) import it without pulling code across.
 */
import type { SystemGraph } from "@systemledning/core/system-map";

/** The host's width for our map: the figure lays its SVG out inside it (the suite reads the SVG's box). */
export const HOST_WIDTH = 1200;

/** A laid-out graph as JSON carries it: `GraphLayout` without its `Map` (the page rebuilds `indexById`). */
export interface LayoutJson {
  /** x, y per node of `graph.nodes`, in order (`GraphLayout.positions`). */
  readonly positions: readonly number[];
  readonly bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly bands: readonly { readonly level: number; readonly y: number; readonly height: number }[];
}

/** The data of our page at one size: the graph and its layered layout, computed once in Node. */
export interface OursMapData {
  /** Drawn nodes (the graph also holds one `level` node per band, drawn as the band). */
  readonly size: number;
  readonly graph: SystemGraph;
  readonly layout: LayoutJson;
}

/** One xyflow node: a default node at the same point (centred: the page sets `nodeOrigin` [0.5, 0.5]) with the label our map writes. */
export interface XyflowNodeData {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
  readonly data: { readonly label: string };
}

/** One xyflow edge: the same two ends, a straight line as ours draws it. */
export interface XyflowEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: "straight";
}

/** The data of the xyflow page at one size: the same nodes (bands left out) and edges. */
export interface XyflowMapData {
  readonly size: number;
  readonly nodes: readonly XyflowNodeData[];
  readonly edges: readonly XyflowEdgeData[];
  /** The drawing area, as our map's SVG is laid out on the same page (calibration). */
  readonly width: number;
  readonly height: number;
}

/** How long a mount took, in milliseconds measured in the page with `performance.now()`. */
export interface MountTiming {
  /** The synchronous call: `flushSync(() => root.render(…))`. */
  readonly sync: number;
  /** From the call until every node was in the DOM (and, for xyflow, measured and visible), checked after each frame. */
  readonly nodesAt: number;
  /**
   * From the call until the frame after the last change to the DOM had been painted (the first task after that
   * frame's rendering), once two frames in a row changed nothing. Every call starts inside an animation frame's
   * callback, so no wait for a first frame is counted.
   */
  readonly total: number;
  /**
   * From the call until the two quiet frames after `total` had begun: `total` plus two frame intervals, which
   * stretch when the compositor is still rasterising the last frame (the next frame waits for it).
   */
  readonly settled: number;
  /** Frames after the call's own frame in which the DOM still changed. */
  readonly extraFrames: number;
  /** Nodes and edges in the DOM when done (ours: `g.sl-map-node`, one path per edge kind; xyflow: `.react-flow__node`, `.react-flow__edge`). */
  readonly nodes: number;
  readonly edges: number;
  /** The zoom scale the map was fitted to (d3-zoom's k, xyflow's zoom). */
  readonly scale: number;
  /** Labels painted: ours leaves them out under 6 px on screen (`sl-map-lod-labels`), xyflow always draws them. */
  readonly labelsShown: boolean;
  /** Nodes drawn more than a unit away from their position in the data (read after the timing; 0 when both draw the same picture). */
  readonly mismatches: number;
}

/** One drag pan: a press, then one pointer move per animation frame (while the drag's time budget lasts, at least three), then the release. */
export interface PanTiming {
  /**
   * Per move: from dispatching the move (at the start of an animation frame's callback) until the first task after
   * that frame's rendering: the handler, any re-render, style, layout, paint and commit on the main thread.
   */
  readonly moveToPainted: readonly number[];
  /** Per move after the first: the interval between the animation frames the moves ran in (what a reader sees: 16.7 ms at 60 fps). */
  readonly frameIntervals: readonly number[];
  /** How far the map's transform had moved when the pointer was farthest from where the timed moves began, and how far the pointer was (a check that the drag panned). */
  readonly pannedPx: number;
  readonly expectedPx: number;
}

/** Long tasks (over 50 ms) the page's main thread ran during a measurement. */
export interface LongTasks {
  readonly count: number;
  /** The longest, in ms (0 when there was none). */
  readonly longestMs: number;
}

/** Layout timings in the page at one size. */
export interface PageLayoutTiming {
  /** `layoutLayered` (with the map's own options) on the main thread, per timed run. */
  readonly layeredMs: readonly number[];
  readonly layeredLongTasks: LongTasks;
  /** The force layout through `createForceLayoutWorker`: run → result, wall time, per run. */
  readonly forceMs: readonly number[];
  /** Where the force layout ran: "worker", or "main-thread" when the worker could not start. */
  readonly forceMode: string;
  readonly forceLongTasks: LongTasks;
  /** The longest interval between animation frames while the force layout ran (the page kept drawing?). */
  readonly forceLongestFrameMs: number;
  /** `layoutLayered` through `runLayeredLayout`, as the map runs it for large maps: run → result, per run (a fresh worker each). */
  readonly layeredWorkerMs: readonly number[];
  readonly layeredWorkerMode: string;
  readonly layeredWorkerLongTasks: LongTasks;
  readonly layeredWorkerLongestFrameMs: number;
}

/** The API a bench page exposes as `window.__systemMapBench`. */
export interface SystemMapBenchPage {
  /** Names of the candidates this page's bundle registered. */
  readonly candidates: () => readonly string[];
  /** Fetch the data of the map of `size` nodes, the fixture's size with the level bands (untimed). */
  readonly load: (size: number) => Promise<void>;
  /** Mount candidate `name` into a fresh host, timed; it stays mounted for {@link SystemMapBenchPage.pan}. */
  readonly mount: (name: string) => Promise<MountTiming>;
  /** A drag pan of `frames` moves of `stepPx` (half right, half back left) on the mounted map; no further move starts after `budgetMs`. */
  readonly pan: (frames: number, stepPx: number, budgetMs: number) => Promise<PanTiming>;
  /** The drawing area of the mounted map (ours: its SVG's box), in CSS pixels. */
  readonly drawingBox: () => { readonly width: number; readonly height: number };
  /** Ours only: lay the loaded graph out in the page (layered, and the force layout's worker). */
  readonly layout: (layeredRuns: number, forceRuns: number) => Promise<PageLayoutTiming>;
  /** From navigation start until the page's module had run (fetch, parse, compile, evaluate its bundle). */
  readonly bundleReadyMs: () => number;
}

declare global {
  interface Window {
    __systemMapBench?: SystemMapBenchPage;
  }
}
