/**
 * A minimal PDF 1.4 writer: one page, a content stream the caller writes, Helvetica and Helvetica-Bold (standard
 * 14 fonts, WinAnsiEncoding, so no font is embedded), a document information dictionary, and a cross-reference
 * table whose offsets are counted in bytes as the file is written. The poster needs no more, and a PDF library
 * would cost the kit far more than this file (docs/decisions/0016-poster-pdf-without-a-dependency.md).
 *
 * The file is built as a "binary string" (one character a byte, every code below 256) and turned into bytes at
 * the end, so a byte's offset is a character's index.
 */

/** The page and what is written on it. */
export interface PdfPage {
  /** Page width and height in points (the MediaBox). */
  readonly widthPt: number;
  readonly heightPt: number;
  /** The page's content stream: PDF operators, as a binary string (one character a byte). */
  readonly content: string;
}

/** The document's title and subject, shown by a reader (any Unicode). */
export interface PdfInfo {
  readonly title: string;
  readonly subject: string;
}

/** The resource names of the two fonts in a content stream: `/F1` Helvetica, `/F2` Helvetica-Bold. */
export const PDF_FONT = { regular: "F1", bold: "F2" } as const;

/** A PDF text string any reader shows in any script: UTF-16BE with a byte order mark, as hex. */
function textString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** A number as PDF writes it: at most two decimals, no exponent, no "-0". */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? "0" : String(rounded);
}

/**
 * Write a one-page PDF. The objects: 1 catalogue, 2 page tree, 3 page, 4 content stream, 5 and 6 the fonts,
 * 7 the information dictionary.
 *
 * @example
 * const bytes = writePdf({ widthPt: 595.28, heightPt: 841.89, content: "BT /F1 12 Tf 72 770 Td (Hej) Tj ET" }, { title: "Hej", subject: "" });
 */
export function writePdf(page: PdfPage, info: PdfInfo): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pdfNumber(page.widthPt)} ${pdfNumber(page.heightPt)}] ` +
      `/Resources << /Font << /${PDF_FONT.regular} 5 0 R /${PDF_FONT.bold} 6 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Title ${textString(info.title)} /Subject ${textString(info.subject)} /Producer (systemledning) >>`,
  ];
  // The second line's bytes above 127 tell tools the file is binary (PDF 1.4, 7.5.2).
  let file = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(file.length);
    file += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, "0")} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(file.length);
  for (let i = 0; i < file.length; i++) bytes[i] = file.charCodeAt(i) & 0xff;
  return bytes;
}
