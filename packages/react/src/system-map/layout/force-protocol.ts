/**
 * The messages between the page and the force-layout worker. Plain data and typed arrays only, so they pass
 * by structured clone, and the big arrays by transfer (no copy).
 * @internal
 */
import type { ForceSettings } from "./force.js";
import type { LayeredLayoutOptions } from "./layered.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** Page → worker: lay this graph out. A new `run` replaces nothing: the page terminates a busy worker instead. */
export interface ForceRunMessage {
  readonly type: "run";
  readonly runId: number;
  readonly nodeCount: number;
  readonly isBand: Uint8Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly settings: ForceSettings;
}

/** Worker → page: ticks done, as a fraction (every `progressEvery` ticks). */
export interface ForceProgressMessage {
  readonly type: "progress";
  readonly runId: number;
  readonly progress: number;
}

/** Worker → page: the final positions, transferred. */
export interface ForceDoneMessage {
  readonly type: "done";
  readonly runId: number;
  readonly positions: Float64Array;
}

/** Worker → page: the run threw; the page runs it again on the main thread. */
export interface ForceErrorMessage {
  readonly type: "error";
  readonly runId: number;
  readonly message: string;
}

/** Page → worker: the layered layout of this graph (the map's structured layout of a large graph). */
export interface LayeredRunMessage {
  readonly type: "layered";
  readonly runId: number;
  readonly graph: LayoutGraph;
  readonly options: LayeredLayoutOptions;
}

/** Worker → page: the layered layout, its positions transferred (the page rebuilds `indexById` from the graph). */
export interface LayeredDoneMessage {
  readonly type: "layered-done";
  readonly runId: number;
  readonly positions: Float64Array;
  readonly bounds: GraphLayout["bounds"];
  readonly bands: GraphLayout["bands"];
}

/** What the page posts. */
export type LayoutWorkerRequest = ForceRunMessage | LayeredRunMessage;

/** What the worker posts. */
export type ForceWorkerMessage = ForceProgressMessage | ForceDoneMessage | ForceErrorMessage | LayeredDoneMessage;
