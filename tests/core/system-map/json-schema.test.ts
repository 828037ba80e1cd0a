/**
 * The workspace's JSON Schema (version 3) describes the system map's parts, so a back end in another language
 * validates them too: the `annotations` collection, the profile's `systemMap` part and the organisations' tier.
 * The snapshot of the whole schema is tests/core/io/snapshots/workspace.v3.schema.json (tests/core/io).
 */
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workspaceJsonSchema } from "@systemledning/core/io";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { serializeWorkspace } from "@systemledning/core/workspace";
import { systemMapCaseArbitrary } from "../../fixtures/system-map-arbitraries.js";

const SEED = 20261122;
const validate = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, "date-time": true } }).compile(
  workspaceJsonSchema(),
);

describe("workspaceJsonSchema for the system map", () => {
  it("names annotations as a collection of version 3, the systemMap part and the tier", () => {
    const schema = workspaceJsonSchema() as {
      required: string[];
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(schema.required).toContain("annotations");
    expect(schema.properties["profile"]?.properties?.["systemMap"]).toBeDefined();
    expect(JSON.stringify(schema.properties["organisations"])).toContain(
      '"council","committee","administration","operation"',
    );
  });

  it("accepts every generated workspace with bodies, a systemMap part and annotations, hostile text included", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), ({ ws }) => {
        expect(validate(JSON.parse(serializeWorkspace(ws)))).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("rejects an annotation of an unknown kind, a gap with three ends and an unknown field, naming where", () => {
    const doc = JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace())) as {
      annotations: Record<string, unknown>[];
    };
    doc.annotations[0]!.kind = "blue-dot";
    doc.annotations[1]!.target = { type: "gap", between: ["forum:f-vfr", "forum:f-bdu", "forum:f-lgrs"] };
    doc.annotations[2]!.colour = "grön";
    expect(validate(doc)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/annotations/0/kind", "/annotations/2"]));
    expect(paths.some((p) => p.startsWith("/annotations/1/target"))).toBe(true);
  });
});
