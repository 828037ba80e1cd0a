/**
 * The system map (*Att leda hela systemet*, Hälsolabb): who is in the system, how they connect, and where a
 * workshop found that governance works or has gaps. A figure with a visible title and takeaway, the map as an
 * accessible SVG (one tab stop; arrows along the connections; Enter for a part's details), zoom controls and
 * pan, a legend, the map as text and as a table, CSV, SVG and PNG downloads. Workshop mode, where participants
 * add marks, is `SystemMapWorkshop` (system-map-workshop.tsx): it validates each mark through the core's door,
 * and so brings zod, which a page that only shows the map never loads.
 */
import { aggregateAnnotations, type SystemAnnotation, type SystemGraph } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { useAnnounce } from "../primitives/live-region.js";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { exportMapPng, exportMapSvg } from "./export.js";
import {
  LAYERED_OFF_MAIN_THREAD_FROM,
  layoutLayered,
  layoutRadial,
  mapLayeredOptions,
  toLayoutGraph,
  useForceLayout,
  useLayeredLayout,
} from "./layout/index.js";
import type { GraphLayout } from "./layout/types.js";
import { MapCanvas } from "./map-canvas.js";
import { MapControls } from "./map-controls.js";
import { MapDetails } from "./map-details.js";
import { MapLegend } from "./map-legend.js";
import { downloadMapPoster, type MapPosterChoice } from "./poster-download.js";
import { NO_MARKS, type MapMarks } from "./marks.js";
import { stepInDirection, stepLevel, type MapDirection } from "./navigation.js";
import { MapTextEquivalent, mapTableColumns, mapTableRows, mapTakeaway } from "./text-equivalent.js";
import { useMapZoom } from "./use-map-zoom.js";
import { MAP_VIEW_MESSAGES, type MapTools } from "./messages.js";

