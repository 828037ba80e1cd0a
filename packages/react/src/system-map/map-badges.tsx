/**
 * The workshop's marks where they were put on the map (a part, a connection, a gap): a green circle with +n, a red
 * square with !n, a note box with ✎n, side by side.
 */
import type { MapMarkCounts } from "./marks.js";
import type { MapTools } from "./messages.js";

/** The workshop's marks at a place: a green circle with +n, a red square with !n, a note box with n. */
export function MarkBadges({
  x,
  y,
  counts,
  tools,
}: {
  readonly x: number;
  readonly y: number;
  readonly counts: MapMarkCounts;
  readonly tools: MapTools;
}) {
  const badges: { readonly kind: "good" | "bad" | "note"; readonly text: string }[] = [];
  if (counts.worksWell > 0) badges.push({ kind: "good", text: `+${tools.number(counts.worksWell)}` });
  if (counts.needsImprovement > 0) badges.push({ kind: "bad", text: `!${tools.number(counts.needsImprovement)}` });
  if (counts.notes > 0) badges.push({ kind: "note", text: `✎${tools.number(counts.notes)}` });
  return (
    <g className="sl-map-badges" transform={`translate(${x},${y})`} aria-hidden="true">
      {badges.map((badge, i) => (
        <g key={badge.kind} transform={`translate(${i * 24},0)`} className="sl-map-badge" data-kind={badge.kind}>
          {badge.kind === "good" ? (
            <circle r={9} />
          ) : badge.kind === "bad" ? (
            <rect x={-9} y={-9} width={18} height={18} />
          ) : (
            <rect x={-9} y={-7} width={18} height={14} rx={3} />
          )}
          <text textAnchor="middle" dy="0.35em">
            {badge.text}
          </text>
        </g>
      ))}
    </g>
  );
}
