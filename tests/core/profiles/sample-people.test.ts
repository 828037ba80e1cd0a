/**
 * The samples' people: each has a first and a last name, no two share one, and the two counties' samples
 * share nobody. That the names are fictitious (no name, and no pair of its parts, occurs in a source
 * document) needs the documents themselves: the sources check proves it (`tests/sources/fictitious-people.test.ts`).
 */
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";

describe.each([
  ["createDalarnaSampleWorkspace", createDalarnaSampleWorkspace],
  ["createKalmarSampleWorkspace", createKalmarSampleWorkspace],
])("%s", (_name, create) => {
  const people = create().people;

  it("has people, each with a first and a last name", () => {
    expect(people.length).toBeGreaterThan(10);
    for (const person of people) expect(person.name.trim().split(/\s+/u).length).toBeGreaterThanOrEqual(2);
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