/** Room around the parts' centres that the fit keeps in view, in map units (see `NODE_RADIUS` and the labels). */
const FIT_MARGIN = { side: 70, top: 36, bottom: 44 } as const;

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
}: SystemMapFigureProps) {
  const tools = useKitLocale(undefined, MAP_VIEW_MESSAGES);
  const { t } = tools;
  const announce = useAnnounce();
  const layoutGraph = useMemo(() => toLayoutGraph(graph), [graph]);
  const marks = useMemo<MapMarks>(
    () => (annotations === undefined || annotations.length === 0 ? NO_MARKS : aggregateAnnotations(annotations, graph)),
    [annotations, graph],
  );
  // Structured: rings for a perspective, bands for the others; a large map's bands are laid out in the worker.
  const structuredKind =
    givenLayout !== undefined || layoutMode === "force"
      ? null
      : graph.view === "perspective"
        ? "radial"
        : layoutGraph.nodes.length >= LAYERED_OFF_MAIN_THREAD_FROM
          ? "layered-worker"
          : "layered";
  const layeredOptions = useMemo(() => mapLayeredOptions(layoutGraph.nodes.length), [layoutGraph.nodes.length]);
  const structured = useMemo(() => {
    if (structuredKind === "radial") return layoutRadial(layoutGraph, { ringSpacing: 150 });
    return structuredKind === "layered" ? layoutLayered(layoutGraph, layeredOptions) : null;
  }, [structuredKind, layoutGraph, layeredOptions]);
  const offMainThread = useLayeredLayout(structuredKind === "layered-worker" ? layoutGraph : null, layeredOptions);
  const force = useForceLayout(layoutMode === "force" && givenLayout === undefined ? layoutGraph : null);
  const layout = givenLayout ?? structured ?? (structuredKind === "layered-worker" ? offMainThread : force.layout);

  const [measureRef, width] = useMeasuredWidth<HTMLDivElement>(960);
  const viewport = useMemo(() => ({ width, height: Math.round(Math.min(680, Math.max(360, width * 0.62))) }), [width]);
  const svgRef = useRef<SVGSVGElement>(null);
  const groupRef = useRef<SVGGElement>(null);
  // The fit takes in what stands around the parts' centres: their shapes and labels (half a label's width to
  // each side, a label's line below), the marks above them, and the band labels left of a layered map.
  const bounds = useMemo(() => {
    if (layout === null) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
    const { minX, minY, maxX, maxY } = layout.bounds;
    return {
      minX: minX - (layout.bands.length > 0 ? 200 : FIT_MARGIN.side),
      minY: minY - FIT_MARGIN.top,
      maxX: maxX + FIT_MARGIN.side,
      maxY: maxY + FIT_MARGIN.bottom,
    };
  }, [layout]);
  const zoomApi = useMapZoom(measureRef, svgRef, groupRef, viewport, bounds);

  // Neighbours by index (both directions, each once however many edges join them): the keyboard's paths and
  // the details' list; the degree counts the edges.
  const { neighbours, degree } = useMemo(() => {
    const sets = graph.nodes.map(() => new Set<number>());
    const edgeCount = graph.nodes.map(() => 0);
    const indexOf = new Map(graph.nodes.map((node, index) => [node.id, index]));
    for (const edge of graph.edges) {
      const a = indexOf.get(edge.source);
      const b = indexOf.get(edge.target);
      if (a === undefined || b === undefined) continue;
      sets[a]!.add(b);
      sets[b]!.add(a);
      edgeCount[a]!++;
      edgeCount[b]!++;
    }
    return { neighbours: sets.map((set) => [...set]), degree: edgeCount };
  }, [graph]);
  const levels = useMemo(() => graph.nodes.map((node) => node.level), [graph]);
  const firstNode = graph.nodes.findIndex((node) => node.kind !== "level");
  const [stop, setStop] = useState(firstNode);
  const stopIndex = stop >= 0 && stop < graph.nodes.length && graph.nodes[stop]?.kind !== "level" ? stop : firstNode;
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const [heat, setHeat] = useState(defaultHeat);
  const [workshop, setWorkshop] = useState(false);
  const nodeElements = useRef(new Map<number, SVGGElement>());

  const registerNode = useCallback((index: number, element: SVGGElement | null) => {
    if (element === null) nodeElements.current.delete(index);
    else nodeElements.current.set(index, element);
  }, []);
  const focusNode = useCallback(
    (index: number) => {
      setStop(index);
      if (layout !== null) zoomApi.ensureVisible(layout.positions[2 * index]!, layout.positions[2 * index + 1]!);
      nodeElements.current.get(index)?.focus();
    },
    [layout, zoomApi],
  );
  const onNodeFocus = useCallback((index: number) => setStop(index), []);
  const onNodeOpen = useCallback(
    (index: number) => {
      setOpenIndex(index);
      onOpenNode?.(graph.nodes[index]!.id);
    },
    [graph, onOpenNode],
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
        next = stepInDirection(layout, index, direction, neighbours[index] ?? [], graph.nodes.length);
      else if (event.key === "PageUp" || event.key === "PageDown")
        next = stepLevel(layout, levels, index, event.key === "PageUp" ? -1 : 1);
      else if (event.key === "Home") next = firstNode;
      else if (event.key === "End") next = graph.nodes.length - 1;
      else if (event.key === "Enter" || event.key === " ") onNodeOpen(index);
      else if (event.key === "+" || event.key === "=") zoomApi.zoomBy(1.4);
      else if (event.key === "-") zoomApi.zoomBy(1 / 1.4);
      else if (event.key === "0") zoomApi.fit();
      else if (event.key === "Escape" && openIndex !== null) setOpenIndex(null);
      else return;
      event.preventDefault();
      if (next !== null && graph.nodes[next]?.kind !== "level") focusNode(next);
    },
    [layout, neighbours, levels, graph, firstNode, openIndex, focusNode, onNodeOpen, zoomApi],
  );
  const closeDetails = () => {
    const index = openIndex;
    setOpenIndex(null);
    if (index !== null) focusNode(index);
  };
  const mapLabel =
    title ??
    (graph.view === "perspective"
      ? t("mapTitlePerspective", { focus: graph.nodes.find((node) => node.id === graph.focusId)?.label ?? "" })
      : graph.view === "hierarchy"
        ? t("mapTitleHierarchy")
        : t("mapTitle"));

  const exportAs = async (format: "svg" | "png") => {
    if (layout === null || svgRef.current === null) return;
    const file =
      format === "svg"
        ? exportMapSvg(svgRef.current, mapLabel, viewport)
        : await exportMapPng(graph, layout, mapLabel, tools);
    announce(t("mapExported", { file }));
  };

  // The poster's code comes with the first poster asked for (poster-download.ts), never with the map.
  const exportPoster = async (choice: MapPosterChoice) => {
    const { file, warnings } = await downloadMapPoster(graph, choice, {
      title: mapLabel,
      locale: tools.locale,
      annotations,
    });
    announce([t("mapExported", { file }), ...warnings].join(" "));
  };

  return (
    <ChartFigure
      title={mapLabel}
      headingLevel={headingLevel}
      takeaway={mapTakeaway(graph, marks, tools)}
      table={{
        columns: mapTableColumns(tools),
        rows: mapTableRows(graph, degree, marks, tools),
        getRowId: (row) => row.node.id,
      }}
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
        onExport={(format) => void exportAs(format)}
        onPoster={(choice) => void exportPoster(choice)}
      />
      {workshop ? <p className="sl-map-workshop-hint">{t("mapWorkshopHint")}</p> : null}
      <div ref={measureRef} className="sl-map-frame">
        {layout === null ? (
          <p className="sl-map-loading" role="status">
            {structuredKind === "layered-worker"
              ? t("mapLayingOut")
              : t("mapLoadingLayout", { percent: tools.percent(force.progress) })}
          </p>
        ) : (
          <MapCanvas
            graph={graph}
            layout={layout}
            degree={degree}
            marks={marks}
            showHeat={heat}
            stopIndex={stopIndex}
            openIndex={openIndex}
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
        )}
      </div>
      {openIndex === null ? null : (
        <MapDetails
          graph={graph}
          index={openIndex}
          neighbours={neighbours[openIndex] ?? []}
          marks={marks}
          tools={tools}
          workspace={workspace}
          headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
          onClose={closeDetails}
          onGoTo={focusNode}
        >
          {workshop && workshopForm !== undefined
            ? workshopForm({ graph, nodeIndex: openIndex, neighbours: neighbours[openIndex] ?? [], tools })
            : null}
        </MapDetails>
      )}
      <MapTextEquivalent graph={graph} tools={tools} />
    </ChartFigure>
  );
}
