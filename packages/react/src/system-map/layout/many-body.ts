/**
 * The many-body (repulsion) force of the force layout, as d3-force's `forceManyBody` computes it (Barnes–Hut
 * over a quadtree, the same `theta`, `distanceMin` and jiggle for coincident nodes), but in two steps that can
 * be taken apart: build the tree over the current positions, then sum the force on nodes `from`..`to`.
 *
 * Why not d3's own: `forceManyBody` is one call per tick over every node, and at 5,000 nodes that one call
 * takes 20–80 ms on the two-core machines measured here. On the main thread (no Worker) the layout must run
 * in slices of at most 8 ms, so a tick has to be divisible; this force is the part of a tick that is not.
 * Everything else (the simulation, cooling, links, centring, velocity) stays d3-force's.
 *
 * The forces are summed without `alpha`; the simulation's tick multiplies them by the alpha of that tick.
 * Typed arrays throughout: no allocation per tick once the tree has grown to size.
 * @internal
 */

/** Deeper than this, points share a leaf: float positions closer than 2^-40 of the map are one point. */
const MAX_DEPTH = 40;

/** Options of the many-body force (d3's names and defaults, but one strength for every node). */
export interface ManyBodySettings {
  /** Negative repels (d3's default −30). */
  readonly strength: number;
  /** Barnes–Hut accuracy: a cell of width w at distance l counts as one body when w / l < theta. */
  readonly theta: number;
  /** Below this distance the force stops growing (d3's default 1). */
  readonly distanceMin: number;
}

/** The many-body force with its quadtree, reused tick after tick. @internal */
export interface ManyBody {
  /** Force sums by node, without alpha, for the nodes applied since the last {@link ManyBody.prepare}. */
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  /** Build the quadtree over the current positions and clear the sums. */
  prepare(x: ArrayLike<number>, y: ArrayLike<number>): void;
  /** Sum the force on nodes `from` (inclusive) to `to` (exclusive). */
  apply(from: number, to: number): void;
}

/**
 * A many-body force over `count` points. `random` is only used to separate coincident points (d3's jiggle),
 * so the same random source gives the same sums.
 * @internal
 */
