/**
 * Workshop marks as the map draws them, from the core's `aggregateAnnotations`: per node, per edge and per
 * gap between two nodes, how many "works well" (green, a circle and a plus), "needs improvement" (red, a
 * square and an exclamation mark), "I am here" (a ring) and notes. Colour is never the only signal (A8).
 */
import {
  aggregateAnnotations,
  type AnnotationAggregate,
  type AnnotationPlace,
  type SystemAnnotationKind,
} from "@systemledning/core/system-map";

/** The marks on one place of the map (the core's aggregate of a node, an edge or a gap). */
export type MapMarkCounts = AnnotationPlace;

/** The four kinds of mark. */
export type MapMarkKind = SystemAnnotationKind;

/** Marks on nodes, edges and gaps, by id (a gap by its two node ids, sorted, joined with `|`). */
export type MapMarks = AnnotationAggregate;

/** No marks at all. */
export const NO_MARKS: MapMarks = aggregateAnnotations([]);

/** Green minus red: above zero governance mostly works here, below it mostly needs improvement. */
export function markBalance(counts: Pick<MapMarkCounts, "worksWell" | "needsImprovement"> | undefined): number {
  return counts === undefined ? 0 : counts.worksWell - counts.needsImprovement;
}
