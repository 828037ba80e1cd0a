/**
 * Dalarna's system-view poster as a reader's printer sees it: the PDF rendered by poppler (`pdftoppm`, installed by
 * .ci/run beside Chromium), the page A3 or A1 in landscape (sides in the ratio √2), the legend, the ring key and
 * every level's band drawn (not blank), and `pdftotext` reading every level's name in the source's words and
 * "Här finns jag" — so the WinAnsi text and the cross-reference table are right for a real reader.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { foldSystemGraph, getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildPosterScene,
  posterLayout,
  renderMapPosterPdf,
} from "../../../../packages/react/src/system-map/poster/index.js";
import type { PosterBox } from "../../../../packages/react/src/system-map/poster/paper.js";

const workspace = createDalarnaSampleWorkspace();
const full = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
// The map at its most folded: every group closed.
const shown = foldSystemGraph(full, getSystemGroups(full), new Set());
const directory = mkdtempSync(join(tmpdir(), "sl-poster-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const DPI = 30;

/** A grey image: width, height and one byte a pixel (0 black … 255 white). */
interface Grey {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** Read a binary PGM (P5, 8 bits), which `pdftoppm -gray` writes. */
function readPgm(bytes: Uint8Array): Grey {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(Buffer.from(bytes.subarray(0, 64)).toString("latin1"))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  expect(Number(header[3])).toBe(255);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** The share of a box's pixels (the box in mm) darker than the paper. */
function inked(image: Grey, box: PosterBox, paperWidthMm: number): number {
  const scale = image.width / paperWidthMm;
  const x0 = Math.floor(box.x * scale);
  const y0 = Math.floor(box.y * scale);
  const x1 = Math.min(image.width, Math.ceil((box.x + box.width) * scale));
  const y1 = Math.min(image.height, Math.ceil((box.y + box.height) * scale));
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x]! < 200) dark++;
  return dark / Math.max(1, (x1 - x0) * (y1 - y0));
}

/** The text `pdftotext` reads in a box of the page (the box in mm), whitespace folded to single spaces. */
function textIn(file: string, box?: PosterBox): string {
  const crop =
    box === undefined
      ? []
      : [
          "-r",
          "72",
          ...[box.x, box.y, box.width, box.height].flatMap((v, i) => [
            ["-x", "-y", "-W", "-H"][i]!,
            String(Math.round((v * 72) / 25.4)),
          ]),
        ];
  return execFileSync("pdftotext", [...crop, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe.each(["A3", "A1"] as const)("Dalarna's system-view poster on %s, rendered by poppler", (paper) => {
  const options = { paper, title: "Systemkarta Dalarna", annotations: DALARNA_WORKSHOP_ANNOTATIONS };
  const layout = posterLayout(shown, paper);
  const scene = buildPosterScene(shown, layout, options);
  const file = join(directory, `poster-${paper}.pdf`);
  writeFileSync(file, renderMapPosterPdf(shown, layout, options));

  it("renders one landscape page whose sides are in the ratio √2", () => {
    execFileSync("pdftoppm", ["-r", String(DPI), "-gray", "-singlefile", file, join(directory, paper)]);
    const image = readPgm(readFileSync(join(directory, `${paper}.pgm`)));
    expect(image.width / image.height).toBeCloseTo(Math.SQRT2, 2);
    expect(image.width).toBe(Math.ceil((scene.width / 25.4) * DPI));
  });

  it("draws the legend, the ring key and every level's band", () => {
    const image = readPgm(readFileSync(join(directory, `${paper}.pgm`)));
    expect(inked(image, scene.regions.legend, scene.width)).toBeGreaterThan(0.02);
    expect(inked(image, scene.regions.ringKey, scene.width)).toBeGreaterThan(0.02);
    expect(scene.regions.bands).toHaveLength(full.levels.length);
    for (const band of scene.regions.bands) {
      // The level's name at the band's left: ink in its first 15 mm of height.
      const nameBox = { x: band.x, y: band.y, width: 50 * (scene.width / 420), height: Math.min(band.height, 15) };
      expect(inked(image, nameBox, scene.width), band.label).toBeGreaterThan(0.03);
    }
    // The paper outside the drawing stays blank: the check above can fail.
    expect(inked(image, { x: 0, y: scene.height - 5, width: scene.width, height: 5 }, scene.width)).toBe(0);
  });

  it("holds every level's name beside its band, and the ring key's words, as text a reader finds", () => {
    for (const band of scene.regions.bands) {
      const strip = { x: band.x, y: band.y, width: 56 * (scene.width / 420), height: band.height };
      expect(textIn(file, strip)).toContain(full.levels[band.level]!.label.sv);
    }
    const text = textIn(file);
    expect(text).toContain("Här finns jag — ringa in din del och skriv din roll");
    expect(text).toContain("Källa: Att leda hela systemet (Hälsolabb) · Läget 13 maj 2026");
    expect(text).toContain("Systemkarta Dalarna");
  });
});
