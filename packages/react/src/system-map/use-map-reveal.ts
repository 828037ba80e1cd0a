/**
 * The map's one way to focus a part once it is drawn: the search's chosen hit, a group's part named in its
 * details, the group a reader folds again, and a group opened in place with Enter or a click. The part may be
 * folded into a group that is not drawn yet, so the map opens the group first and moves the focus only once the
 * graph it shows holds the part and its layout places it (after the fold's re-render, and after a worker's layout
 * on a large map). A reveal pans to the part; one that keeps its place (a group opened in place) has the zoom keep
 * the part where the group stood and focuses it without panning or scrolling.
 */
import type { SystemGraph, SystemGroups } from "@systemledning/core/system-map";
import { useCallback, useEffect, useRef } from "react";
import type { GraphLayout } from "./layout/types.js";

/** What the reveal needs of the map's fold state (`useMapFolds`). */
export interface MapFoldControls {
  readonly isOpen: (groupId: string) => boolean;
  readonly openGroup: (groupId: string, how?: { readonly quiet?: boolean }) => void;
  readonly closeGroup: (groupId: string) => void;
}

/** How a reveal moves the view. */
export interface MapRevealPlace {
  /**
   * Keep the part where the shown node at this index is drawn now (the group being opened in place), and focus it
   * there without panning; by default the map pans to the part.
   */
  readonly keepPlaceOf?: number | undefined;
}

/** What the reveal does with the map once the part is drawn, and to keep a part in place (`useFoldAnchor`). */
export interface MapRevealActions {
  /** Focus the shown node at `index`; `pan`: bring it into view (else it stays where the zoom put it). */
  readonly focusNode: (index: number, pan: boolean) => void;
  /** Keep the part `id` (a full-graph id) where the shown node at `index` is drawn now, through the next layout. */
  readonly keepPlace: (id: string, index: number) => void;
}

/** The moves {@link useMapReveal} offers. */
export interface MapReveal {
  /** Open the group a part (a full-graph node id) is folded into, if it is folded, then focus the part and pan to it. */
  readonly reveal: (nodeId: string) => void;
  /** Open a group and focus `focusId`, or its first part when `null`. */
  readonly openGroupAt: (groupId: string, focusId: string | null, place?: MapRevealPlace) => void;
  /** Fold a group again and focus it. */
  readonly foldGroup: (groupId: string) => void;
}

/**
 * The map's reveal: `actions.focusNode(index, pan)` (an index into `shown`) runs once `shown` and `layout` hold the
 * part asked for.
 *
 * @example
 * const { reveal } = useMapReveal(shown, layout, groups, folds, { focusNode, keepPlace });
 * <MapSearch graph={graph} groups={groups} tools={tools} onChoose={(hit) => reveal(hit.nodeId)} />
 */
export function useMapReveal(
  shown: SystemGraph,
  layout: GraphLayout | null,
  groups: SystemGroups | null,
  folds: MapFoldControls | null,
  actions: MapRevealActions,
): MapReveal {
  const { focusNode, keepPlace } = actions;
  // The part asked for, held until a render shows it: a ref, not state, so asking re-renders only through the fold.
  // Its focus comes in an effect after the render that draws it, not in the press, nor before that render is
  // painted: focusing forces Chromium's style and layout of the whole map at once.
  const pending = useRef<{ readonly id: string; readonly pan: boolean } | null>(null);
  const focusWhenShown = useCallback(() => {
    const wanted = pending.current;
    if (wanted === null || layout === null || !layout.indexById.has(wanted.id)) return;
    const index = shown.nodes.findIndex((node) => node.id === wanted.id);
    if (index < 0) return;
    pending.current = null;
    focusNode(index, wanted.pan);
  }, [shown, layout, focusNode]);
  // After every render: the fold's re-render (and a worker's layout) may be the one that shows the part.
  useEffect(focusWhenShown);
  const ask = useCallback(
    (nodeId: string, pan = true) => {
      pending.current = { id: nodeId, pan };
      // Already shown (its group open, or in none): no fold re-renders, so focus it now.
      focusWhenShown();
    },
    [focusWhenShown],
  );

  const openGroupAt = useCallback(
    (groupId: string, focusId: string | null, place: MapRevealPlace = {}) => {
      const group = groups?.groups.find((candidate) => candidate.id === groupId);
      const id = focusId ?? group?.memberIds[0] ?? groupId;
      if (place.keepPlaceOf !== undefined) keepPlace(id, place.keepPlaceOf);
      if (folds !== null && !folds.isOpen(groupId)) folds.openGroup(groupId);
      ask(id, place.keepPlaceOf === undefined);
    },
    [groups, folds, keepPlace, ask],
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
