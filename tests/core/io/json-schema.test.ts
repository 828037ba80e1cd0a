import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalJson, workspaceJsonSchema } from "@systemledning/core/io";
import { CURRENT_WORKSPACE_VERSION, serializeWorkspace } from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { workspaceArbitrary } from "../../fixtures/arbitraries.js";
import { workspaceWithEventsArbitrary } from "../../fixtures/timeline-arbitraries.js";
import { createNationalWorkspace } from "../../fixtures/national.js";

const SEED = 20261122;
const snapshotPath = (version: number): string =>
  fileURLToPath(new URL(`./snapshots/workspace.v${version}.schema.json`, import.meta.url));
/** Set to record the snapshot of a NEW version; it never overwrites a committed one. */
const RECORD_ENV = "SL_RECORD_SCHEMA_SNAPSHOT";

function createValidator() {
  // Formats are also spelled out as patterns in the schema, so checking the pattern alone is enough here.
  const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, "date-time": true } });
  return ajv.compile(workspaceJsonSchema());
}

describe("workspaceJsonSchema", () => {
  it("has not changed since the snapshot of the current version (bump the version when it must)", () => {
    const path = snapshotPath(CURRENT_WORKSPACE_VERSION);
    const current = toCanonicalJson(workspaceJsonSchema());
    if (!existsSync(path)) {
      if (process.env[RECORD_ENV] === "1") writeFileSync(path, current);
      else {
        throw new Error(
          `No JSON Schema snapshot for workspace version ${CURRENT_WORKSPACE_VERSION}. Record it once with ` +
            `${RECORD_ENV}=1 pnpm vitest run --project unit tests/core/io/json-schema.test.ts and commit ${path}.`,
        );
      }
    }
    const committed = readFileSync(path, "utf8");
    if (committed !== current) {
      throw new Error(
        `The workspace's JSON Schema changed, but CURRENT_WORKSPACE_VERSION is still ${CURRENT_WORKSPACE_VERSION}. ` +
          `Documents stored by hosts no longer match their version: bump CURRENT_WORKSPACE_VERSION in ` +
          `packages/core/src/workspace/schema.ts, add a migration from version ${CURRENT_WORKSPACE_VERSION} to WORKSPACE_MIGRATIONS, ` +
          `and record the new version's snapshot (${RECORD_ENV}=1). Keep the old snapshot: it documents version ${CURRENT_WORKSPACE_VERSION}. ` +
          `Only while version ${CURRENT_WORKSPACE_VERSION} has never been released may you delete its snapshot and record it again.`,
      );
    }
    expect(committed).toBe(current);
  });

  it("is draft 2020-12 with every object closed, and names the version", () => {
    const schema = workspaceJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe(`systemledning/workspace v${CURRENT_WORKSPACE_VERSION}`);
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.type === "object" && record.properties !== undefined && record.additionalProperties !== false)
        open.push(path);
      for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
    };
    visit(schema, "#");
    expect(open).toEqual([]);
  });

  it("returns a new object each call", () => {
    const first = workspaceJsonSchema();
    expect(workspaceJsonSchema()).not.toBe(first);
    expect(workspaceJsonSchema()).toEqual(first);
  });
});

describe("workspaceJsonSchema with ajv (a non-TypeScript back end)", () => {
  const validate = createValidator();

  it("accepts the Dalarna and Kalmar samples and the national workspace as stored text", () => {
    for (const ws of [
      createDalarnaSampleWorkspace(),
      createKalmarSampleWorkspace(),
      createNationalWorkspace({ seed: SEED }),
    ]) {
      const valid = validate(JSON.parse(serializeWorkspace(ws)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("accepts every generated valid workspace, hostile text included", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        expect(validate(JSON.parse(serializeWorkspace(ws)))).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("accepts every generated workspace with events (version 3), hostile text included", () => {
    fc.assert(
      fc.property(workspaceWithEventsArbitrary(), (ws) => {
        expect(validate(JSON.parse(serializeWorkspace(ws)))).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("rejects an event with an unknown kind or field, naming where it is", () => {
    const doc = JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace())) as { events: Record<string, unknown>[] };
    doc.events[1]!.kind = "party";
    doc.events[2]!.speaker = "okänd";
    expect(validate(doc)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: "/events/1/kind", keyword: "enum" }),
    );
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: "/events/2",
        keyword: "additionalProperties",
        params: { additionalProperty: "speaker" },
      }),
    );
  });

  it("rejects an unknown field, naming where it is", () => {
    const doc = JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace())) as {
      memberships: Record<string, unknown>[];
    };
    doc.memberships[2]!.bogus = true;
    expect(validate(doc)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: "/memberships/2",
        keyword: "additionalProperties",
        params: { additionalProperty: "bogus" },
      }),
    );
  });

  it("rejects a wrong type, a bad date and a version from the future", () => {
    const doc = JSON.parse(serializeWorkspace(createNationalWorkspace({ seed: SEED, counties: ["20"] }))) as Record<
      string,
      unknown
    > & { people: Record<string, unknown>[]; memberships: Record<string, unknown>[] };
    doc.people[0]!.name = 7;
    doc.memberships[0]!.from = "2025-02-30";
    doc.version = CURRENT_WORKSPACE_VERSION + 1;
    expect(validate(doc)).toBe(false);
    const failed = (validate.errors ?? []).map((e) => e.instancePath);
    expect(failed).toEqual(expect.arrayContaining(["/people/0/name", "/memberships/0/from", "/version"]));
  });
});
