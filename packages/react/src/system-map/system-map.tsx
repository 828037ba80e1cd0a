/**
 * The system map (*Att leda hela systemet*, Hälsolabb): who is in the system, how they connect, and where a
 * workshop found that governance works or has gaps. A figure with a visible title and takeaway, the map as an
 * accessible SVG (one tab stop; arrows along the connections; Enter for a part's details), zoom controls and
 * pan, a legend, the map as text and as a table, CSV, SVG and PNG downloads. Workshop mode, where participants
 * add marks, is `SystemMapWorkshop` (system-map-workshop.tsx): it validates each mark through the core's door,
 * and so brings zod, which a page that only shows the map never loads.
 */
import {
  aggregateAnnotations,
  foldAnnotationTargets,
  type FoldedSystemGraph,
  type SystemAnnotation,
  type SystemGraph,
  type SystemMapReader,
} from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { useAnnounce } from "../primitives/live-region.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { downloadMap } from "./export.js";
import type { GraphLayout } from "./layout/types.js";
import { MapCanvas } from "./map-canvas.js";
import { MapControls } from "./map-controls.js";
import { MapDetails } from "./map-details.js";
import { useMapReader } from "./map-reader.js";
import { MapSearch } from "./map-search.js";
import { MapLegend } from "./map-legend.js";
import type { MapPosterChoice } from "./poster-download.js";
import { NO_MARKS, type MapMarks } from "./marks.js";
import { stepInDirection, stepLevel, type MapDirection } from "./navigation.js";
import {
  MapTextEquivalent,
  mapTableColumns,
  mapTableRows,
  mapTakeaway,
  mapTitle,
  type MapTableRow,
} from "./text-equivalent.js";
import { useBusyMark } from "./use-busy-mark.js";
import { useFoldAnchor } from "./use-fold-anchor.js";
import { useMapFolds, type MapFolding } from "./use-map-folds.js";
import { useMapReveal } from "./use-map-reveal.js";
import { fitBounds, mapNeighbours, useMapLayout } from "./use-map-layout.js";
import { useMapZoom } from "./use-map-zoom.js";
import { MAP_VIEW_MESSAGES, type MapTools } from "./messages.js";

/** Props of {@link SystemMap}. */
export interface SystemMapProps extends WidgetProps {
  /** The graph, from `getSystemGraph(workspace, { view, asOf, … })` of `@systemledning/core/system-map`. */
  readonly graph: SystemGraph;
  /** Positions computed elsewhere (a server, a cache); by default the map lays the graph out itself. */
  readonly layout?: GraphLayout | undefined;
  /** `"structured"`: bands by level (system, hierarchy) or rings by distance (perspective); `"force"`: a seeded force layout, run in a worker. @default "structured" */
  readonly layoutMode?: "structured" | "force" | undefined;
  /** The workshop's marks (the workspace's `annotations`, or one workshop's): drawn on their nodes, edges and gaps. */
  readonly annotations?: readonly SystemAnnotation[] | undefined;
  /** Start with the heat view (marks as halos). @default false */
  readonly defaultHeat?: boolean | undefined;
  /**
   * The workspace the graph comes from: a part's details then list a forum's members with their roles and the
   * representation of required sectors.
   */
  readonly workspace?: Workspace | undefined;
  /** Called when a part's details are opened. */
  readonly onOpenNode?: ((nodeId: string) => void) | undefined;
  /** @default "Systemkarta" (or the view's own title) */
  readonly title?: string | undefined;
  /** @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Show the table instead of the map at first. @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
  /**
   * `"auto"`: parts are folded into groups (a leadership with its forums, people in their organisation, …) and
   * the map opens as many as its frame can show with legible labels, more as the reader zooms in; the reader
   * opens and folds any group. `"none"`: the full graph, every part drawn. @default "auto"
   */
  readonly folding?: MapFolding | undefined;
  /** Groups open from the start (ids from `getSystemGroups` of `@systemledning/core/system-map`). */
  readonly defaultOpenGroups?: readonly string[] | undefined;
  /**
   * Who reads the map: their part (`findReaderNode` of `@systemledning/core/system-map`: a person drawn, else the
   * organisation they represent, else a forum they sit in — give `workspace` for the last two) is ringed with
   * "Här finns jag", and the group it is folded into opens.
   */
  readonly reader?: SystemMapReader | undefined;
}

