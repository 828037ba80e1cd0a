/**
 * A workshop's marks summed up per place of the map: how many participants stand at a node, how many green
 * and red dots and notes each node, edge and gap has, with the texts written on them, and the totals.
 */
import { compareIds } from "../common/ids.js";
import { gapKey } from "./ids.js";
import type { SystemGraph } from "./model.js";
import type { SystemAnnotation, SystemAnnotationKind } from "./schema.js";

/** How many marks of each kind. */
export interface AnnotationCounts {
  /** "Here I am" rings. */
  readonly positions: number;
  /** Green dots. */
  readonly worksWell: number;
  /** Red dots. */
  readonly needsImprovement: number;
  readonly notes: number;
  /** All marks. */
  readonly total: number;
}

/** A mark's words: its text (empty when a position has only a role), the role, the author when given. */
export interface AnnotationText {
  readonly annotationId: string;
  readonly kind: SystemAnnotationKind;
  readonly text: string;
  readonly role?: string;
  readonly author?: string;
  readonly workshopId?: string;
  readonly createdAt: string;
}

/** The marks on one place of the map: a node, an edge, or the gap between two nodes. */
export interface AnnotationPlace extends AnnotationCounts {
  readonly type: "node" | "edge" | "gap";
  /** The node id, the edge id, or the gap's key (both node ids sorted, joined with `|`). */
  readonly key: string;
  /** A gap's two node ids, sorted; `null` for nodes and edges. */
  readonly between: readonly [string, string] | null;
  /** The marks with a text or a role, oldest first. */
  readonly texts: readonly AnnotationText[];
  /** Every mark on the place, oldest first. */
  readonly annotationIds: readonly string[];
}

/** The marks of a set of annotations per place, and the totals. */
export interface AnnotationAggregate {
  /** Every place with marks: nodes, then edges, then gaps, each by key. */
  readonly places: readonly AnnotationPlace[];
  readonly nodes: ReadonlyMap<string, AnnotationPlace>;
  readonly edges: ReadonlyMap<string, AnnotationPlace>;
  /** By the gap's key: the two node ids sorted, joined with `|`. */
  readonly gaps: ReadonlyMap<string, AnnotationPlace>;
  /** The marks on the places above, and how many places there are. */
  readonly totals: AnnotationCounts & { readonly places: number };
  /** With a graph: the places that are not on it (a node of another view, a gap with an end off the map). Empty without a graph. */
  readonly outside: readonly AnnotationPlace[];
}

interface PlaceDraft {
  readonly type: AnnotationPlace["type"];
  readonly key: string;
  readonly between: readonly [string, string] | null;
  readonly marks: SystemAnnotation[];
}

const TYPE_RANK = { node: 0, edge: 1, gap: 2 } as const;
const instant = (annotation: SystemAnnotation): number => Date.parse(annotation.createdAt);

function count(marks: readonly SystemAnnotation[]): AnnotationCounts {
  let positions = 0;
  let worksWell = 0;
  let needsImprovement = 0;
  let notes = 0;
  for (const mark of marks) {
    if (mark.kind === "position") positions += 1;
    else if (mark.kind === "works-well") worksWell += 1;
    else if (mark.kind === "needs-improvement") needsImprovement += 1;
    else notes += 1;
  }
  return { positions, worksWell, needsImprovement, notes, total: marks.length };
}

function finish(draft: PlaceDraft): AnnotationPlace {
  const marks = draft.marks.sort((a, b) => instant(a) - instant(b) || compareIds(a.id, b.id));
  const texts: AnnotationText[] = [];
  for (const mark of marks) {
    if (mark.text === undefined && mark.role === undefined) continue;
    const entry: { -readonly [K in keyof AnnotationText]: AnnotationText[K] } = {
      annotationId: mark.id,
      kind: mark.kind,
      text: mark.text ?? "",
      createdAt: mark.createdAt,
    };
    if (mark.role !== undefined) entry.role = mark.role;
    if (mark.author !== undefined) entry.author = mark.author;
    if (mark.workshopId !== undefined) entry.workshopId = mark.workshopId;
    texts.push(entry);
  }
  return {
    type: draft.type,
    key: draft.key,
    between: draft.between,
    ...count(marks),
    texts,
    annotationIds: marks.map((m) => m.id),
  };
}

