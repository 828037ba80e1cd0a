/**
 * The workshop's marks where they were put on the map (a part, a connection, a gap): a green circle with +n, a red
 * square with !n, a note box with ✎n, side by side. Their text is as large as the parts' labels (so as legible at
 * a fit), and where they go is chosen with every other text of the map (map-text-places.ts), so they never cover
 * a label or each other.
 */
import { estimateLabelWidth, MAP_LABEL_FONT_PX } from "./layout/labels.js";
import type { MapMarkCounts } from "./marks.js";
import type { MapTools } from "./messages.js";

/** Height of a badge, in map units: its text at the labels' size, with a little room around it. */
export const BADGE_HEIGHT = MAP_LABEL_FONT_PX + 10;

/** Room between two badges side by side, in map units. */
const BADGE_GAP = 3;

/** One badge: its kind, its text, and its width in map units. */
export interface MarkBadge {
  readonly kind: "good" | "bad" | "note";
  readonly text: string;
  readonly width: number;
}

/** The badges of a place's marks, in the order drawn (green, red, notes), each as wide as its text needs. */
export function markBadges(counts: MapMarkCounts, tools: MapTools): MarkBadge[] {
  const texts: { readonly kind: MarkBadge["kind"]; readonly text: string }[] = [];
  if (counts.worksWell > 0) texts.push({ kind: "good", text: `+${tools.number(counts.worksWell)}` });
  if (counts.needsImprovement > 0) texts.push({ kind: "bad", text: `!${tools.number(counts.needsImprovement)}` });
  if (counts.notes > 0) texts.push({ kind: "note", text: `✎${tools.number(counts.notes)}` });
  return texts.map((badge) => ({
    ...badge,
    width: Math.max(BADGE_HEIGHT, estimateLabelWidth(badge.text, MAP_LABEL_FONT_PX, { bold: true }) + 6),
  }));
}

/** The width of badges drawn side by side, in map units. */
export function badgesWidth(badges: readonly MarkBadge[]): number {
  return badges.reduce((sum, badge) => sum + badge.width, 0) + BADGE_GAP * Math.max(0, badges.length - 1);
}

/** The badges of one place, drawn side by side in the box whose top-left corner is (`x`, `y`). */
export function MarkBadges({
  x,
  y,
  badges,
}: {
  readonly x: number;
  readonly y: number;
  readonly badges: readonly MarkBadge[];
}) {
  // Each badge's centre: the widths of the badges before it, and the gaps between them.
  const centres = badges.map(
    (badge, index) =>
      badges.slice(0, index).reduce((sum, before) => sum + before.width + BADGE_GAP, 0) + badge.width / 2,
  );
  return (
    <g className="sl-map-badges" transform={`translate(${x},${y})`} aria-hidden="true">
      {badges.map((badge, index) => {
        const cx = centres[index]!;
        const half = BADGE_HEIGHT / 2;
        return (
          <g key={badge.kind} transform={`translate(${cx},${half})`} className="sl-map-badge" data-kind={badge.kind}>
            {badge.kind === "good" ? (
              <rect x={-badge.width / 2} y={-half} width={badge.width} height={BADGE_HEIGHT} rx={half} />
            ) : badge.kind === "bad" ? (
              <rect x={-badge.width / 2} y={-half} width={badge.width} height={BADGE_HEIGHT} />
            ) : (
              <rect x={-badge.width / 2} y={-half + 2} width={badge.width} height={BADGE_HEIGHT - 4} rx={3} />
            )}
            <text textAnchor="middle" dy="0.35em">
              {badge.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
