/**
 * Orderings and id checks every module shares. Answers never depend on the order of a document's
 * collections, so lists are sorted — by code unit, which is the same on every machine and in every locale.
 */

/**
 * Compare two strings by UTF-16 code unit: `-1`, `0` or `1`. Use it for ids and other keys; for names a
 * person reads, sort by a locale-aware key instead.
 *
 * @example
 * ["f-b", "f-a", "F-c"].sort(compareStrings) // ["F-c", "f-a", "f-b"]
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compare two numbers ascending, for `sort` (NaN-free input).
 *
 * @example
 * [3, 1, 2].sort(compareNumbers) // [1, 2, 3]
 */
export function compareNumbers(a: number, b: number): number {
  return a - b;
}

/**
 * Compare two records by their `id`, by code unit.
 *
 * @example
 * [{ id: "b" }, { id: "a" }].sort(byId) // [{ id: "a" }, { id: "b" }]
 */
export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}
