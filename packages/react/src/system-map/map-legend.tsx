/**
 * The map's legend: each kind of part by its shape and word, each kind of connection by its line, and the
 * workshop's marks. The samples are drawn with the map's own classes, so the legend matches in every theme.
 */
import { NODE_RADIUS, NodeShape } from "./map-canvas.js";
import { EDGE_KINDS, NODE_KINDS, edgeKindText, nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** The legend of the system map. */
export function MapLegend({ tools }: { readonly tools: MapTools }) {
  const { t } = tools;
  return (
    <div className="sl-map-legend">
      <p className="sl-map-legend-title">{t("mapLegend")}</p>
      <ul className="sl-legend" aria-label={t("mapLegend")}>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="sl-legend-swatch sl-map-legend-swatch" viewBox="-12 -12 24 24" aria-hidden="true">
              <g className="sl-map-node" data-kind={kind} transform={`scale(${10 / Math.max(10, NODE_RADIUS[kind])})`}>
                <NodeShape kind={kind} radius={Math.max(7, NODE_RADIUS[kind])} />
              </g>
            </svg>
            {nodeKindText(kind, tools)}
          </li>
        ))}
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="sl-legend-swatch sl-map-legend-swatch" viewBox="0 0 24 16" aria-hidden="true">
              <path className="sl-map-edge" data-kind={kind} d="M1,8L23,8" />
            </svg>
            {edgeKindText(kind, tools)}
          </li>
        ))}
        <li>
          <svg className="sl-legend-swatch sl-map-legend-swatch" viewBox="-12 -12 24 24" aria-hidden="true">
            {/* The same pill as a "+n" badge on the map (map-badges.tsx). */}
            <g className="sl-map-badge" data-kind="good">
              <rect x={-10} y={-7} width={20} height={14} rx={7} />
            </g>
          </svg>
          {t("mapAnnotationWorksWell")}
        </li>
        <li>
          <svg className="sl-legend-swatch sl-map-legend-swatch" viewBox="-12 -12 24 24" aria-hidden="true">
            <g className="sl-map-badge" data-kind="bad">
              <rect x={-9} y={-9} width={18} height={18} />
            </g>
          </svg>
          {t("mapAnnotationNeedsImprovement")}
        </li>
        <li>
          <svg className="sl-legend-swatch sl-map-legend-swatch" viewBox="-12 -12 24 24" aria-hidden="true">
            <circle className="sl-map-position-ring" r={9} />
          </svg>
          {t("mapAnnotationPosition")}
        </li>
      </ul>
    </div>
  );
}
