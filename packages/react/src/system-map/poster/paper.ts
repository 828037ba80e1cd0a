/**
 * The poster's paper and what is drawn on it: sizes in millimetres (landscape ISO A3 and A1), and the scene, a
 * flat list of drawing primitives in millimetres from the paper's top left corner (y downwards). The scene is
 * built once (scene.ts) and written as SVG (svg.ts) or PDF (pdf.ts), so both files show the same picture.
 */

/** The paper sizes a poster comes in. */
export type PosterPaper = "A3" | "A1";

/** Landscape width and height of each paper in millimetres (ISO 216). */
export const PAPER_MM: Readonly<Record<PosterPaper, { readonly width: number; readonly height: number }>> = {
  A3: { width: 420, height: 297 },
  A1: { width: 841, height: 594 },
};

/** Millimetres in a PostScript point (1/72 inch). */
export const MM_PER_PT = 25.4 / 72;

/** How an outline or an area is painted: colours as `#rrggbb`, widths and dashes in millimetres. */
export interface PosterPaint {
  readonly fill?: string | undefined;
  readonly stroke?: string | undefined;
  readonly strokeWidth?: number | undefined;
  readonly dash?: readonly number[] | undefined;
}

/** One step of a path: move, line, cubic Bézier (two control points, then the end), close. */
export type PosterPathStep =
  | readonly ["M", number, number]
  | readonly ["L", number, number]
  | readonly ["C", number, number, number, number, number, number]
  | readonly ["Z"];

/** The part of the poster a primitive belongs to (an SVG group; what the tests look for). */
export type PosterLayer = "paper" | "bands" | "edges" | "parts" | "labels" | "marks" | "legend" | "ring-key" | "header";

/** A rectangle (corners rounded by `radius`). */
export interface PosterRect extends PosterPaint {
  readonly type: "rect";
  readonly layer: PosterLayer;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius?: number | undefined;
}

/** A circle. */
export interface PosterCircle extends PosterPaint {
  readonly type: "circle";
  readonly layer: PosterLayer;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** A path of lines and Béziers. */
export interface PosterPath extends PosterPaint {
  readonly type: "path";
  readonly layer: PosterLayer;
  readonly steps: readonly PosterPathStep[];
}

/** One line of text in Helvetica; `y` is its baseline, `size` the font size in millimetres. */
export interface PosterText {
  readonly type: "text";
  readonly layer: PosterLayer;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly anchor: "start" | "middle" | "end";
  readonly fill: string;
  /** A band of this colour drawn behind the letters, so a label stays legible over lines. */
  readonly halo?: string | undefined;
}

/** A drawing primitive of the poster. */
export type PosterItem = PosterRect | PosterCircle | PosterPath | PosterText;

/** A box on the paper in millimetres. */
export interface PosterBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The poster as primitives, ready to be written as SVG or PDF. */
export interface PosterScene {
  readonly paper: PosterPaper;
  /** Paper width and height in millimetres. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** One sentence saying what the poster shows (the SVG's `desc`, the PDF's subject). */
  readonly description: string;
  readonly items: readonly PosterItem[];
  /** Where the map, the legend, the ring key and each level's band are on the paper. */
  readonly regions: {
    readonly map: PosterBox;
    readonly legend: PosterBox;
    readonly ringKey: PosterBox;
    readonly bands: readonly (PosterBox & { readonly level: number; readonly label: string })[];
  };
  /** The parts' label size in points. */
  readonly labelPt: number;
  /** What the poster could not do as asked (labels cut to fit the room between parts, a legend too long). */
  readonly warnings: readonly string[];
}

/** The poster's colours: the kit's light theme (paper has no dark theme). */
export const POSTER_COLOURS = {
  paper: "#ffffff",
  band: "#f3f5f7",
  text: "#1a1d21",
  muted: "#4a525c",
  line: "#7b838d",
  accent: "#00558f",
  half: "#4f86c6",
  muted2: "#6f7782",
  highlight: "#b34700",
  ok: "#1c7532",
  missing: "#b3261e",
  warning: "#8f5b00",
  writing: "#9aa3ad",
} as const;
