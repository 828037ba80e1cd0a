/**
 * The drawing of the system map: level bands, edges (map-edges.tsx: bundles, focus + context), nodes with a
 * shape per kind (a folded group as a stacked box) and a label always drawn, and the workshop's marks. Each node is a focusable
 * element with a roving tabindex (one tab stop for the whole map) and a name that says its kind, level and
 * connections. Pan and zoom move one group's transform attribute (use-map-zoom.ts).
 */
import type { SystemGraph, SystemNode } from "@systemledning/core/system-map";
import { memo, useMemo, type KeyboardEvent, type RefObject } from "react";
import { classNames } from "../primitives/widget.js";
import { groupLabel, MAP_LABEL_FONT_PX, MAP_LABEL_LINE_EM, measureMapLabel } from "./layout/labels.js";
import type { GraphLayout } from "./layout/types.js";
import { MarkBadges } from "./map-badges.js";
import { MapEdges } from "./map-edges.js";
import { LABEL_BASELINE_GAP, placeMapTexts } from "./map-text-places.js";
import { markBalance, type MapMarkCounts, type MapMarks } from "./marks.js";
import { connectionsText, levelText, nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";
import { ReaderRing, readerNodeName } from "./map-reader.js";

/** Radius of each kind's shape in map units. */
export const NODE_RADIUS: Readonly<Record<SystemNode["kind"], number>> = {
  level: 0,
  leadership: 22,
  forum: 18,
  organisation: 14,
  sector: 14,
  person: 7,
  "citizen-group": 20,
  missing: 14,
  group: 20,
};

/** The radius of a part's shape. */
function nodeRadius(node: SystemNode): number {
  return NODE_RADIUS[node.kind];
}

/** Most characters of a label drawn on the map: about the room between two parts side by side at 11 px. */
const LABEL_CHARACTERS = 18;

/**
 * The text drawn under a part: its label, its short label when the label is longer than the room, cut with
 * "…" when even that is (by code points, never inside a surrogate pair). The full name is in the part's
 * accessible name and its details.
 *
 * @example
 * mapLabel({ label: "Systemledning Malung-Sälen", shortLabel: "Systemledning Malung-Sälen" }) // "Systemledning Mal…"
 */
export function mapLabel(node: Pick<SystemNode, "label" | "shortLabel">): string {
  const chosen = [...node.label].length > LABEL_CHARACTERS ? node.shortLabel : node.label;
  const points = [...chosen];
  return points.length > LABEL_CHARACTERS
    ? `${points
        .slice(0, LABEL_CHARACTERS - 1)
        .join("")
        .trimEnd()}…`
    : chosen;
}

/** Props of {@link MapCanvas}. */
export interface MapCanvasProps {
  readonly graph: SystemGraph;
  readonly layout: GraphLayout;
  readonly degree: readonly number[];
  readonly marks: MapMarks;
  readonly showHeat: boolean;
  /** The node holding the tab stop. */
  readonly stopIndex: number;
  readonly openIndex: number | null;
  /** The part whose connections are drawn in full while the others dim (focus + context); null for none. */
  readonly focusIndex?: number | null | undefined;
  /** The reader's part ("Här finns jag", map-reader.tsx): ringed, and the words in its name; null for none. */
  readonly readerIndex?: number | null | undefined;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly groupRef: RefObject<SVGGElement | null>;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly label: string;
  readonly tools: MapTools;
  readonly registerNode: (index: number, element: SVGGElement | null) => void;
  readonly onNodeFocus: (index: number) => void;
  readonly onNodeKeyDown: (event: KeyboardEvent<SVGGElement>, index: number) => void;
  /** Open a part's details, or a group in place (`details`: the group's details instead, from Shift). */
  readonly onNodeOpen: (index: number, details?: boolean) => void;
}

/** The map's SVG. */
export function MapCanvas(props: MapCanvasProps) {
  const { graph, layout, marks, showHeat, svgRef, groupRef, viewport, label } = props;
  // Every part's accessible name, formatted once per set of parts, marks and locale: not again for each key
  // press that moves the focus (a national map has thousands of parts; the focus changes only the edges).
  const { degree, tools } = props;
  const { nodes, levels } = graph;
  const names = useMemo(
    () =>
      nodes.map((node, index) =>
        node.kind === "level" ? "" : nodeName({ levels }, node, degree[index] ?? 0, marks.nodes.get(node.id), tools),
      ),
    [nodes, levels, degree, marks, tools],
  );
  const focusId =
    props.focusIndex === null || props.focusIndex === undefined ? null : (nodes[props.focusIndex]?.id ?? null);
  // Once per layout and set of marks, never per frame: a pan or a zoom moves one transform and keeps these.
  const readerIndex = props.readerIndex ?? null;
  const texts = useMemo(
    () => placeMapTexts(graph, layout, marks, tools, nodeRadius, readerIndex),
    [graph, layout, marks, tools, readerIndex],
  );
  const position = (id: string): readonly [number, number] | null => {
    const index = layout.indexById.get(id);
    return index === undefined ? null : [layout.positions[2 * index]!, layout.positions[2 * index + 1]!];
  };
  return (
    <svg
      ref={svgRef}
      className={classNames("sl-map-svg", showHeat && "sl-map-heat")}
      viewBox={`0 0 ${viewport.width} ${viewport.height}`}
      role="group"
      aria-label={label}
    >
      <g ref={groupRef}>
        <g aria-hidden="true" className="sl-map-bands">
          {layout.bands.map((band) => (
            <g key={band.level}>
              <rect
                className={band.level % 2 === 0 ? "sl-map-band" : "sl-map-band sl-map-band-alt"}
                x={layout.bounds.minX - 200}
                y={band.y}
                width={layout.bounds.maxX - layout.bounds.minX + 400}
                height={band.height}
              />
              <text className="sl-map-band-label" x={layout.bounds.minX - 190} y={band.y + 8}>
                {graph.levels[band.level] === undefined ? "" : props.tools.text(graph.levels[band.level]!.label)}
              </text>
            </g>
          ))}
        </g>
        <MapEdges graph={graph} layout={layout} focusId={focusId} counts={texts.counts}>
          {[...marks.gaps.values()].map((gap) => {
            const a = gap.between === null ? null : position(gap.between[0]);
            const b = gap.between === null ? null : position(gap.between[1]);
            return a === null || b === null ? null : (
              <path key={gap.key} className="sl-map-gap" d={`M${a[0]},${a[1]}L${b[0]},${b[1]}`} />
            );
          })}
        </MapEdges>
        <g className="sl-map-nodes">
          {graph.nodes.map((node, index) =>
            node.kind === "level" ? null : (
              <MapNode
                key={node.id}
                node={node}
                index={index}
                x={layout.positions[2 * index]!}
                y={layout.positions[2 * index + 1]!}
                name={index === props.readerIndex ? readerNodeName(names[index]!, tools) : names[index]!}
                counts={marks.nodes.get(node.id)}
                showHeat={showHeat}
                isStop={index === props.stopIndex}
                isOpen={index === props.openIndex}
                registerNode={props.registerNode}
                onNodeFocus={props.onNodeFocus}
                onNodeKeyDown={props.onNodeKeyDown}
                onNodeOpen={props.onNodeOpen}
              />
            ),
          )}
        </g>
        {/* Texts drawn on the map stand outside the parts' buttons (aria-hidden): a button's name says the
            same in words, and a button holding other visible text would not contain it in its name (2.5.3). */}
        <NodeLabels nodes={nodes} layout={layout} />
        {props.readerIndex === null ||
        props.readerIndex === undefined ||
        nodes[props.readerIndex] === undefined ? null : (
          <ReaderRing
            x={layout.positions[2 * props.readerIndex]!}
            y={layout.positions[2 * props.readerIndex + 1]!}
            radius={NODE_RADIUS[nodes[props.readerIndex]!.kind]}
            tools={tools}
          />
        )}
        {/* The marks last, on top; placed with the bundles' counts so none covers a label or another. */}
        <g aria-hidden="true" className="sl-map-node-marks">
          {texts.badges.map((place) => (
            <MarkBadges key={place.key} x={place.x} y={place.y} badges={place.badges} />
          ))}
        </g>
      </g>
    </svg>
  );
}

/** The accessible name of a node: kind, label, level, connections, and its marks when it has any. */
export function nodeName(
  graph: Pick<SystemGraph, "levels">,
  node: SystemNode,
  degree: number,
  counts: MapMarkCounts | undefined,
  tools: MapTools,
): string {
  const base = tools.t("mapNodeName", {
    kind: nodeKindText(node.kind, tools),
    label:
      node.members === undefined
        ? node.label
        : `${node.label}, ${tools.t("mapGroupParts", { count: tools.number(node.members.length) })}`,
    level: levelText(graph, node, tools),
    connections: connectionsText(degree, tools),
  });
  const distance =
    node.distance === null || node.distance === 0
      ? ""
      : `, ${tools.t("mapDistance", { distance: tools.number(node.distance) })}`;
  const marks =
    counts === undefined
      ? ""
      : `, ${tools.t("mapNodeAnnotations", { good: tools.number(counts.worksWell), bad: tools.number(counts.needsImprovement) })}`;
  return `${base}${distance}${marks}`;
}

interface MapNodeProps {
  readonly node: SystemNode;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly name: string;
  readonly counts: MapMarkCounts | undefined;
  readonly showHeat: boolean;
  readonly isStop: boolean;
  readonly isOpen: boolean;
  readonly registerNode: MapCanvasProps["registerNode"];
  readonly onNodeFocus: MapCanvasProps["onNodeFocus"];
  readonly onNodeKeyDown: MapCanvasProps["onNodeKeyDown"];
  readonly onNodeOpen: MapCanvasProps["onNodeOpen"];
}

/**
 * One node: memoised, so a focus change re-renders two nodes, not five thousand. A press on a group marks it busy
 * on the element itself (use-busy-mark.ts), so `aria-busy` is not one of its props.
 */
const MapNode = memo(function MapNode({
  node,
  index,
  x,
  y,
  name,
  counts,
  showHeat,
  isStop,
  isOpen,
  registerNode,
  onNodeFocus,
  onNodeKeyDown,
  onNodeOpen,
}: MapNodeProps) {
  const radius = NODE_RADIUS[node.kind];
  const balance = markBalance(counts);
  return (
    <g
      ref={(element) => registerNode(index, element)}
      className="sl-map-node"
      data-kind={node.kind}
      data-focus={node.distance === 0 ? "" : undefined}
      transform={`translate(${x},${y})`}
      role="button"
      aria-label={name}
      aria-expanded={node.kind === "group" ? false : isOpen}
      tabIndex={isStop ? 0 : -1}
      onFocus={() => onNodeFocus(index)}
      onKeyDown={(event) => onNodeKeyDown(event, index)}
      onClick={(event) => onNodeOpen(index, event.shiftKey)}
    >
      {showHeat && counts !== undefined ? (
        <circle
          className="sl-map-heat-halo"
          data-balance={balance > 0 ? "good" : balance < 0 ? "bad" : "even"}
          r={radius + 6 + Math.min(14, 3 * (counts.worksWell + counts.needsImprovement))}
        />
      ) : null}
      <NodeShape kind={node.kind} radius={radius} />
      {counts !== undefined && counts.positions > 0 ? <circle className="sl-map-position-ring" r={radius + 5} /> : null}
    </g>
  );
});

/**
 * Every part's label under its shape, in one layer, always drawn: in the lines and the room the layout gave it
 * (`measureMapLabel`; a folded group's with its count, `groupLabel`), so no two overlap. Redrawn only with the
 * parts or the layout.
 */
const NodeLabels = memo(function NodeLabels({
  nodes,
  layout,
}: {
  readonly nodes: readonly SystemNode[];
  readonly layout: GraphLayout;
}) {
  return (
    <g aria-hidden="true" className="sl-map-labels">
      {nodes.map((node, index) =>
        node.kind === "level" ? null : (
          <text
            key={node.id}
            className="sl-map-label"
            data-kind={node.kind}
            x={layout.positions[2 * index]!}
            y={layout.positions[2 * index + 1]! + NODE_RADIUS[node.kind] + LABEL_BASELINE_GAP}
            textAnchor="middle"
          >
            {measureMapLabel(groupLabel(node), MAP_LABEL_FONT_PX).lines.map((line, lineIndex) => (
              <tspan
                key={lineIndex}
                x={layout.positions[2 * index]!}
                dy={lineIndex === 0 ? 0 : `${MAP_LABEL_LINE_EM}em`}
              >
                {line}
              </tspan>
            ))}
          </text>
        ),
      )}
    </g>
  );
});

/**
 * A node's shape: leadership ◆, forum ▢ (rounded), organisation ●, sector ⬢, person •, citizen group ◎, missing ▢
 * dashed, folded group ▢▢ (a stack of rounded boxes).
 */
export function NodeShape({ kind, radius: r }: { readonly kind: SystemNode["kind"]; readonly radius: number }) {
  switch (kind) {
    case "leadership":
      return <path className="sl-map-shape" d={`M0,${-r}L${r},0L0,${r}L${-r},0Z`} />;
    case "forum":
      return <rect className="sl-map-shape" x={-r} y={-r * 0.75} width={2 * r} height={1.5 * r} rx={5} />;
    case "sector": {
      const points = Array.from(
        { length: 6 },
        (_, i) => `${(r * Math.cos((Math.PI / 3) * i)).toFixed(2)},${(r * Math.sin((Math.PI / 3) * i)).toFixed(2)}`,
      ).join(" ");
      return <polygon className="sl-map-shape" points={points} />;
    }
    case "citizen-group":
      return (
        <>
          <circle className="sl-map-shape" r={r} />
          <circle className="sl-map-shape-inner" r={r * 0.45} />
        </>
      );
    case "missing":
      return <rect className="sl-map-shape sl-map-shape-missing" x={-r} y={-r} width={2 * r} height={2 * r} rx={3} />;
    case "group":
      // A stack of cards: parts lying under one another until the group is opened.
      return (
        <>
          <rect
            className="sl-map-shape sl-map-shape-behind"
            x={-r + 5}
            y={-r * 0.75 - 5}
            width={2 * r}
            height={1.5 * r}
            rx={7}
          />
          <rect className="sl-map-shape" x={-r} y={-r * 0.75} width={2 * r} height={1.5 * r} rx={7} />
        </>
      );
    default:
      return <circle className="sl-map-shape" r={r} />;
  }
}
