/**
 * The poster's own PDF writer (docs/decisions/0016-poster-pdf-without-a-dependency.md): a cross-reference table
 * whose offsets point at their objects, WinAnsi bytes for Swedish letters, pages the paper's size in points, and
 * Helvetica's AFM widths for centring and wrapping.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeWinAnsi,
  helveticaWidth,
  wrapHelvetica,
} from "../../../../packages/react/src/system-map/poster/helvetica.js";
import { MM_PER_PT, PAPER_MM } from "../../../../packages/react/src/system-map/poster/paper.js";
import { writePosterPdf } from "../../../../packages/react/src/system-map/poster/pdf.js";
import { pdfNumber, writePdf } from "../../../../packages/react/src/system-map/poster/pdf-writer.js";
import type { PosterScene } from "../../../../packages/react/src/system-map/poster/paper.js";

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");

/** A scene with one of each primitive on `paper`. */
function scene(paper: "A3" | "A1", words = "Älvdalen"): PosterScene {
  const { width, height } = PAPER_MM[paper];
  const box = { x: 0, y: 0, width: 10, height: 10 };
  return {
    paper,
    width,
    height,
    title: "Systemkarta – Älvdalen",
    description: "En karta",
    items: [
      { type: "rect", layer: "paper", x: 0, y: 0, width, height, fill: "#ffffff" },
      {
        type: "rect",
        layer: "bands",
        x: 10,
        y: 10,
        width: 50,
        height: 20,
        radius: 3,
        fill: "#f3f5f7",
        stroke: "#000000",
      },
      { type: "circle", layer: "parts", cx: 40, cy: 40, r: 5, fill: "#00558f", dash: [1, 1], stroke: "#ffffff" },
      {
        type: "path",
        layer: "edges",
        steps: [["M", 0, 0], ["L", 10, 10], ["C", 1, 2, 3, 4, 5, 6], ["Z"]],
        stroke: "#000000",
      },
      {
        type: "text",
        layer: "labels",
        x: 100,
        y: 100,
        text: words,
        size: 5,
        bold: false,
        anchor: "middle",
        fill: "#1a1d21",
        halo: "#ffffff",
      },
      {
        type: "text",
        layer: "legend",
        x: 100,
        y: 120,
        text: "(Här) \\ finns",
        size: 5,
        bold: true,
        anchor: "start",
        fill: "#1a1d21",
      },
    ],
    regions: { map: box, legend: box, ringKey: box, bands: [] },
    labelPt: 14,
    warnings: [],
  };
}

