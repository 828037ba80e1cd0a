/**
 * CSV in and out: import in a survey tool's shape with a report of every refused row (nothing lost),
 * export of responses that imports back unchanged, and result tables that are injection-safe.
 */
import { describe, expect, it } from "vitest";
import {
  aggregateRound,
  formatAssessmentResponsesCsv,
  formatRoundResultCsv,
  importAssessmentResponsesCsv,
  removeAssessmentResponse,
} from "@systemledning/core/assessment";
import { parseCsvRecords } from "@systemledning/core/io";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

const ws = deepFreeze(structuredClone(createDalarnaSampleWorkspace()));
const ROUND = "sjalvskattning-2025";
const ITEMS = "nara-for-mig;nara-for-alla;nara-i-hela-dalarna;nara-mellan-oss;nara-till-halsa";

const csv = (...lines: string[]): string => lines.join("\r\n") + "\r\n";

describe("importAssessmentResponsesCsv", () => {
  it("imports a file that ends in blank lines, with CRLF or LF and a byte order mark, as it imports the same file without them", () => {
    const lines = [`systemledning;inskickad;${ITEMS}`, "Vansbro;2025-11-12T11:00:00+01:00;3;3;3;3;3"];
    const plain = importAssessmentResponsesCsv(ws, ROUND, lines.join("\r\n") + "\r\n", { delimiter: ";" });
    expect(plain.ok).toBe(true);
    if (!plain.ok) return;
    expect(plain.value.report.imported).toHaveLength(1);
    for (const text of [
      lines.join("\r\n") + "\r\n\r\n",
      "\uFEFF" + lines.join("\n") + "\n\n\n",
      lines.join("\r\n") + "\r\n\r\n\r\n",
    ]) {
      const result = importAssessmentResponsesCsv(ws, ROUND, text, { delimiter: ";" });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.report).toEqual(plain.value.report);
    }
  });

  it("adds good rows and reports every refused row with its cells, line and reasons", () => {
    const text = csv(
      `Systemledning;gruppering;inskickad;${ITEMS};nara-for-mig:fritext;Kommentar`,
      "Lokal systemledning Borlänge;;2025-11-12T10:00:00+01:00;3;Stämmer bra;2;;;Vi har kommit en bit.;intern",
      "Vansbro;;2025-11-12T11:00:00+01:00;6;3;3;3;3;;",
      "ls-regional;;2025-11-12T12:00:00+01:00;3;3;3;3;3;;",
      "Okänd ort;;igår;3;3;3;3;3;;",
      "Rättvik;Norr;;3;3;3;3;3;;",
      "Rättvik;Norr;;4;4;4;4;4;;",
    );
    const result = importAssessmentResponsesCsv(ws, ROUND, text, {
      delimiter: ";",
      columns: { leadership: "Systemledning" },
      submittedAt: "2025-11-14T17:00:00+01:00",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { workspace, report } = result.value;
    expect(report.imported.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [5, 6],
    ]);
    expect(report.ignoredColumns).toEqual(["Kommentar"]);
    expect(report.refused.map((r) => [r.row, r.issues.map((i) => [i.path, i.code])])).toEqual([
      [2, [['[2]["nara-for-mig"]', "csv_invalid_answer"]]],
      [3, [["[3].Systemledning", "leadership_not_asked"]]],
      [
        4,
        [
          ["[4].Systemledning", "csv_unknown_leadership"],
          ["[4].inskickad", "csv_invalid_submitted_at"],
        ],
      ],
      [6, [["[6].gruppering", "duplicate_grouping"]]],
    ]);
    // Nothing lost: a refused row keeps every cell as read, the ignored column too.
    expect(report.refused[0]!.record).toMatchObject({ Systemledning: "Vansbro", "nara-for-mig": "6" });
    const borlange = workspace.assessmentResponses.find(
      (r) => r.roundId === ROUND && r.leadershipId === "ls-borlange",
    )!;
    expect(borlange.answers).toEqual({ "nara-for-mig": 3, "nara-for-alla": 4, "nara-i-hela-dalarna": 2 });
    expect(borlange.freeTexts).toEqual({ "nara-for-mig": "Vi har kommit en bit." });
    expect(
      workspace.assessmentResponses.find((r) => r.roundId === ROUND && r.leadershipId === "ls-rattvik")!.submittedAt,
    ).toBe("2025-11-14T17:00:00+01:00");
    expect(safeParseWorkspace(workspace).success).toBe(true);
    expect(aggregateRound(workspace, ROUND).coverage).toMatchObject({ answered: 8, responses: 10 });
  });

  it("reports don't know as refused where the instrument has no such answer", () => {
    const text = csv(`systemledning;inskickad;${ITEMS}`, "Borlänge;2025-11-12T10:00:00+01:00;vet ej;3;3;3;3");
    const result = importAssessmentResponsesCsv(ws, ROUND, text, { delimiter: ";" });
    expect(result.ok && result.value.report.refused[0]!.issues.map((i) => i.code)).toEqual(["csv_invalid_answer"]);
  });

  it("replaces an existing response of the same leadership and grouping when asked to", () => {
    const text = csv(`systemledning;inskickad;${ITEMS}`, "Falun;2025-11-13T10:00:00+01:00;5;5;5;5;5");
    const refused = importAssessmentResponsesCsv(ws, ROUND, text, { delimiter: ";" });
    expect(refused.ok && refused.value.report.refused[0]!.issues.map((i) => i.code)).toEqual(["duplicate_grouping"]);
    const replaced = importAssessmentResponsesCsv(ws, ROUND, text, { delimiter: ";", onExisting: "replace" });
    expect(replaced.ok).toBe(true);
    if (!replaced.ok) return;
    expect(replaced.value.report.imported[0]!.replaced).toBe(true);
    const falun = replaced.value.workspace.assessmentResponses.filter(
      (r) => r.roundId === ROUND && r.leadershipId === "ls-falun",
    );
    expect(falun.map((r) => r.answers["nara-for-mig"])).toEqual([5]);
    expect(replaced.value.workspace.assessmentResponses).toHaveLength(ws.assessmentResponses.length);
  });

  it("fails as a whole for a missing column, an unknown round or broken CSV, importing nothing", () => {
    const missing = importAssessmentResponsesCsv(
      ws,
      ROUND,
      csv("systemledning;inskickad;nara-for-mig", "Falun;2025-11-13T10:00:00+01:00;3"),
      { delimiter: ";" },
    );
    expect(missing.ok ? [] : missing.error.issues.map((i) => [i.code, i.params.column])).toEqual([
      ["csv_missing_column", "nara-for-alla"],
      ["csv_missing_column", "nara-i-hela-dalarna"],
      ["csv_missing_column", "nara-mellan-oss"],
      ["csv_missing_column", "nara-till-halsa"],
    ]);
    const unknown = importAssessmentResponsesCsv(ws, "okand", "a\r\n");
    expect(unknown.ok ? "" : unknown.error.issues[0]!.code).toBe("dangling_reference");
    const broken = importAssessmentResponsesCsv(ws, ROUND, `systemledning;inskickad\r\n"Falun;x\r\n`, {
      delimiter: ";",
    });
    expect(broken.ok ? "" : broken.error.issues[0]!.code).toBe("csv_unterminated_quote");
  });

  it("imports an event poll's rows as anonymous participants", () => {
    const result = importAssessmentResponsesCsv(
      ws,
      "systemledningsdagen-2025-rustad",
      csv("rustad", "7", "9", "elva"),
      { submittedAt: "2025-11-13T15:00:00+01:00" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.report.imported).toHaveLength(2);
    expect(result.value.report.refused.map((r) => r.row)).toEqual([3]);
    expect(aggregateRound(result.value.workspace, "systemledningsdagen-2025-rustad").coverage.answered).toBe(60);
  });
});

describe("formatAssessmentResponsesCsv", () => {
  it("exports a round's responses in the import's shape, which imports back to the same responses", () => {
    const text = formatAssessmentResponsesCsv(ws, ROUND, { delimiter: ";" });
    let emptied: Workspace = ws;
    for (const r of ws.assessmentResponses.filter((x) => x.roundId === ROUND)) {
      const next = removeAssessmentResponse(emptied, r.id);
      if (next.ok) emptied = next.value;
    }
    const result = importAssessmentResponsesCsv(emptied, ROUND, text, { delimiter: ";" });
    expect(result.ok && result.value.report.refused).toEqual([]);
    if (!result.ok) return;
    const byId = (w: Workspace) =>
      new Map(w.assessmentResponses.filter((r) => r.roundId === ROUND).map((r) => [r.id, r]));
    expect(byId(result.value.workspace)).toEqual(byId(ws));
  });
});

describe("formatRoundResultCsv", () => {
  const result = aggregateRound(ws, ROUND);

  it("writes the items table with exact numbers and empty cells only where there is no value", () => {
    const table = parseCsvRecords(formatRoundResultCsv(result));
    expect(table.header).toEqual([
      "Fråga",
      "Påstående",
      "Antal systemledningar med värde",
      "Medelvärde",
      "Median",
      "Lägsta",
      "Högsta",
      "Vet ej",
    ]);
    expect(table.records.map((r) => Number(r["Medelvärde"]))).toEqual(result.items.map((i) => i.mean));
  });

  it("writes one row per asked leadership, in English when asked", () => {
    const table = parseCsvRecords(formatRoundResultCsv(result, { table: "leaderships", locale: "en" }));
    expect(table.records).toHaveLength(13);
    const vansbro = table.records.find((r) => r["Leadership"] === "Lokal systemledning Vansbro")!;
    expect([vansbro["Responses"], vansbro["Total"], vansbro["nara-for-mig"]]).toEqual(["0", "", ""]);
  });

  it("defuses a free text that a spreadsheet would run as a formula, and reads it back unchanged", () => {
    const hostile = {
      ...result,
      items: result.items.map((item, k) =>
        k === 0
          ? {
              ...item,
              freeTexts: [
                { leadershipId: "ls-falun", grouping: null, responseId: "x", text: '=HYPERLINK("http://x";"klicka")' },
              ],
            }
          : item,
      ),
    };
    const text = formatRoundResultCsv(hostile, { table: "free-texts" });
    expect(text).toContain(`"'=HYPERLINK(""http://x"";""klicka"")"`);
    expect(parseCsvRecords(text).records[0]!["Fritext"]).toBe('=HYPERLINK("http://x";"klicka")');
  });

  it("writes the distribution as count per bin per item", () => {
    const table = parseCsvRecords(formatRoundResultCsv(result, { table: "distribution" }));
    expect(table.records).toHaveLength(5 * 9);
    expect(table.records.filter((r) => r["Fråga"] === "nara-for-mig").reduce((s, r) => s + Number(r["Antal"]), 0)).toBe(
      result.items[0]!.n,
    );
  });
});
