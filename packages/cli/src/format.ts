/**
 * `systemledning format <file.json>…`: a profile or a workspace rewritten as the core's canonical JSON, the text
 * the bundled counties' files are in (sorted keys, two spaces of indent, NFC). The text comes from the core's own
 * writers through `inspectValue` (check.ts), never from a writer of the command line's. Each file passes the
 * door first: one with errors is refused with every issue and left as it is. A file already canonical is not
 * written at all. `--check` writes nothing and lists the files that are not canonical, for a county's CI.
 */
import { writeFile } from "node:fs/promises";
import type { BilingualMessage } from "@systemledning/core/workspace";
import { formatCheckText, inspectValue } from "./check.js";
import { bothLanguages, type Lang } from "./messages.js";
import type { Output, Progress } from "./progress.js";
import { errnoOf, readJsonFile } from "./read-document.js";

/** Options of {@link runFormat}. */
export interface FormatOptions {
  /** Write nothing; exit 1 when a file is not canonical. */
  readonly check: boolean;
  readonly lang: Lang;
}

/** What `format` did with one file, and the text it tells. */
const FORMAT_MESSAGES = {
  unchanged: (file: string): BilingualMessage => ({
    sv: `${file}: redan kanonisk JSON, orörd.`,
    en: `${file}: already canonical JSON, untouched.`,
  }),
  written: (file: string): BilingualMessage => ({
    sv: `${file}: omskriven som kanonisk JSON.`,
    en: `${file}: rewritten as canonical JSON.`,
  }),
  not_canonical: (file: string): BilingualMessage => ({
    sv: `${file}: inte kanonisk JSON. Skriv om den med systemledning format ${file}.`,
    en: `${file}: not canonical JSON. Rewrite it with systemledning format ${file}.`,
  }),
  unwritable: (file: string, reason: string): BilingualMessage => ({
    sv: `${file}: kunde inte skrivas (${reason}). Kontrollera att du har skrivrättighet.`,
    en: `${file}: could not be written (${reason}). Check that you may write it.`,
  }),
  refused: (file: string): BilingualMessage => ({
    sv: `${file}: skrivs inte om, eftersom den har fel (ovan). Rätta dem och kör format igen.`,
    en: `${file}: not rewritten, as it has errors (above). Correct them and run format again.`,
  }),
} as const;

/**
 * Run `format` on `files`, one after the other (a refused file does not stop the others). Returns the exit code:
 * 1 when a file could not be read, has errors, or (with `check`) is not canonical; 0 otherwise.
 *
 * @example
 * const code = await runFormat(["profile.json", "workspace.json"], { check: true, lang: "sv" }, output, progress);
 */
export async function runFormat(
  files: readonly string[],
  options: FormatOptions,
  output: Output,
  progress: Progress,
): Promise<number> {
  const print = (message: BilingualMessage, to: "stdout" | "stderr") =>
    output[to](`${bothLanguages(message, options.lang).join("\n")}\n`);
  let failed = false;
  for (const file of files) {
    const read = await readJsonFile(file, progress);
    if (!read.ok) {
      print(read.error.message, "stderr");
      failed = true;
      continue;
    }
    const { report, canonical } = inspectValue(file, read.value, progress);
    if (canonical === undefined) {
      output.stderr(formatCheckText(report, options.lang));
      print(FORMAT_MESSAGES.refused(file), "stderr");
      failed = true;
      continue;
    }
    const text = canonical();
    if (text === read.text) print(FORMAT_MESSAGES.unchanged(file), "stdout");
    else if (options.check) {
      print(FORMAT_MESSAGES.not_canonical(file), "stdout");
      failed = true;
    } else {
      progress.step({ sv: `Skriver ${file}`, en: `Writing ${file}` });
      try {
        await writeFile(file, text, "utf8");
        print(FORMAT_MESSAGES.written(file), "stdout");
      } catch (error) {
        print(FORMAT_MESSAGES.unwritable(file, errnoOf(error)), "stderr");
        failed = true;
      }
    }
  }
  return failed ? 1 : 0;
}
