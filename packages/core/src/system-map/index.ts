/**
 * `@systemledning/core/system-map`: the system map as a graph (*Att leda hela systemet*, Hälsolabb). Three views
 * of one workspace — the system logic's levels, the hierarchy per principal, and the system seen from one
 * person, forum, organisation or citizen group — with representation gaps as explicit nodes (`getSystemGraph`),
 * the adjacency a keyboard walks (`getSystemNeighbours`) and the text equivalent (`describeSystemGraph`); the
 * profile's `systemMap` part (levels, placement rules, citizen groups) with generic defaults; and the
 * workspace's `annotations` collection (version 3): a workshop's positions, green and red dots and notes on
 * nodes, edges and the gaps between parts, with commands and `aggregateAnnotations`. See the README's
 * section "System map".
 * @module
 */
export type {
  SystemEdge,
  SystemEdgeKind,
  SystemGraph,
  SystemLevel,
  SystemMapView,
  SystemNode,
  SystemNodeKind,
  SystemNodeSource,
} from "./model.js";
export * from "./schema.js";
export {
  SYSTEM_EDGE_ENDS,
  SYSTEM_EDGE_KINDS,
  SYSTEM_NODE_KINDS,
  gapKey,
  isSystemEdgeShape,
  missingNodeId,
  parseSystemEdgeId,
  parseSystemNodeId,
  systemEdgeId,
  systemNodeId,
  type ParsedSystemEdgeId,
  type ParsedSystemNodeId,
  type SystemRecordNodeKind,
} from "./ids.js";
export { SYSTEM_MAP_ISSUE_MESSAGES, createSystemMapIssue, type SystemMapIssueCode } from "./issues.js";
export {
  DEFAULT_CITIZEN_LEVEL,
  DEFAULT_ORGANISATION_PLACEMENT_RULES,
  DEFAULT_PERSON_PLACEMENT_RULES,
  DEFAULT_PLACEMENT_RULES,
  DEFAULT_SECTOR_PLACEMENT_RULES,
  DEFAULT_SYSTEM_MAP_SETTINGS,
  FAMILY_WITH_DISABLED_CHILD,
  FRAIL_ELDERLY,
  SEED_003_HIERARCHY_LEVELS,
  SEED_003_SYSTEM_LEVELS,
  getSystemMapSettings,
} from "./defaults.js";
export { DEFAULT_SYSTEM_MAP_KEYS } from "./default-keys.js";
export {
  SYSTEM_ANNOTATION_KIND_LABELS,
  SYSTEM_EDGE_KIND_LABELS,
  SYSTEM_EDGE_PHRASES,
  SYSTEM_EDGE_PHRASES_BY_NODE,
  SYSTEM_MAP_MESSAGES,
  SYSTEM_NODE_KIND_LABELS,
  SYSTEM_NODE_KIND_GROUP_LABELS,
} from "./labels.js";
export { createSystemPlacement, type SystemPlacement } from "./placement.js";
export { getSystemGraph, labelSortKey, type SystemGraphOptions } from "./graph.js";
export { getSystemNeighbours, type SystemNeighbour } from "./neighbours.js";
export { describeSystemGraph } from "./describe.js";
export {
  checkAnnotationReferences,
  createAnnotationReferenceContext,
  validateSystemMapReferences,
  type AnnotationReferenceContext,
} from "./references.js";
export { addAnnotation, removeAnnotation, safeParseSystemAnnotation, type SystemMapCommandResult } from "./commands.js";
export {
  aggregateAnnotations,
  type AnnotationAggregate,
  type AnnotationCounts,
  type AnnotationPlace,
  type AnnotationText,
} from "./aggregate.js";
export {
  getSystemGroups,
  type SystemGroup,
  type SystemGroupBasis,
  type SystemGroupOptions,
  type SystemGroups,
} from "./groups.js";
export { foldAnnotationTargets, foldSystemGraph, type FoldOptions, type FoldedSystemGraph } from "./fold.js";
export { normaliseSearchText, searchSystemGraph, type SystemSearchHit, type SystemSearchOptions } from "./search.js";
export { findReaderNode, type SystemMapReader } from "./reader.js";
