/**
 * A structural diff of two JSON values, made for telling whether two changes of one workspace touched the
 * same thing. Array items are matched by their `id` (or, for attendance, their `membershipId`), so a path
 * names a record, not a position that shifts when someone else adds one: `meetings[id=m-1].notes.status`.
 * Unchanged subtrees are skipped by identity first, so diffing a command's result against its input costs
 * about the size of what changed (commands copy only the path they change).
 */

/** A step of a diff path: an object key, an array item by its key field, or an array position. */
export type DiffSegment = string | { readonly key: string; readonly value: string };

/** One difference: where, as text and as segments, and the values before and after (`undefined`: absent). */
export interface JsonChange {
  readonly path: string;
  readonly segments: readonly DiffSegment[];
  readonly before: unknown;
  readonly after: unknown;
}

/** The fields array items are matched by, in order of preference. */
const ITEM_KEYS = ["id", "membershipId"] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The field every item of both arrays carries as a unique string, or undefined. */
function itemKeyOf(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  return ITEM_KEYS.find((key) => {
    for (const list of [a, b]) {
      const seen = new Set<string>();
      for (const item of list) {
        const value = isObject(item) ? item[key] : undefined;
        if (typeof value !== "string" || seen.has(value)) return false;
        seen.add(value);
      }
    }
    return true;
  });
}

/** Format diff segments as `meetings[id=m-1].notes.status`. */
export function formatDiffPath(segments: readonly DiffSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "string") out += out === "" ? segment : `.${segment}`;
    else out += `[${segment.key}=${segment.value}]`;
  }
  return out;
}

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key] !== undefined).length) return false;
  return keys.every((key) => jsonEqual(a[key], b[key]));
}

/**
 * Every place where `after` differs from `before`: a changed value, an added or removed key or keyed array
 * item, an array whose keyed items changed order (reported at the array), or an array without keys that
 * changed at all (reported at the array).
 *
 * @example
 * diffJson(ws, next).map((c) => c.path) // ["meetings[id=m-1].notes.status", "decisionLog[id=log-4]"]
 */
export function diffJson(before: unknown, after: unknown): JsonChange[] {
  const changes: JsonChange[] = [];
  const walk = (a: unknown, b: unknown, segments: DiffSegment[]): void => {
    if (Object.is(a, b)) return;
    const change = (): void =>
      void changes.push({ path: formatDiffPath(segments), segments: [...segments], before: a, after: b });
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = itemKeyOf(a, b);
      if (key === undefined) {
        if (!jsonEqual(a, b)) change();
        return;
      }
      const keyed = (list: readonly unknown[]) =>
        new Map(list.map((item) => [(item as Record<string, string>)[key]!, item] as const));
      const left = keyed(a);
      const right = keyed(b);
      const common = [...left.keys()].filter((id) => right.has(id));
      const order = [...right.keys()].filter((id) => left.has(id));
      if (common.some((id, i) => order[i] !== id)) change();
      for (const [id, item] of left) walk(item, right.get(id), [...segments, { key, value: id }]);
      for (const [id, item] of right) if (!left.has(id)) walk(undefined, item, [...segments, { key, value: id }]);
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const name of Object.keys(a)) walk(a[name], b[name], [...segments, name]);
      for (const name of Object.keys(b)) if (!(name in a)) walk(undefined, b[name], [...segments, name]);
      return;
    }
    if (!jsonEqual(a, b)) change();
  };
  walk(before, after, []);
  return changes;
}

/** True when one path is the other or lies inside it (`a.b` and `a.b.c`, `m[id=1]` and `m[id=1].x`). */
export function pathsOverlap(a: readonly DiffSegment[], b: readonly DiffSegment[]): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((segment, i) => {
    const other = longer[i]!;
    if (typeof segment === "string" || typeof other === "string") return segment === other;
    return segment.key === other.key && segment.value === other.value;
  });
}

/** The value at `segments` inside `value`, or undefined when it is not there. */
export function valueAtPath(value: unknown, segments: readonly DiffSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === "string") current = isObject(current) ? current[segment] : undefined;
    else
      current = Array.isArray(current)
        ? current.find((item) => isObject(item) && item[segment.key] === segment.value)
        : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
