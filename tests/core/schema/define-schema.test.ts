/**
 * Schemas are made on their first parse, and zod is switched to jitless at the door (docs/decisions, the
 * record on schemas made on first parse): importing any entry of the core makes no object schema — so zod
 * never probes for `new Function`, which a strict Content Security Policy reports as a violation (docs/quality.md
 * S3) — and the door parses without compiling a line of code.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineSchema } from "../../../packages/core/src/schema/define-schema.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = join(root, "node_modules/.bin/tsx");
const probe = join(root, "tests/core/schema/zod-probe.ts");

/** Every module entry of the core: each folder's index.ts, and the county profiles'. */
function coreEntries(): string[] {
  const src = join(root, "packages/core/src");
  const entries = [join(src, "index.ts")];
  for (const name of readdirSync(src, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    if (name.name === "profiles")
      for (const county of readdirSync(join(src, "profiles"), { withFileTypes: true })) {
        if (county.isDirectory() && county.name !== "shared")
          entries.push(join(src, "profiles", county.name, "index.ts"));
      }
    else if (readdirSync(join(src, name.name)).includes("index.ts")) entries.push(join(src, name.name, "index.ts"));
  }
  return entries;
}

function runProbe(modules: readonly string[]): {
  probesAtImport: number;
  functionsAtParse: number;
  jitlessAtImport: boolean;
  jitlessAfterParse: boolean;
  parsedMeetings: number;
  modules: number;
} {
  return JSON.parse(execFileSync(tsx, [probe, ...modules], { cwd: root, encoding: "utf8" })) as ReturnType<
    typeof runProbe
  >;
}

describe("schemas made on first parse", () => {
  it("import every entry of the core without making an object schema, and the door parses the sample without compiling code", () => {
    const entries = coreEntries();
    expect(entries.length).toBeGreaterThanOrEqual(12);
    const result = runProbe(entries);
    expect(result).toMatchObject({ modules: entries.length, probesAtImport: 0, functionsAtParse: 0 });
    // The switch is the door's doing, not an import's: off after every entry was imported, on after the parse.
    expect(result).toMatchObject({ jitlessAtImport: false, jitlessAfterParse: true });
    expect(result.parsedMeetings).toBeGreaterThan(0);
  }, 60_000);

  it("would see a probe: an object schema made at import, before the door, is counted", () => {
    // A module that makes a plain zod object at import, as the core's schemas did before defineSchema.
    const planted = join(root, "tests/fixtures/planted/object-schema-at-import.ts");
    const result = runProbe([planted]);
    expect(result.probesAtImport).toBe(1);
  }, 60_000);
});

describe("defineSchema", () => {
  const plain = z.strictObject({ id: z.string().min(1), tags: z.array(z.string()).optional() });
  const defined = defineSchema(() => z.strictObject({ id: z.string().min(1), tags: z.array(z.string()).optional() }));

  it("parses, refuses and reports paths exactly as the schema it makes", () => {
    for (const input of [
      { id: "a" },
      { id: "a", tags: ["x"] },
      { id: "" },
      { id: "a", extra: 1 },
      { tags: [1] },
      null,
      "text",
    ]) {
      const expected = plain.safeParse(input);
      const actual = defined.safeParse(input);
      expect(actual.success).toBe(expected.success);
      expect(actual.error?.issues).toEqual(expected.error?.issues);
    }
  });

  it("exports to the same JSON Schema", () => {
    expect(z.toJSONSchema(defined)).toEqual(z.toJSONSchema(plain));
  });

  it("makes its schema once, on the first parse", () => {
    let made = 0;
    const counted = defineSchema(() => {
      made++;
      return z.strictObject({ n: z.number() });
    });
    expect(made).toBe(0);
    counted.parse({ n: 1 });
    counted.parse({ n: 2 });
    expect(made).toBe(1);
  });
});
