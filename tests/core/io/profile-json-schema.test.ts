/**
 * The profile's JSON Schema (packages/core/schemas/profile.schema.json, shipped as
 * `@systemledning/core/schemas/profile.schema.json`): the committed file is what `profileJsonSchema()` makes from the
 * door's zod schema today, and ajv, a non-TypeScript validator, accepts every bundled county's profile.json with it
 * and refuses what the door refuses by shape.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import { profileJsonSchema, toCanonicalJson } from "@systemledning/core/io";
import shippedSchema from "@systemledning/core/schemas/profile.schema.json";

const schemaFile = fileURLToPath(new URL("../../../packages/core/schemas/profile.schema.json", import.meta.url));
const profileFile = (id: string): string =>
  fileURLToPath(new URL(`../../../packages/core/counties/${id}/profile.json`, import.meta.url));
/** Set to write the file again after the profile's zod schema changed. */
const WRITE_ENV = "SL_WRITE_PROFILE_SCHEMA";

describe("profileJsonSchema", () => {
  it("is the committed schemas/profile.schema.json, written by the canonical JSON writer", () => {
    const current = toCanonicalJson(profileJsonSchema());
    if (process.env[WRITE_ENV] === "1") writeFileSync(schemaFile, current);
    if (!existsSync(schemaFile) || readFileSync(schemaFile, "utf8") !== current) {
      throw new Error(
        `packages/core/schemas/profile.schema.json is not what profileJsonSchema() makes from the profile's zod ` +
          `schema. Write it again with ${WRITE_ENV}=1 pnpm exec vitest run --project unit ` +
          `tests/core/io/profile-json-schema.test.ts and commit it.`,
      );
    }
    expect(shippedSchema).toEqual(profileJsonSchema());
  });

  it("is draft 2020-12, names the profile and allows the link to itself", () => {
    const schema = profileJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("systemledning/profile");
    expect(schema.additionalProperties).toBe(false);
    expect((schema.properties as Record<string, unknown>)["$schema"]).toMatchObject({ type: "string" });
  });
});

describe("profileJsonSchema with ajv", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, "date-time": true } });
  const validate = ajv.compile(profileJsonSchema());
  const read = (id: string) => JSON.parse(readFileSync(profileFile(id), "utf8")) as Record<string, unknown>;

  it.each(BUNDLED_COUNTIES.map((county) => county.id))("accepts the bundled %s profile.json", (id) => {
    const valid = validate(read(id));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("refuses an unknown field and a wrong type, naming where they are", () => {
    const profile = read("dalarna");
    profile["shoeSize"] = 44;
    (profile["regions"] as Record<string, unknown>[])[0]!["code"] = 20;
    expect(validate(profile)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: "", keyword: "additionalProperties" }),
    );
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: "/regions/0/code" }));
  });
});
