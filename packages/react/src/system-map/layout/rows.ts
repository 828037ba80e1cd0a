/**
 * The rows of one band of the layered layout, and where each node stands along its row, from the nodes' widths
 * alone. Kept apart from the layout so the auto fold (fit-folds.ts) can size a band exactly as the layout will,
 * in linear time, without laying anything out: the same rows, the same row widths.
 */

/** How a band's nodes stand in rows: computed by {@link bandRows}. */
export interface BandRows {
  /** Position in the band where each row starts, then the band's length: row r is `[start[r], start[r + 1])`. */
  readonly start: Int32Array;
  /** Per position: distance from its row's first centre to this node's centre. */
  readonly offset: Float64Array;
  /** Per row: distance from its first centre to its last. */
  readonly span: Float64Array;
}

/** How wide and how long a row may be, and how far apart its nodes stand. */
export interface RowRules {
  /** Per position in the band: the node's width, or `null` for the uniform spacing of nodes with no width. */
  readonly widths: ArrayLike<number> | null;
  /** Distance between two centres when nodes have no width. */
  readonly spacing: number;
  /** Clear room between two nodes' boxes when they have widths. */
  readonly gap: number;
  readonly maxRowNodes: number;
  /** Widest a row may be, box edge to box edge; `Infinity` for no limit. */
  readonly maxRowWidth: number;
}

/** Least distance between the centres of the nodes at positions `a` and `a + 1`. */
function step(rules: RowRules, a: number): number {
  return rules.widths === null ? rules.spacing : (rules.widths[a]! + rules.widths[a + 1]!) / 2 + rules.gap;
}

/** The width of a node's box (for nodes with no width, the spacing less nothing: centres are what count). */
function boxWidth(rules: RowRules, a: number): number {
  return rules.widths === null ? 0 : rules.widths[a]!;
}

/** Row starts for `rows` rows of a band of `length`, in equal counts (the layout's behaviour with no widths). */
function byCount(length: number, rows: number): number[] {
  const perRow = Math.ceil(length / rows);
  const starts: number[] = [];
  for (let start = 0; start < length; start += perRow) starts.push(start);
  return starts;
}

/** Row starts for about `rows` rows balanced by width: each node goes to the row its centre falls in. */
function byWidth(rules: RowRules, length: number, rows: number): number[] {
  // Nodes with no width each take one spacing of the row.
  const unit = (a: number) => (rules.widths === null ? rules.spacing : rules.widths[a]!);
  const gap = rules.widths === null ? 0 : rules.gap;
  let total = (length - 1) * gap;
  for (let a = 0; a < length; a++) total += unit(a);
  const share = total / rows;
  const starts: number[] = [];
  let edge = 0;
  let last = -1;
  for (let a = 0; a < length; a++) {
    const row = Math.min(rows - 1, Math.floor((edge + unit(a) / 2) / share));
    if (row !== last) starts.push(a);
    last = row;
    edge += unit(a) + gap;
  }
  return starts;
}

/** Row starts filling each row while it keeps within `maxRowWidth` and `maxRowNodes`. */
function byFilling(rules: RowRules, length: number): number[] {
  const starts = [0];
  let from = 0;
  let width = boxWidth(rules, 0);
  for (let a = 1; a < length; a++) {
    const wider = width - boxWidth(rules, a - 1) / 2 + step(rules, a - 1) + boxWidth(rules, a) / 2;
    if (a - from >= rules.maxRowNodes || wider > rules.maxRowWidth) {
      starts.push(a);
      from = a;
      width = boxWidth(rules, a);
    } else width = wider;
  }
  return starts;
}

/** Whether every row of `starts` keeps within both limits (a row of one part always does). */
function fits(rules: RowRules, starts: readonly number[], length: number): boolean {
  return starts.every((from, r) => {
    const to = starts[r + 1] ?? length;
    return to - from === 1 || (to - from <= rules.maxRowNodes && rowWidth(rules, from, to) <= rules.maxRowWidth);
  });
}

/** Width of the row `[from, to)`, box edge to box edge (centre to centre for nodes with no width). */
function rowWidth(rules: RowRules, from: number, to: number): number {
  let width = boxWidth(rules, from) / 2 + boxWidth(rules, to - 1) / 2;
  for (let a = from; a + 1 < to; a++) width += step(rules, a);
  return width;
}

/**
 * The rows of a band of `length` nodes under `rules`. With no row width limit, `ceil(length / maxRowNodes)` rows
 * of equal counts (three rows of 34, 33 and 33, not 64, 36); with one, the fewest rows balanced by width in which
 * every row is within `maxRowWidth` and `maxRowNodes` (a node wider than the limit gets a row of its own).
 *
 * @example
 * bandRows(3, { widths: [80, 100, 60], spacing: 56, gap: 12, maxRowNodes: 64, maxRowWidth: Infinity }).offset
 * // [0, 102, 194]
 */
export function bandRows(length: number, rules: RowRules): BandRows {
  let starts: number[] = [];
  if (length > 0) {
    const countRows = Math.ceil(length / rules.maxRowNodes);
    if (!Number.isFinite(rules.maxRowWidth)) starts = byCount(length, countRows);
    else {
      // The fewest rows come from filling each row while it keeps within both limits; the same number of rows
      // balanced by width looks calmer, and is taken when it keeps within them too.
      const greedy = byFilling(rules, length);
      const balanced = byWidth(rules, length, greedy.length);
      starts = fits(rules, balanced, length) ? balanced : greedy;
    }
  }
  const start = Int32Array.from([...starts, length]);
  const offset = new Float64Array(length);
  const span = new Float64Array(starts.length);
  for (let r = 0; r < starts.length; r++) {
    const from = start[r]!;
    const to = start[r + 1]!;
    if (rules.widths === null) {
      // Exactly the layout's arithmetic before nodes had widths, so its coordinates stay bit for bit.
      for (let a = from; a < to; a++) offset[a] = (a - from) * rules.spacing;
      span[r] = (to - from - 1) * rules.spacing;
    } else {
      for (let a = from + 1; a < to; a++) offset[a] = offset[a - 1]! + step(rules, a - 1);
      span[r] = offset[to - 1]!;
    }
  }
  return { start, offset, span };
}
