/**
 * The command that saves the texts people write for a year's annual report in the workspace (version 5's
 * `annualReports`), so that what a region writes on screen is kept with the data it describes and the report
 * assembled from the workspace shows it. Pure: a new workspace or an error value with exact paths; the
 * workspace given is never changed.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import type { Workspace } from "../workspace/schema.js";
import { SetAnnualReportTextsIntent, type AnnualReportRecord, type AnnualReportTexts } from "./report/schema.js";

/** The outcome of {@link setAnnualReportTexts}: the next workspace, or why the intent was refused. */
export type AnnualReportCommandResult = Result<Workspace, SystemledningError>;

const fail = (issues: readonly ValidationIssue[]): AnnualReportCommandResult =>
  err(new SystemledningError("invalidInput", issues));

/** Whether a set of texts says nothing: every field absent (an empty list of paragraphs counts as absent). */
function isEmptyTexts(texts: AnnualReportTexts): boolean {
  return Object.values(texts).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}

/**
 * Save the texts of the annual report of `intent.year`, replacing what was saved for that year. The intent is
 * validated with the report's schema (issues at `intent.…` with a code and a Swedish and English message); an
 * empty text set removes the year's record, so the document keeps no empty shells. The records stay sorted by
 * year, so two hosts that save the same texts write the same document.
 *
 * @example
 * const result = setAnnualReportTexts(ws, { year: 2025, texts: { title: { sv: "Årsrapport 2025" }, lessons: [{ sv: "…" }] } });
 * if (result.ok) save(result.value); else show(result.error.issues); // e.g. path "intent.texts.title.sv", code "too_small"
 */
export function setAnnualReportTexts(ws: Workspace, intent: SetAnnualReportTextsIntent): AnnualReportCommandResult {
  const parsed = parseInput(SetAnnualReportTextsIntent, intent, ["intent"]);
  if (!parsed.ok) return fail(parsed.error);
  const { year, texts } = parsed.value;
  const others = ws.annualReports.filter((record) => record.year !== year);
  const next: AnnualReportRecord[] = isEmptyTexts(texts) ? others : [...others, { year, texts }];
  next.sort((a, b) => a.year - b.year);
  return ok({ ...ws, annualReports: next });
}

/** The texts saved in `ws` for the report of `year`, or undefined. */
export function getAnnualReportTexts(ws: Workspace, year: number): AnnualReportTexts | undefined {
  return ws.annualReports.find((record) => record.year === year)?.texts;
}

/**
 * The door's check of the saved report texts: one record per year (`duplicate_value` at `annualReports[i].year`).
 *
 * @example
 * validateAnnualReportReferences(ws); // [] when no year is saved twice
 */
export function validateAnnualReportReferences(ws: Workspace): ValidationIssue[] {
  const seen = new Set<number>();
  const issues: ValidationIssue[] = [];
  ws.annualReports.forEach((record, i) => {
    if (seen.has(record.year))
      issues.push(createIssue(["annualReports", i, "year"], "duplicate_value", { value: record.year }));
    seen.add(record.year);
  });
  return issues;
}
