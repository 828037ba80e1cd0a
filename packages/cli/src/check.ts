/**
 * `systemledning check <file.json>`: a profile or a workspace through the core's doors, every issue printed
 * with its path, code and both texts, for a person (text) or a county's CI (`--json`).
 */
import { toCanonicalJson } from "@systemledning/core/io";
import {
  safeParseProfile,
  safeParseWorkspace,
  serializeWorkspace,
  type BilingualMessage,
} from "@systemledning/core/workspace";
import { bothLanguages, summaryOf, type Lang } from "./messages.js";
import type { Output, Progress } from "./progress.js";
import { readJsonFile } from "./read-document.js";

/** What the file holds, as the command line decides from its fields. */
export type DocumentKind = "workspace" | "profile";

/** One line of the check: an error breaks the file; a warning is a reference that only a workspace can check. */
export interface CheckIssue {
  readonly severity: "error" | "warning";
  readonly path: string;
  readonly code: string;
  readonly message: BilingualMessage;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The whole answer of a check, as `--json` prints it. */
export interface CheckReport {
  readonly file: string;
  /** Null when the file could not be read as JSON. */
  readonly kind: DocumentKind | null;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly CheckIssue[];
}

const UNCHECKED_NOTE: BilingualMessage = {
  sv: "Kontrolleras när profilen ligger i en arbetsyta med dessa poster.",
  en: "Checked when the profile is in a workspace with these records.",
};

/**
 * A workspace names its document version, schema or profile; anything else is taken for a lone profile, so a
 * profile's faults are reported against the profile's schema rather than as a workspace missing everything.
 */
export function kindOf(value: unknown): DocumentKind {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "profile";
  return "profile" in value || "version" in value || "schema" in value ? "workspace" : "profile";
}

/**
 * A value through the door of its kind: the report, and for a value without errors its canonical text, made on
 * demand by the core's own writers (`serializeWorkspace` for a workspace, `toCanonicalJson` for a lone profile,
 * its `$schema` link kept), which wrote the bundled counties' files.
 */
export interface Inspection {
  readonly report: CheckReport;
  /** The canonical text; undefined when the value has errors. */
  readonly canonical: (() => string) | undefined;
}

/** Check a parsed JSON value with the door of its kind, keeping what `format` needs to write it. */
export function inspectValue(file: string, value: unknown, progress: Progress): Inspection {
  const kind = kindOf(value);
  progress.step(
    kind === "workspace"
      ? { sv: "Kontrollerar arbetsytan", en: "Checking the workspace" }
      : { sv: "Kontrollerar profilen", en: "Checking the profile" },
  );
  const issues: CheckIssue[] = [];
  const push = (severity: CheckIssue["severity"], found: Omit<CheckIssue, "severity">) =>
    issues.push({ severity, path: found.path, code: found.code, message: found.message, params: found.params });
  let canonical: (() => string) | undefined;
  if (kind === "workspace") {
    const result = safeParseWorkspace(value);
    if (!result.success) for (const issue of result.error.issues) push("error", issue);
    else canonical = () => serializeWorkspace(result.data);
  } else {
    const result = safeParseProfile(value);
    if (!result.success) for (const issue of result.error.issues) push("error", issue);
    else {
      for (const issue of result.unchecked) push("warning", issue);
      // The file's own value, not the door's result: that leaves out the `$schema` link an editor reads.
      canonical = () => toCanonicalJson(value);
    }
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { report: { file, kind, errors, warnings: issues.length - errors, issues }, canonical };
}

/** Check a parsed JSON value with the door of its kind. */
export function checkValue(file: string, value: unknown, progress: Progress): CheckReport {
  return inspectValue(file, value, progress).report;
}

/** The report as text for a person: one block per issue, then the summary in both languages. */
export function formatCheckText(report: CheckReport, lang: Lang): string {
  const kindName = report.kind === "workspace" ? { sv: "arbetsyta", en: "workspace" } : { sv: "profil", en: "profile" };
  const lines = [
    lang === "sv"
      ? `${report.file}: ${kindName.sv} (${kindName.en})`
      : `${report.file}: ${kindName.en} (${kindName.sv})`,
  ];
  for (const issue of report.issues) {
    lines.push(
      "",
      `${issue.severity === "error" ? "✘" : "⚠"} ${issue.path === "" ? "(dokumentet)" : issue.path}  [${issue.code}]`,
    );
    for (const text of bothLanguages(issue.message, lang)) lines.push(`  ${text}`);
    if (issue.severity === "warning") lines.push(`  ${bothLanguages(UNCHECKED_NOTE, lang).join(" / ")}`);
  }
  lines.push("", ...bothLanguages(summaryOf(report.errors, report.warnings), lang));
  return `${lines.join("\n")}\n`;
}

/**
 * Run `check`: read, validate, print. Returns the exit code: 1 when the file has errors or cannot be read.
 *
 * @example
 * const code = await runCheck("profile.json", { json: false, lang: "sv" }, output, progress);
 */
export async function runCheck(
  file: string,
  options: { readonly json: boolean; readonly lang: Lang },
  output: Output,
  progress: Progress,
): Promise<number> {
  const read = await readJsonFile(file, progress);
  if (!read.ok) {
    if (options.json) {
      const issue: CheckIssue = { severity: "error", path: "", params: {}, ...read.error };
      output.stdout(`${JSON.stringify({ file, kind: null, errors: 1, warnings: 0, issues: [issue] }, null, 2)}\n`);
    } else output.stderr(`${bothLanguages(read.error.message, options.lang).join("\n")}\n`);
    return 1;
  }
  const report = checkValue(file, read.value, progress);
  output.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatCheckText(report, options.lang));
  return report.errors > 0 ? 1 : 0;
}
