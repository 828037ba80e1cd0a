import { parseCsv } from "@systemledning/core/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvFileName, toCsv } from "../../../packages/react/src/primitives/csv.js";
import type { DataTableColumn, DataTableValue } from "../../../packages/react/src/primitives/data-table/types.js";

const SEED = 20261122;
const BOM = "\uFEFF";

interface Row {
  readonly name: string;
  readonly mean: number | null;
}

const columns: readonly DataTableColumn<Row>[] = [
  { id: "name", header: "Påstående", value: (row) => row.name, isRowHeader: true },
  { id: "mean", header: "Medelvärde", value: (row) => row.mean, kind: "number" },
];

describe("toCsv", () => {
  it("writes Swedish CSV with a byte order mark, semicolons, CRLF and a decimal comma keeping every decimal", () => {
    const text = toCsv(columns, [{ name: "Nära för mig", mean: 2.8333333333333335 }], "sv");
    expect(text).toBe(`${BOM}Påstående;Medelvärde\r\nNära för mig;2,8333333333333335\r\n`);
  });

  it("writes English CSV with commas, a decimal point and no byte order mark", () => {
    const text = toCsv(columns, [{ name: "Close to me", mean: 2.5 }], "en");
    expect(text).toBe("Påstående,Medelvärde\r\nClose to me,2.5\r\n");
  });

  it("quotes a Swedish cell that holds a semicolon, and an English cell that holds a comma", () => {
    const rows = [{ name: "Vård; omsorg, skola", mean: 1 }];
    expect(toCsv(columns, rows, "sv").split("\r\n")[1]).toBe('"Vård; omsorg, skola";1');
    expect(toCsv(columns, rows, "en").split("\r\n")[1]).toBe('"Vård; omsorg, skola",1');
  });

  it("writes no value (null) as an empty cell", () => {
    expect(toCsv(columns, [{ name: "Nära till hälsa", mean: null }], "sv").split("\r\n")[1]).toBe("Nära till hälsa;");
  });

  it("defuses a cell a spreadsheet would run as a formula with a leading apostrophe", () => {
    const hostile = '=HYPERLINK("http://example.invalid","klicka")';
    const line = toCsv(columns, [{ name: hostile, mean: 3 }], "sv").split("\r\n")[1]!;
    expect(line).toBe(`"'=HYPERLINK(""http://example.invalid"",""klicka"")";3`);
    for (const start of ["+", "-", "@", "\t"]) {
      expect(
        toCsv(columns, [{ name: `${start}1`, mean: 3 }], "en")
          .split("\r\n")[1]!
          .replace(/^"/, "")
          .startsWith(`'${start}`),
      ).toBe(true);
    }
  });

  it("writes a negative number as a number, not as defused text", () => {
    // A number cannot carry a formula: "'-2,5" would make the spreadsheet read the cell as text.
    const rows = [{ name: "Förändring", mean: -2.5 }];
    expect(toCsv(columns, rows, "sv").split("\r\n")[1]).toBe("Förändring;-2,5");
    expect(toCsv(columns, rows, "en").split("\r\n")[1]).toBe("Förändring,-2.5");
  });

  it("writes only the header row when there are no rows", () => {
    expect(toCsv(columns, [], "en")).toBe("Påstående,Medelvärde\r\n");
  });

  it("reads back through the core's parseCsv with the same header and the same text cells (S4)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom(
        "=1+1",
        "+46 70",
        "-",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "'=x",
        '"',
        ";",
        ",",
        "\r\n",
        BOM,
        `${BOM}x`,
        "åäö ÅÄÖ",
        "",
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("sv" as const, "en" as const),
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        (locale, headers, cells) => {
          const tableColumns: DataTableColumn<readonly string[]>[] = headers.map((header, index) => ({
            id: `c${index}`,
            header,
            value: (row): DataTableValue => row[index]!,
          }));
          const text = toCsv(tableColumns, cells, locale);
          const parsed = parseCsv(text, { delimiter: locale === "sv" ? ";" : "," });
          expect(parsed[0]).toEqual(headers);
          expect(parsed.slice(1)).toEqual(cells.map((row) => row.slice(0, headers.length)));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("writes numbers that read back as the same numbers in both locales", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("sv" as const, "en" as const),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (locale, values) => {
          const numberColumns: DataTableColumn<number>[] = [
            { id: "v", header: "Värde", value: (v) => v, kind: "number" },
          ];
          const parsed = parseCsv(toCsv(numberColumns, values, locale), { delimiter: locale === "sv" ? ";" : "," });
          expect(parsed.slice(1).map(([cell]) => Number(cell!.replace(",", ".")))).toEqual(values);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("csvFileName", () => {
  it("makes a lower-case file name that keeps å, ä and ö", () => {
    expect(csvFileName("Svarsfördelning 2025")).toBe("svarsfördelning-2025.csv");
    expect(csvFileName("Åre, Älvdalen & Örebro")).toBe("åre-älvdalen-örebro.csv");
  });

  it("replaces every run of other characters with one hyphen and trims hyphens at the ends", () => {
    expect(csvFileName("  Delmål 1 – Nära för mig: 2023/2025 (utkast)!  ")).toBe(
      "delmål-1-nära-för-mig-2023-2025-utkast.csv",
    );
    expect(csvFileName('../../etc/passwd"<x>')).toBe("etc-passwd-x.csv");
  });

  it("composes decomposed letters, so an å typed as a + ring stays one letter", () => {
    expect(csvFileName("Sa\u030angare")).toBe("sångare.csv");
  });

  it("names a file with no letters or digits data.csv", () => {
    expect(csvFileName("")).toBe("data.csv");
    expect(csvFileName(" – / ! ")).toBe("data.csv");
  });

  it("gives letters, digits and single inner hyphens only, at most 80 characters before .csv", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme", maxLength: 120 }),
          fc.stringMatching(/^[a-zåäö ]{60,100}$/),
        ),
        (title) => {
          const name = csvFileName(title);
          expect(name.endsWith(".csv")).toBe(true);
          const base = name.slice(0, -4);
          expect(base.length).toBeLessThanOrEqual(80);
          expect(base).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  describe("counter examples", () => {
    it("does not end in a hyphen when a long title is cut at a separator", () => {
      // Shrunk from the property above: the cut to 80 characters comes after the hyphens are trimmed.
      const name = csvFileName(`${"a".repeat(79)} b`);
      expect(name.endsWith("-.csv")).toBe(false);
    });

    it("does not cut a letter outside the Basic Multilingual Plane in half at the 80th code unit", () => {
      // "𝐀" is two UTF-16 code units: a cut between them leaves a lone surrogate, which is no file name.
      const base = csvFileName(`${"a".repeat(79)}𝐀𝐀`).slice(0, -4);
      expect(base).toMatch(/^[\p{L}\p{N}-]+$/u);
    });
  });
});
