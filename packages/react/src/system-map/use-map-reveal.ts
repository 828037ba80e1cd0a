/**
 * Bringing a part of the full graph into view: the search's chosen hit, a group's part named in its details, the
 * group a reader folds again. The part may be folded into a group that is not drawn yet, so the map opens the group
 * first and moves the focus only once the graph it shows holds the part and its layout places it (after the fold's
 * re-render, and after a worker's layout on a large map).
 */
import type { SystemGraph, SystemGroups } from "@systemledning/core/system-map";
import { useCallback, useEffect, useRef } from "react";
import type { GraphLayout } from "./layout/types.js";

/** What the reveal needs of the map's fold state (`useMapFolds`). */
export interface MapFoldControls {
  readonly isOpen: (groupId: string) => boolean;
  readonly openGroup: (groupId: string) => void;
  readonly closeGroup: (groupId: string) => void;
}

/** The moves {@link useMapReveal} offers. */
export interface MapReveal {
  /** Open the group a part (a full-graph node id) is folded into, if it is folded, then focus the part and pan to it. */
  readonly reveal: (nodeId: string) => void;
  /** Open a group and focus `focusId`, or its first part when `null`. */
  readonly openGroupAt: (groupId: string, focusId: string | null) => void;
  /** Fold a group again and focus it. */
  readonly foldGroup: (groupId: string) => void;
}

/**
 * The map's reveal: `focusNode(index)` (an index into `shown`) runs once `shown` and `layout` hold the part asked for.
 *
 * @example
 * const { reveal } = useMapReveal(shown, layout, groups, folds, focusNode);
 * <MapSearch graph={graph} groups={groups} tools={tools} onChoose={(hit) => reveal(hit.nodeId)} />
 */
export function useMapReveal(
  shown: SystemGraph,
  layout: GraphLayout | null,
  groups: SystemGroups | null,
  folds: MapFoldControls | null,
  focusNode: (index: number) => void,
): MapReveal {
  // The part asked for, held until a render shows it: a ref, not state, so asking re-renders only through the fold.
  const pending = useRef<string | null>(null);
  const focusWhenShown = useCallback(() => {
    const wanted = pending.current;
    if (wanted === null || layout === null || !layout.indexById.has(wanted)) return;
    const index = shown.nodes.findIndex((node) => node.id === wanted);
    if (index < 0) return;
    pending.current = null;
    focusNode(index);
  }, [shown, layout, focusNode]);
  // After every render: the fold's re-render (and a worker's layout) may be the one that shows the part.
  useEffect(focusWhenShown);
  const ask = useCallback(
    (nodeId: string) => {
      pending.current = nodeId;
      // Already shown (its group open, or in none): no fold re-renders, so focus it now.
      focusWhenShown();
    },
    [focusWhenShown],
  );

  const openGroupAt = useCallback(
    (groupId: string, focusId: string | null) => {
      const group = groups?.groups.find((candidate) => candidate.id === groupId);
      if (folds !== null && !folds.isOpen(groupId)) folds.openGroup(groupId);
      ask(focusId ?? group?.memberIds[0] ?? groupId);
    },
    [groups, folds, ask],
  );
  const reveal = useCallback(
    (nodeId: string) => {
      const groupId = groups?.groupOf.get(nodeId);
      if (groupId !== undefined && folds !== null && !folds.isOpen(groupId)) folds.openGroup(groupId);
      ask(nodeId);
    },
    [groups, folds, ask],
  );
  const foldGroup = useCallback(
    (groupId: string) => {
      folds?.closeGroup(groupId);
      ask(groupId);
    },
    [folds, ask],
  );
  return { reveal, openGroupAt, foldGroup };
}
