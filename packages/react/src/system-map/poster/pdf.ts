/**
 * The poster's scene as a PDF page: every primitive as vector operators (circles and rounded corners as cubic
 * Béziers, dashes, fills and strokes) and every text in Helvetica or Helvetica-Bold, its WinAnsi bytes written
 * as they are, centred by the fonts' AFM widths (helvetica.ts). The scene is in millimetres with y downwards;
 * the page is in points with y upwards, so each coordinate is converted on the way out.
 */
import { encodeWinAnsi, helveticaWidth } from "./helvetica.js";
import { MM_PER_PT, type PosterItem, type PosterPaint, type PosterPathStep, type PosterScene } from "./paper.js";
import { PDF_FONT, pdfNumber, writePdf } from "./pdf-writer.js";
import { BEZIER_CIRCLE } from "./shapes.js";

/** `#rrggbb` as PDF's three components 0–1. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => pdfNumber(c / 255)).join(" ");
}

/** A PDF literal string of WinAnsi bytes: parentheses and backslashes escaped, other bytes as they are. */
function literal(text: string): string {
  let out = "(";
  for (const byte of encodeWinAnsi(text)) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += "\\";
    out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/** The steps of a rounded rectangle, corners as quarter circles of Béziers. */
function roundedRect(x: number, y: number, w: number, h: number, r: number): PosterPathStep[] {
  const k = r * (1 - BEZIER_CIRCLE);
  return [
    ["M", x + r, y],
    ["L", x + w - r, y],
    ["C", x + w - k, y, x + w, y + k, x + w, y + r],
    ["L", x + w, y + h - r],
    ["C", x + w, y + h - k, x + w - k, y + h, x + w - r, y + h],
    ["L", x + r, y + h],
    ["C", x + k, y + h, x, y + h - k, x, y + h - r],
    ["L", x, y + r],
    ["C", x, y + k, x + k, y, x + r, y],
    ["Z"],
  ];
}

/** A circle as four Bézier arcs. */
function circle(cx: number, cy: number, r: number): PosterPathStep[] {
  const k = r * BEZIER_CIRCLE;
  return [
    ["M", cx + r, cy],
    ["C", cx + r, cy + k, cx + k, cy + r, cx, cy + r],
    ["C", cx - k, cy + r, cx - r, cy + k, cx - r, cy],
    ["C", cx - r, cy - k, cx - k, cy - r, cx, cy - r],
    ["C", cx + k, cy - r, cx + r, cy - k, cx + r, cy],
    ["Z"],
  ];
}

/** Write the scene's primitives as the operators of one content stream. */
function contentStream(scene: PosterScene): string {
  const k = 1 / MM_PER_PT;
  const heightPt = scene.height * k;
  const x = (mm: number) => pdfNumber(mm * k);
  const y = (mm: number) => pdfNumber(heightPt - mm * k);
  const out: string[] = [];
  const path = (steps: readonly PosterPathStep[]) => {
    for (const step of steps) {
      if (step[0] === "M") out.push(`${x(step[1])} ${y(step[2])} m`);
      else if (step[0] === "L") out.push(`${x(step[1])} ${y(step[2])} l`);
      else if (step[0] === "C")
        out.push(`${x(step[1])} ${y(step[2])} ${x(step[3])} ${y(step[4])} ${x(step[5])} ${y(step[6])} c`);
      else out.push("h");
    }
  };
  const paintPath = (steps: readonly PosterPathStep[], paint: PosterPaint) => {
    if (paint.fill === undefined && paint.stroke === undefined) return;
    out.push("q");
    if (paint.fill !== undefined) out.push(`${rgb(paint.fill)} rg`);
    if (paint.stroke !== undefined) out.push(`${rgb(paint.stroke)} RG ${pdfNumber((paint.strokeWidth ?? 0.25) * k)} w`);
    if (paint.dash !== undefined && paint.stroke !== undefined)
      out.push(`[${paint.dash.map((d) => pdfNumber(d * k)).join(" ")}] 0 d`);
    path(steps);
    out.push(paint.fill !== undefined && paint.stroke !== undefined ? "B" : paint.fill !== undefined ? "f" : "S");
    out.push("Q");
  };
  const write = (item: PosterItem) => {
    switch (item.type) {
      case "rect":
        return paintPath(
          item.radius === undefined || item.radius <= 0
            ? [
                ["M", item.x, item.y],
                ["L", item.x + item.width, item.y],
                ["L", item.x + item.width, item.y + item.height],
                ["L", item.x, item.y + item.height],
                ["Z"],
              ]
            : roundedRect(item.x, item.y, item.width, item.height, item.radius),
          item,
        );
      case "circle":
        return paintPath(circle(item.cx, item.cy, item.r), item);
      case "path":
        return paintPath(item.steps, item);
      case "text": {
        const width = helveticaWidth(item.text, item.size, item.bold);
        const left = item.anchor === "middle" ? item.x - width / 2 : item.anchor === "end" ? item.x - width : item.x;
        const font = `/${item.bold ? PDF_FONT.bold : PDF_FONT.regular} ${pdfNumber(item.size * k)} Tf`;
        const show = `${x(left)} ${y(item.y)} Td ${literal(item.text)} Tj`;
        out.push("q");
        // The halo: the letters stroked wide in the paper's colour first (render mode 1), then filled over it.
        if (item.halo !== undefined)
          out.push(`BT ${font} 1 Tr ${rgb(item.halo)} RG ${pdfNumber(item.size * 0.22 * k)} w 1 j ${show} ET`);
        out.push(`BT ${font} 0 Tr ${rgb(item.fill)} rg ${show} ET`, "Q");
        return;
      }
    }
  };
  scene.items.forEach(write);
  return out.join("\n");
}

/** The scene as a one-page PDF (PDF 1.4, vector, the page the paper's size in points). */
export function writePosterPdf(scene: PosterScene): Uint8Array {
  return writePdf(
    { widthPt: scene.width / MM_PER_PT, heightPt: scene.height / MM_PER_PT, content: contentStream(scene) },
    { title: scene.title, subject: scene.description },
  );
}
