/**
 * The samples' people are fictitious: no person's full name, and no pair of the parts of a name, occurs in
 * the seed documents. The check reads the seeds at test time so that no real name is copied into the
 * project, and proves it can fail on a name taken from a seed.
 */
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { nameFragments, nameOccurrencesInSeeds, readSeedTexts, seedText } from "./seed-texts.js";

const seeds = readSeedTexts();

describe("nameOccurrencesInSeeds", () => {
  it("finds a name from a seed's attendance list, and the same name with a middle name added", () => {
    const minutes = seedText(seeds, "002");
    const afterHeading = minutes.split("Närvarade ledamöter ")[1] ?? "";
    const seedName = afterHeading.split(",")[0]?.trim() ?? "";
    expect(seedName.split(" ").length).toBeGreaterThanOrEqual(2);
    expect(nameOccurrencesInSeeds(seedName, seeds)).toContain(seedName);
    const [first = "", ...rest] = seedName.split(" ");
    expect(nameOccurrencesInSeeds(`${first} Mellannamn ${rest.join(" ")}`, seeds).length).toBeGreaterThan(0);
  });

  it("matches whole words only, so a name part inside a longer word is not a hit", () => {
    expect(nameOccurrencesInSeeds("Xqzv Wwyq", seeds)).toEqual([]);
  });
});

describe("nameFragments", () => {
  it("lists the full name and every ordered pair of its parts", () => {
    expect(nameFragments("Anna  Maria Berg")).toEqual(["Anna Maria Berg", "Anna Maria", "Anna Berg", "Maria Berg"]);
  });
});

describe.each([
  ["createDalarnaSampleWorkspace", createDalarnaSampleWorkspace],
  ["createKalmarSampleWorkspace", createKalmarSampleWorkspace],
])("%s", (_name, create) => {
  const people = create().people;

  it("has people, each with a first and a last name", () => {
    expect(people.length).toBeGreaterThan(10);
    for (const person of people) expect(person.name.trim().split(/\s+/u).length).toBeGreaterThanOrEqual(2);
  });

  it("uses no full name and no first+last pair that occurs in the seeds", () => {
    const hits = people.flatMap((person) => nameOccurrencesInSeeds(person.name, seeds).map((fragment) => `${person.id}: ${fragment}`));
    expect(hits).toEqual([]);
  });

  it("gives every person a distinct name", () => {
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
  });
});

describe("the two samples", () => {
  it("share no person's name", () => {
    const dalarna = new Set(createDalarnaSampleWorkspace().people.map((p) => p.name));
    expect(createKalmarSampleWorkspace().people.filter((p) => dalarna.has(p.name))).toEqual([]);
  });
});
