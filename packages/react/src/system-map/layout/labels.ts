/**
 * The room a part's label takes on the map, known before anything is drawn: the layered layout gives every part
 * its label's width (so two labels of a row never overlap), the auto fold estimates from it whether a set of open
 * groups still fits the frame at a legible size, and the legibility measure boxes the labels with it.
 *
 * Why an estimate and not a measurement: the layout runs in a worker and on the server, where no text can be
 * measured, and must give the same positions everywhere. So the width comes from a table of glyph advances that
 * is never narrower than the kit's font stack draws them (`--sl-font-family`: system-ui, Segoe UI, Roboto,
 * Helvetica Neue, Arial, sans-serif). The table holds, per character, the wider of DejaVu Sans (the widest
 * common sans-serif, and what system-ui falls back to on Linux) and Liberation Sans (Arial's metrics), rounded
 * up to a thousandth of an em; Segoe UI, Roboto and San Francisco are narrower than DejaVu Sans glyph by glyph.
 * A browser test holds the estimate above what Chromium draws for every label of the bundled samples.
 */

/** The font size of a part's label on the map, in map units (CSS px at scale 1). */
export const MAP_LABEL_FONT_PX = 12;

/** The smallest a label may be drawn, in CSS px on screen: the auto fold keeps every label at least this. */
export const MAP_LABEL_MIN_PX = 11;

/** Widest a label's line may be, in ems of its font size; a longer label takes a second line. */
export const MAP_LABEL_MAX_EM = 11.5;

/** Distance between the baselines of a label's two lines, in ems. */
export const MAP_LABEL_LINE_EM = 1.2;

/** The characters of the advance tables, in the tables' order. */
const TABLE_CHARACTERS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
  "åäöÅÄÖéÉèüÜæøÆØáàíóúñçÇ…·–—’‘“”«»§°×";

/** Advances in thousandths of an em, regular weight: max(DejaVu Sans, Liberation Sans), rounded up. */
const REGULAR =
  "318,401,460,838,637,951,780,275,391,391,500,838,318,361,318,337,637,637,637,637,637,637,637,637,637,637,337,337," +
  "838,838,838,557,1016,685,686,723,770,667,611,778,752,295,500,667,558,863,748,788,667,788,723,667,611,732,685,989," +
  "686,667,686,391,337,391,838,557,500,613,635,550,635,616,353,635,634,278,278,580,278,975,634,612,635,635,412,521," +
  "393,634,592,818,592,592,525,637,337,637,838,613,613,612,685,685,788,616,667,616,634,732,982,612,1000,788,613,613," +
  "278,612,634,634,550,723,1000,318,557,1000,318,318,519,519,612,612,557,500,838";

/** The same, bold: max(DejaVu Sans Bold, Liberation Sans Bold). */
const BOLD =
  "349,457,521,838,696,1002,873,307,457,457,523,838,380,415,380,366,696,696,696,696,696,696,696,696,696,696,400,400," +
  "838,838,838,611,1000,774,763,734,831,684,684,821,837,373,557,775,638,996,837,851,733,851,770,721,683,812,774,1103," +
  "771,725,726,457,366,457,838,557,500,675,716,593,716,679,436,716,712,343,343,665,343,1042,712,687,716,716,494,596," +
  "478,712,652,924,645,652,582,712,366,712,838,675,675,687,774,774,851,679,684,679,712,812,1048,687,1085,851,675,675," +
  "343,687,712,712,593,734,1000,380,557,1000,380,380,658,658,646,646,557,500,838";

/** A character the tables do not hold (other scripts, emoji): taken as wide as the widest there is. */
const UNKNOWN_EM = 1.2;

/**
 * Added to every estimate, in ems per character: Chromium on Linux may round each glyph's advance to whole
 * pixels when the font is hinted, up to half a pixel more a glyph at 12 px.
 */
const ROUNDING_EM = 0.045;

function tableOf(advances: string): ReadonlyMap<number, number> {
  const widths = advances.split(",").map((value) => Number(value) / 1000);
  const points = [...TABLE_CHARACTERS];
  return new Map(points.map((character, index) => [character.codePointAt(0)!, widths[index]!]));
}

const regularTable = tableOf(REGULAR);
const boldTable = tableOf(BOLD);

/** Options of {@link estimateLabelWidth}. */
export interface LabelWidthOptions {
  /** The label is drawn bold (600 or more). @default false */
  readonly bold?: boolean | undefined;
}

/**
 * The width of `text` drawn at `fontPx` in the kit's sans-serif, in the same units as `fontPx`: never less than
 * what a browser draws (see the module's notes), a few per cent more for common text.
 *
 * @example
 * estimateLabelWidth("Mora kommun", MAP_LABEL_FONT_PX) // ≈ 93, where Chromium draws about 84
 */
