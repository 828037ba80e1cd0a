/**
 * The auto fold: which groups of the map stand open so that the map, fitted to its frame, keeps every label at a
 * legible size. Groups open smallest first (then in the groups' order) while the estimated picture still fits;
 * the first that would not fit stops the opening, so that more room never closes a group that less room opened
 * (the reader zooming in sees groups open, never one close). The reader's own choices always win.
 *
 * The estimate is the layout's own arithmetic on the bands' widths ({@link estimateBandsFit}): linear in the
 * parts per trial, no layout is run.
 */
import { MAP_LABEL_FONT_PX, MAP_LABEL_MIN_PX } from "./labels.js";
import { estimateBandsFit, shownNodeWidth, type ShownGraphShape } from "./shown-layout.js";

/** The parts of the core's `SystemGroups` (`getSystemGroups`) the auto fold reads. */
export interface SystemGroupsShape {
  readonly groups: readonly {
    readonly id: string;
    readonly label: string;
    readonly level: number;
    readonly memberIds: readonly string[];
  }[];
  readonly groupOf: ReadonlyMap<string, string>;
}

/** Options of {@link chooseOpenGroups}. */
export interface ChooseOpenGroupsOptions {
  /** The frame, in CSS px (at a zoom step: the frame times the zoom over the fit's scale). */
  readonly width: number;
  readonly height: number;
  /** Font size of the labels in map units. @default MAP_LABEL_FONT_PX */
  readonly fontPx?: number | undefined;
  /** Smallest a label may be on screen at the fit. @default MAP_LABEL_MIN_PX */
  readonly minLabelPx?: number | undefined;
  /** Groups the reader opened: always open. */
  readonly open?: Iterable<string> | undefined;
  /** Groups the reader closed: always closed (wins over `open`). */
  readonly closed?: Iterable<string> | undefined;
  /** Clear room between two labels of a row (the layout's `gap`). @default 12 */
  readonly gap?: number | undefined;
}

/**
 * The groups to keep open when `graph` is drawn in a `width` × `height` frame: the reader's `open` ones, then
 * others smallest first (ties in the groups' order) while the folded map, fitted to the frame, keeps its labels
 * at `minLabelPx` or more; never the reader's `closed` ones. Deterministic; monotone in the frame (a larger frame
 * keeps open every group a smaller one opened). The set is what `foldSystemGraph` takes as `open`.
 *
 * @example
 * const open = chooseOpenGroups(graph, getSystemGroups(graph), { width: 1280, height: 800 });
 * const shown = foldSystemGraph(graph, groups, open);
 */
export function chooseOpenGroups(
  graph: ShownGraphShape,
  groups: SystemGroupsShape,
  options: ChooseOpenGroupsOptions,
): ReadonlySet<string> {
  const fontPx = options.fontPx ?? MAP_LABEL_FONT_PX;
  const wanted = (options.minLabelPx ?? MAP_LABEL_MIN_PX) / fontPx;
  const gap = options.gap ?? 12;
  const viewport = { width: Math.max(1, options.width), height: Math.max(1, options.height) };
  const known = new Set(groups.groups.map((group) => group.id));
  const closed = new Set([...(options.closed ?? [])].filter((id) => known.has(id)));
  const open = new Set([...(options.open ?? [])].filter((id) => known.has(id) && !closed.has(id)));

  // Widths once: each part's, each group's as one folded node (its label with the count).
  const nodeWidth = graph.nodes.map((node) => (node.kind === "level" ? 0 : shownNodeWidth(node, fontPx)));
  const groupWidth = new Map(
    groups.groups.map((group) => [
      group.id,
      shownNodeWidth(
        {
          id: group.id,
          kind: "group",
          level: group.level,
          distance: null,
          label: group.label,
          members: group.memberIds,
        },
        fontPx,
      ),
    ]),
  );
  const groupLevel = new Map(groups.groups.map((group) => [group.id, group.level]));
  const bandCount = Math.max(
    graph.levels.length,
    ...graph.nodes.map((node) => (Number.isFinite(node.level) && node.level >= 0 ? Math.floor(node.level) + 1 : 1)),
  );
  const band = (level: number) =>
    Number.isFinite(level) && level >= 0 ? Math.min(bandCount - 1, Math.floor(level)) : 0;

  /** The bands' widths when the groups of `opened` are open: a folded group where its first member stood. */
  const bandWidths = (opened: ReadonlySet<string>): number[][] => {
    const bands: number[][] = Array.from({ length: bandCount }, () => []);
    const placed = new Set<string>();
    graph.nodes.forEach((node, index) => {
      if (node.kind === "level") return;
      const groupId = groups.groupOf.get(node.id);
      if (groupId === undefined || !groupWidth.has(groupId) || opened.has(groupId)) {
        bands[band(node.level)]!.push(nodeWidth[index]!);
      } else if (!placed.has(groupId)) {
        placed.add(groupId);
        bands[band(groupLevel.get(groupId)!)]!.push(groupWidth.get(groupId)!);
      }
    });
    return bands;
  };
  const fits = (opened: ReadonlySet<string>) => estimateBandsFit(bandWidths(opened), viewport, gap).scale >= wanted;

  const order = new Map(groups.groups.map((group, index) => [group.id, index]));
  const candidates = groups.groups
    .filter((group) => !open.has(group.id) && !closed.has(group.id))
    .sort((a, b) => a.memberIds.length - b.memberIds.length || order.get(a.id)! - order.get(b.id)!);
  for (const group of candidates) {
    open.add(group.id);
    if (!fits(open)) {
      // Stop at the first that does not fit (rather than try the next): what opens is then a prefix of one
      // fixed order, so a larger frame opens at least as much.
      open.delete(group.id);
      break;
    }
  }
  return open;
}
