/**
 * Which groups of the system map are folded (design of issue 20, contract 3). The core proposes the groups
 * (`getSystemGroups`) and folds a graph by a set of open groups (`foldSystemGraph`); this hook keeps the reader's
 * explicit choices (groups opened or closed by hand, which always win) and lets the kit choose the rest so the
 * folded map, fitted to its frame, keeps its labels legible (auto fold). Zooming in past a step gives the choice a
 * larger frame (semantic zoom), so more groups open the closer the reader looks.
 *
 * Two folds come out: `base`, without a focus, which the layout and the parts' names use, so moving the focus
 * never moves a part or re-formats thousands of names; and `shown`, the same parts with the connections of the part
 * in focus drawn one by one (focus + context). Both are memoised on the graph, the open set and the focus.
 */
import { foldSystemGraph, getSystemGroups, type SystemGraph, type SystemGroups } from "@systemledning/core/system-map";
import { startTransition, useCallback, useMemo, useRef, useState } from "react";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { useAnnounce } from "../primitives/live-region.js";
import { chooseOpenGroups } from "./layout/index.js";
import { afterNextPaint } from "./after-paint.js";
import type { MapTools } from "./messages.js";

/** How the map folds: `"auto"` chooses open groups for the frame; `"none"` draws the full graph. */
export type MapFolding = "auto" | "none";

/** What {@link useMapFolds} takes. */
export interface MapFoldsOptions {
  readonly folding: MapFolding;
  /** Groups open from the start (ids of `getSystemGroups`), as if the reader had opened them. */
  readonly defaultOpenGroups?: readonly string[] | undefined;
  /** The part in focus (a shown node id, or a full-graph id): its connections are never bundled. */
  readonly focusId: string | null;
  /** The map's frame in CSS px, which the auto fold fills. */
  readonly frame: { readonly width: number; readonly height: number };
  /** The semantic zoom step: 0 at fit, +1 each time the zoom passes another factor of {@link FOLD_ZOOM_STEP}. */
  readonly zoomStep: number;
  readonly tools: MapTools;
  /**
   * Told at once when a change of the folds is asked (a group's id, or `"all"`), and with `null` once the map
   * shows it. The map marks the busy part in its DOM itself (use-busy-mark.ts): a press then re-renders nothing
   * of the map in its own frame, which on a national map would take that frame and more (issue 20, point 5).
   */
  readonly onPending?: ((what: string | null) => void) | undefined;
}

/** What {@link useMapFolds} gives the map (and the search, which opens a hit's group). */
export interface MapFolds {
  /** The graph the map draws: folded, with the focus's connections one by one. */
  readonly shown: SystemGraph;
  /** The same parts without a focus: what the layout and the parts' names are computed from. */
  readonly base: SystemGraph;
  /** The groups the core proposes for the full graph (none when folding is `"none"`). */
  readonly groups: SystemGroups;
  readonly isOpen: (groupId: string) => boolean;
  /**
   * Open a group. A press is answered first: the busy mark (`onPending`) is painted, then the map redraws. `quiet`:
   * no press asked for it (the reader's group as the map is first drawn), so there is no mark to show first.
   */
  readonly openGroup: (groupId: string, how?: { readonly quiet?: boolean }) => void;
  readonly closeGroup: (groupId: string) => void;
  readonly openAll: () => void;
  readonly closeAll: () => void;
  /** The id of the shown node that stands for a part of the full graph (itself, or its folded group). */
  readonly shownIdOf: (nodeId: string) => string | null;
}

/** The zoom factor between two steps of the semantic zoom: the map's own zoom buttons' factor. */
export const FOLD_ZOOM_STEP = 1.4;

const NO_GROUPS: SystemGroups = { groups: [], groupOf: new Map() };
const NONE_OPEN: ReadonlySet<string> = new Set();

interface Explicit {
  readonly opened: ReadonlySet<string>;
  readonly closed: ReadonlySet<string>;
}

/**
 * The fold state of a system map: the explicit open/closed sets, the open set chosen for the frame and zoom, and
 * the folded graph.
 *
 * @example
 * const folds = useMapFolds(graph, { folding: "auto", focusId, frame: viewport, zoomStep: 0, tools });
 * folds.openGroup("group:leadership:ls-falun@2");
 */
