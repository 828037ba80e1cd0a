/**
 * What the dashboard's system map page offers, read from the workspace (examples/dashboard/src/views/map-choices.ts):
 * the municipalities with a hierarchy, the perspective's citizen group and the readers, for Dalarna and Kalmar alike,
 * and the `?jag=` address that rings a reader's part, read back as it was written.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { describe, expect, it } from "vitest";
import { mapHref, parseRoute } from "../../examples/dashboard/src/route.js";
import {
  firstCitizenGroupNode,
  hierarchyMunicipalities,
  readerChoices,
  readerOf,
} from "../../examples/dashboard/src/views/map-choices.js";

const dalarna = createDalarnaSampleWorkspace();
const kalmar = createKalmarSampleWorkspace();

describe("the system map page's choices", () => {
  it("offers the hierarchy of the municipalities whose bodies the workspace holds, and none where it holds none", () => {
    expect(hierarchyMunicipalities(dalarna).map((municipality) => municipality.name)).toEqual([
      "Ludvika",
      "Smedjebacken",
    ]);
    // Kalmar's sample holds no bodies; a body whose parent is unknown names no municipality either.
    expect(hierarchyMunicipalities(kalmar)).toEqual([]);
    const stray = {
      ...kalmar,
      organisations: [...kalmar.organisations, { id: "org-x", kind: "other" as const, name: "X", parentId: "none" }],
    };
    expect(hierarchyMunicipalities(stray)).toEqual([]);
  });

  it("starts the perspective from the profile's first citizen group", () => {
    expect(firstCitizenGroupNode(dalarna)).toBe(`citizen-group:${dalarna.profile.systemMap!.citizenGroups[0]!.id}`);
    const withoutMapPart = { ...kalmar, profile: { ...kalmar.profile, systemMap: undefined } };
    expect(firstCitizenGroupNode(withoutMapPart)).toBeNull();
  });

  it("lists every organisation and person of the workspace once, by name", () => {
    const { organisations, people } = readerChoices(dalarna);
    expect(organisations).toHaveLength(dalarna.organisations.length);
    expect(people).toHaveLength(dalarna.people.length);
    const names = organisations.map((entry) => entry.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "sv")));
    expect(organisations).toContainEqual({ value: "organisation:org-mora", label: "Mora kommun" });
  });

  it("keeps the reader in the address and reads it back; anything else is no reader", () => {
    const href = mapHref("organisation:org-mora");
    expect(href).toBe("#/systemkarta?jag=organisation%3Aorg-mora");
    expect(parseRoute(href)).toEqual({ kind: "map", reader: "organisation:org-mora" });
    expect(parseRoute(mapHref(null))).toEqual({ kind: "map", reader: null });
    expect(readerOf("organisation:org-mora")).toEqual({ organisationId: "org-mora" });
    expect(readerOf("person:p-1")).toEqual({ personId: "p-1" });
    for (const value of [null, "", "org-mora", "forum:f-1", "person:"]) expect(readerOf(value)).toBeNull();
  });
});