export function estimateLabelWidth(text: string, fontPx: number, options: LabelWidthOptions = {}): number {
  const table = options.bold === true ? boldTable : regularTable;
  let ems = 0;
  for (const character of text) ems += (table.get(character.codePointAt(0)!) ?? UNKNOWN_EM) + ROUNDING_EM;
  return ems * Math.max(0, fontPx);
}

/** The longest prefix of `points` that fits in `room` with `suffix` after it (at least one point if any). */
function fittingPrefix(points: readonly string[], room: number, fontPx: number, suffix: string): number {
  let taken = 0;
  while (taken < points.length && estimateLabelWidth(points.slice(0, taken + 1).join("") + suffix, fontPx) <= room)
    taken++;
  return Math.max(points.length === 0 ? 0 : 1, taken);
}

/**
 * A label broken into at most two lines of at most `maxWidth` each (estimated with {@link estimateLabelWidth}):
 * the first line takes the words that fit; the second the rest, cut with "…" when they do not fit. A word longer
 * than a line is cut between characters (code points, never inside a surrogate pair). Whitespace is collapsed.
 *
 * @example
 * mapLabelLines("Lokal systemledning Hedemora–Säter", 138, 12) // ["Lokal systemledning", "Hedemora–Säter"]
 */
export function mapLabelLines(text: string, maxWidth: number, fontPx: number): string[] {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== "");
  const whole = words.join(" ");
  if (estimateLabelWidth(whole, fontPx) <= maxWidth) return [whole];
  // First line: whole words while they fit, or the start of a first word too long for any line.
  let first = "";
  let used = 0;
  while (used < words.length) {
    const next = first === "" ? words[used]! : `${first} ${words[used]!}`;
    if (estimateLabelWidth(next, fontPx) > maxWidth) break;
    first = next;
    used++;
  }
  let rest = words.slice(used).join(" ");
  if (first === "") {
    const points = [...rest];
    const taken = fittingPrefix(points, maxWidth, fontPx, "");
    first = points.slice(0, taken).join("");
    rest = points.slice(taken).join("");
  }
  if (rest === "") return [first];
  if (estimateLabelWidth(rest, fontPx) <= maxWidth) return [first, rest];
  const points = [...rest];
  const kept = points
    .slice(0, fittingPrefix(points, maxWidth, fontPx, "…"))
    .join("")
    .trimEnd();
  return [first, `${kept}…`];
}

/** A label as the map draws it: its lines, and the box they take (width of the widest line, lines' height). */
export interface MapLabelBox {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/**
 * The lines of a label at `fontPx` (at most {@link MAP_LABEL_MAX_EM} ems a line) and the box they take: what the
 * layout, the auto fold and the legibility measure all use, so they agree with each other.
 *
 * @example
 * measureMapLabel("Mora kommun", 12) // { lines: ["Mora kommun"], width: ≈ 93, height: 14.4 }
 */
export function measureMapLabel(text: string, fontPx: number = MAP_LABEL_FONT_PX): MapLabelBox {
  // A fold lays out and redraws a map of thousands of parts whose labels mostly stay the same: each label's lines
  // are worked out once (the box is a pure function of the text and the size, and read-only).
  const key = `${fontPx}\u0000${text}`;
  const known = measuredLabels.get(key);
  if (known !== undefined) return known;
  const lines = mapLabelLines(text, MAP_LABEL_MAX_EM * fontPx, fontPx);
  const width = lines.reduce((widest, line) => Math.max(widest, estimateLabelWidth(line, fontPx)), 0);
  const box = { lines, width, height: lines.length * MAP_LABEL_LINE_EM * fontPx };
  // Bounded: a page drawing many maps starts over rather than grow without end.
  if (measuredLabels.size >= MEASURED_LABELS_MAX) measuredLabels.clear();
  measuredLabels.set(key, box);
  return box;
}

/** The boxes {@link measureMapLabel} has worked out, by size and text. */
const measuredLabels = new Map<string, MapLabelBox>();
const MEASURED_LABELS_MAX = 50_000;

/**
 * The text the map draws for a part: its label, and for a folded group the number of parts it holds after a
 * middle dot ("Lokal systemledning Falun · 2"). The canvas, the layout and the poster all take it from here, so
 * the room given is the room drawn. A number needs no words, so it reads the same in Swedish and English.
 *
 * @example
 * groupLabel({ kind: "group", label: "Lokal systemledning Falun", members: ["leadership:a", "forum:b"] })
 * // "Lokal systemledning Falun · 2"
 */
export function groupLabel(node: {
  readonly kind: string;
  readonly label: string;
  readonly members?: readonly string[] | undefined;
}): string {
  return node.kind === "group" ? `${node.label} · ${node.members?.length ?? 0}` : node.label;
}
