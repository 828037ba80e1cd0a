/**
 * The text equivalent of a system graph (docs/quality.md A4): one line per node, naming every node it is joined to
 * and how — "Länschefsnätverket (forum): ingår i Regional systemledning …; samverkar med Välfärdsrådet,
 * Socialchefsnätverket och …" — in Swedish or English. Every edge is named on the lines of both its ends.
 */
import type { SystemEdgeKind, SystemGraph } from "./model.js";
import { SYSTEM_EDGE_KINDS } from "./ids.js";
import {
  SYSTEM_EDGE_PHRASES,
  SYSTEM_EDGE_PHRASES_BY_NODE,
  SYSTEM_MAP_MESSAGES,
  SYSTEM_NODE_KIND_LABELS,
} from "./labels.js";

/** "A", "A och B", "A, B och C". */
function listOf(names: readonly string[], locale: "sv" | "en"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${SYSTEM_MAP_MESSAGES.and[locale]} ${names.at(-1)!}`;
}

/** The groups of a line, in order: each edge kind from its source, then from its target. */
const GROUP_ORDER: readonly (readonly [SystemEdgeKind, "out" | "in"])[] = SYSTEM_EDGE_KINDS.flatMap(
  (kind) =>
    [
      [kind, "out"],
      [kind, "in"],
    ] as const,
);
const GROUP_SLOT: Readonly<Record<SystemEdgeKind, number>> = Object.fromEntries(
  SYSTEM_EDGE_KINDS.map((kind, i) => [kind, i]),
) as Record<SystemEdgeKind, number>;

/**
 * Describe `graph` in words, one line per node in the graph's order. A line names the node and its kind
 * (in a perspective also its distance from the focus: "2 steg bort"), then for each kind of edge and
 * direction the phrase and the nodes at the other end ("rapporterar till …", "har som medlemmar A, B och C",
 * "sitter i …" for an organisation or a person in a forum;
 * a citizen group's contacts in brackets: "har kontakt med Skolchef (Skola)"). A gap's placeholder adds its
 * message; a level says its place ("nivå 3 av 6"); a node without edges says so. Every edge of the graph
 * is named on the lines of both its ends, so the text holds everything the picture shows.
 *
 * @example
 * describeSystemGraph(graph, "sv")[0];
 * // "Länsgemensam politisk nivå (nivå 1 av 6)."
 * describeSystemGraph(graph, "en").find((line) => line.startsWith("Välfärdsrådet"));
 * // "Välfärdsrådet (forum): is a member of Regional systemledning …; collaborates with Länschefsnätverket, …"
 */
export function describeSystemGraph(graph: SystemGraph, locale: "sv" | "en" = "sv"): string[] {
  const { nodes, edges } = graph;
  const position = new Map<string, number>();
  nodes.forEach((node, i) => position.set(node.id, i));
  // Each node's edge ends in one flat list (source end and target end of every edge), each as one number:
  // the other end's place in the graph's order × the number of edges + the edge's place. Sorting a node's
  // numbers orders its neighbours as the graph orders nodes, then by edge id; no comparator, no objects.
  const count = new Int32Array(nodes.length + 1);
  for (const edge of edges) {
    const s = position.get(edge.source);
    const t = position.get(edge.target);
    if (s === undefined || t === undefined) continue;
    count[s + 1]! += 1;
    count[t + 1]! += 1;
  }
  for (let i = 1; i <= nodes.length; i++) count[i]! += count[i - 1]!;
  const fill = count.slice(0, nodes.length);
  const keys = new Float64Array(count[nodes.length]!);
  const total = Math.max(1, edges.length);
  edges.forEach((edge, k) => {
    const s = position.get(edge.source);
    const t = position.get(edge.target);
    if (s === undefined || t === undefined) return;
    keys[fill[s]!++] = t * total * 2 + k * 2; // even: this node is the source
    keys[fill[t]!++] = s * total * 2 + k * 2 + 1; // odd: this node is the target
  });
  const levelCount = graph.levels.length;
  const groups: (string[] | null)[] = new Array<string[] | null>(GROUP_ORDER.length).fill(null);

  return nodes.map((node, i) => {
    const segment = keys.subarray(count[i]!, count[i + 1]!).sort();
    groups.fill(null);
    for (const key of segment) {
      const isTarget = key % 2 === 1;
      const k = Math.floor(key / 2) % total;
      const other = Math.floor(key / 2 / total);
      const edge = edges[k]!;
      const phrase = SYSTEM_EDGE_PHRASES[edge.kind];
      // A kind that reads the same both ways (collaborates) is one group, whichever end is the source.
      const direction = isTarget && phrase.out.sv !== phrase.in.sv ? 1 : 0;
      const slot = GROUP_SLOT[edge.kind] * 2 + direction;
      const name = edge.label === undefined ? nodes[other]!.label : `${nodes[other]!.label} (${edge.label})`;
      const group = groups[slot];
      if (group === null || group === undefined) groups[slot] = [name];
      else group.push(name);
    }
    const parts: string[] = [];
    GROUP_ORDER.forEach(([kind, direction], slot) => {
      const names = groups[slot];
      if (names === null || names === undefined) return;
      const phrase =
        SYSTEM_EDGE_PHRASES_BY_NODE[`${kind} ${direction} ${node.kind}`] ?? SYSTEM_EDGE_PHRASES[kind][direction];
      parts.push(`${phrase[locale]} ${listOf(names, locale)}`);
    });
    const body = parts.join("; ");
    if (node.kind === "level") {
      const place = SYSTEM_MAP_MESSAGES.levelPosition(node.level + 1, levelCount)[locale];
      return body === "" ? `${node.label} (${place}).` : `${node.label} (${place}): ${body}.`;
    }
    const kind = SYSTEM_MAP_MESSAGES.kindAndDistance(SYSTEM_NODE_KIND_LABELS[node.kind], node.distance)[locale];
    const message = node.missing === null ? "" : ` ${node.missing.message[locale]}`;
    return `${node.label} (${kind}): ${body === "" ? SYSTEM_MAP_MESSAGES.noConnections[locale] : body}.${message}`;
  });
}
