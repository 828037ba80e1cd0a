/**
 * The layered layout's options as the system map uses them: room for a label beside each part, and bands that
 * wrap into rows so the map comes near the frame's shape.
 */
import type { LayeredLayoutOptions } from "./layered.js";

/**
 * `layoutLayered` options of the map for a layout graph of `layoutNodeCount` nodes (level nodes included).
 * Returns a new object: memoise it by the count.
 *
 * @example
 * layoutLayered(graph, mapLayeredOptions(graph.nodes.length))
 */
export function mapLayeredOptions(layoutNodeCount: number): LayeredLayoutOptions {
  const maxRowNodes = Math.max(8, Math.round(Math.sqrt(layoutNodeCount) * 1.4));
  return { nodeSpacing: 124, rowSpacing: 76, bandPadding: 44, maxRowNodes };
}
