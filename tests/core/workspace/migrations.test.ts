import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  COLLECTIONS_ADDED_IN_VERSION_2,
  COLLECTIONS_ADDED_IN_VERSION_3,
  COLLECTIONS_ADDED_IN_VERSION_5,
  CURRENT_WORKSPACE_VERSION,
  WORKSPACE_MIGRATIONS,
  migrateWorkspaceDocument,
  parseWorkspace,
  safeParseWorkspace,
  serializeWorkspace,
  type RawDocument,
  type WorkspaceMigration,
} from "@systemledning/core/workspace";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { workspaceArbitrary } from "../../fixtures/arbitraries.js";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { createNationalWorkspace } from "../../fixtures/national.js";

const SEED = 20261122;

/** A fictitious version 0, for tests only: it called the memberships `members`. */
const renameMembers: WorkspaceMigration = {
  from: 0,
  description: "rename members to memberships",
  migrate: (doc) => {
    const { members, ...rest } = doc;
    return { ...rest, version: 1, memberships: members };
  },
};

/** The fictitious version 0, then the real steps from version 1 on. */
const FROM_VERSION_ZERO: readonly WorkspaceMigration[] = [renameMembers, ...WORKSPACE_MIGRATIONS];

/** Write a current document as version 0: without the collections of versions 2, 3 and 5, with `members`. */
function toVersionZero(doc: RawDocument): Record<string, unknown> {
  const { memberships, ...rest } = doc as Record<string, unknown>;
  for (const key of [
    ...COLLECTIONS_ADDED_IN_VERSION_2,
    ...COLLECTIONS_ADDED_IN_VERSION_3,
    ...COLLECTIONS_ADDED_IN_VERSION_5,
  ])
    delete rest[key];
  return { ...rest, version: 0, members: memberships };
}

/** A version 1 document, as issue 2's code wrote the Kalmar sample (committed, never regenerated). */
const kalmarVersion1 = JSON.parse(
  readFileSync(new URL("../../fixtures/documents/workspace.v1.kalmar.json", import.meta.url), "utf8"),
) as RawDocument;
/** A version 3 document, the Kalmar sample as version 3 wrote it (committed, never regenerated). */
const kalmarVersion3 = JSON.parse(
  readFileSync(new URL("../../fixtures/documents/workspace.v3.kalmar.json", import.meta.url), "utf8"),
) as RawDocument;
/** A version 4 document, the Kalmar sample as version 4 wrote it (committed, never regenerated). */
const kalmarVersion4 = JSON.parse(
  readFileSync(new URL("../../fixtures/documents/workspace.v4.kalmar.json", import.meta.url), "utf8"),
) as RawDocument;
/** A version 2 document, the Dalarna sample as version 2 wrote it, trimmed (committed, never regenerated). */
const dalarnaVersion2 = JSON.parse(
  readFileSync(new URL("../../fixtures/documents/workspace.v2.dalarna.json", import.meta.url), "utf8"),
) as RawDocument;

const dalarnaSized = createNationalWorkspace({ seed: SEED, counties: ["20"] });

