/**
 * What every view of `getSystemGraph` reads while it adds its part of the graph, resolved once per call.
 */
import type { WorkspaceIndex } from "../workspace/workspace-index.js";
import type { Workspace } from "../workspace/schema.js";
import type { GraphFilters } from "./graph-filters.js";
import type { SystemPlacement } from "./placement.js";
import type { SystemMapProfileSettings } from "./schema.js";

/** The workspace, its settings and the options of one `getSystemGraph` call, as the views need them. */
export interface ViewContext {
  readonly ws: Workspace;
  /** The workspace's lookup index: `getSystemGraph` resolves it, the views only read it. */
  readonly index: WorkspaceIndex;
  /** The profile's system map part, or the defaults. */
  readonly settings: SystemMapProfileSettings;
  /** Whether the profile has a system map part of its own: only then are levels and citizen groups records of the document, with a source. */
  readonly ownSettings: boolean;
  /** The day: memberships active on it, representation gaps on it. */
  readonly asOf: string;
  /** The language of the profile's words in labels. */
  readonly locale: "sv" | "en";
  /** Whether the people who hold a seat on the day are drawn. */
  readonly includePeople: boolean;
  readonly filters: GraphFilters;
  /** Where the system logic's levels place each record; `null` in the hierarchy view, which has levels of its own. */
  readonly placement: SystemPlacement | null;
}