export function createManyBody(count: number, settings: ManyBodySettings, random: () => number): ManyBody {
  const px = new Float64Array(count);
  const py = new Float64Array(count);
  const next = new Int32Array(count);
  const fx = new Float64Array(count);
  const fy = new Float64Array(count);
  const theta2 = settings.theta * settings.theta;
  const distanceMin2 = settings.distanceMin * settings.distanceMin;
  const strength = settings.strength;
  // Cells: 4 children each (−1: none), a leaf flag, the first point of a leaf's chain, box, mass and centre.
  let capacity = Math.max(16, 2 * count);
  let child = new Int32Array(4 * capacity);
  let isLeaf = new Uint8Array(capacity);
  let first = new Int32Array(capacity);
  let x0 = new Float64Array(capacity);
  let y0 = new Float64Array(capacity);
  let size = new Float64Array(capacity);
  let mass = new Float64Array(capacity);
  let cx = new Float64Array(capacity);
  let cy = new Float64Array(capacity);
  let cells = 0;
  const stack = new Int32Array(4 * (MAX_DEPTH + 2));

  const grow = () => {
    capacity *= 2;
    const widen = <T extends Int32Array | Uint8Array | Float64Array>(
      old: T,
      make: (length: number) => T,
      per = 1,
    ): T => {
      const wider = make(per * capacity);
      wider.set(old);
      return wider;
    };
    child = widen(child, (n) => new Int32Array(n), 4);
    isLeaf = widen(isLeaf, (n) => new Uint8Array(n));
    first = widen(first, (n) => new Int32Array(n));
    x0 = widen(x0, (n) => new Float64Array(n));
    y0 = widen(y0, (n) => new Float64Array(n));
    size = widen(size, (n) => new Float64Array(n));
    mass = widen(mass, (n) => new Float64Array(n));
    cx = widen(cx, (n) => new Float64Array(n));
    cy = widen(cy, (n) => new Float64Array(n));
  };

  const newLeaf = (left: number, top: number, width: number, point: number): number => {
    if (cells === capacity) grow();
    const cell = cells++;
    child.fill(-1, 4 * cell, 4 * cell + 4);
    isLeaf[cell] = 1;
    first[cell] = point;
    x0[cell] = left;
    y0[cell] = top;
    size[cell] = width;
    return cell;
  };

  const insert = (point: number) => {
    const x = px[point]!;
    const y = py[point]!;
    let cell = 0;
    let depth = 0;
    for (;;) {
      if (isLeaf[cell] === 1) {
        const head = first[cell]!;
        if (head === -1) {
          first[cell] = point;
          next[point] = -1;
          return;
        }
        if ((px[head] === x && py[head] === y) || depth >= MAX_DEPTH) {
          next[point] = next[head]!;
          next[head] = point;
          return;
        }
        // Split: the leaf's chain (coincident points) moves down into the quadrant of its position.
        isLeaf[cell] = 0;
        first[cell] = -1;
        const half = size[cell]! / 2;
        const right = px[head]! >= x0[cell]! + half ? 1 : 0;
        const bottom = py[head]! >= y0[cell]! + half ? 1 : 0;
        const moved = newLeaf(x0[cell]! + right * half, y0[cell]! + bottom * half, half, head);
        child[4 * cell + ((bottom << 1) | right)] = moved;
      }
      const half = size[cell]! / 2;
      const right = x >= x0[cell]! + half ? 1 : 0;
      const bottom = y >= y0[cell]! + half ? 1 : 0;
      const slot = 4 * cell + ((bottom << 1) | right);
      if (child[slot] === -1) {
        const leaf = newLeaf(x0[cell]! + right * half, y0[cell]! + bottom * half, half, point);
        child[slot] = leaf;
        next[point] = -1;
        return;
      }
      cell = child[slot]!;
      depth++;
    }
  };

  const jiggle = () => (random() - 0.5) * 1e-6;

  return {
    fx,
    fy,
    prepare(x, y) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < count; i++) {
        px[i] = x[i]!;
        py[i] = y[i]!;
        if (px[i]! < minX) minX = px[i]!;
        if (px[i]! > maxX) maxX = px[i]!;
        if (py[i]! < minY) minY = py[i]!;
        if (py[i]! > maxY) maxY = py[i]!;
      }
      fx.fill(0);
      fy.fill(0);
      cells = 0;
      if (count === 0) return;
      // The root box as d3-quadtree's `cover` makes it: an integer corner and a power-of-two side, so every
      // halving is exact and the tree, hence the Barnes–Hut approximation, is d3's own.
      let left = Math.floor(minX);
      let top = Math.floor(minY);
      let side = 1;
      if (Number.isFinite(left) && Number.isFinite(top) && Number.isFinite(maxX) && Number.isFinite(maxY)) {
        while (!(maxX < left + side && maxY < top + side)) side *= 2;
      } else {
        left = 0;
        top = 0;
      }
      newLeaf(left, top, side, -1);
      for (let i = 0; i < count; i++) insert(i);
      // Mass and centre of mass bottom-up: a child is always created after its parent, so reverse creation
      // order visits every child before its parent.
      for (let cell = cells - 1; cell >= 0; cell--) {
        let m = 0;
        let sx = 0;
        let sy = 0;
        if (isLeaf[cell] === 1) {
          for (let p = first[cell]!; p !== -1; p = next[p]!) {
            m++;
            sx += px[p]!;
            sy += py[p]!;
          }
        } else {
          for (let q = 0; q < 4; q++) {
            const c = child[4 * cell + q]!;
            if (c === -1) continue;
            m += mass[c]!;
            sx += mass[c]! * cx[c]!;
            sy += mass[c]! * cy[c]!;
          }
        }
        mass[cell] = m;
        cx[cell] = m > 0 ? sx / m : 0;
        cy[cell] = m > 0 ? sy / m : 0;
      }
    },
    apply(from, to) {
      if (cells === 0) return;
      for (let i = from; i < to; i++) {
        const xi = px[i]!;
        const yi = py[i]!;
        let sumX = 0;
        let sumY = 0;
        let top = 0;
        stack[top++] = 0;
        while (top > 0) {
          const cell = stack[--top]!;
          const m = mass[cell]!;
          if (m === 0) continue;
          let dx = cx[cell]! - xi;
          let dy = cy[cell]! - yi;
          let l = dx * dx + dy * dy;
          const w = size[cell]!;
          if ((w * w) / theta2 < l) {
            // Far enough: the whole cell as one body at its centre of mass (d3's criterion).
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            sumX += (dx * strength * m) / l;
            sumY += (dy * strength * m) / l;
            continue;
          }
          if (isLeaf[cell] === 0) {
            // Children pushed last-first, so they are visited in quadrant order: a fixed summation order.
            for (let q = 3; q >= 0; q--) if (child[4 * cell + q] !== -1) stack[top++] = child[4 * cell + q]!;
            continue;
          }
          for (let p = first[cell]!; p !== -1; p = next[p]!) {
            if (p === i) continue;
            dx = px[p]! - xi;
            dy = py[p]! - yi;
            // Coincident points: a tiny seeded nudge apart, as d3 does, instead of dividing by zero.
            if (dx === 0) dx = jiggle();
            if (dy === 0) dy = jiggle();
            l = dx * dx + dy * dy;
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            sumX += (dx * strength) / l;
            sumY += (dy * strength) / l;
          }
        }
        fx[i] = sumX;
        fy[i] = sumY;
      }
    },
  };
}
