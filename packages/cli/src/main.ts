/**
 * The command line's dispatch: the command, its options (node:util `parseArgs`, one option set per command so
 * that an option of another command is an error), and the exit codes: 0 done, 1 errors in the file, 2 errors in
 * the command. A user's mistake is always a message in both languages, never a stack trace.
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatStockholmInstant, isIsoDate, stockholmDateOf } from "@systemledning/core/workspace";
import { runCheck } from "./check.js";
import { runFormat } from "./format.js";
import { idFromName, runInitCounty } from "./init-county.js";
import { bothLanguages, HELP, SOURCE_COUNTY_IDS, USAGE_ERRORS, type Lang } from "./messages.js";
import { createProgress, type Output } from "./progress.js";
import { REPORT_FORMATS, runReport, type ReportFormat } from "./report/index.js";

const LANGS = ["sv", "en"] as const;
// `--lang` is taken off the line before the commands' options are read (takeLang), so it may stand anywhere.
const COMMON = {
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** Each command's own options, beside the common ones. */
const COMMAND_OPTIONS = {
  check: { ...COMMON, json: { type: "boolean" } },
  report: { ...COMMON, format: { type: "string" }, "as-of": { type: "string" }, out: { type: "string" } },
  format: { ...COMMON, check: { type: "boolean" } },
  "init-county": {
    ...COMMON,
    from: { type: "string" },
    name: { type: "string" },
    dir: { type: "string" },
    force: { type: "boolean" },
  },
} as const satisfies Record<string, ParseArgsConfig["options"]>;

type Command = keyof typeof COMMAND_OPTIONS;

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {
  constructor(readonly bilingual: { readonly sv: string; readonly en: string }) {
    super(bilingual.en);
  }
}

/**
 * The `--lang` given anywhere on the line (before the command too), read first so that even an error about the
 * rest is in that language, and the line without it.
 */
function takeLang(argv: readonly string[]): { readonly lang: Lang; readonly rest: readonly string[] } {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at === -1) return { lang: "sv", rest: argv };
  const inline = argv[at]!.startsWith("--lang=");
  const value = inline ? argv[at]!.slice("--lang=".length) : (argv[at + 1] ?? "");
  if (!(LANGS as readonly string[]).includes(value))
    throw new UsageError(USAGE_ERRORS.bad_choice("--lang", value, LANGS));
  return { lang: value as Lang, rest: argv.filter((_, i) => i !== at && (inline || i !== at + 1)) };
}

function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback?: T): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(USAGE_ERRORS.missing_option(option));
  }
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(USAGE_ERRORS.bad_choice(option, value, choices));
  return value as T;
}

function parseCommand<C extends Command>(command: C, args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: COMMAND_OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs's own message names the option ("Unknown option '--colour'"); it is English only.
    throw new UsageError(USAGE_ERRORS.bad_arguments(error instanceof Error ? error.message : String(error)));
  }
}

/** The one file a command takes. */
function fileOf(command: Command, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError(USAGE_ERRORS.missing_file(command));
  if (positionals.length > 1) throw new UsageError(USAGE_ERRORS.bad_arguments(`"${positionals.slice(1).join(" ")}"`));
  return positionals[0]!;
}

/** The package's version, from its manifest beside `dist/`. */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

/** Today's date in Stockholm, the day a report is for when `--as-of` is not given. */
const today = (): string => stockholmDateOf(formatStockholmInstant(Date.now()));

async function dispatch(argv: readonly string[], lang: Lang, output: Output): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith("-")) {
    if (argv.includes("--version")) {
      output.stdout(`${version()}\n`);
      return 0;
    }
    if (argv.includes("--help") || argv.includes("-h")) {
      output.stdout(HELP[lang]);
      return 0;
    }
    throw new UsageError(first === undefined ? USAGE_ERRORS.no_command() : USAGE_ERRORS.bad_arguments(first));
  }
  if (!(first in COMMAND_OPTIONS)) throw new UsageError(USAGE_ERRORS.unknown_command(first));
  const command = first as Command;
  const { values, positionals } = parseCommand(command, rest);
  if (values.help === true) {
    output.stdout(HELP[lang]);
    return 0;
  }
  const progress = createProgress(output, lang);
  if (command === "check") {
    const json = "json" in values && values.json === true;
    return runCheck(fileOf(command, positionals), { json, lang }, output, progress);
  }
  if (command === "report") {
    const v = values as { format?: string; "as-of"?: string; out?: string };
    const asOf = v["as-of"] ?? today();
    if (!isIsoDate(asOf)) throw new UsageError(USAGE_ERRORS.bad_date(asOf));
    const format = choice<ReportFormat>("--format", v.format, REPORT_FORMATS, "text");
    return runReport(fileOf(command, positionals), { format, asOf, out: v.out, lang }, output, progress);
  }
  if (command === "format") {
    if (positionals.length === 0) throw new UsageError(USAGE_ERRORS.missing_file(command));
    const check = "check" in values && values.check === true;
    return runFormat(positionals, { check, lang }, output, progress);
  }
  const v = values as { from?: string; name?: string; dir?: string; force?: boolean };
  if (positionals.length > 0) throw new UsageError(USAGE_ERRORS.bad_arguments(`"${positionals.join(" ")}"`));
  if (v.from === undefined) throw new UsageError(USAGE_ERRORS.missing_option("--from"));
  const from = v.from;
  if (!SOURCE_COUNTY_IDS.includes(from)) throw new UsageError(USAGE_ERRORS.unknown_county(from));
  if (v.name === undefined || v.name.trim() === "") throw new UsageError(USAGE_ERRORS.missing_option("--name"));
  const name = v.name.trim();
  return runInitCounty({ from, name, dir: v.dir ?? idFromName(name), force: v.force === true, lang }, output);
}

/**
 * Run the command line on `argv` (the arguments after the program) and return the exit code.
 *
 * @example
 * const code = await main(["check", "profile.json", "--json"], output);
 */
export async function main(argv: readonly string[], output: Output): Promise<number> {
  let lang: Lang = "sv";
  try {
    const taken = takeLang(argv);
    lang = taken.lang;
    return await dispatch(taken.rest, lang, output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${bothLanguages(error.bilingual, lang).join("\n")}\n`);
    return 2;
  }
}
