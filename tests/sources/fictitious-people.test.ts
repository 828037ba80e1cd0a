/**
 * The samples' people are fictitious: no full name, and no pair of the parts of a name, of every bundled county's
 * sample people or of the authors of the workshop's marks occurs in a source document; and no
 * person the documents list occurs in any file of the repository. The documents are read at test time so
 * that no real name is copied into the project; the matcher is proved able to fail on a name taken from a
 * document at run time.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { SOURCE_DOCUMENTS } from "../fixtures/sources/index.js";
import {
  findDocument,
  listedNames,
  nameFragments,
  nameOccurrences,
  namesIn,
  readSourceTexts,
  repositoryTextFiles,
  sourcesDirectory,
} from "./source-texts.js";

const texts = readSourceTexts();
const documents = texts.map((t) => t.text);
const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The first name of the attendance list of the *Protokoll Länsgemensam ledning 2022-01-28*, read at run time. */
function nameFromAttendanceList(): string {
  const minutes = findDocument(texts, SOURCE_DOCUMENTS.lglMinutes).text;
  return (minutes.split("Närvarade ledamöter ")[1] ?? "").split(",")[0]?.trim() ?? "";
}

describe("nameOccurrences", () => {
  it("finds a name from the attendance list of the LGL minutes, and the same name with a middle name added", () => {
    const name = nameFromAttendanceList();
    expect(name.split(" ").length).toBeGreaterThanOrEqual(2);
    expect(nameOccurrences(name, documents)).toContain(name);
    const [first = "", ...rest] = name.split(" ");
    expect(nameOccurrences(`${first} Mellannamn ${rest.join(" ")}`, documents).length).toBeGreaterThan(0);
    expect(nameOccurrences(name.toLocaleUpperCase("sv").replace(" ", "\n  "), documents)).toContain(
      name.toLocaleUpperCase("sv"),
    );
  });

  it("matches whole words only, so a name part inside a longer word is not a hit", () => {
    expect(nameOccurrences("Xqzv Wwyq", documents)).toEqual([]);
    const [first = "", last = ""] = nameFromAttendanceList().split(" ");
    expect(nameOccurrences(`${first}x ${last}`, documents)).toEqual([]);
  });
});

describe("nameFragments", () => {
  it("lists the full name and every ordered pair of its parts", () => {
    expect(nameFragments("Anna  Maria Berg")).toEqual(["Anna Maria Berg", "Anna Maria", "Anna Berg", "Maria Berg"]);
  });
});

describe.each(BUNDLED_COUNTIES.map((county) => [county.id]))("the bundled county %s", (id) => {
  // A county's whole sample against every document: Dalarna's 189 people take seconds on a shared machine.
  it("names people in no source document: no full name and no pair of name parts", { timeout: 60_000 }, async () => {
    const { people } = (await loadBundledCounty(id))!.workspace;
    expect(people.length).toBeGreaterThan(10);
    const hits = people.flatMap((person) =>
      nameOccurrences(person.name, documents).map((fragment) => `${person.id}: ${fragment}`),
    );
    expect(hits).toEqual([]);
  });
});

describe("the authors of the Dalarna workshop's marks", () => {
  it("occur in no source document", () => {
    const ws = createDalarnaSampleWorkspace();
    const authors = [...new Set(ws.annotations.flatMap((a) => (a.author === undefined ? [] : [a.author])))];
    expect(authors.length).toBeGreaterThanOrEqual(5);
    expect(
      authors.flatMap((author) => nameOccurrences(author, documents).map((fragment) => `${author}: ${fragment}`)),
    ).toEqual([]);
  });
});

describe("the people the source documents list", () => {
  const names = listedNames(texts);

  it("are read from the attendance lists and speakers' lines: dozens of names, the minutes' first among them", () => {
    expect(names.length).toBeGreaterThan(30);
    expect(names).toContain(nameFromAttendanceList());
    expect(names.every((name) => name.split(" ").length >= 2)).toBe(true);
  });

  it("would be found in a file that named one of them", () => {
    const name = nameFromAttendanceList();
    expect(namesIn(names, `const chair = "${name}";`)).toContain(name);
    expect(namesIn(names, 'const chair = "Anna Berg";')).toEqual([]);
  });

  it("occur in no file of the repository, sources, tests, stories, examples and notes alike", () => {
    const files = repositoryTextFiles(repositoryRoot, [sourcesDirectory()]);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => namesIn(names, file.text).map((fragment) => `${file.path}: ${fragment}`))).toEqual(
      [],
    );
  });
});