describe("the poster's PDF writer", () => {
  it("writes a cross-reference table whose every offset points at its object, and startxref at the table", () => {
    const file = latin1(writePosterPdf(scene("A3")));
    expect(file.startsWith("%PDF-1.4\n")).toBe(true);
    expect(file.endsWith("%%EOF\n")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)![1]);
    expect(file.slice(startxref, startxref + 5)).toBe("xref\n");
    const table = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(file.slice(startxref))!;
    const count = Number(table[1]);
    const entries = table[2]!.match(/.{20}/gs)!;
    expect(entries).toHaveLength(count);
    expect(entries[0]).toBe("0000000000 65535 f \n");
    entries.slice(1).forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n \n$/);
      const offset = Number(entry.slice(0, 10));
      expect(file.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(file).toContain(`/Size ${count} /Root 1 0 R`);
  });

  it("gives the content stream its exact length in bytes", () => {
    const file = latin1(writePosterPdf(scene("A3", "Åsa, Örjan och Märta – é")));
    const [, length, body] = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(file)!;
    expect(body!.length).toBe(Number(length));
  });

  it("writes the WinAnsi bytes of å ä ö é –, and escapes parentheses and backslashes", () => {
    expect([...encodeWinAnsi("Älvdalen")]).toEqual([0xc4, 0x6c, 0x76, 0x64, 0x61, 0x6c, 0x65, 0x6e]);
    expect([...encodeWinAnsi("åäöÅÖé–—…€")]).toEqual([0xe5, 0xe4, 0xf6, 0xc5, 0xd6, 0xe9, 0x96, 0x97, 0x85, 0x80]);
    expect([...encodeWinAnsi("✎")]).toEqual([0x3f]);
    const bytes = writePosterPdf(scene("A3"));
    const file = latin1(bytes);
    expect(file).toContain("(\xc4lvdalen) Tj");
    expect(file).toContain("(\\(H\xe4r\\) \\\\ finns) Tj");
    expect(file).toContain("/BaseFont /Helvetica /Encoding /WinAnsiEncoding");
    expect(file).toContain("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding");
    // Every byte is what was written: nothing above 255 squeezed into a byte by accident.
    expect(bytes.every((byte) => byte <= 0xff)).toBe(true);
  });

  it("makes the page A3 (1190.55 × 841.89 pt) or A1 (2383.94 × 1683.78 pt), landscape", () => {
    expect(latin1(writePosterPdf(scene("A3")))).toContain("/MediaBox [0 0 1190.55 841.89]");
    expect(latin1(writePosterPdf(scene("A1")))).toContain("/MediaBox [0 0 2383.94 1683.78]");
  });

  it("draws circles and rounded corners as Béziers, with dashes, fills and strokes", () => {
    const file = latin1(writePosterPdf(scene("A3")));
    const stream = /stream\n([\s\S]*?)\nendstream/.exec(file)![1]!;
    expect(stream.match(/ c$/gm)!.length).toBeGreaterThanOrEqual(4 + 4 + 1);
    expect(stream).toMatch(/^\[[\d.]+ [\d.]+\] 0 d$/m);
    expect(stream).toMatch(/^B$/m);
    expect(stream).toMatch(/^f$/m);
    expect(stream).toMatch(/^S$/m);
    // The halo is the text stroked (render mode 1) before it is filled (mode 0).
    expect(stream).toMatch(
      /1 Tr [\d. ]+ RG [\d.]+ w 1 j [\d.]+ [\d.]+ Td \(\xc4lvdalen\) Tj ET\nBT \/F1 [\d.]+ Tf 0 Tr/,
    );
  });

  it("centres a text by Helvetica's AFM widths", () => {
    // "Hej": H 722 + e 556 + j 222 thousandths of an em.
    expect(helveticaWidth("Hej", 10)).toBeCloseTo(15, 10);
    expect(helveticaWidth("Hej", 10, true)).toBeCloseTo(7.22 + 5.56 + 2.78, 10);
    const file = latin1(writePosterPdf(scene("A3")));
    const k = 1 / MM_PER_PT;
    const left = 100 - helveticaWidth("Älvdalen", 5) / 2;
    expect(file).toContain(
      `0 Tr 0.1 0.11 0.13 rg ${pdfNumber(left * k)} ${pdfNumber((297 - 100) * k)} Td (\xc4lvdalen) Tj`,
    );
  });

  it("writes a title any reader shows, as UTF-16", () => {
    const file = latin1(writePdf({ widthPt: 10, heightPt: 10, content: "" }, { title: "Å", subject: "" }));
    expect(file).toContain("/Title <FEFF00C5>");
  });

  it("wraps text into lines that fit, keeping every word unless it has to cut (fixed seed)", () => {
    const word = fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzåäöÅÄÖ-"),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.integer({ min: 20, max: 80 }), (words, width) => {
        const text = words.join(" ");
        const wrapped = wrapHelvetica(text, width, 4, false, 2);
        expect(wrapped.lines.length).toBeLessThanOrEqual(2);
        for (const line of wrapped.lines) expect(helveticaWidth(line, 4)).toBeLessThanOrEqual(width + 1e-9);
        if (!wrapped.cut && !wrapped.broken)
          expect(wrapped.lines.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
        if (wrapped.cut) expect(wrapped.lines[wrapped.lines.length - 1]!.endsWith("…")).toBe(true);
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});
