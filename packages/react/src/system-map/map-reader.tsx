/**
 * "Här finns jag": the map rings the part that stands for its reader (a person drawn on the map, else the
 * organisation they represent, else a forum they sit in; or an organisation), through the core's `findReaderNode`,
 * and opens the group that part is folded into, so a reader finds themselves in a county's map without searching.
 * The ring and its words are drawn; the part's accessible name says the same words.
 */
import {
  findReaderNode,
  type SystemGraph,
  type SystemGroups,
  type SystemMapReader,
} from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useMemo } from "react";
import type { MapTools } from "./messages.js";
import type { MapFoldControls } from "./use-map-reveal.js";

/** Where the reader is: their part of the full graph and the group it is folded into. */
export interface MapReaderPlace {
  /** The full graph's node that stands for the reader. */
  readonly nodeId: string;
  /** The group that node is folded into, which the map opens by default; `null` when it is in none. */
  readonly groupId: string | null;
}

/**
 * The reader's place in the full graph, or `null` when there is no reader or no part of the graph stands for them;
 * with `folds`, the group the place is folded into is opened once for each new place (the reader may fold it again).
 *
 * @example
 * const place = useMapReader(graph, { organisationId: "org-mora" }, folds.groups, workspace, folds);
 */
export function useMapReader(
  graph: SystemGraph,
  reader: SystemMapReader | undefined,
  groups: SystemGroups | null,
  workspace: Workspace | undefined,
  folds?: MapFoldControls,
): MapReaderPlace | null {
  // Keyed by the reader's id, not the object: a host writing `reader={{ personId }}` inline re-renders freely.
  const personId = reader !== undefined && "personId" in reader ? reader.personId : undefined;
  const organisationId = reader !== undefined && "organisationId" in reader ? reader.organisationId : undefined;
  const place = useMemo(() => {
    const asked = personId !== undefined ? { personId } : organisationId !== undefined ? { organisationId } : undefined;
    if (asked === undefined) return null;
    const nodeId = findReaderNode(graph, asked, workspace);
    if (nodeId === null) return null;
    return { nodeId, groupId: groups?.groupOf.get(nodeId) ?? null };
  }, [graph, personId, organisationId, groups, workspace]);
  // Opened once per group asked for, not on every render: a reader who folds it again keeps it folded.
  // Quietly: no press asked for it, so no busy mark waits for its frame (use-map-folds.ts) and the map draws it now.
  const groupId = place?.groupId ?? null;
  useEffect(() => {
    if (groupId !== null && folds !== undefined && !folds.isOpen(groupId)) folds.openGroup(groupId, { quiet: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the group alone (see above)
  }, [groupId]);
  return place;
}

/** A part's accessible name with the reader's words: "Organisation: Falu kommun, …, Här finns jag". */
export function readerNodeName(name: string, tools: MapTools): string {
  return `${name}, ${tools.t("mapReaderHere")}`;
}

/** The ring around the reader's part and the words "Här finns jag" above it, at the part's centre. */
export function ReaderRing({
  x,
  y,
  radius,
  tools,
}: {
  readonly x: number;
  readonly y: number;
  /** The part's shape's radius: the ring stands clear of it. */
  readonly radius: number;
  readonly tools: MapTools;
}) {
  return (
    <g className="sl-map-reader" transform={`translate(${x},${y})`} aria-hidden="true">
      <circle className="sl-map-reader-ring" r={radius + 9} />
      <text className="sl-map-reader-label" y={-(radius + 14)} textAnchor="middle">
        {tools.t("mapReaderHere")}
      </text>
    </g>
  );
}
