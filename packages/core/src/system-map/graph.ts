/**
 * `getSystemGraph`: the system map of a workspace as plain data (model.ts), in three views of the same
 * records — the system logic's levels, the hierarchy per principal, and the system seen from one node —
 * with stable ids and a stable order, so the same workspace always gives the same graph.
 *
 * This file reads the options and puts the graph together; each view adds its part in a file of its own
 * (view-system.ts, view-hierarchy.ts, view-perspective.ts) to a `GraphBuilder` (graph-builder.ts), and the
 * filters (graph-filters.ts) decide what is kept.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import type { ForumComposition } from "../structure/schema.js";
import { indexForQuestion } from "../structure/queries.js";
import type { Workspace } from "../workspace/schema.js";
import { getSystemMapSettings } from "./defaults.js";
import { GraphBuilder } from "./graph-builder.js";
import { keepsNode, readFilters } from "./graph-filters.js";
import { createSystemMapIssue } from "./issues.js";
import type { SystemGraph, SystemLevel, SystemMapView } from "./model.js";
import { orderNodes } from "./node-order.js";
import { createSystemPlacement } from "./placement.js";
import { addLevelNodes, createRecordNodes } from "./record-nodes.js";
import type { SystemMapLevel, SystemMapProfileSettings } from "./schema.js";
import type { ViewContext } from "./view-context.js";
import { addHierarchyView } from "./view-hierarchy.js";
import { addPerspectiveView, cutToDistance } from "./view-perspective.js";
import { addSystemView } from "./view-system.js";

export { labelSortKey } from "./node-order.js";

/** Options of {@link getSystemGraph}. */
export interface SystemGraphOptions {
  /** Which picture: the system logic's levels, the hierarchy per principal, or the system seen from `focus`. */
  readonly view: SystemMapView;
  /** The day the map is for: memberships active on it, representation gaps on it. */
  readonly asOf: string;
  /** The language of the profile's words in labels (levels, sectors, citizen groups, gaps). @default "sv" */
  readonly locale?: "sv" | "en";
  /** Only nodes on these levels (keys of the view's levels), with their edges. */
  readonly levels?: readonly string[];
  /**
   * Only what concerns these municipality or region codes: leaderships covering one of them, and nodes whose
   * codes meet them (nodes of no place in particular, such as sectors and agencies, stay). A region counts by
   * its own code: pass `"0020"` to keep Region Dalarna.
   */
  readonly municipalityCodes?: readonly string[];
  /** Only forums that require, co-opt or have represented one of these sectors, and nodes of these sectors (nodes of no sector stay). */
  readonly sectorIds?: readonly string[];
  /** Only forums of these compositions. */
  readonly forumCompositions?: readonly ForumComposition[];
  /** Only these leaderships and their forums (in the hierarchy view: their principals). */
  readonly leadershipIds?: readonly string[];
  /** Add the people who hold a seat on the day (system and perspective views). A person as focus adds them. @default false */
  readonly includePeople?: boolean;
  /** The node a perspective is seen from: a person, a leadership, a forum, an organisation, a sector or a citizen group. */
  readonly focus?: string;
  /** How many steps from the focus a perspective reaches. @default 2 */
  readonly maxDistance?: number;
}

const VIEWS: readonly SystemMapView[] = ["system", "hierarchy", "perspective"];

function invalidOption(issue: ValidationIssue): SystemledningError {
  return new SystemledningError("invalidInput", [issue]);
}

/** Read and check the options a view needs; throws `invalidInput` with the option's path. */
function readOptions(options: SystemGraphOptions): { view: SystemMapView; focus: string | null; maxDistance: number } {
  const view = options.view;
  if (!VIEWS.includes(view))
    throw invalidOption(
      createIssue(["options", "view"], "invalid_value", { allowed: VIEWS.map((v) => `"${v}"`).join(", ") }),
    );
  if (view !== "perspective") return { view, focus: null, maxDistance: 0 };
  if (typeof options.focus !== "string" || options.focus === "")
    throw invalidOption(createIssue(["options", "focus"], "missing_field", { expected: "string" }));
  const maxDistance = options.maxDistance ?? 2;
  if (!Number.isInteger(maxDistance))
    throw invalidOption(
      createIssue(["options", "maxDistance"], "invalid_type", { expected: "int", received: typeof maxDistance }),
    );
  if (maxDistance < 0)
    throw invalidOption(createIssue(["options", "maxDistance"], "too_small", { origin: "number", minimum: 0 }));
  return { view, focus: options.focus, maxDistance };
}

/** The view's levels as the graph lists them, with the path of each in the profile's part. */
function levelsOf(
  view: SystemMapView,
  settings: SystemMapProfileSettings,
): { levels: SystemLevel[]; defs: readonly SystemMapLevel[]; paths: readonly string[] } {
  const system = settings.systemLevels.map((_, i) => `profile.systemMap.systemLevels[${i}]`);
  const [defs, paths] =
    view === "hierarchy"
      ? [settings.hierarchyLevels, settings.hierarchyLevels.map((_, i) => `profile.systemMap.hierarchyLevels[${i}]`)]
      : view === "system"
        ? [settings.systemLevels, system]
        : [
            [...settings.systemLevels, settings.citizenLevel],
            [...system, "profile.systemMap.citizenLevel"],
          ];
  const levels = defs.map((def, index): SystemLevel => ({
    key: def.key,
    label: def.label.en === undefined ? { sv: def.label.sv } : { sv: def.label.sv, en: def.label.en },
    index,
  }));
  return { levels, defs, paths };
}