/**
 * Sum up `annotations` per place of the map: per node, edge and gap (a gap keyed by its two node ids sorted,
 * so a gap named either way round is one place), the count of each kind, the texts and roles written, and
 * the totals. With a `graph`, only places on it are counted (a gap when both its nodes are on it); the others
 * come back in `outside`, so a view can say "3 marks are on parts not shown". Pure, linear plus sorting; the
 * order of `annotations` does not matter.
 *
 * @example
 * const marks = aggregateAnnotations(ws.annotations.filter((a) => a.workshopId === DALARNA_WORKSHOP_ID), graph);
 * marks.nodes.get("forum:f-lgrs")?.needsImprovement; // 2
 * marks.gaps.get("forum:f-bdu|forum:f-lchnv")?.texts[0]?.text; // "Politiken och förvaltningscheferna möts aldrig …"
 * marks.totals; // { positions: 6, worksWell: …, needsImprovement: …, notes: …, total: …, places: … }
 */
export function aggregateAnnotations(
  annotations: readonly SystemAnnotation[],
  graph?: SystemGraph,
): AnnotationAggregate {
  const drafts = new Map<string, PlaceDraft>();
  for (const annotation of annotations) {
    const { target } = annotation;
    let type: AnnotationPlace["type"];
    let key: string;
    let between: readonly [string, string] | null = null;
    if (target.type === "node") {
      type = "node";
      key = target.nodeId;
    } else if (target.type === "edge") {
      type = "edge";
      key = target.edgeId;
    } else {
      type = "gap";
      key = gapKey(target.between[0], target.between[1]);
      between =
        target.between[0] <= target.between[1]
          ? [target.between[0], target.between[1]]
          : [target.between[1], target.between[0]];
    }
    const mapKey = `${type} ${key}`;
    const draft = drafts.get(mapKey);
    if (draft === undefined) drafts.set(mapKey, { type, key, between, marks: [annotation] });
    else draft.marks.push(annotation);
  }

  const nodeIds = graph === undefined ? null : new Set(graph.nodes.map((n) => n.id));
  const edgeIds = graph === undefined ? null : new Set(graph.edges.map((e) => e.id));
  const onGraph = (draft: PlaceDraft): boolean => {
    if (nodeIds === null || edgeIds === null) return true;
    if (draft.type === "node") return nodeIds.has(draft.key);
    if (draft.type === "edge") return edgeIds.has(draft.key);
    return draft.between !== null && nodeIds.has(draft.between[0]) && nodeIds.has(draft.between[1]);
  };

  const places: AnnotationPlace[] = [];
  const outside: AnnotationPlace[] = [];
  for (const draft of drafts.values()) (onGraph(draft) ? places : outside).push(finish(draft));
  const byPlace = (a: AnnotationPlace, b: AnnotationPlace) =>
    TYPE_RANK[a.type] - TYPE_RANK[b.type] || compareIds(a.key, b.key);
  places.sort(byPlace);
  outside.sort(byPlace);

  const maps = {
    node: new Map<string, AnnotationPlace>(),
    edge: new Map<string, AnnotationPlace>(),
    gap: new Map<string, AnnotationPlace>(),
  };
  let positions = 0;
  let worksWell = 0;
  let needsImprovement = 0;
  let notes = 0;
  for (const place of places) {
    maps[place.type].set(place.key, place);
    positions += place.positions;
    worksWell += place.worksWell;
    needsImprovement += place.needsImprovement;
    notes += place.notes;
  }
  const total = positions + worksWell + needsImprovement + notes;
  return {
    places,
    nodes: maps.node,
    edges: maps.edge,
    gaps: maps.gap,
    totals: { positions, worksWell, needsImprovement, notes, total, places: places.length },
    outside,
  };
}
