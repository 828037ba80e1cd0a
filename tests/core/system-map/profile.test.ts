/**
 * The profile's `systemMap` part at the door (its own rules and its references into the workspace), the
 * defaults for a profile without one, Dalarna's and Kalmar's parts, and the organisation tier that the
 * hierarchy view draws (a body within a principal has a tier and no code; a principal has a code and no tier).
 */
import { describe, expect, it } from "vitest";
import {
  DALARNA_BODY,
  DALARNA_SAMPLE_AS_OF,
  createDalarnaSampleWorkspace,
  dalarnaProfile,
} from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, kalmarProfile } from "@systemledning/core/profiles/kalmar";
import {
  DEFAULT_SYSTEM_MAP_KEYS,
  DEFAULT_SYSTEM_MAP_SETTINGS,
  SEED_003_HIERARCHY_LEVELS,
  SEED_003_SYSTEM_LEVELS,
  getSystemGraph,
  getSystemMapSettings,
} from "@systemledning/core/system-map";
import { safeParseWorkspace, serializeWorkspace, type ValidationIssue } from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";

const codesAndPaths = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.path, i.code]);

/** The parts of the Dalarna sample's JSON the tests corrupt, loosely typed so any value can be put in. */
interface SampleJson {
  profile: {
    systemMap?: {
      systemLevels: { key: string }[];
      hierarchyLevels: { tiers: string[] }[];
      citizenLevel: { key: string };
      defaultLevel: string;
      placement: Record<string, unknown>[];
      citizenGroups: {
        id: string;
        municipalityCodes?: string[];
        contacts: { id: string; sectorIds: string[]; organisationIds?: string[] }[];
      }[];
    };
  };
  organisations: Record<string, unknown>[];
}

/** The door's issues for the Dalarna sample after `change` to its JSON. */
function issuesAfter(change: (doc: SampleJson) => void): ValidationIssue[] {
  const doc = JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace())) as SampleJson;
  change(doc);
  const result = safeParseWorkspace(doc);
  return result.success ? [] : [...result.error.issues];
}

