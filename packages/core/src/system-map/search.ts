/**
 * Finding a part of the system map by its name, as a reader types it: case and accents aside ("alvdalen" finds
 * Älvdalen), the start of the name before the start of a word before anywhere in it. The map's search box lists
 * the hits, opens the hit's group and brings it to focus.
 */
import type { SystemGraph, SystemNodeKind } from "./model.js";
import type { SystemGroups } from "./groups.js";
import { labelSortKey } from "./node-order.js";

/** One part of the map that matches a query. */
export interface SystemSearchHit {
  readonly nodeId: string;
  readonly label: string;
  readonly kind: SystemNodeKind;
  /** The group the part is folded into (from `options.groups`); `null` when none or no groups were given. */
  readonly groupId: string | null;
  /**
   * How well it matches, higher first: 4 when the label starts with the query, 3 when the short label does, 2 when
   * a word of either does, 1 when the query stands anywhere in one, ½ when every word of the query stands in one.
   */
  readonly score: number;
}

/** Options of {@link searchSystemGraph}. */
export interface SystemSearchOptions {
  /** The groups of the graph, to name each hit's group. */
  readonly groups?: SystemGroups;
  /** At most this many hits. @default 20 */
  readonly limit?: number;
}

/** A text as the search compares it: lower case, without accents or marks, spaces collapsed. */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

interface Searchable {
  readonly index: number;
  /** The label and the short label, normalised (the short one only when it differs). */
  readonly texts: readonly string[];
  readonly sortKey: string;
}

// The normalised labels of a graph, made once per graph: a reader types several letters into the same map.
const prepared = new WeakMap<SystemGraph, readonly Searchable[]>();

function searchables(graph: SystemGraph): readonly Searchable[] {
  let list = prepared.get(graph);
  if (list !== undefined) return list;
  const made: Searchable[] = [];
  graph.nodes.forEach((node, index) => {
    // Levels are bands, not parts one looks for.
    if (node.kind === "level") return;
    const label = normaliseSearchText(node.label);
    const short = normaliseSearchText(node.shortLabel);
    made.push({ index, texts: short === label ? [label] : [label, short], sortKey: labelSortKey(node.label) });
  });
  list = made;
  prepared.set(graph, list);
  return list;
}

/** Where `query` starts a word of `text` (after a letter or digit it does not). */
function startsAWord(text: string, query: string): boolean {
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  return false;
}

function scoreOf(texts: readonly string[], query: string, words: readonly string[]): number {
  let best = 0;
  texts.forEach((text, i) => {
    // The full name starting with the query beats the short name doing so: "mora" → Mora kommun first.
    if (text.startsWith(query)) best = Math.max(best, i === 0 ? 4 : 3);
    else if (startsAWord(text, query)) best = Math.max(best, 2);
    else if (text.includes(query)) best = Math.max(best, 1);
    else if (words.length > 1 && words.every((word) => text.includes(word))) best = Math.max(best, 0.5);
  });
  return best;
}

/**
 * The parts of `graph` whose name or short name matches `query`, best first: case- and accent-insensitive, a name
 * that starts with the query (the label before the short label) before one with a word that does, before one
 * that holds it anywhere (then one that holds every word of it); equal scores by label as a Swedish reader orders them, then id. Levels are not parts
 * and are not found. An empty or blank query finds nothing; no query throws. Pass the graph's `groups` to learn
 * which group each hit is folded into, so the map can open it.
 *
 * @example
 * searchSystemGraph(graph, "mora", { groups }).map((hit) => hit.label);
 * // ["Mora kommun", "Lokal systemledning Mora", "Svenska kyrkan i Mora", "Systemledning Mora", …]
 * searchSystemGraph(graph, "alvdalen")[0]?.label; // "Älvdalens kommun"
 */
export function searchSystemGraph(
  graph: SystemGraph,
  query: string,
  options: SystemSearchOptions = {},
): SystemSearchHit[] {
  const wanted = typeof query === "string" ? normaliseSearchText(query) : "";
  if (wanted === "") return [];
  const words = wanted.split(" ");
  const limit = options.limit ?? 20;
  const found: { readonly item: Searchable; readonly score: number }[] = [];
  for (const item of searchables(graph)) {
    const score = scoreOf(item.texts, wanted, words);
    if (score > 0) found.push({ item, score });
  }
  found.sort(
    (a, b) =>
      b.score - a.score ||
      (a.item.sortKey < b.item.sortKey ? -1 : a.item.sortKey > b.item.sortKey ? 1 : 0) ||
      a.item.index - b.item.index,
  );
  const groupOf = options.groups?.groupOf;
  return found.slice(0, Math.max(0, limit)).map(({ item, score }) => {
    const node = graph.nodes[item.index]!;
    return { nodeId: node.id, label: node.label, kind: node.kind, groupId: groupOf?.get(node.id) ?? null, score };
  });
}
