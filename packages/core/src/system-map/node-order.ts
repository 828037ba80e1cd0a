/**
 * The stable order of a system graph's nodes: by level, kind, label as a Swedish reader expects it, then id,
 * whatever the order of the workspace's collections.
 */
import { compareIds } from "../common/ids.js";
import { SYSTEM_NODE_KINDS } from "./ids.js";
import type { SystemNode, SystemNodeKind } from "./model.js";

const KIND_RANK: Readonly<Record<SystemNodeKind, number>> = Object.fromEntries(
  SYSTEM_NODE_KINDS.map((kind, i) => [kind, i]),
) as Record<SystemNodeKind, number>;

/**
 * A label's sort key: compared by code unit it orders labels as a Swedish reader expects — case and accents
 * aside, å, ä and ö after z in that order, numbers by value ("Forum 2" before "Forum 10") — and the same on
 * every engine (no locale data involved). Ties go to the label itself, then the id.
 *
 * @example
 * ["Örebro", "Ale", "Forum 10", "Forum 2"].sort((a, b) => (labelSortKey(a) < labelSortKey(b) ? -1 : 1));
 * // ["Ale", "Forum 2", "Forum 10", "Örebro"]
 */
export function labelSortKey(label: string): string {
  let key = label.toLowerCase();
  // Most labels are plain letters: the Unicode work only when a letter beyond ASCII is there.
  if (/[^\p{ASCII}]/u.test(key)) {
    key = key
      .normalize("NFC")
      .replace(/[åäæöø]/gu, (letter) =>
        letter === "å" ? "\uFFF1" : letter === "ä" || letter === "æ" ? "\uFFF2" : "\uFFF3",
      )
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/gu, "");
  }
  return /\d/u.test(key) ? key.replace(/\d+/gu, (digits) => digits.padStart(12, "0")) : key;
}

/**
 * Nodes by level, kind (in the order of `SYSTEM_NODE_KINDS`), label (see {@link labelSortKey}), then id:
 * a new array, each node's keys computed once.
 *
 * @example
 * const ordered = orderNodes(graph.nodes);
 */
export function orderNodes(nodes: readonly SystemNode[]): SystemNode[] {
  const rank = new Float64Array(nodes.length);
  const key: string[] = new Array<string>(nodes.length);
  const order: number[] = new Array<number>(nodes.length);
  nodes.forEach((node, i) => {
    // Fewer than 16 kinds: level and kind fold into one number.
    rank[i] = node.level * 16 + KIND_RANK[node.kind];
    key[i] = labelSortKey(node.label);
    order[i] = i;
  });
  order.sort((a, b) => {
    const byRank = rank[a]! - rank[b]!;
    if (byRank !== 0) return byRank;
    const ka = key[a]!;
    const kb = key[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return compareIds(nodes[a]!.label, nodes[b]!.label) || compareIds(nodes[a]!.id, nodes[b]!.id);
  });
  return order.map((i) => nodes[i]!);
}