describe("the systemMap part at the door", () => {
  it.each([
    [
      "a level key used twice",
      (d: SampleJson) => (d.profile.systemMap!.systemLevels[3]!.key = "sektorschefer"),
      "profile.systemMap.systemLevels[3].key",
      "duplicate_value",
    ],
    [
      "a citizen level with a system level's key",
      (d: SampleJson) => (d.profile.systemMap!.citizenLevel.key = "verksamhet"),
      "profile.systemMap.citizenLevel.key",
      "duplicate_value",
    ],
    [
      "a default level that is not a system level",
      (d: SampleJson) => (d.profile.systemMap!.defaultLevel = "kommunfullmaktige"),
      "profile.systemMap.defaultLevel",
      "system_map_unknown_level",
    ],
    [
      "a rule's level that is not a system level",
      (d: SampleJson) => (d.profile.systemMap!.placement[1]!.level = "nivå-x"),
      "profile.systemMap.placement[1].level",
      "invalid_id",
    ],
    [
      "a rule's level that is not one of the levels",
      (d: SampleJson) => (d.profile.systemMap!.placement[1]!.level = "niva-x"),
      "profile.systemMap.placement[1].level",
      "system_map_unknown_level",
    ],
    [
      "a forum rule with both a level and levelFrom",
      (d: SampleJson) => (d.profile.systemMap!.placement[0]!.levelFrom = "members"),
      "profile.systemMap.placement[0]",
      "system_map_rule_level",
    ],
    [
      "a rule for something the map does not place",
      (d: SampleJson) => (d.profile.systemMap!.placement[0]!.appliesTo = "meeting"),
      "profile.systemMap.placement[0].appliesTo",
      "invalid_union",
    ],
    [
      "a person rule with a forum's criterion",
      (d: SampleJson) =>
        (d.profile.systemMap!.placement.find((r) => r.appliesTo === "person")!.compositions = ["joint"]),
      "compositions",
      "unknown_field",
    ],
    [
      "a tier on two hierarchy levels",
      (d: SampleJson) => d.profile.systemMap!.hierarchyLevels[1]!.tiers.push("council"),
      "profile.systemMap.hierarchyLevels[1].tiers[1]",
      "duplicate_value",
    ],
    [
      "a tier on no hierarchy level",
      (d: SampleJson) => (d.profile.systemMap!.hierarchyLevels[3]!.tiers = ["administration"]),
      "profile.systemMap.hierarchyLevels",
      "system_map_tier_missing",
    ],
    [
      "a citizen group id used twice",
      (d: SampleJson) => (d.profile.systemMap!.citizenGroups[1]!.id = d.profile.systemMap!.citizenGroups[0]!.id),
      "profile.systemMap.citizenGroups[1].id",
      "duplicate_id",
    ],
    [
      "a contact id used twice in a group",
      (d: SampleJson) => (d.profile.systemMap!.citizenGroups[0]!.contacts[2]!.id = "skola"),
      "profile.systemMap.citizenGroups[0].contacts[2].id",
      "duplicate_id",
    ],
    [
      "a citizen group without contacts",
      (d: SampleJson) => (d.profile.systemMap!.citizenGroups[0]!.contacts = []),
      "profile.systemMap.citizenGroups[0].contacts",
      "too_small",
    ],
    [
      "a rule naming a forum that does not exist",
      (d: SampleJson) => (d.profile.systemMap!.placement[0]!.forumIds = ["f-lgrs", "f-borta"]),
      "profile.systemMap.placement[0].forumIds[1]",
      "dangling_reference",
    ],
    [
      "a contact naming a sector the profile lacks",
      (d: SampleJson) => d.profile.systemMap!.citizenGroups[0]!.contacts[0]!.sectorIds.push("skola"),
      "profile.systemMap.citizenGroups[0].contacts[0].sectorIds[1]",
      "dangling_reference",
    ],
    [
      "a contact naming an organisation that does not exist",
      (d: SampleJson) => (d.profile.systemMap!.citizenGroups[0]!.contacts[0]!.organisationIds = ["org-borta"]),
      "profile.systemMap.citizenGroups[0].contacts[0].organisationIds[0]",
      "dangling_reference",
    ],
    [
      "a citizen group in a municipality the profile lacks",
      (d: SampleJson) => (d.profile.systemMap!.citizenGroups[0]!.municipalityCodes = ["0180"]),
      "profile.systemMap.citizenGroups[0].municipalityCodes[0]",
      "unknown_municipality",
    ],
  ])("refuses %s, at its exact path", (_what, change, path, code) => {
    const issues = issuesAfter(change);
    const found = issues.find((i) => i.path.endsWith(path) && i.code === code);
    expect(found, JSON.stringify(codesAndPaths(issues))).toBeDefined();
    expect(found!.message.sv).not.toBe(found!.message.en);
  });

  it("says which levels there are when a rule names another", () => {
    const [issue] = issuesAfter((d) => (d.profile.systemMap!.defaultLevel = "golvet"));
    expect(issue?.message.sv).toBe(
      'Nivån "golvet" finns inte bland kartans nivåer (lansgemensam-politisk-niva, kommun-och-regiondirektorer, sektorschefer, processgrupper, verksamhetsutvecklare, verksamhet). Ange nyckeln för en av dem.',
    );
  });

  it("accepts a profile without the part, which then gets the defaults", () => {
    expect(issuesAfter((d) => delete d.profile.systemMap)).toEqual([]);
    const national = createNationalWorkspace({ seed: 20261122, counties: ["20"] });
    expect(national.profile.systemMap).toBeUndefined();
    expect(getSystemMapSettings(national.profile)).toBe(DEFAULT_SYSTEM_MAP_SETTINGS);
    const graph = getSystemGraph(national, { view: "system", asOf: "2025-06-01" });
    expect(graph.levels.map((l) => l.label.sv)).toEqual(SEED_003_SYSTEM_LEVELS.map((l) => l.label.sv));
    expect(Object.isFrozen(DEFAULT_SYSTEM_MAP_SETTINGS.placement[0])).toBe(true);
  });

  it("keeps the keys the door checks marks against in step with the default settings", () => {
    const settings = DEFAULT_SYSTEM_MAP_SETTINGS;
    expect(DEFAULT_SYSTEM_MAP_KEYS.levels).toEqual([
      ...new Set([
        ...settings.systemLevels.map((l) => l.key),
        ...settings.hierarchyLevels.map((l) => l.key),
        settings.citizenLevel.key,
      ]),
    ]);
    expect(DEFAULT_SYSTEM_MAP_KEYS.citizenGroups).toEqual(settings.citizenGroups.map((g) => g.id));
  });
});

