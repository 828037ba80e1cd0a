/**
 * Cross-reference checks of the system map, run by the workspace's validating door after the schemas pass:
 * the profile's `systemMap` part names sectors, records and codes that exist, and every annotation's target
 * is a node (or an edge, or a gap between nodes) whose records exist. Linear in the size of the workspace.
 */
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { findDuplicateIds } from "../common/ids.js";
import type { Forum } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import { DEFAULT_SYSTEM_MAP_KEYS } from "./default-keys.js";
import { parseSystemEdgeId, parseSystemNodeId } from "./ids.js";
import { createSystemMapIssue } from "./issues.js";
import type { SystemAnnotation } from "./schema.js";

/** What the annotation checks look ids up in, built once per workspace. */
export interface AnnotationReferenceContext {
  readonly levelKeys: ReadonlySet<string>;
  readonly citizenGroupIds: ReadonlySet<string>;
  readonly organisationIds: ReadonlySet<string>;
  readonly leadershipIds: ReadonlySet<string>;
  readonly personIds: ReadonlySet<string>;
  readonly sectorIds: ReadonlySet<string>;
  readonly forumById: ReadonlyMap<string, Forum>;
}

/** Build the lookups the annotation checks need (the profile's system map settings or the defaults' keys). */
export function createAnnotationReferenceContext(ws: Workspace): AnnotationReferenceContext {
  const part = ws.profile.systemMap;
  return {
    levelKeys: new Set(
      part === undefined
        ? DEFAULT_SYSTEM_MAP_KEYS.levels
        : [...part.systemLevels.map((l) => l.key), ...part.hierarchyLevels.map((l) => l.key), part.citizenLevel.key],
    ),
    citizenGroupIds: new Set(
      part === undefined ? DEFAULT_SYSTEM_MAP_KEYS.citizenGroups : part.citizenGroups.map((g) => g.id),
    ),
    organisationIds: new Set(ws.organisations.map((o) => o.id)),
    leadershipIds: new Set(ws.leaderships.map((l) => l.id)),
    personIds: new Set(ws.people.map((p) => p.id)),
    sectorIds: new Set(ws.profile.sectors.map((s) => s.id)),
    forumById: new Map(ws.forums.map((f) => [f.id, f] as const)),
  };
}

/** Check that the records behind one node id exist; report at `path`. Ids of the wrong form are the schema's finding. */
function checkNode(
  context: AnnotationReferenceContext,
  nodeId: string,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): void {
  const parsed = parseSystemNodeId(nodeId);
  if (parsed === null) return;
  const unknown = (kind: string, id: string) =>
    issues.push(createSystemMapIssue(path, "annotation_unknown_node", { nodeId, kind, id }));
  switch (parsed.kind) {
    case "missing": {
      const forum = context.forumById.get(parsed.forumId);
      if (forum === undefined) unknown("forum", parsed.forumId);
      else if (!context.sectorIds.has(parsed.sectorId)) unknown("sector", parsed.sectorId);
      else if (!forum.requiredSectorIds.includes(parsed.sectorId)) {
        issues.push(
          createSystemMapIssue(path, "annotation_sector_not_required", {
            nodeId,
            forumId: parsed.forumId,
            sectorId: parsed.sectorId,
          }),
        );
      }
      return;
    }
    case "level":
      if (!context.levelKeys.has(parsed.recordId)) unknown("level", parsed.recordId);
      return;
    case "citizen-group":
      if (!context.citizenGroupIds.has(parsed.recordId)) unknown("citizen-group", parsed.recordId);
      return;
    case "organisation":
      if (!context.organisationIds.has(parsed.recordId)) unknown("organisation", parsed.recordId);
      return;
    case "leadership":
      if (!context.leadershipIds.has(parsed.recordId)) unknown("leadership", parsed.recordId);
      return;
    case "forum":
      if (!context.forumById.has(parsed.recordId)) unknown("forum", parsed.recordId);
      return;
    case "person":
      if (!context.personIds.has(parsed.recordId)) unknown("person", parsed.recordId);
      return;
    case "sector":
      if (!context.sectorIds.has(parsed.recordId)) unknown("sector", parsed.recordId);
      return;
  }
}

