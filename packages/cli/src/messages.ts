/**
 * Every text the command line prints of its own, in Swedish and English. The issues' and findings' texts come
 * from the core with their own two languages; only the command line's frame (help, errors, headings) is here.
 */
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import type { BilingualMessage } from "@systemledning/core/workspace";

/** The ids `init-county --from` takes: every bundled county's, in the order of the list. */
export const SOURCE_COUNTY_IDS: readonly string[] = BUNDLED_COUNTIES.map((county) => county.id);

/** The language a user chose with `--lang`: it comes first, or alone where one language reads better. */
export type Lang = "sv" | "en";

/** The two texts of `message`, the chosen language first. */
export function bothLanguages(message: BilingualMessage, lang: Lang): readonly [string, string] {
  return lang === "sv" ? [message.sv, message.en] : [message.en, message.sv];
}

/** Swedish or English plural: `count` with the singular or plural word. */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The summary of a check: "3 fel, 1 varning" and "3 errors, 1 warning". */
export function summaryOf(errors: number, warnings: number): BilingualMessage {
  return {
    sv: `${counted(errors, "fel", "fel")}, ${counted(warnings, "varning", "varningar")}`,
    en: `${counted(errors, "error", "errors")}, ${counted(warnings, "warning", "warnings")}`,
  };
}

/** The largest file the command line reads: a county's workspace of many years is a few megabytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The limit in words, for the "too large" error. */
export const MAX_FILE_SIZE_TEXT = "64 MiB";

/** Why a file could not be read, as a stable code (for `--json`) and both texts. */
export const FILE_ERRORS = {
  file_missing: (file: string): BilingualMessage => ({
    sv: `Filen "${file}" finns inte. Kontrollera sökvägen.`,
    en: `The file "${file}" does not exist. Check the path.`,
  }),
  file_is_directory: (file: string): BilingualMessage => ({
    sv: `"${file}" är en mapp, inte en fil. Ange JSON-filen i mappen, till exempel "${file}/workspace.json".`,
    en: `"${file}" is a folder, not a file. Give the JSON file in it, for example "${file}/workspace.json".`,
  }),
  file_unreadable: (file: string, reason: string): BilingualMessage => ({
    sv: `Filen "${file}" kunde inte läsas (${reason}). Kontrollera att du har läsrättighet.`,
    en: `The file "${file}" could not be read (${reason}). Check that you may read it.`,
  }),
  file_too_large: (file: string, bytes: number): BilingualMessage => ({
    sv: `Filen "${file}" är ${bytes} byte, större än gränsen ${MAX_FILE_SIZE_TEXT}.`,
    en: `The file "${file}" is ${bytes} bytes, larger than the limit of ${MAX_FILE_SIZE_TEXT}.`,
  }),
  invalid_json: (file: string, line: number, column: number, what: BilingualMessage): BilingualMessage => ({
    sv: `Filen "${file}" är inte giltig JSON: rad ${line}, kolumn ${column}: ${what.sv}.`,
    en: `The file "${file}" is not valid JSON: line ${line}, column ${column}: ${what.en}.`,
  }),
} as const;

/** A code of {@link FILE_ERRORS}. */
export type FileErrorCode = keyof typeof FILE_ERRORS;

