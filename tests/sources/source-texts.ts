/**
 * The public source documents, read at test time from the folder `SYSTEMLEDNING_SOURCES_DIR` names (their
 * `*.txt` files; they are not in the repository), and what the sources check does with them: find each
 * document, check a cited phrase against it, and match people's names against it without the repository
 * ever holding a copy of a real person's name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { normaliseSpace, type SourceDocument, type SourcePhrase } from "../fixtures/sources/index.js";

/** The environment variable that names the folder of the source documents. */
export const SOURCES_DIR_VARIABLE = "SYSTEMLEDNING_SOURCES_DIR";

/** One source document: its file name, its text in NFC with lines and tabs kept, and with white space collapsed. */
export interface SourceText {
  readonly file: string;
  readonly raw: string;
  readonly text: string;
}

/**
 * The folder of the source documents. Throws, failing the check, when the variable is not set or names no
 * folder: the gate runs this check only when it does, so a throw here is a misconfiguration.
 */
export function sourcesDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const value = env[SOURCES_DIR_VARIABLE];
  if (value === undefined || value.trim() === "")
    throw new Error(
      `${SOURCES_DIR_VARIABLE} is not set: the sources check needs the folder of the source documents (*.txt).`,
    );
  const directory = resolve(value);
  if (!existsSync(directory) || !statSync(directory).isDirectory())
    throw new Error(`${SOURCES_DIR_VARIABLE} names ${directory}, which is not a folder.`);
  return directory;
}

/** Every `*.txt` document of the folder, sorted by file name. Throws when there is none. */
export function readSourceTexts(directory: string = sourcesDirectory()): SourceText[] {
  const texts = readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(directory, file), "utf8").normalize("NFC");
      return { file, raw, text: normaliseSpace(raw) };
    });
  if (texts.length === 0) throw new Error(`No source document (*.txt) in ${directory}.`);
  return texts;
}

/** The text of `document`: the one file holding its opening phrase. Throws when none or several do. */
export function findDocument(texts: readonly SourceText[], document: SourceDocument): SourceText {
  const found = texts.filter((text) => text.text.includes(document.identifiedBy));
  if (found.length !== 1)
    throw new Error(
      `"${document.title}" should be found in exactly one document by "${document.identifiedBy}"; found in ${found.length}: ${found.map((t) => t.file).join(", ")}`,
    );
  return found[0]!;
}

/** Text without white space and hyphens: how a picture's label is compared, since the text breaks it over lines. */
function squeeze(text: string): string {
  return text.replace(/[\s-]+/gu, "");
}

/**
 * What is wrong with `phrase` as a citation of `document`: its section heading is not in the document, its
 * bounds (`within`) are not there, or the phrase does not occur after the section's heading (and within
 * its bounds). Empty when the citation holds.
 */
export function phraseProblems(phrase: SourcePhrase, document: SourceText): string[] {
  const { text } = document;
  const where = `"${phrase.phrase}" (${phrase.cite.document.title}, ${phrase.cite.section}, ${phrase.cite.locator})`;
  const sectionAt = text.indexOf(phrase.cite.section);
  if (sectionAt < 0) return [`${where}: the section "${phrase.cite.section}" is not in the document`];
  let start = sectionAt;
  let end = text.length;
  if (phrase.within !== undefined) {
    const fromAt = text.indexOf(phrase.within.from, sectionAt);
    if (fromAt < 0) return [`${where}: "${phrase.within.from}" is not in the section`];
    start = fromAt + phrase.within.from.length;
    if (phrase.within.to !== undefined) {
      end = text.indexOf(phrase.within.to, start);
      if (end < 0) return [`${where}: "${phrase.within.to}" does not follow "${phrase.within.from}"`];
    }
  }
  const region = text.slice(start, end);
  const found =
    phrase.pictureLabel === true ? squeeze(region).includes(squeeze(phrase.phrase)) : region.includes(phrase.phrase);
  return found ? [] : [`${where}: not in the document where cited`];
}

/**
 * The name fragments of `fullName` that must not occur in a source: the full name and every ordered pair
 * of its parts ("first last", "middle last", "first middle"), so a shuffled or shortened name is caught.
 */
export function nameFragments(fullName: string): string[] {
  const parts = normaliseSpace(fullName).trim().split(" ");
  const fragments = new Set<string>([parts.join(" ")]);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) fragments.add(`${parts[i]} ${parts[j]}`);
  }
  return [...fragments];
}

/** `text` in lower case with the characters a regular expression gives a meaning escaped. */
function lowerLiteral(text: string): string {
  return text.toLocaleLowerCase("sv").replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** A case-insensitive whole-word pattern of `fragments` (a letter on either side makes another word). */
function wholeWords(...fragments: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${fragments.map(lowerLiteral).join("|")})($|[^\\p{L}])`, "u");
}

/** The fragments of `fullName` that occur in any of `texts`, case-insensitively, as whole words. */
export function nameOccurrences(fullName: string, texts: readonly string[]): string[] {
  const lower = texts.map((text) => normaliseSpace(text).toLocaleLowerCase("sv"));
  return nameFragments(fullName).filter((fragment) => {
    const pattern = wholeWords(fragment);
    return lower.some((text) => pattern.test(text));
  });
}

/**
 * The fragments of any of `fullNames` that occur in `text`, as {@link nameOccurrences} finds them: one
 * combined pattern first, so a whole repository is searched in one pass per file.
 */
export function namesIn(fullNames: readonly string[], text: string): string[] {
  const fragments = [...new Set(fullNames.flatMap((name) => nameFragments(name)))];
  if (fragments.length === 0) return [];
  const lower = normaliseSpace(text).toLocaleLowerCase("sv");
  if (!wholeWords(...fragments).test(lower)) return [];
  return fragments.filter((fragment) => wholeWords(fragment).test(lower));
}

/**
 * A line that names a person the way attendance lists and speakers' lines do: two to four capitalised
 * words (hyphenated parts allowed), then a comma and the person's organisation or role, after an optional
 * "Ordförande" or "Föredragare:".
 */
const LISTED_PERSON =
  /^(?:(?:Ordförande|Föredragare:)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,3}),\s/u;

/** The names of the people the documents list (attendance lists, speakers), each once, in order of appearance. */
export function listedNames(texts: readonly SourceText[]): string[] {
  const names = new Set<string>();
  for (const { raw } of texts) {
    for (const line of raw.split("\n")) {
      const match = LISTED_PERSON.exec(line.trim());
      if (match !== null) names.add(normaliseSpace(match[1]!));
    }
  }
  return [...names];
}

/** Folders of the repository that hold no file of ours: installed, built or generated. */
const NOT_OURS = new Set([
  ".git",
  "node_modules",
  "dist",
  "storybook-static",
  "coverage",
  "test-results",
  ".vite",
  "tmp",
]);

/**
 * The text files of the repository under `root` (files holding a NUL byte are binary and left out), with
 * their paths relative to `root`. `skip` leaves out a folder, e.g. the documents' own when it is inside.
 */
export function repositoryTextFiles(root: string, skip: readonly string[] = []): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (directory: string, relative: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_OURS.has(entry.name) && !skip.includes(resolve(path))) walk(path, join(relative, entry.name));
      } else if (entry.isFile()) {
        const text = readFileSync(path, "utf8");
        if (!text.includes("\u0000")) files.push({ path: join(relative, entry.name), text });
      }
    }
  };
  walk(root, "");
  return files;
}