/**
 * Check the records behind an annotation's target: a node's record, both ends of an edge, both parts of a
 * gap. Issues are reported under `path` (`["annotations", 3]` at the door, `[]` in a command), e.g.
 * `annotations[3].target.between[1]`.
 */
export function checkAnnotationReferences(
  context: AnnotationReferenceContext,
  annotation: SystemAnnotation,
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): void {
  const { target } = annotation;
  if (target.type === "node") checkNode(context, target.nodeId, [...path, "target", "nodeId"], issues);
  else if (target.type === "gap")
    target.between.forEach((id, k) => checkNode(context, id, [...path, "target", "between", k], issues));
  else {
    const edge = parseSystemEdgeId(target.edgeId);
    if (edge === null) return;
    const at: PathSegment[] = [...path, "target", "edgeId"];
    checkNode(context, edge.source, at, issues);
    checkNode(context, edge.target, at, issues);
  }
}

/** Check the references of the profile's `systemMap` part, when it has one. */
function validateProfilePart(ws: Workspace, issues: ValidationIssue[]): void {
  const part = ws.profile.systemMap;
  if (part === undefined) return;
  const base: PathSegment[] = ["profile", "systemMap"];
  const sets: Record<string, { readonly ids: ReadonlySet<string>; readonly collection: string }> = {
    forumIds: { ids: new Set(ws.forums.map((f) => f.id)), collection: "forums" },
    leadershipIds: { ids: new Set(ws.leaderships.map((l) => l.id)), collection: "leaderships" },
    personIds: { ids: new Set(ws.people.map((p) => p.id)), collection: "people" },
    organisationIds: { ids: new Set(ws.organisations.map((o) => o.id)), collection: "organisations" },
    sectorIds: { ids: new Set(ws.profile.sectors.map((s) => s.id)), collection: "profile.sectors" },
  };
  const checkList = (values: readonly string[] | undefined, key: keyof typeof sets, path: readonly PathSegment[]) => {
    const { ids, collection } = sets[key]!;
    values?.forEach((id, j) => {
      if (!ids.has(id)) issues.push(createIssue([...path, key, j], "dangling_reference", { id, collection }));
    });
  };
  part.placement.forEach((rule, i) => {
    const path = [...base, "placement", i];
    if (rule.appliesTo === "forum") checkList(rule.forumIds, "forumIds", path);
    else if (rule.appliesTo === "leadership") checkList(rule.leadershipIds, "leadershipIds", path);
    else if (rule.appliesTo === "person") checkList(rule.personIds, "personIds", path);
    else if (rule.appliesTo === "organisation") checkList(rule.organisationIds, "organisationIds", path);
    else checkList(rule.sectorIds, "sectorIds", path);
  });
  const codes = new Set([...ws.profile.regions.map((r) => r.code), ...ws.profile.municipalities.map((m) => m.code)]);
  part.citizenGroups.forEach((group, i) => {
    const path = [...base, "citizenGroups", i];
    group.municipalityCodes?.forEach((code, j) => {
      if (!codes.has(code))
        issues.push(
          createIssue([...path, "municipalityCodes", j], "unknown_municipality", { code, profile: ws.profile.id }),
        );
    });
    group.contacts.forEach((contact, j) => {
      checkList(contact.sectorIds, "sectorIds", [...path, "contacts", j]);
      checkList(contact.organisationIds, "organisationIds", [...path, "contacts", j]);
    });
  });
}

/**
 * Check every reference of the system map: the profile part's sectors, records and codes, unique annotation
 * ids (`duplicate_id`), and each annotation's target (`annotation_unknown_node`: `forum:f-x` needs forum
 * f-x; `annotation_sector_not_required`: a missing sector the forum does not require). Each issue names its
 * exact path (`annotations[3].target.between[1]`) with Swedish and English messages.
 *
 * @example
 * validateSystemMapReferences(ws); // [] for a consistent workspace
 */
export function validateSystemMapReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateProfilePart(ws, issues);
  findDuplicateIds(ws.annotations, ["annotations"], issues);
  if (ws.annotations.length > 0) {
    const context = createAnnotationReferenceContext(ws);
    ws.annotations.forEach((annotation, i) =>
      checkAnnotationReferences(context, annotation, ["annotations", i], issues),
    );
  }
  return issues;
}