/** Errors in how the command was called (exit code 2). */
export const USAGE_ERRORS = {
  no_command: (): BilingualMessage => ({
    sv: "Ange ett kommando: check, report, format eller init-county. Se systemledning --help.",
    en: "Give a command: check, report, format or init-county. See systemledning --help.",
  }),
  unknown_command: (command: string): BilingualMessage => ({
    sv: `Okänt kommando "${command}". Kommandona är check, report, format och init-county.`,
    en: `Unknown command "${command}". The commands are check, report, format and init-county.`,
  }),
  bad_arguments: (detail: string): BilingualMessage => ({
    sv: `Felaktiga argument: ${detail}. Se systemledning --help.`,
    en: `Wrong arguments: ${detail}. See systemledning --help.`,
  }),
  unknown_county: (value: string): BilingualMessage => ({
    sv: `--from: inget medföljande län heter "${value}". De medföljande länen är ${SOURCE_COUNTY_IDS.join(", ")}.`,
    en: `--from: no bundled county is called "${value}". The bundled counties are ${SOURCE_COUNTY_IDS.join(", ")}.`,
  }),
  missing_file: (command: string): BilingualMessage => ({
    sv: `Ange en JSON-fil: systemledning ${command} <fil.json>.`,
    en: `Give a JSON file: systemledning ${command} <file.json>.`,
  }),
  bad_choice: (option: string, value: string, choices: readonly string[]): BilingualMessage => ({
    sv: `${option} kan vara ${choices.join(", ")}, inte "${value}".`,
    en: `${option} may be ${choices.join(", ")}, not "${value}".`,
  }),
  bad_date: (value: string): BilingualMessage => ({
    sv: `--as-of ska vara ett datum ÅÅÅÅ-MM-DD, inte "${value}".`,
    en: `--as-of must be a date YYYY-MM-DD, not "${value}".`,
  }),
  missing_option: (option: string): BilingualMessage => ({
    sv: `${option} måste anges.`,
    en: `${option} is required.`,
  }),
} as const;

/** The help text, in the chosen language. */
export const HELP: Readonly<Record<Lang, string>> = {
  sv: `systemledning – kommandoraden för län

Användning:
  systemledning check <fil.json> [--json]
      Kontrollerar en profil eller en arbetsyta: varje fel med sökväg, kod och text
      på svenska och engelska. Slutkod 1 vid fel, 0 annars.
      --json   skriv felen som JSON (för länets egen CI)

  systemledning report <arbetsyta.json> [--format text|md|html|csv] [--as-of ÅÅÅÅ-MM-DD] [--out fil]
      Strukturfrågorna, överenskommelsernas fullständighet och mötenas regelefterlevnad.
      --format  text (standard), md (Markdown), html (ett fristående dokument) eller csv
      --as-of   dagen rapporten gäller (standard: i dag)
      --out     skriv till filen i stället för till terminalen

  systemledning format <fil.json>... [--check]
      Skriver om profiler och arbetsytor som kärnans kanoniska JSON (nycklarna i bokstavsordning,
      två blanksteg indrag), efter samma kontroll som check. En fil med fel skrivs inte om.
      --check  skriv ingenting; slutkod 1 och filerna som inte är kanoniska (för CI)

  systemledning init-county --from ${SOURCE_COUNTY_IDS.join("|")} --name "Region Gävleborg" [--dir ./gavleborg] [--force]
      Skapar profile.json, workspace.json och README.md för ett nytt län att redigera,
      från profilen i ett av de medföljande länen.
      --force  skriv över filer som redan finns

Gemensamma flaggor:
  --lang sv|en   språket som visas först (standard sv)
  -h, --help     den här hjälpen (--lang en: på engelska)
  --version      versionen

Slutkoder: 0 klart, 1 fel i filen, 2 fel i kommandot.
`,
  en: `systemledning – the command line for counties

Usage:
  systemledning check <file.json> [--json]
      Checks a profile or a workspace: every issue with its path, code and text
      in Swedish and English. Exit code 1 on errors, 0 otherwise.
      --json   print the issues as JSON (for the county's own CI)

  systemledning report <workspace.json> [--format text|md|html|csv] [--as-of YYYY-MM-DD] [--out file]
      The structure questions, the charters' completeness and the meetings' compliance.
      --format  text (default), md (Markdown), html (a standalone document) or csv
      --as-of   the day the report is for (default: today)
      --out     write to the file instead of the terminal

  systemledning format <file.json>... [--check]
      Rewrites profiles and workspaces as the core's canonical JSON (keys in alphabetical order,
      two spaces of indent), after the same check as check. A file with errors is not rewritten.
      --check  write nothing; exit code 1 and the files that are not canonical (for CI)

  systemledning init-county --from ${SOURCE_COUNTY_IDS.join("|")} --name "Region Gävleborg" [--dir ./gavleborg] [--force]
      Writes profile.json, workspace.json and README.md for a new county to edit,
      from the profile of one of the bundled counties.
      --force  overwrite files that exist

Common options:
  --lang sv|en   the language shown first (default sv)
  -h, --help     this help (--lang en: in English)
  --version      the version

Exit codes: 0 done, 1 errors in the file, 2 errors in the command.
`,
};
