/**
 * Keyboard moves on the system map, as pure functions of the layout: an arrow key goes to the neighbour
 * (along an edge) that lies most nearly in its direction, and only when none does, to the nearest node in that
 * direction; Page Up and Page Down go to the nearest node of the level above or below. So every neighbour of a
 * node is one or more arrow presses away, and no node is out of reach (docs/quality.md A4).
 */
import type { GraphLayout } from "./layout/types.js";

/** An arrow's direction. */
export type MapDirection = "left" | "right" | "up" | "down";

const VECTORS: Readonly<Record<MapDirection, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** How far `to` is from `from` in a direction, or null when it is not that way (outside a 135° cone). */
function directedScore(layout: GraphLayout, from: number, to: number, direction: MapDirection): number | null {
  const [dx, dy] = VECTORS[direction];
  const x = layout.positions[2 * to]! - layout.positions[2 * from]!;
  const y = layout.positions[2 * to + 1]! - layout.positions[2 * from + 1]!;
  const distance = Math.hypot(x, y);
  if (distance === 0) return null;
  const along = (x * dx + y * dy) / distance;
  // cos 67.5° ≈ 0.383: anything more sideways than that is not "in the arrow's direction".
  if (along < 0.38) return null;
  const across = Math.abs(x * dy - y * dx) / distance;
  return distance * (1 + 2 * across);
}

/**
 * The node an arrow key leads to from node `from` (indices into the layout): the best-placed neighbour in the
 * direction, else the best-placed node of all in it, else `null`.
 *
 * @example
 * stepInDirection(layout, 3, "right", neighbours.get(3) ?? [], nodeCount)
 */
export function stepInDirection(
  layout: GraphLayout,
  from: number,
  direction: MapDirection,
  neighbours: readonly number[],
  nodeCount: number,
): number | null {
  const best = (candidates: Iterable<number>): number | null => {
    let found: number | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      if (candidate === from) continue;
      const score = directedScore(layout, from, candidate, direction);
      // Ties go to the lower index, so the same key from the same place always goes to the same node.
      if (score !== null && (score < bestScore || (score === bestScore && found !== null && candidate < found))) {
        bestScore = score;
        found = candidate;
      }
    }
    return found;
  };
  return best(neighbours) ?? best(indices(nodeCount));
}

function* indices(count: number): Generator<number> {
  for (let i = 0; i < count; i++) yield i;
}

/**
 * The node Page Up (`delta` −1) or Page Down (+1) leads to: in the nearest level above or below that has
 * nodes, the one closest in x.
 */
export function stepLevel(layout: GraphLayout, levels: readonly number[], from: number, delta: -1 | 1): number | null {
  const level = levels[from]!;
  let targetLevel: number | null = null;
  for (let i = 0; i < levels.length; i++) {
    const candidate = levels[i]!;
    if (
      delta === 1
        ? candidate > level && (targetLevel === null || candidate < targetLevel)
        : candidate < level && (targetLevel === null || candidate > targetLevel)
    )
      targetLevel = candidate;
  }
  if (targetLevel === null) return null;
  const x = layout.positions[2 * from]!;
  let found: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] !== targetLevel) continue;
    const distance = Math.abs(layout.positions[2 * i]! - x);
    if (distance < bestDistance) {
      bestDistance = distance;
      found = i;
    }
  }
  return found;
}