describe("the counties' systemMap parts", () => {
  it("give Dalarna and Kalmar the levels of Att leda hela systemet, as the defaults have them", () => {
    for (const profile of [dalarnaProfile, kalmarProfile]) {
      const part = profile.systemMap!;
      expect(part.systemLevels.map((l) => [l.key, l.label])).toEqual(
        SEED_003_SYSTEM_LEVELS.map((l) => [l.key, l.label]),
      );
      expect(part.hierarchyLevels).toEqual(SEED_003_HIERARCHY_LEVELS);
      expect(part.citizenLevel).toEqual(DEFAULT_SYSTEM_MAP_SETTINGS.citizenLevel);
      expect(part.defaultLevel).toBe("verksamhet");
    }
  });

  it("give Dalarna the family of Att leda hela systemet as a family in Ludvika, whose contacts are the units of Region Dalarna and Ludvika it meets, and the frail elderly", () => {
    const [family, elderly] = dalarnaProfile.systemMap!.citizenGroups;
    expect(family?.name.sv).toBe("En familjs kontakter kring ett barn med funktionsvariationer");
    expect(family?.municipalityCodes).toEqual(["2085"]);
    expect(family?.contacts.map((c) => c.label.sv)).toEqual([
      "Skola",
      "Elevhälsa",
      "Habilitering",
      "Hälsocentral",
      "Barn- och ungdomspsykiatri",
      "Socialtjänst",
      "Stöd enligt LSS",
      "Försäkringskassan",
      "Tandvård",
      "Fritid och föreningar",
    ]);
    expect(family?.contacts.find((c) => c.id === "habilitering")?.organisationIds).toEqual([DALARNA_BODY.habilitation]);
    expect(elderly?.name.sv).toBe("Multisjuka sköra äldre");
  });

  it("place Kalmar's LGL (joint, county-wide) and its presidium conference on the political level", () => {
    const graph = getSystemGraph(createKalmarSampleWorkspace(), { view: "system", asOf: "2022-06-01" });
    const levelOf = (id: string) => graph.levels[graph.nodes.find((n) => n.id === id)!.level]!.key;
    expect(levelOf("forum:f-lgl")).toBe("lansgemensam-politisk-niva");
    expect(levelOf("forum:f-presidiekonferens")).toBe("lansgemensam-politisk-niva");
    const family = getSystemGraph(createKalmarSampleWorkspace(), {
      view: "perspective",
      asOf: "2022-06-01",
      focus: "citizen-group:familj-barn-med-funktionsvariation",
      maxDistance: 1,
    });
    expect(
      family.nodes
        .filter((n) => n.distance === 1)
        .map((n) => n.id)
        .sort(),
    ).toEqual([
      "organisation:org-brukare-funktionsratt",
      "sector:brukare",
      "sector:halso-och-sjukvard",
      "sector:skola",
      "sector:socialtjanst",
    ]);
  });
});

describe("organisation tiers at the door", () => {
  it("accepts Dalarna's bodies: the principal's kind, a tier, a parent, no code", () => {
    const ws = createDalarnaSampleWorkspace();
    const bodies = ws.organisations.filter((o) => o.tier !== undefined);
    expect(bodies.length).toBeGreaterThanOrEqual(30);
    expect(
      bodies.every(
        (o) => o.code === undefined && o.parentId !== undefined && (o.kind === "region" || o.kind === "municipality"),
      ),
    ).toBe(true);
    expect(new Set(bodies.map((o) => o.tier))).toEqual(
      new Set(["council", "committee", "administration", "operation"]),
    );
    expect(
      bodies
        .filter((o) => o.tier === "council")
        .map((o) => o.name)
        .sort(),
    ).toEqual([
      "Kommunfullmäktige, Ludvika kommun",
      "Kommunfullmäktige, Smedjebackens kommun",
      "Regionfullmäktige, Region Dalarna",
    ]);
    for (const name of [
      "Socialnämnden, Ludvika kommun",
      "Barn- och utbildningsnämnden, Smedjebackens kommun",
      "Hälso- och sjukvårdsnämnden, Region Dalarna",
      "Socialförvaltningen, Ludvika kommun",
    ]) {
      expect(bodies.map((o) => o.name)).toContain(name);
    }
    // The bodies belong to their principals: Ludvika's social committee is Ludvika's.
    const graph = getSystemGraph(ws, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF });
    expect(
      graph.nodes.find((n) => n.id === `organisation:${DALARNA_BODY.ludvikaSocialCommittee}`)?.municipalityCodes,
    ).toEqual(["2085"]);
  });

  it("refuses a principal with a tier, and a region or municipality with neither code nor tier", () => {
    const principal = issuesAfter((d) => (d.organisations.find((o) => o.id === "org-ludvika")!.tier = "council"));
    expect(codesAndPaths(principal)).toEqual([
      [expect.stringMatching(/^organisations\[\d+\]\.tier$/u), "principal_with_tier"],
    ]);
    expect(principal[0]?.message.en).toContain("A principal (with a code) has no tier");
    const neither = issuesAfter((d) => delete d.organisations.find((o) => o.id === DALARNA_BODY.ludvikaCouncil)!.tier);
    expect(codesAndPaths(neither)).toEqual([[expect.stringMatching(/^organisations\[\d+\]\.code$/u), "missing_field"]]);
    const unknownTier = issuesAfter(
      (d) => (d.organisations.find((o) => o.id === DALARNA_BODY.ludvikaCouncil)!.tier = "board"),
    );
    expect(codesAndPaths(unknownTier)).toEqual([
      [expect.stringMatching(/^organisations\[\d+\]\.tier$/u), "invalid_value"],
    ]);
  });
});
