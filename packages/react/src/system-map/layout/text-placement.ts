/**
 * Where the map's small texts go (a bundle's count, the workshop's mark badges), as a cartographer places names:
 * each text has a few candidate boxes in order of preference, and takes the first that collides with nothing
 * already on the map (the parts' labels, the levels' names, the texts placed before it). A text with no free
 * candidate is left off rather than drawn over another: what it says is also in words elsewhere (a bundle's count
 * in its connection's accessible name, the table and the text equivalent; a mark in its part's name and the
 * workshop's panel).
 *
 * Pure, and cheap for a national map of thousands of parts: boxes are kept in a uniform grid, so a candidate is
 * tested only against the boxes of the cells it covers, not against every box placed (O(n) for n texts, not O(n²)).
 */

/** An axis-aligned box in map units: its top-left corner and its size. */
export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A text to place: its candidate boxes, the preferred first. */
export interface TextCandidates {
  readonly candidates: readonly TextBox[];
}

/** Options of {@link placeTexts}. */
export interface TextPlacementOptions {
  /** Side of a cell of the grid index, in map units: about the size of a typical box. @default 48 */
  readonly cellSize?: number | undefined;
}

/** Two boxes overlap when their interiors meet (touching edges do not count). */
export function boxesOverlap(a: TextBox, b: TextBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A uniform grid of boxes: each box listed in every cell it covers. A cell's key is a number (cheaper than a
 * string); far out, two cells may share a key, which costs a few more tests but never a wrong answer, as every
 * box found is tested for overlap.
 */
class BoxGrid {
  private readonly cells = new Map<number, TextBox[]>();

  constructor(private readonly cellSize: number) {}

  private keys(box: TextBox): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(box.x / this.cellSize);
    const x1 = Math.floor((box.x + box.width) / this.cellSize);
    const y0 = Math.floor(box.y / this.cellSize);
    const y1 = Math.floor((box.y + box.height) / this.cellSize);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) keys.push((cx & 0xffff) * 0x10000 + (cy & 0xffff));
    return keys;
  }

  add(box: TextBox): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    }
  }

  collides(box: TextBox): boolean {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell !== undefined && cell.some((other) => boxesOverlap(box, other))) return true;
    }
    return false;
  }
}

/** A box is usable when its corner and size are finite numbers and its size is not negative. */
function isUsable(box: TextBox): boolean {
  return Number.isFinite(box.x + box.y + box.width + box.height) && box.width >= 0 && box.height >= 0;
}

/**
 * For each text, in the order given, the index of the first of its candidates that overlaps neither an obstacle
 * nor a text placed before it, or null when every candidate does (the text is left off the map). Greedy, so the
 * texts given first win a contested place: give the more important first.
 *
 * @example
 * placeTexts([{ x: 0, y: 0, width: 10, height: 10 }], [{ candidates: [{ x: 5, y: 5, width: 4, height: 4 }, { x: 20, y: 0, width: 4, height: 4 }] }])
 * // [1]
 */
export function placeTexts(
  obstacles: readonly TextBox[],
  texts: readonly TextCandidates[],
  options: TextPlacementOptions = {},
): (number | null)[] {
  const grid = new BoxGrid(Math.max(1, options.cellSize ?? 48));
  for (const box of obstacles) if (isUsable(box)) grid.add(box);
  return texts.map(({ candidates }) => {
    const chosen = candidates.findIndex((box) => isUsable(box) && !grid.collides(box));
    if (chosen < 0) return null;
    grid.add(candidates[chosen]!);
    return chosen;
  });
}

/**
 * The fractions along a segment where a text on it may sit, the middle first, then outwards in pairs: 0.5, 0.4,
 * 0.6, 0.3, 0.7, 0.2, 0.8 (never nearer an end than 20 %, where the parts and their labels are).
 */
export const SEGMENT_FRACTIONS: readonly number[] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/** A box of `width` × `height` centred on (`cx`, `cy`). */
export function centredBox(cx: number, cy: number, width: number, height: number): TextBox {
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}
