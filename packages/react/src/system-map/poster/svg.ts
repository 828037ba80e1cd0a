/**
 * The poster's scene as an SVG file: sized in millimetres (`width="420mm"`), a `viewBox` in millimetres, a
 * `title` and a `desc`, one group per layer. Written as a string with every text and attribute escaped, so it
 * needs no DOM (it runs in Node and in a worker alike) and is well-formed XML.
 */
import type { PosterItem, PosterPaint, PosterPathStep, PosterScene } from "./paper.js";

const FONT_FAMILY = "Helvetica, Arial, sans-serif";

/** Escape text for XML content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]!};`);
}

/** A length rounded to a hundredth of a millimetre: enough for print, and the file stays small. */
const n = (value: number) => String(Math.round(value * 100) / 100);

function paint({ fill, stroke, strokeWidth, dash }: PosterPaint): string {
  let attributes = ` fill="${fill ?? "none"}"`;
  if (stroke !== undefined) attributes += ` stroke="${stroke}" stroke-width="${n(strokeWidth ?? 0.25)}"`;
  if (dash !== undefined) attributes += ` stroke-dasharray="${dash.map(n).join(" ")}"`;
  return attributes;
}

function pathData(steps: readonly PosterPathStep[]): string {
  return steps
    .map(
      (step) =>
        `${step[0]}${step
          .slice(1)
          .map((value) => n(value as number))
          .join(" ")}`,
    )
    .join("");
}

function element(item: PosterItem): string {
  switch (item.type) {
    case "rect": {
      const radius = item.radius === undefined ? "" : ` rx="${n(item.radius)}"`;
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius}${paint(item)}/>`;
    }
    case "circle":
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}"${paint(item)}/>`;
    case "path":
      return `<path d="${pathData(item.steps)}"${paint(item)} stroke-linecap="butt"/>`;
    case "text": {
      const anchor = item.anchor === "start" ? "" : ` text-anchor="${item.anchor}"`;
      const weight = item.bold ? ` font-weight="bold"` : "";
      const halo =
        item.halo === undefined
          ? ""
          : ` stroke="${item.halo}" stroke-width="${n(item.size * 0.22)}" stroke-linejoin="round" paint-order="stroke"`;
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}"${weight}${anchor} fill="${item.fill}"${halo}>${escapeXml(item.text)}</text>`;
    }
  }
}

/** The scene as a standalone SVG document (UTF-8). */
export function writePosterSvg(scene: PosterScene): string {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}mm" height="${scene.height}mm" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${FONT_FAMILY}" role="img" aria-labelledby="poster-title poster-desc">`,
    `<title id="poster-title">${escapeXml(scene.title)}</title>`,
    `<desc id="poster-desc">${escapeXml(scene.description)}</desc>`,
  ];
  let layer: string | null = null;
  for (const item of scene.items) {
    if (item.layer !== layer) {
      if (layer !== null) parts.push("</g>");
      parts.push(`<g class="poster-${item.layer}">`);
      layer = item.layer;
    }
    parts.push(element(item));
  }
  if (layer !== null) parts.push("</g>");
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
