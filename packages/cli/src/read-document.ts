/**
 * Reading a county's JSON file: every way it can fail (missing, a folder, unreadable, too large, not JSON)
 * becomes a code and a text in both languages, never a stack trace.
 */
import { readFile, stat } from "node:fs/promises";
import type { BilingualMessage } from "@systemledning/core/workspace";
import { findJsonSyntaxError } from "./json-position.js";
import { FILE_ERRORS, MAX_FILE_BYTES, type FileErrorCode } from "./messages.js";
import type { Progress } from "./progress.js";

/** A file that could not be read as JSON. */
export interface FileError {
  readonly code: FileErrorCode;
  readonly message: BilingualMessage;
}

/** The parsed JSON and the text it was parsed from, or why there is none. */
export type ReadResult =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly error: FileError };

const failure = (code: FileErrorCode, message: BilingualMessage): ReadResult => ({
  ok: false,
  error: { code, message },
});

/** The error code Node gives a failed file operation ("ENOENT"), or the error as text if it is not one. */
export const errnoOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);

/**
 * Read `file` and parse it as JSON, reporting each step on `progress`.
 *
 * @example
 * const read = await readJsonFile("workspace.json", progress);
 * if (!read.ok) print(read.error.message);
 */
export async function readJsonFile(file: string, progress: Progress): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return failure("file_is_directory", FILE_ERRORS.file_is_directory(file));
    size = info.size;
  } catch (error) {
    const code = errnoOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") return failure("file_missing", FILE_ERRORS.file_missing(file));
    return failure("file_unreadable", FILE_ERRORS.file_unreadable(file, code));
  }
  // Refused before reading, so a huge file costs nothing: the size is known from the directory entry.
  if (size > MAX_FILE_BYTES) return failure("file_too_large", FILE_ERRORS.file_too_large(file, size));
  progress.step({
    sv: `Läser ${file} (${formatBytes(size, "sv")})`,
    en: `Reading ${file} (${formatBytes(size, "en")})`,
  });
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return failure("file_unreadable", FILE_ERRORS.file_unreadable(file, errnoOf(error)));
  }
  progress.step({ sv: "Tolkar JSON", en: "Parsing JSON" });
  try {
    // A byte-order mark is what some Windows editors write first; JSON.parse would refuse it.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown, text };
  } catch {
    const where = findJsonSyntaxError(text) ?? { line: 1, column: 1, what: { sv: "okänt fel", en: "unknown error" } };
    return failure("invalid_json", FILE_ERRORS.invalid_json(file, where.line, where.column, where.what));
  }
}

/** A size for people: bytes, kB or MB with one decimal, a decimal comma in Swedish. */
function formatBytes(bytes: number, lang: "sv" | "en"): string {
  const [value, unit] =
    bytes < 1024
      ? [String(bytes), "B"]
      : bytes < 1024 * 1024
        ? [(bytes / 1024).toFixed(1), "kB"]
        : [(bytes / 1024 / 1024).toFixed(1), "MB"];
  return `${lang === "sv" ? value.replace(".", ",") : value} ${unit}`;
}
