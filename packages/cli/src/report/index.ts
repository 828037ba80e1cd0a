/**
 * `systemledning report <workspace.json>`: the workspace through the door, then the report in the chosen format
 * on stdout or in `--out`.
 */
import { writeFile } from "node:fs/promises";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { formatCheckText, type CheckReport } from "../check.js";
import { bothLanguages, type Lang } from "../messages.js";
import type { Output, Progress } from "../progress.js";
import { readJsonFile } from "../read-document.js";
import { renderReport, type ReportFormat } from "./formats.js";
import { buildReport } from "./model.js";

export { REPORT_FORMATS, type ReportFormat } from "./formats.js";

/** Options of {@link runReport}. */
export interface ReportOptions {
  readonly format: ReportFormat;
  readonly asOf: string;
  readonly out: string | undefined;
  readonly lang: Lang;
}

/**
 * Run `report`. Returns the exit code: 1 when the file cannot be read, is not a valid workspace, or `--out`
 * cannot be written; the door's issues are printed as `check` prints them.
 *
 * @example
 * await runReport("workspace.json", { format: "md", asOf: "2026-05-13", out: undefined, lang: "sv" }, output, progress);
 */
export async function runReport(
  file: string,
  options: ReportOptions,
  output: Output,
  progress: Progress,
): Promise<number> {
  const read = await readJsonFile(file, progress);
  if (!read.ok) {
    output.stderr(`${bothLanguages(read.error.message, options.lang).join("\n")}\n`);
    return 1;
  }
  progress.step({ sv: "Kontrollerar arbetsytan", en: "Checking the workspace" });
  const parsed = safeParseWorkspace(read.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      severity: "error" as const,
      path: i.path,
      code: i.code,
      message: i.message,
      params: i.params,
    }));
    const report: CheckReport = { file, kind: "workspace", errors: issues.length, warnings: 0, issues };
    output.stderr(formatCheckText(report, options.lang));
    return 1;
  }
  progress.step({ sv: "Sammanställer rapporten", en: "Compiling the report" });
  const text = renderReport(buildReport(parsed.data, options.asOf, options.lang), options.format);
  if (options.out === undefined) {
    output.stdout(text);
    return 0;
  }
  try {
    await writeFile(options.out, text, "utf8");
  } catch (error) {
    const reason = typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);
    const message = {
      sv: `Kunde inte skriva "${options.out}" (${reason}).`,
      en: `Could not write "${options.out}" (${reason}).`,
    };
    output.stderr(`${bothLanguages(message, options.lang).join("\n")}\n`);
    return 1;
  }
  return 0;
}