describe("migrateWorkspaceDocument", () => {
  it("runs the steps one version at a time, in order, up to the target", () => {
    const visited: number[] = [];
    const step = (from: number): WorkspaceMigration => ({
      from,
      description: `step ${from}`,
      migrate: (doc) => {
        visited.push(doc.version as number);
        return { ...doc, version: from + 1, trail: [...((doc.trail as number[] | undefined) ?? []), from] };
      },
    });
    // Given out of order on purpose: the machinery finds each step by the version it reads.
    const result = migrateWorkspaceDocument(
      { schema: "systemledning/workspace", version: 0 },
      { migrations: [step(2), step(0), step(1)], targetVersion: 3 },
    );
    expect(result).toEqual({ ok: true, value: { schema: "systemledning/workspace", version: 3, trail: [0, 1, 2] } });
    expect(visited).toEqual([0, 1, 2]);
  });

  it("never mutates its input: a deep-frozen document migrates, and migrating twice equals migrating once", () => {
    const input = deepFreeze(toVersionZero(dalarnaSized));
    const once = migrateWorkspaceDocument(input, { migrations: FROM_VERSION_ZERO });
    if (!once.ok) throw new Error("migration failed");
    const twice = migrateWorkspaceDocument(once.value, { migrations: FROM_VERSION_ZERO });
    expect(twice).toEqual(once);
    expect(migrateWorkspaceDocument(input, { migrations: FROM_VERSION_ZERO })).toEqual(once);
    expect(input.version).toBe(0);
    expect("members" in input).toBe(true);
  });

  it("returns the same object when no step is needed", () => {
    const result = migrateWorkspaceDocument(dalarnaSized);
    expect(result.ok && result.value).toBe(dalarnaSized);
  });

  it("reports a step that throws as migrationFailed, with the versions and the step's message", () => {
    const broken: WorkspaceMigration = {
      from: 0,
      description: "broken",
      migrate: () => {
        throw new Error("members saknas");
      },
    };
    const result = migrateWorkspaceDocument(
      { schema: "systemledning/workspace", version: 0 },
      { migrations: [broken] },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe("migrationFailed");
    expect(result.error.issues[0]).toMatchObject({
      code: "migration_failed",
      path: "version",
      params: { from: 0, to: 1, reason: "members saknas" },
    });
    expect(result.error.issues[0]?.message.en).toBe("The migration from version 0 to 1 failed: members saknas");
    expect(result.error.issues[0]?.message.sv).toBe(
      "Uppgraderingen från version 0 till 1 misslyckades: members saknas",
    );
  });

  it("reports a missing step and a step that skips a version as migrationFailed", () => {
    const missing = migrateWorkspaceDocument(
      { schema: "systemledning/workspace", version: 0 },
      { migrations: [], targetVersion: 1 },
    );
    expect(!missing.ok && missing.error.issues[0]?.message.en).toBe(
      "The migration from version 0 to 1 failed: no migration step is known for this version.",
    );
    const skipping: WorkspaceMigration = {
      from: 0,
      description: "jumps ahead",
      migrate: (doc) => ({ ...doc, version: 2 }),
    };
    const skipped = migrateWorkspaceDocument(
      { schema: "systemledning/workspace", version: 0 },
      { migrations: [skipping], targetVersion: 2 },
    );
    expect(!skipped.ok && skipped.error.reason).toBe("migrationFailed");
    expect(!skipped.ok && skipped.error.issues[0]?.message.en).toContain(
      'the step "jumps ahead" did not produce version 1',
    );
  });
});

describe("parseWorkspace with migrations", () => {
  it("migrates a version-0 document and validates the result", () => {
    const parsed = parseWorkspace(deepFreeze(toVersionZero(dalarnaSized)), { migrations: FROM_VERSION_ZERO });
    expect(parsed).toEqual(dalarnaSized);
  });

  it("migrates any valid workspace written as version 0 back to the same workspace", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        expect(parseWorkspace(toVersionZero(ws), { migrations: FROM_VERSION_ZERO })).toEqual(ws);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("validates after migrating: an error in the old document is reported at its path in the new one", () => {
    const old = toVersionZero(dalarnaSized) as { members: Record<string, unknown>[] };
    old.members = old.members.map((m, i) => (i === 2 ? { ...m, hasMandate: "ja" } : m));
    const result = safeParseWorkspace(old, { migrations: FROM_VERSION_ZERO });
    expect(!result.success && result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", "memberships[2].hasMandate"],
    ]);
  });

  it("migrates a stored version 1 document to the current version: the same data, with the new collections empty", () => {
    const frozen = deepFreeze(structuredClone(kalmarVersion1));
    const parsed = parseWorkspace(frozen);
    expect(parsed.version).toBe(CURRENT_WORKSPACE_VERSION);
    for (const key of [
      ...COLLECTIONS_ADDED_IN_VERSION_2,
      ...COLLECTIONS_ADDED_IN_VERSION_3,
      ...COLLECTIONS_ADDED_IN_VERSION_5,
    ])
      expect(parsed[key]).toEqual([]);
    expect(frozen.version).toBe(1);
    // The Kalmar sample of today minus what versions 2 and 3 added (its profile's module parts, the new
    // collections) is exactly the migrated version 1 document: the migrations kept everything.
    const today = createKalmarSampleWorkspace();
    const {
      meetings: _meetings,
      assessment: _assessment,
      followUp: _followUp,
      systemMap: _systemMap,
      ...profileOfVersion1
    } = today.profile;
    const added = [
      ...COLLECTIONS_ADDED_IN_VERSION_2,
      ...COLLECTIONS_ADDED_IN_VERSION_3,
      ...COLLECTIONS_ADDED_IN_VERSION_5,
    ];
    const todayAsVersion1 = {
      ...today,
      profile: profileOfVersion1,
      ...Object.fromEntries(added.map((key) => [key, []])),
    };
    expect(serializeWorkspace(parsed)).toBe(serializeWorkspace(todayAsVersion1 as typeof today));
  });

  it("migrates a stored version 2 document to the current version: every record kept, events and annotations empty", () => {
    const frozen = deepFreeze(structuredClone(dalarnaVersion2));
    const parsed = parseWorkspace(frozen);
    expect(parsed.version).toBe(CURRENT_WORKSPACE_VERSION);
    expect(parsed.events).toEqual([]);
    expect(parsed.annotations).toEqual([]);
    expect(frozen.version).toBe(2);
    expect("events" in frozen).toBe(false);
    expect("annotations" in frozen).toBe(false);
    // Everything else is the stored document as it was: only the version and the new collections differ.
    const {
      version: _version,
      events: _events,
      annotations: _annotations,
      annualReports: _annualReports,
      ...rest
    } = parsed;
    const { version: _storedVersion, ...stored } = dalarnaVersion2;
    expect(rest).toEqual(stored);
    // The stored meetings, decisions and plans are today's sample's: version 3 changed none of them.
    const today = createDalarnaSampleWorkspace();
    expect(parsed.meetings).toEqual(today.meetings);
    expect(parsed.decisionLog).toEqual(today.decisionLog);
    expect(parsed.plans).toEqual(today.plans);
  });

  it("migrates a stored version 3 document to the current version: no forum has ended, no report texts", () => {
    const frozen = deepFreeze(structuredClone(kalmarVersion3));
    const parsed = parseWorkspace(frozen);
    expect(parsed.version).toBe(CURRENT_WORKSPACE_VERSION);
    expect(frozen.version).toBe(3);
    const { version: _version, annualReports, ...rest } = parsed;
    expect(annualReports).toEqual([]);
    const { version: _storedVersion, ...stored } = kalmarVersion3;
    expect(rest).toEqual(stored);
    expect(parsed.forums.every((forum) => forum.endedOn === undefined)).toBe(true);
    // The stored document is today's Kalmar sample: versions 4 and 5 changed none of its records.
    expect(serializeWorkspace(parsed)).toBe(serializeWorkspace(createKalmarSampleWorkspace()));
  });

  it("migrates a stored version 4 document to version 5: every record kept, no annual report texts", () => {
    const frozen = deepFreeze(structuredClone(kalmarVersion4));
    expect("annualReports" in frozen).toBe(false);
    const parsed = parseWorkspace(frozen);
    expect(parsed.version).toBe(5);
    expect(parsed.annualReports).toEqual([]);
    expect(frozen.version).toBe(4);
    expect("annualReports" in frozen).toBe(false);
    const { version: _version, annualReports: _annualReports, ...rest } = parsed;
    const { version: _storedVersion, ...stored } = kalmarVersion4;
    expect(rest).toEqual(stored);
    // The stored document is today's Kalmar sample: version 5 changed none of its records.
    expect(serializeWorkspace(parsed)).toBe(serializeWorkspace(createKalmarSampleWorkspace()));
  });

  it("keeps the annual report texts a version 4 document already holds, and lets the schema judge them", () => {
    const texts = { title: { sv: "Årsrapport 2025" }, lessons: [{ sv: "Färre fokusområden." }] };
    const kept = parseWorkspace({ ...kalmarVersion4, annualReports: [{ year: 2025, texts }] });
    expect(kept.annualReports).toEqual([{ year: 2025, texts }]);
    const refused = safeParseWorkspace({ ...kalmarVersion4, annualReports: [{ year: 2025, texts: { title: "x" } }] });
    expect(!refused.success && refused.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", "annualReports[0].texts.title"],
    ]);
  });

  it("migrates version 1, 2, 3 and 4 documents once: migrating the result again changes nothing", () => {
    for (const stored of [kalmarVersion1, dalarnaVersion2, kalmarVersion3, kalmarVersion4]) {
      const frozen = deepFreeze(structuredClone(stored));
      const once = migrateWorkspaceDocument(frozen);
      if (!once.ok) throw new Error("migration failed");
      expect(once.value.version).toBe(CURRENT_WORKSPACE_VERSION);
      const twice = migrateWorkspaceDocument(deepFreeze(structuredClone(once.value)));
      expect(twice).toEqual(once);
      expect(migrateWorkspaceDocument(frozen)).toEqual(once);
      expect(frozen).toEqual(stored);
    }
  });

  it("keeps the events a version 2 document already holds, and lets the schema and the references judge them", () => {
    const event = {
      id: "ev-1",
      title: "Regionalt nätverk",
      kind: "network",
      scope: "regional",
      date: "2025-05-06",
      leadershipIds: ["ls-falun"],
    };
    const kept = parseWorkspace({ ...dalarnaVersion2, events: [event] });
    expect(kept.events).toEqual([event]);
    const bad = safeParseWorkspace({ ...dalarnaVersion2, events: [{ ...event, leadershipIds: ["ls-saknas"] }] });
    expect(!bad.success && bad.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["dangling_reference", "events[0].leadershipIds[0]"],
    ]);
  });

  it("keeps a version 2 collection that a version 1 document already holds, and lets the schema judge it", () => {
    const early = { ...kalmarVersion1, meetings: [{ id: "m-1" }] };
    const result = safeParseWorkspace(early);
    expect(!result.success && result.error.issues.map((i) => i.path)).toContain("meetings[0].forumId");
  });

  it("refuses a version-0 document when no migration is given", () => {
    const result = safeParseWorkspace(toVersionZero(dalarnaSized));
    expect(!result.success && result.error.reason).toBe("migrationFailed");
  });
});