/**
 * The system map of a workspace in an accessible figure.
 *
 * @example
 * const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
 * <SystemMap graph={graph} annotations={workspace.annotations} workspace={workspace} />
 */
export function SystemMap(props: SystemMapProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.graph}
    >
      <SystemMapFigure {...props} />
    </Widget>
  );
}

/** What workshop mode's form is drawn with, for the part whose details are open. */
export interface WorkshopFormContext {
  readonly graph: SystemGraph;
  readonly nodeIndex: number;
  readonly neighbours: readonly number[];
  readonly tools: MapTools;
}

/** Props of {@link SystemMapFigure}: the map's, and the form workshop mode offers (none: no workshop mode). */
export interface SystemMapFigureProps extends SystemMapProps {
  readonly workshopForm?: ((context: WorkshopFormContext) => ReactNode) | undefined;
}

/** The map inside its widget root: `SystemMap` draws it as it is, `SystemMapWorkshop` with a workshop form. */
export function SystemMapFigure({
  graph,
  layout: givenLayout,
  layoutMode = "structured",
  annotations,
  defaultHeat = false,
  workspace,
  workshopForm,
  onOpenNode,
  title,
  headingLevel = 3,
  defaultView,
  folding = "auto",
  defaultOpenGroups,
  reader,
}: SystemMapFigureProps) {
  const tools = useKitLocale(undefined, MAP_VIEW_MESSAGES);
  const { t } = tools;
  const announce = useAnnounce();
  // The map is drawn once the frame is measured (`measured`, before the first paint): drawn at the fallback width
  // first, a national map would be laid out by the browser twice and rendered twice.
  const [measureRef, width, measured] = useMeasuredWidth<HTMLDivElement>(960);
  const viewport = useMemo(() => ({ width, height: Math.round(Math.min(680, Math.max(360, width * 0.62))) }), [width]);
  // The tab stop and the open details by node id: the indices change whenever a group opens or folds.
  const [stopId, setStopId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // Focus + context only while the reader is on the map (or has a part's details open).
  const [onMap, setOnMap] = useState(false);
  const [zoomStep, setZoomStep] = useState(0);
  const nodeElements = useRef(new Map<number, SVGGElement>());
  const indexOfRef = useRef<ReadonlyMap<string, number>>(new Map());
  const busyRing = useRef<HTMLDivElement>(null);
  const markBusy = useBusyMark(measureRef, busyRing, nodeElements, indexOfRef);
  const folds = useMapFolds(graph, {
    folding,
    defaultOpenGroups,
    // The open details' part has its connections unbundled; the tab stop only highlights its own (map-edges.tsx):
    // folding again on every arrow key would cost a national map tens of milliseconds a key press.
    focusId: openId,
    frame: viewport,
    zoomStep,
    tools,
    onPending: markBusy,
  });
  const { shown, base } = folds;
  const {
    layout,
    kind: layoutKind,
    progress,
  } = useMapLayout(base, {
    given: givenLayout,
    mode: layoutMode,
    viewport,
  });
  // Marks on folded parts show on their group, on folded edges on their bundle (the core's foldAnnotationTargets).
  const marks = useMemo<MapMarks>(() => {
    if (annotations === undefined || annotations.length === 0) return NO_MARKS;
    return aggregateAnnotations(
      "shownAs" in base ? foldAnnotationTargets(annotations, base as FoldedSystemGraph) : annotations,
      base,
    );
  }, [annotations, base]);
  const fullMarks = useMemo<MapMarks>(
    () => (annotations === undefined || annotations.length === 0 ? NO_MARKS : aggregateAnnotations(annotations, graph)),
    [annotations, graph],
  );

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const groupRef = useRef<SVGGElement>(null);
  const bounds = useMemo(() => fitBounds(layout), [layout]);

  const { neighbours, degree } = useMemo(() => mapNeighbours(base), [base]);
  const indexOf = useMemo(() => new Map(base.nodes.map((node, index) => [node.id, index])), [base]);
  useClientLayoutEffect(() => {
    indexOfRef.current = indexOf;
  }, [indexOf]);
  const levels = useMemo(() => base.nodes.map((node) => node.level), [base]);
  const firstNode = base.nodes.findIndex((node) => node.kind !== "level");
  const indexOfPart = (id: string) => indexOf.get(folds.shownIdOf(id) ?? "");
  const stopIndex = (stopId === null ? undefined : indexOfPart(stopId)) ?? firstNode;
  const openIndex = openId === null ? null : (indexOf.get(openId) ?? null);
  const [heat, setHeat] = useState(defaultHeat);
  const [workshop, setWorkshop] = useState(false);

  const anchoring = useFoldAnchor({
    layout,
    nodes: base.nodes,
    stopIndex,
    indexOfPart,
    setZoomStep,
  });
  const drawn = layout !== null && measured;
  const zoomApi = useMapZoom(measureRef, stageRef, svgRef, groupRef, viewport, bounds, { ...anchoring, drawn });
  const { keep } = anchoring;

  const registerNode = useCallback((index: number, element: SVGGElement | null) => {
    if (element === null) nodeElements.current.delete(index);
    else nodeElements.current.set(index, element);
  }, []);
  const focusNode = useCallback(
    (index: number, pan = true) => {
      setStopId(base.nodes[index]?.id ?? null);
      if (pan && layout !== null) zoomApi.ensureVisible(layout.positions[2 * index]!, layout.positions[2 * index + 1]!);
      // A part kept in place stands where the reader pressed: no scrolling of the page or the frame either.
      nodeElements.current.get(index)?.focus({ preventScroll: !pan });
    },
    [base, layout, zoomApi],
  );
  const keepPlace = useCallback((id: string, index: number) => keep(id, index, zoomApi.current()), [keep, zoomApi]);
  const { reveal, openGroupAt, foldGroup } = useMapReveal(base, layout, folds.groups, folds, { focusNode, keepPlace });
  const readerPlace = useMapReader(graph, reader, folds.groups, workspace, folds);
  const readerIndex = readerPlace === null ? null : (indexOfPart(readerPlace.nodeId) ?? null);
  const onNodeFocus = useCallback(
    (index: number) => {
      setStopId(base.nodes[index]?.id ?? null);
      setOnMap(true);
    },
    [base],
  );
  const onNodeOpen = useCallback(
    (index: number, details = false) => {
      const node = base.nodes[index]!;
      const first = node.members?.[0];
      // A group opens in place; Shift+Enter shows its details instead (its parts listed, each one a way in).
      if (node.kind === "group" && first !== undefined && !details) {
        // Open the group and go to its first member, drawn where the group was. The press itself only marks the
        // group busy (use-busy-mark.ts): the fold, the redraw and the focus follow.
        openGroupAt(node.id, first, { keepPlaceOf: index });
        return;
      }
      setOpenId(node.id);
      onOpenNode?.(node.id);
    },
    [base, openGroupAt, onOpenNode],
  );
  const onNodeKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, index: number) => {
      if (layout === null) return;
      const arrows: Readonly<Record<string, MapDirection>> = {
        ArrowLeft: "left",
        ArrowRight: "right",
        ArrowUp: "up",
        ArrowDown: "down",
      };
      const direction = arrows[event.key];
      let next: number | null = null;
      if (direction !== undefined)
        next = stepInDirection(layout, index, direction, neighbours[index] ?? [], base.nodes.length);
      else if (event.key === "PageUp" || event.key === "PageDown")
        next = stepLevel(layout, levels, index, event.key === "PageUp" ? -1 : 1);
      else if (event.key === "Home") next = firstNode;
      else if (event.key === "End") next = base.nodes.length - 1;
      else if (event.key === "Enter" || event.key === " ") onNodeOpen(index, event.shiftKey);
      else if (event.key === "+" || event.key === "=") zoomApi.zoomBy(1.4);
      else if (event.key === "-") zoomApi.zoomBy(1 / 1.4);
      else if (event.key === "0") zoomApi.fit();
      else if (event.key === "Escape" && openId !== null) setOpenId(null);
      else return;
      event.preventDefault();
      if (next !== null && base.nodes[next]?.kind !== "level") focusNode(next);
    },
    [layout, neighbours, levels, base, firstNode, openId, focusNode, onNodeOpen, zoomApi],
  );
  const closeDetails = () => {
    const index = openIndex;
    setOpenId(null);
    if (index !== null) focusNode(index);
  };
  // A workshop's marks name the workspace's own parts and connections, never a group or a bundle: the form works
  // on the full graph (a group opens rather than showing details, so the open part is always one of the full graph).
  const workshopOn = workshop && workshopForm !== undefined;
  const fullNeighbours = useMemo(() => (workshopOn ? mapNeighbours(graph).neighbours : null), [workshopOn, graph]);
  const fullIndex = openId === null ? -1 : graph.nodes.findIndex((node) => node.id === openId);
  const mapLabel = title ?? mapTitle(graph, tools);

  // Once per graph and set of marks: the map re-renders on every focus move, and the rows walk every part.
  const takeaway = useMemo(() => mapTakeaway(graph, fullMarks, tools), [graph, fullMarks, tools]);
  const hasGroups = folds.groups.groups.length > 0;
  const table = useMemo(
    () => ({
      columns: mapTableColumns(tools, hasGroups),
      rows: mapTableRows(base, degree, marks, tools, graph),
      getRowId: (row: MapTableRow) => row.node.id,
    }),
    [tools, hasGroups, base, degree, marks, graph],
  );

  const download = (format: "svg" | "png" | MapPosterChoice) =>
    void downloadMap(format, {
      svg: svgRef.current,
      graph: base,
      layout,
      title: mapLabel,
      viewport,
      tools,
      annotations,
    }).then((said) => said === null || announce(said));

  return (
    <ChartFigure
      title={mapLabel}
      headingLevel={headingLevel}
      takeaway={takeaway}
      table={table}
      keyboardHint={t("mapKeys")}
      defaultView={defaultView}
      details={<MapLegend tools={tools} />}
    >
      <MapControls
        tools={tools}
        heat={heat}
        onHeatChange={setHeat}
        workshop={workshopForm === undefined ? null : workshop}
        onWorkshopChange={setWorkshop}
        onZoomIn={() => zoomApi.zoomBy(1.4)}
        onZoomOut={() => zoomApi.zoomBy(1 / 1.4)}
        onFit={() => zoomApi.fit()}
        onExport={download}
        folds={folds.groups.groups.length === 0 ? null : { onOpenAll: folds.openAll, onCloseAll: folds.closeAll }}
        onPoster={download}
      />
      <MapSearch graph={graph} groups={folds.groups} tools={tools} onChoose={(hit) => reveal(hit.nodeId)} />
      {workshop ? <p className="sl-map-workshop-hint">{t("mapWorkshopHint")}</p> : null}
      <div
        ref={measureRef}
        // While a change of the folds is worked out, `aria-busy` is set here by use-busy-mark.ts, not rendered.
        className="sl-map-frame"
        onBlur={(event) => {
          if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
            setOnMap(false);
        }}
      >
        {layout === null ? (
          <p className="sl-map-loading" role="status">
            {layoutKind === "layered-worker"
              ? t("mapLayingOut")
              : t("mapLoadingLayout", { percent: tools.percent(progress) })}
          </p>
        ) : !drawn ? null : (
          <div ref={stageRef} className="sl-map-stage">
            <MapCanvas
              graph={shown}
              layout={layout}
              degree={degree}
              marks={marks}
              showHeat={heat}
              stopIndex={stopIndex}
              openIndex={openIndex}
              focusIndex={openIndex ?? (onMap ? stopIndex : null)}
              readerIndex={readerIndex}
              svgRef={svgRef}
              groupRef={groupRef}
              viewport={viewport}
              label={mapLabel}
              tools={tools}
              registerNode={registerNode}
              onNodeFocus={onNodeFocus}
              onNodeKeyDown={onNodeKeyDown}
              onNodeOpen={onNodeOpen}
            />
          </div>
        )}
        <div ref={busyRing} className="sl-map-busy-ring" aria-hidden="true" />
      </div>
      {openIndex === null ? null : (
        <MapDetails
          graph={shown}
          index={openIndex}
          neighbours={neighbours[openIndex] ?? []}
          marks={marks}
          tools={tools}
          workspace={workspace}
          headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
          onClose={closeDetails}
          onGoTo={focusNode}
          folding={{ full: graph, groups: folds.groups, onOpenGroup: openGroupAt, onCloseGroup: foldGroup }}
        >
          {workshopOn && fullNeighbours !== null && fullIndex >= 0
            ? workshopForm({ graph, nodeIndex: fullIndex, neighbours: fullNeighbours[fullIndex] ?? [], tools })
            : null}
        </MapDetails>
      )}
      <MapTextEquivalent graph={base} full={graph} tools={tools} />
    </ChartFigure>
  );
}