export function useMapFolds(graph: SystemGraph, options: MapFoldsOptions): MapFolds {
  const { folding, defaultOpenGroups, focusId, frame, zoomStep, tools } = options;
  const announce = useAnnounce();
  const groups = useMemo(
    () => (folding === "none" ? NO_GROUPS : getSystemGroups(graph, { locale: tools.locale })),
    [folding, graph, tools.locale],
  );
  const [explicit, setExplicit] = useState<Explicit>(() => ({
    opened: new Set(defaultOpenGroups ?? []),
    closed: new Set(),
  }));
  const chooseWidth = Math.round(frame.width * FOLD_ZOOM_STEP ** Math.max(0, zoomStep));
  const chooseHeight = Math.round(frame.height * FOLD_ZOOM_STEP ** Math.max(0, zoomStep));
  // The auto choice depends on the graph, the frame and the zoom step only: the reader's choices are applied on
  // top of it, so opening or folding a group by hand never runs the choice over the whole map again.
  const auto = useMemo(
    () =>
      groups.groups.length === 0
        ? NONE_OPEN
        : chooseOpenGroups(graph, groups, { width: chooseWidth, height: chooseHeight }),
    [graph, groups, chooseWidth, chooseHeight],
  );
  const chosen = useMemo(() => withExplicit(auto, explicit), [auto, explicit]);
  // The same open groups as a new set (another zoom step that opens nothing more) must not fold again.
  const openKey = [...chosen].sort().join("\n");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the set's content, not its identity
  const open = useMemo(() => chosen, [openKey]);
  const base = useMemo(
    () => (groups.groups.length === 0 ? graph : foldSystemGraph(graph, groups, open)),
    [graph, groups, open],
  );
  const baseIds = useMemo(() => new Set(base.nodes.map((node) => node.id)), [base]);
  const shownIdOf = useCallback(
    (nodeId: string): string | null => {
      const mapped = "shownAs" in base ? (base.shownAs as ReadonlyMap<string, string>).get(nodeId) : undefined;
      if (mapped !== undefined) return mapped;
      return baseIds.has(nodeId) ? nodeId : null;
    },
    [base, baseIds],
  );
  const focusShownId = focusId === null ? null : shownIdOf(focusId);
  const shown = useMemo(() => {
    if (groups.groups.length === 0 || focusShownId === null) return base;
    const focused = foldSystemGraph(graph, groups, open, { focusId: focusShownId });
    // The focus changes only which connections are bundled: the parts stay the very same objects, so memoised
    // drawing of the parts (names, shapes) is not redone on each key press.
    return { ...focused, nodes: base.nodes };
  }, [graph, groups, open, base, focusShownId]);

  // A change of the folds re-folds, lays out and redraws the map: after the busy mark's frame, in a transition, and
  // without `useTransition`'s pending flag, whose urgent render would redraw the whole map in the press's own frame.
  // `onPending` marks the busy part instead, and hears `null` once the render holding the last change asked for has
  // been committed.
  const onPending = useRef(options.onPending);
  useClientLayoutEffect(() => {
    onPending.current = options.onPending;
  });
  const asked = useRef(0);
  const [served, setServed] = useState(0);
  const change = useCallback((what: string, next: (state: Explicit) => Explicit, quiet = false) => {
    const serial = ++asked.current;
    const apply = () =>
      startTransition(() => {
        setExplicit(next);
        setServed(serial);
      });
    if (quiet) {
      apply();
      return;
    }
    onPending.current?.(what);
    // The mark is set on the DOM now; the render starts only once the frame showing it has been painted
    // (after-paint.ts): started at once, it would run before that frame and hold it back for its whole length.
    afterNextPaint(apply);
  }, []);
  useClientLayoutEffect(() => {
    if (served !== 0 && served === asked.current) onPending.current?.(null);
  }, [served]);

  const labelOf = useCallback((groupId: string) => groups.groups.find((group) => group.id === groupId), [groups]);
  const openGroup = useCallback(
    (groupId: string, how?: { readonly quiet?: boolean }) => {
      const group = labelOf(groupId);
      if (group === undefined) return;
      change(
        groupId,
        (state) => ({ opened: with_(state.opened, groupId), closed: without(state.closed, groupId) }),
        how?.quiet,
      );
      announce(tools.t("mapGroupOpened", { label: group.label, count: tools.number(group.memberIds.length) }));
    },
    [labelOf, change, announce, tools],
  );
  const closeGroup = useCallback(
    (groupId: string) => {
      const group = labelOf(groupId);
      if (group === undefined) return;
      change(groupId, (state) => ({ opened: without(state.opened, groupId), closed: with_(state.closed, groupId) }));
      announce(tools.t("mapGroupClosed", { label: group.label }));
    },
    [labelOf, change, announce, tools],
  );
  const openAll = useCallback(() => {
    change("all", () => ({ opened: new Set(groups.groups.map((group) => group.id)), closed: new Set() }));
    announce(tools.t("mapGroupsAllOpened", { count: tools.number(groups.groups.length) }));
  }, [groups, change, announce, tools]);
  const closeAll = useCallback(() => {
    change("all", () => ({ opened: new Set(), closed: new Set(groups.groups.map((group) => group.id)) }));
    announce(tools.t("mapGroupsAllClosed", { count: tools.number(groups.groups.length) }));
  }, [groups, change, announce, tools]);
  const isOpen = useCallback((groupId: string) => open.has(groupId), [open]);
  return { shown, base, groups, isOpen, openGroup, closeGroup, openAll, closeAll, shownIdOf };
}

/** The auto choice with the reader's choices on top: opened ones open, closed ones closed (closed wins). */
function withExplicit(auto: ReadonlySet<string>, explicit: Explicit): ReadonlySet<string> {
  if (explicit.opened.size === 0 && explicit.closed.size === 0) return auto;
  const open = new Set(auto);
  for (const id of explicit.opened) open.add(id);
  for (const id of explicit.closed) open.delete(id);
  return open;
}

function with_(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  return set.has(id) ? set : new Set([...set, id]);
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}
