/**
 * Properties of the structure questions over random valid workspaces (fixed seeds): coverage is
 * consistent, adding people never makes coverage worse, answers ignore document order, and a shared
 * index gives the same answers as none.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  STRUCTURE_STATUS_RANK,
  getAllLeadershipOverviews,
  getChairRotation,
  getKeyRoleStatus,
  getMandateHoldersWithoutSubstitute,
  getPrincipalMandateCoverage,
  getSectorCoverage,
  worstStatus,
  type Membership,
  type MembershipRole,
  type StructureFinding,
  type StructureTarget,
} from "@systemledning/core/structure";
import { parseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { ORG, createStructureBuilder, reverseCollections } from "../../fixtures/structure-builder.js";

const SEED = 20261122;
const FORUMS = ["a", "b", "c"] as const;
const ORGANISATIONS = [
  ORG.region,
  ORG.falun,
  ORG.ludvika,
  ORG.smedjebacken,
  ORG.police,
  "falun-soc",
  "ludvika-unit",
] as const;
const SECTORS = [
  "socialtjanst",
  "primarvard",
  "skolchef",
  "civilsamhallet",
  "polis",
  "forsakringskassa",
  "politiker",
] as const;
const SEATED_ROLES: MembershipRole[] = [
  "chair",
  "vice-chair",
  "convener",
  "process-leader",
  "secretary",
  "member",
  "co-opted",
];
const TARGETS: StructureTarget[] = [
  { forumId: "a" },
  { forumId: "b" },
  { forumId: "c" },
  { leadershipId: "regional" },
  { leadershipId: "local" },
];

/** A regional leadership with two forums and a local one with one, before any membership. */
function skeleton() {
  const builder = createStructureBuilder();
  for (let i = 0; i <= 7; i += 1) builder.person({ id: `person-${i}` });
  return builder
    .organisation({ id: "falun-soc", kind: "other", parentId: ORG.falun })
    .organisation({ id: "ludvika-unit", kind: "other", parentId: ORG.ludvika })
    .leadership({ id: "regional", level: "regional", municipalityCodes: ["2080", "2085", "2061"] })
    .leadership({ id: "local", municipalityCodes: ["2080"] })
    .forum({
      id: "a",
      leadershipId: "regional",
      composition: "officials",
      requiredSectorIds: ["socialtjanst", "primarvard"],
      coOptedSectorIds: ["polis"],
    })
    .forum({
      id: "b",
      leadershipId: "regional",
      composition: "politicians",
      requiredSectorIds: ["politiker"],
      coOptedSectorIds: ["socialtjanst"],
      chairRule: { termMonths: 12, rotatesBetweenPrincipals: true },
    })
    .forum({
      id: "c",
      leadershipId: "local",
      requiredSectorIds: ["socialtjanst", "skolchef"],
      coOptedSectorIds: ["civilsamhallet"],
      chairRule: { termMonths: 24, rotatesBetweenPrincipals: false },
    })
    .charter({ id: "charter", leadershipId: "local", purpose: "Syfte" });
}

