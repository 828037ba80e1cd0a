/**
 * Helvetica and Helvetica-Bold, two of PDF's standard 14 fonts, as the poster's PDF writer uses them: every
 * reader has them, so the file embeds no font. Text is written in WinAnsiEncoding (one byte a character, å ä ö
 * é – included), and measured with the fonts' AFM advance widths (Adobe's Helvetica AFM files, version 003.001)
 * so text is centred and wrapped as it will be drawn. The SVG names the same fonts, so both files agree.
 */

/** Advance widths in 1/1000 em of WinAnsi codes 32–255 (an unused code has 0), Helvetica. */
const REGULAR: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584, 0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333,
  350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556,
  584, 333, 737, 333, 400, 584, 333, 333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667,
  667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722,
  722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556,
  556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/** The same for Helvetica-Bold. */
const BOLD: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584, 0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278, 500, 500,
  350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556,
  584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722,
  722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722,
  722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611,
  611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

/** WinAnsi's codes 128–159 by the Unicode character they stand for (the rest of 32–255 is Latin-1 as it is). */
const WIN_ANSI_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 128],
  [0x201a, 130],
  [0x0192, 131],
  [0x201e, 132],
  [0x2026, 133],
  [0x2020, 134],
  [0x2021, 135],
  [0x02c6, 136],
  [0x2030, 137],
  [0x0160, 138],
  [0x2039, 139],
  [0x0152, 140],
  [0x017d, 142],
  [0x2018, 145],
  [0x2019, 146],
  [0x201c, 147],
  [0x201d, 148],
  [0x2022, 149],
  [0x2013, 150],
  [0x2014, 151],
  [0x02dc, 152],
  [0x2122, 153],
  [0x0161, 154],
  [0x203a, 155],
  [0x0153, 156],
  [0x017e, 158],
  [0x0178, 159],
]);

/** Characters outside WinAnsi drawn as their nearest neighbour in it rather than as "?". */
const NEAREST: ReadonlyMap<number, number> = new Map([
  [0x2212, 0x2d], // − minus sign → hyphen
  [0x2010, 0x2d], // ‐ hyphen → hyphen-minus
  [0x2011, 0x2d], // non-breaking hyphen
  [0x00ad, 0x2d], // soft hyphen: drawn only where a line breaks, here always drawn
  [0x2009, 0x20], // thin space
  [0x202f, 0x20], // narrow no-break space (Intl's thousands separator in Swedish)
  [0x2248, 0x7e], // ≈ → ~
]);

/** The WinAnsi byte of one Unicode code point: "?" (63) for a character the encoding lacks. */
export function winAnsiCode(codePoint: number): number {
  if ((codePoint >= 32 && codePoint <= 126) || (codePoint >= 160 && codePoint <= 255)) return codePoint;
  return WIN_ANSI_HIGH.get(codePoint) ?? NEAREST.get(codePoint) ?? 63;
}

/**
 * The WinAnsi bytes of a text, one a character.
 *
 * @example
 * encodeWinAnsi("Älvdalen") // Uint8Array [0xc4, 0x6c, 0x76, 0x64, 0x61, 0x6c, 0x65, 0x6e]
 */
export function encodeWinAnsi(text: string): Uint8Array {
  const points = [...text];
  const bytes = new Uint8Array(points.length);
  points.forEach((point, i) => (bytes[i] = winAnsiCode(point.codePointAt(0)!)));
  return bytes;
}

/** The width of `text` set in Helvetica (or Helvetica-Bold) at `size`, in the unit of `size` (mm in the poster). */
export function helveticaWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const point of text) thousandths += table[winAnsiCode(point.codePointAt(0)!) - 32] ?? 0;
  return (thousandths / 1000) * size;
}

/** Lines of a text wrapped to a width, and whether the text had to be cut to fit `maxLines`. */
export interface WrappedText {
  readonly lines: readonly string[];
  readonly cut: boolean;
  /** A word was wider than the line and was broken inside (a reader would rather see a shorter name). */
  readonly broken: boolean;
}

/**
 * Wrap `text` at spaces (and after a hyphen) into at most `maxLines` lines no wider than `maxWidth` in Helvetica
 * at `size`; a word longer than a line is broken where it must. When the text needs more lines the last one ends
 * with "…" and `cut` is true.
 *
 * @example
 * wrapHelvetica("Lokal systemledning Malung-Sälen", 40, 4.94, false, 2) // { lines: ["Lokal systemledning", "Malung-Sälen"], cut: false, broken: false }
 */
export function wrapHelvetica(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  maxLines: number,
): WrappedText {
  const fits = (line: string) => helveticaWidth(line, size, bold) <= maxWidth;
  // Pieces of words: a line may break between words or after a hyphen inside one ("Malung-|Sälen"); `glue` is
  // what stands between a piece and the one before it on a line.
  const pieces = text
    .split(/\s+/)
    .filter((word) => word !== "")
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((piece, i) => ({ piece, glue: i === 0 ? " " : "" })));
  const lines: string[] = [];
  let line = "";
  let broken = false;
  for (const { piece: word, glue } of pieces) {
    const joined = line === "" ? word : `${line}${glue}${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    // A word wider than the line: break it by characters.
    while (!fits(line)) {
      broken = true;
      const points = [...line];
      let take = points.length - 1;
      while (take > 1 && !fits(points.slice(0, take).join(""))) take -= 1;
      lines.push(points.slice(0, take).join(""));
      line = points.slice(take).join("");
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return { lines, cut: false, broken };
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!} ${lines[maxLines]!}`;
  while ([...last].length > 1 && !fits(`${last}…`)) last = [...last].slice(0, -1).join("").trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return { lines: kept, cut: true, broken };
}