/**
 * The system map of a workspace as a graph ({@link SystemGraph}), in one of three views:
 *
 * - **`system`**: the levels of the system logic (*Att leda hela systemet* (Hälsolabb), the slide "Olika
 *   logiker existerar samtidigt", column "SYSTEM"; the profile's `systemMap.systemLevels`) as `level` nodes,
 *   and the leaderships, their forums, the organisations that sit in them and the principals the leaderships
 *   cover, the sectors represented, and — as `missing` nodes with a Swedish and an English message — every
 *   required sector no seated member represents on `asOf` (the structure module's sector coverage). Each
 *   record stands on the level the profile's placement rules give it. Edges: a forum is `member-of` its
 *   leadership, an organisation (and a person) `member-of` a forum it sits in, a leadership `covers` its
 *   principals, a local or subregional leadership `reports-to` the regional one of its region, the forums of
 *   one leadership `collaborate`, a forum (and a person) `represents` a sector, a person `represents` their
 *   organisation, a forum has a `missing` edge to each gap.
 * - **`hierarchy`**: the levels of the hierarchy (the same slide, column "HIERARKI") and each principal with
 *   the bodies under it (organisations with a `tier`, by `parentId`): `hierarchy` edges from council to
 *   committee to administration to operation. A principal stands on the top level, a body on its tier's
 *   level, a body without a tier one level below its parent. People are not drawn here.
 * - **`perspective`**: the system and the hierarchy together with the profile's citizen groups (each with a
 *   `concerns` edge to the sectors and organisations of its contacts), seen from `focus`: every node within
 *   `maxDistance` steps (either direction), with its `distance`, and the edges among them. The levels are the
 *   system's with the citizen level below.
 *
 * Filters select leaderships (`leadershipIds`, `municipalityCodes`) and forums (`forumCompositions`,
 * `sectorIds`); then nodes are kept by `levels`, `municipalityCodes` and `sectorIds` (a node with no codes
 * or no sectors is of no place or sector in particular and stays), with the edges between kept nodes. A
 * leadership none of whose forums is kept is left out when a forum filter is set. In a perspective the focus
 * always stays. Both ends of every edge are nodes of the graph.
 *
 * Ids are stable (`forum:f-lchnv`, `missing:f-gagnef/primarvard`, `member-of:forum:f-lchnv>leadership:ls-regional`);
 * nodes are ordered by level, kind, label (Swedish collation), then id, and edges by id, whatever the order
 * of the workspace's collections. Linear in the workspace plus sorting: a national workspace with its people
 * takes tens of milliseconds.
 *
 * @throws {SystemledningError} with reason `invalidInput` for a `view` that is not one, an `asOf` that is not
 *   a date, a perspective without `focus` or with a focus not on its map (`system_map_focus_not_found`), a
 *   negative or fractional `maxDistance`.
 * @example
 * const graph = getSystemGraph(ws, { view: "system", asOf: "2026-05-13" });
 * graph.levels.map((l) => l.label.sv); // ["Länsgemensam politisk nivå", "Kommun- och regiondirektörer", …]
 * graph.nodes.filter((n) => n.kind === "missing").map((n) => n.missing?.message.sv);
 * // ["Primärvård saknas i Systemledning Gagnef den 2026-05-13: …", …]
 * const seen = getSystemGraph(ws, { view: "perspective", asOf: "2026-05-13", focus: "citizen-group:familj-barn-med-funktionsvariation" });
 */
export function getSystemGraph(ws: Workspace, options: SystemGraphOptions): SystemGraph {
  const { view, focus, maxDistance } = readOptions(options);
  // The workspace's one index (getWorkspaceIndex): resolved here, every view reads it through the context.
  const index = indexForQuestion(ws, options);
  const settings = getSystemMapSettings(ws.profile);
  const context: ViewContext = {
    ws,
    index,
    settings,
    ownSettings: ws.profile.systemMap !== undefined,
    asOf: options.asOf,
    locale: options.locale ?? "sv",
    // A perspective from a person is about the people around them.
    includePeople:
      view !== "hierarchy" && (options.includePeople === true || (focus !== null && focus.startsWith("person:"))),
    filters: readFilters(options),
    placement: view === "hierarchy" ? null : createSystemPlacement(index, settings, options.asOf),
  };
  const { levels, defs, paths } = levelsOf(view, settings);

  const graph = new GraphBuilder(index.sectorPosition);
  const records = createRecordNodes(graph, context);
  // Level nodes are annotation targets and navigation stops (drawn as bands, never as dots). A perspective
  // has none: it keeps only what its focus reaches, and no edge reaches a level.
  if (view !== "perspective") addLevelNodes(graph, records, context, defs, paths);
  if (view === "system") addSystemView(graph, records, context);
  else if (view === "hierarchy") addHierarchyView(graph, records, context);
  else addPerspectiveView(graph, records, context);

  // In a perspective the focus always stays, whatever the filters say.
  const kept = graph.finish((node) => node.id === focus || keepsNode(context.filters, node, levels));
  if (focus === null)
    return { view, levels, nodes: orderNodes(kept.nodes), edges: kept.edges, focusId: null, asOf: context.asOf };
  if (!kept.nodes.some((node) => node.id === focus)) {
    throw invalidOption(
      createSystemMapIssue(["options", "focus"], "system_map_focus_not_found", { focus, asOf: context.asOf }),
    );
  }
  const seen = cutToDistance(kept, focus, maxDistance);
  return { view, levels, nodes: orderNodes(seen.nodes), edges: seen.edges, focusId: focus, asOf: context.asOf };
}