const day = fc
  .record({
    year: fc.integer({ min: 2023, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayOfMonth: fc.constantFrom(1, 15, 28),
  })
  .map(
    ({ year, month, dayOfMonth }) => `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`,
  );

const period = fc
  .tuple(day, fc.option(day, { nil: undefined }))
  .map(([a, b]) => (b === undefined ? { from: a } : a <= b ? { from: a, to: b } : { from: b, to: a }));

const seat = fc.record({
  forumId: fc.constantFrom(...FORUMS),
  organisationId: fc.constantFrom(...ORGANISATIONS),
  sectorId: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
  roles: fc.subarray(SEATED_ROLES, { minLength: 1, maxLength: 3 }),
  hasMandate: fc.boolean(),
  person: fc.integer({ min: 0, max: 7 }),
  period,
});

const substitute = fc.record({
  of: fc.nat(),
  organisationId: fc.constantFrom(...ORGANISATIONS),
  person: fc.integer({ min: 0, max: 7 }),
  period,
});

type Seat = typeof seat extends fc.Arbitrary<infer T> ? T : never;

/** A seat as a complete membership record. */
function seatMembership(id: string, s: Seat): Membership {
  const membership: Membership = {
    id,
    forumId: s.forumId,
    organisationId: s.organisationId,
    roles: s.roles,
    kind: "official",
    hasMandate: s.hasMandate,
    personId: `person-${s.person}`,
    ...s.period,
  };
  return s.sectorId === undefined ? membership : { ...membership, sectorId: s.sectorId };
}

/** A random valid document: seats, then substitutes standing in for random seats of the same forum. */
const structureDocument = fc
  .tuple(fc.array(seat, { maxLength: 14 }), fc.array(substitute, { maxLength: 6 }))
  .map(([seats, substitutes]) => {
    const builder = skeleton();
    seats.forEach((s, i) => builder.membership(seatMembership(`m${i}`, s)));
    if (seats.length > 0) {
      substitutes.forEach((sub, i) => {
        const target = sub.of % seats.length;
        const forumId = seats[target]!.forumId;
        builder.membership({
          id: `s${i}`,
          forumId,
          organisationId: sub.organisationId,
          roles: ["substitute"],
          substituteForId: `m${target}`,
          personId: `person-${sub.person}`,
          ...sub.period,
        });
      });
    }
    return builder.document();
  });

const asOf = day;

function allFindings(value: unknown, into: StructureFinding[] = []): StructureFinding[] {
  if (Array.isArray(value)) for (const item of value) allFindings(item, into);
  else if (typeof value === "object" && value !== null) {
    if ("reason" in value && "message" in value && "status" in value) into.push(value as StructureFinding);
    for (const child of Object.values(value)) allFindings(child, into);
  }
  return into;
}

describe("structure questions (properties)", () => {
  it("getSectorCoverage never reports a sector both covered and missing, and lists each sector once", () => {
    fc.assert(
      fc.property(structureDocument, asOf, (doc, date) => {
        const ws = parseWorkspace(doc);
        for (const target of TARGETS) {
          const coverage = getSectorCoverage(ws, target, { asOf: date });
          const ids = [...coverage.required, ...coverage.coOpted, ...coverage.extra].map((item) => item.sectorId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const item of coverage.required) {
            expect(item.covered).toBe(item.membershipIds.length > 0);
            expect(item.status).toBe(item.covered ? "ok" : "missing");
          }
          expect(coverage.coveredCount).toBe(coverage.required.filter((item) => item.covered).length);
          expect(coverage.status).toBe(
            worstStatus([...coverage.required, ...coverage.coOpted, ...coverage.extra].map((item) => item.status)),
          );
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("adding a seated membership never reduces sector or principal coverage", () => {
    fc.assert(
      fc.property(structureDocument, seat, asOf, (doc, extra, date) => {
        const before = parseWorkspace(doc);
        const grown = structuredClone(doc);
        grown.memberships.push(seatMembership("added", extra));
        const after = parseWorkspace(grown);
        for (const target of TARGETS) {
          const covered = (ws: Workspace) =>
            getSectorCoverage(ws, target, { asOf: date })
              .required.filter((i) => i.covered)
              .map((i) => i.sectorId);
          expect(covered(after)).toEqual(expect.arrayContaining(covered(before)));
          const ranks = (ws: Workspace) =>
            getPrincipalMandateCoverage(ws, target, { asOf: date }).principals.map(
              (p) => STRUCTURE_STATUS_RANK[p.status],
            );
          const [rankBefore, rankAfter] = [ranks(before), ranks(after)];
          rankAfter.forEach((rank, i) => expect(rank).toBeLessThanOrEqual(rankBefore[i]!));
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("adding a substitute never adds a mandate holder without substitute", () => {
    fc.assert(
      fc.property(structureDocument, substitute, asOf, (doc, sub, date) => {
        fc.pre(doc.memberships.some((m) => !m.roles.includes("substitute")));
        const seats = doc.memberships.filter((m) => !m.roles.includes("substitute"));
        const target = seats[sub.of % seats.length]!;
        const grown = structuredClone(doc);
        grown.memberships.push({
          id: "added",
          forumId: target.forumId,
          personId: "person-0",
          organisationId: sub.organisationId,
          roles: ["substitute"],
          kind: "official",
          hasMandate: false,
          substituteForId: target.id,
          ...sub.period,
        });
        for (const t of TARGETS) {
          const holders = (ws: Workspace) =>
            getMandateHoldersWithoutSubstitute(ws, t, { asOf: date }).holders.map((h) => h.membershipId);
          expect(holders(parseWorkspace(doc))).toEqual(expect.arrayContaining(holders(parseWorkspace(grown))));
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("answers do not depend on the order of the collections", () => {
    fc.assert(
      fc.property(structureDocument, asOf, fc.integer(), (doc, date, salt) => {
        const shuffled = {
          ...doc,
          memberships: [...doc.memberships].sort((x, y) => (hash(x.id) ^ salt) - (hash(y.id) ^ salt)),
        };
        const expected = getAllLeadershipOverviews(parseWorkspace(doc), { asOf: date });
        expect(getAllLeadershipOverviews(parseWorkspace(reverseCollections(doc)), { asOf: date })).toEqual(expected);
        expect(getAllLeadershipOverviews(parseWorkspace(shuffled), { asOf: date })).toEqual(expected);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("gives the same answers from the workspace's kept index as from a copy's new one", () => {
    fc.assert(
      fc.property(structureDocument, asOf, (doc, date) => {
        const ws = parseWorkspace(doc);
        const copy = { ...ws };
        for (const target of TARGETS) {
          expect(getSectorCoverage(ws, target, { asOf: date })).toEqual(
            getSectorCoverage(copy, target, { asOf: date }),
          );
          expect(getPrincipalMandateCoverage(ws, target, { asOf: date })).toEqual(
            getPrincipalMandateCoverage(copy, target, { asOf: date }),
          );
          expect(getMandateHoldersWithoutSubstitute(ws, target, { asOf: date })).toEqual(
            getMandateHoldersWithoutSubstitute(copy, target, { asOf: date }),
          );
        }
        for (const forumId of FORUMS) {
          expect(getKeyRoleStatus(ws, forumId, { asOf: date })).toEqual(
            getKeyRoleStatus(copy, forumId, { asOf: date }),
          );
          expect(getChairRotation(ws, forumId, { asOf: date })).toEqual(
            getChairRotation(copy, forumId, { asOf: date }),
          );
        }
        expect(getAllLeadershipOverviews(ws, { asOf: date })).toEqual(getAllLeadershipOverviews(copy, { asOf: date }));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("every finding carries a known status and a non-empty Swedish and English message", () => {
    fc.assert(
      fc.property(structureDocument, asOf, (doc, date) => {
        const findings = allFindings(getAllLeadershipOverviews(parseWorkspace(doc), { asOf: date }));
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) {
          expect(Object.keys(STRUCTURE_STATUS_RANK)).toContain(finding.status);
          expect(finding.message.sv.trim()).not.toBe("");
          expect(finding.message.en.trim()).not.toBe("");
          expect(finding.message.sv).not.toMatch(/undefined|NaN/);
          expect(finding.message.en).not.toMatch(/undefined|NaN/);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

/** A small deterministic string hash, to reorder records by a random but reproducible key. */
function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (Math.imul(h, 31) + char.charCodeAt(0)) | 0;
  return h;
}
