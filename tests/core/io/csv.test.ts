import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  csvRowStartLines,
  formatCsv,
  formatCsvRecords,
  parseCsv,
  parseCsvRecords,
  type CsvDelimiter,
} from "@systemledning/core/io";
import { isSystemledningError, type SystemledningError } from "@systemledning/core/workspace";

const SEED = 20261122;

/** Characters that matter to the grammar and to the formula guard, mixed with ordinary text. */
const trickyCharacter = fc.constantFrom(
  "'",
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\n",
  '"',
  ",",
  ";",
  " ",
  "a",
  "å",
  "\uFEFF",
  "\u0301",
);
const cellString = fc.oneof(
  fc.string({ unit: trickyCharacter, maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    "'",
    "''=1",
    '=HYPERLINK("http://x","klicka")',
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "'hej",
    "\uFEFFstart",
  ),
);
const rowsArbitrary = fc.array(fc.array(cellString, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
const delimiterArbitrary = fc.constantFrom<CsvDelimiter>(",", ";");

function thrown(run: () => unknown): SystemledningError {
  try {
    run();
  } catch (error) {
    if (isSystemledningError(error)) return error;
    throw error;
  }
  throw new Error("expected a SystemledningError");
}

describe("formatCsv", () => {
  it("quotes fields with delimiters, quotes and line ends, doubling embedded quotes, and ends records with CRLF", () => {
    expect(formatCsv([["a,b", 'sa "ja"', "rad 1\nrad 2", "enkel"]])).toBe('"a,b","sa ""ja""","rad 1\nrad 2",enkel\r\n');
  });

  it("puts a leading apostrophe before cells that start with = + - @ tab or CR", () => {
    const csv = formatCsv([["=1+1", "+46", "-x", "@SUM(A1)", "\tflik", "\rvagn", "ok=1"]]);
    expect(csv).toBe(`'=1+1,'+46,'-x,'@SUM(A1),'\tflik,"'\rvagn",ok=1\r\n`);
  });

  it("adds one more apostrophe to cells that already start with apostrophes before a formula character", () => {
    expect(formatCsv([["'=1", "'hej"]])).toBe("''=1,'hej\r\n");
  });

  it("writes numbers and booleans as text and leaves negative numbers unguarded", () => {
    expect(formatCsv([[-5, 2.5, true, null, undefined]])).toBe("-5,2.5,true,,\r\n");
  });

  it("writes a row of one empty cell as two quotes so that no line is blank", () => {
    expect(formatCsv([["a"], [""]])).toBe('a\r\n""\r\n');
  });

  it("uses the semicolon delimiter and a byte order mark when asked", () => {
    expect(formatCsv([["a;b", "c,d"]], { delimiter: ";", byteOrderMark: true })).toBe('\uFEFF"a;b";c,d\r\n');
  });

  it("refuses a number that is not finite, naming its row and column", () => {
    const error = thrown(() =>
      formatCsv([
        ["a", "b"],
        ["c", Number.NaN],
      ]),
    );
    expect(error.reason).toBe("invalidInput");
    expect(error.issues[0]?.path).toBe("[1][1]");
  });
});

describe("formatCsv with decimalComma", () => {
  it("writes numbers with a decimal comma, every decimal kept and no grouping, as Swedish spreadsheets read them", () => {
    expect(formatCsv([[2.8333333333333335, 123456.5, 3]], { delimiter: ";", decimalComma: true })).toBe(
      "2,8333333333333335;123456,5;3\r\n",
    );
  });

  it("leaves a negative number a number: no formula guard, unlike the text '-2,5'", () => {
    expect(formatCsv([[-2.5, "-2,5"]], { delimiter: ";", decimalComma: true })).toBe("-2,5;'-2,5\r\n");
  });

  it("quotes a comma number when the delimiter is a comma, so the columns stay apart", () => {
    expect(formatCsv([[2.5, 1]], { decimalComma: true })).toBe('"2,5",1\r\n');
  });

  it("reads back as the very same number (no rounding)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const [[cell]] = parseCsv(formatCsv([[value]], { delimiter: ";", decimalComma: true }), {
          delimiter: ";",
        }) as string[][] as [[string]];
        expect(Number(cell.replace(",", "."))).toBe(value === 0 ? 0 : value);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with doubled quotes, delimiters and CRLF inside", () => {
    expect(parseCsv('Forum,Kommentar\r\nLCHNV,"Sa ""ja""\r\ntill, förslaget"\r\n')).toEqual([
      ["Forum", "Kommentar"],
      ["LCHNV", 'Sa "ja"\r\ntill, förslaget'],
    ]);
  });

  it("accepts LF line ends, a missing final line end and a leading byte order mark", () => {
    expect(parseCsv("\uFEFFa,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reads an empty text as no rows and a trailing delimiter as a final empty field", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("a,\r\n")).toEqual([["a", ""]]);
  });

  it("removes exactly the apostrophe that the export added", () => {
    expect(parseCsv("'=1,''=1,'hej,''hej\r\n")).toEqual([["=1", "'=1", "'hej", "''hej"]]);
  });

  it("reports an unterminated quote with the line and column of the opening quote", () => {
    const error = thrown(() => parseCsv('a,b\r\nc,"never\r\nclosed'));
    expect(error.reason).toBe("invalidInput");
    expect(error.issues[0]).toMatchObject({
      code: "csv_unterminated_quote",
      path: "[1][1]",
      params: { line: 2, column: 3 },
    });
    expect(error.issues[0]?.message.sv).toContain("rad 2, kolumn 3");
  });

  it("reports a quote inside an unquoted field and text after a closing quote", () => {
    expect(thrown(() => parseCsv('ab"c')).issues[0]).toMatchObject({
      code: "csv_invalid_quote",
      path: "[0][0]",
      params: { line: 1, column: 3 },
    });
    expect(thrown(() => parseCsv('x\n"ab"c')).issues[0]).toMatchObject({
      code: "csv_invalid_quote",
      path: "[1][0]",
      params: { line: 2, column: 4 },
    });
  });

  it("gives back exactly the rows that formatCsv wrote, for any strings", () => {
    fc.assert(
      fc.property(rowsArbitrary, delimiterArbitrary, fc.boolean(), (rows, delimiter, byteOrderMark) => {
        expect(parseCsv(formatCsv(rows, { delimiter, byteOrderMark }), { delimiter })).toEqual(rows);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("never lets an exported text cell start with a formula character", () => {
    fc.assert(
      fc.property(cellString, (cell) => {
        const written = formatCsv([[cell, ""]]);
        // Inside a quoted field, the first character after the opening quote is what a spreadsheet reads.
        const first = written.startsWith('"') ? written[1] : written[0];
        expect(first).not.toMatch(/[=+\-@\t\r]/);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("reads the same rows whatever the line ends (CRLF, LF, CR), with or without a BOM, a final line end or trailing blank lines", () => {
    const lineEnd = fc.constantFrom("\r\n", "\n", "\r");
    fc.assert(
      fc.property(
        rowsArbitrary,
        delimiterArbitrary,
        fc.boolean(),
        lineEnd,
        fc.boolean(),
        fc.array(lineEnd, { maxLength: 4 }),
        (rows, delimiter, byteOrderMark, end, finalEnd, blankLines) => {
          // Each row as formatCsv writes it, joined by the chosen line end instead of its CRLF.
          const lines = rows.map((row) => formatCsv([row], { delimiter }).slice(0, -2));
          const last = rows.length > 0 && (finalEnd || blankLines.length > 0) ? end : "";
          const text = (byteOrderMark ? "\uFEFF" : "") + lines.join(end) + last + blankLines.join("");
          expect(parseCsv(text, { delimiter })).toEqual(rows);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("ignores blank lines at the end, as an editor or a spreadsheet leaves them", () => {
    expect(parseCsv("a,b\r\nc,d\r\n\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("\uFEFFa\n\n\n")).toEqual([["a"]]);
    expect(parseCsv("\r\n\n")).toEqual([]);
    // A quoted empty cell is data, not a blank line.
    expect(parseCsv('a\r\n""\r\n\r\n')).toEqual([["a"], [""]]);
  });

  describe("counter examples", () => {
    it("keeps a cell that starts with a byte order mark in the first row", () => {
      expect(parseCsv(formatCsv([["\uFEFF"]]))).toEqual([["\uFEFF"]]);
    });
    it("keeps a row of one empty cell between other rows", () => {
      expect(parseCsv(formatCsv([["a"], [""], ["b"]]))).toEqual([["a"], [""], ["b"]]);
    });
  });
});

describe("formatCsvRecords", () => {
  it("writes a header of the keys in first-seen order and empty cells for missing values", () => {
    expect(
      formatCsvRecords([
        { kod: "2080", namn: "Falun" },
        { namn: "Borlänge", extra: 1 },
      ]),
    ).toBe("kod,namn,extra\r\n2080,Falun,\r\n,Borlänge,1\r\n");
  });

  it("uses the given columns and guards the header too", () => {
    expect(formatCsvRecords([{ a: "1", b: "2" }], { columns: ["b"] })).toBe("b\r\n2\r\n");
    expect(formatCsvRecords([{ "=x": "1" }])).toBe("'=x\r\n1\r\n");
  });
});

describe("parseCsvRecords", () => {
  it("reads records keyed by the header", () => {
    expect(parseCsvRecords("kod;namn\r\n2080;Falun\r\n", { delimiter: ";" })).toEqual({
      header: ["kod", "namn"],
      records: [{ kod: "2080", namn: "Falun" }],
    });
  });

  it("keeps a column named __proto__ as data", () => {
    const { records } = parseCsvRecords("__proto__,b\r\nx,y\r\n");
    expect(Object.keys(records[0]!)).toEqual(["__proto__", "b"]);
    expect(Object.getPrototypeOf(records[0])).toBe(Object.prototype);
  });

  it("reports every ragged row with its line, counting line ends inside quoted fields", () => {
    const error = thrown(() => parseCsvRecords('a,b\r\n1\r\n"2\r\n2",x\r\n3,4,5\r\n'));
    expect(error.issues.map((i) => [i.code, i.path, i.params.line, i.params.received])).toEqual([
      ["csv_field_count", "[1]", 2, 1],
      ["csv_field_count", "[3]", 5, 3],
    ]);
  });

  it("reports a duplicate column name", () => {
    expect(thrown(() => parseCsvRecords("a,a\r\n1,2\r\n")).issues[0]).toMatchObject({
      code: "csv_duplicate_header",
      path: "[0][1]",
    });
  });

  it("reads records followed by trailing blank lines, CRLF or LF, with or without a BOM", () => {
    for (const text of [
      "\uFEFFkod;namn\r\n2080;Falun\r\n\r\n",
      "kod;namn\n2080;Falun\n\n\n",
      "kod;namn\r2080;Falun\r\r",
    ])
      expect(parseCsvRecords(text, { delimiter: ";" }).records).toEqual([{ kod: "2080", namn: "Falun" }]);
  });

  it("gives back the records that formatCsvRecords wrote", () => {
    const column = fc.string({ unit: trickyCharacter, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cellString, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (columns, values) => {
          const records = values.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]!])));
          expect(parseCsvRecords(formatCsvRecords(records, { columns })).records).toEqual(records);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("csvRowStartLines", () => {
  it("gives the editor line of each row, counting line breaks inside quoted fields, CRLF as one, and a BOM as nothing", () => {
    expect(csvRowStartLines('a,b\n"x\ny",1\nz,2\n')).toEqual([1, 2, 4, 5]);
    expect(csvRowStartLines('\uFEFFa\r\n"1\r\n2"\r\n3')).toEqual([1, 2, 4]);
    expect(csvRowStartLines("a\nb\nc\n", 2)).toEqual([1, 2]);
  });
});
