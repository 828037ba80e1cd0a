import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CURRENT_WORKSPACE_VERSION,
  isSystemledningError,
  parseWorkspace,
  safeParseWorkspace,
  serializeWorkspace,
  type PathSegment,
  type SystemledningError,
  type Workspace,
} from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { HOSTILE_STRINGS, VERY_LONG_SWEDISH_TEXT, workspaceArbitrary } from "../../fixtures/arbitraries.js";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { createNationalWorkspace } from "../../fixtures/national.js";

const SEED = 20261122;

function failure(input: unknown): SystemledningError {
  const result = safeParseWorkspace(input);
  if (result.success) throw new Error("expected the workspace to be refused");
  return result.error;
}

/** Paths of every string, number and boolean, outside `ext` (which holds any JSON by design). */
function leafPaths(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (typeof value !== "object" || value === null) out.push(path);
  else
    for (const [key, child] of Object.entries(value))
      if (key !== "ext") leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

/** Paths of every object whose keys the schema fixes: not `ext`, not the `answers` record, not arrays. */
function strictObjectPaths(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (typeof value !== "object" || value === null) return out;
  const isArray = Array.isArray(value);
  if (!isArray && path.at(-1) !== "answers") out.push(path);
  for (const [key, child] of Object.entries(value))
    if (key !== "ext") strictObjectPaths(child, [...path, isArray ? Number(key) : key], out);
  return out;
}

/** A deep copy of `value` with `change` applied to the parent of `path`. */
function withChange(
  value: unknown,
  path: readonly PathSegment[],
  change: (parent: Record<PathSegment, unknown>, key: PathSegment) => void,
): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "12345";
  return "true";
}

const small = createNationalWorkspace({ seed: SEED, counties: ["20"] });

describe("parseWorkspace", () => {
  it("accepts the national synthetic workspace", () => {
    const ws = createNationalWorkspace({ seed: SEED });
    expect(parseWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
  });

  it("keeps every text exactly, hostile strings included, also through JSON text", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        expect(parseWorkspace(ws)).toEqual(ws);
        expect(parseWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("keeps each hostile string in a name, a title and a long text", () => {
    for (const text of [...HOSTILE_STRINGS, VERY_LONG_SWEDISH_TEXT.slice(0, 10_000)]) {
      const ws = {
        ...small,
        people: [{ ...small.people[0]!, name: text, title: text }, ...small.people.slice(1)],
        charters: [{ ...small.charters[0]!, purpose: VERY_LONG_SWEDISH_TEXT + text }],
      };
      const parsed = parseWorkspace(ws);
      expect(parsed.people[0]?.name).toBe(text);
      expect(parsed.people[0]?.title).toBe(text);
      expect(parsed.charters[0]?.purpose).toBe(VERY_LONG_SWEDISH_TEXT + text);
    }
  });

  it("gives back every ext object untouched, hostile keys included", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        const parsed = parseWorkspace(ws);
        expect(parsed.ext).toEqual(ws.ext);
        parsed.memberships.forEach((m, i) => expect(m.ext).toEqual(ws.memberships[i]?.ext));
        parsed.organisations.forEach((o, i) => expect(o.ext).toEqual(ws.organisations[i]?.ext));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("never mutates its input (a deep-frozen input parses to an equal, separate workspace)", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        const before = structuredClone(ws);
        const parsed = parseWorkspace(deepFreeze(ws));
        expect(ws).toEqual(before);
        expect(parsed).not.toBe(ws);
        expect(parsed).toEqual(before);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("reports exactly the path of a leaf that has the wrong type", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), fc.nat(), (ws, pick) => {
        const leaves = leafPaths(ws);
        const path = leaves[pick % leaves.length]!;
        const corrupted = withChange(ws, path, (parent, key) => (parent[key] = wrongTypeFor(parent[key])));
        const error = failure(corrupted);
        expect(error.issues.map((i) => i.pathSegments)).toEqual([path]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("reports an unknown key at exactly its path, with the key at the end", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), fc.nat(), (ws, pick) => {
        const objects = strictObjectPaths(ws);
        const path = [...objects[pick % objects.length]!, "okäntFält"];
        const error = failure(withChange(ws, path, (parent, key) => (parent[key] = "värde")));
        expect(error.reason).toBe("invalidDocument");
        expect(error.issues.map((i) => [i.code, i.pathSegments])).toEqual([["unknown_field", path]]);
        expect(error.issues[0]?.message.sv).toContain("okäntFält");
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("reports a membership naming a forum that does not exist", () => {
    // A seat nobody stands in for, so that moving it leaves no substitute in another forum.
    const stoodInFor = new Set(small.memberships.map((m) => m.substituteForId));
    const index = small.memberships.findIndex((m) => !stoodInFor.has(m.id) && m.substituteForId === undefined);
    const memberships = small.memberships.map((m, i) => (i === index ? { ...m, forumId: "forum-som-saknas" } : m));
    const error = failure({ ...small, memberships });
    expect(error.issues.map((i) => [i.code, i.path, i.params.id])).toEqual([
      ["dangling_reference", `memberships[${index}].forumId`, "forum-som-saknas"],
    ]);
    expect(error.issues[0]?.message).toEqual({
      sv: 'Hänvisningen "forum-som-saknas" pekar inte på någon post i forums.',
      en: 'The reference "forum-som-saknas" points to no record in forums.',
    });
  });

  it("reports a municipality code that is not in the profile", () => {
    const leaderships = small.leaderships.map((l, i) =>
      i === 1 ? { ...l, municipalityCodes: [...l.municipalityCodes, "9999"] } : l,
    );
    const error = failure({ ...small, leaderships });
    const index = leaderships[1]!.municipalityCodes.length - 1;
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_municipality", `leaderships[1].municipalityCodes[${index}]`],
    ]);
  });

  it("refuses a version from the future with reason unsupportedVersion", () => {
    const error = failure({ ...small, version: CURRENT_WORKSPACE_VERSION + 1 });
    expect(error.reason).toBe("unsupportedVersion");
    expect(error.issues[0]).toMatchObject({
      code: "unsupported_version",
      path: "version",
      params: { received: CURRENT_WORKSPACE_VERSION + 1, supported: CURRENT_WORKSPACE_VERSION },
    });
    expect(() => parseWorkspace({ ...small, version: 99 })).toThrow(/version 99/);
  });

  it("refuses a document of another schema with reason unknownSchema", () => {
    const error = failure({ ...small, schema: "systemledning/plan" });
    expect(error.reason).toBe("unknownSchema");
    expect(error.issues[0]).toMatchObject({ code: "unknown_schema", path: "schema" });
  });

  it("refuses what is not an object, and a missing or broken version", () => {
    for (const input of [null, [], "text", 42]) expect(failure(input).issues[0]?.code).toBe("invalid_document");
    for (const version of [undefined, "1", 1.5, -1])
      expect(failure({ ...small, version }).issues[0]).toMatchObject({ code: "missing_version", path: "version" });
  });

  it("throws a SystemledningError that lists the issues in its message", () => {
    try {
      parseWorkspace({ ...small, extra: true });
      expect.unreachable();
    } catch (error) {
      expect(isSystemledningError(error)).toBe(true);
      expect((error as Error).message).toContain('extra: Unknown field "extra"');
    }
  });

  it("refuses a __proto__ key inside ext instead of dropping it", () => {
    const input = JSON.parse(
      JSON.stringify({ ...small, ext: { behåll: 1 } }).replace('"behåll":1', '"behåll":1,"__proto__":{"admin":true}'),
    );
    const error = failure(input);
    expect(error.issues.map((i) => [i.code, i.pathSegments])).toEqual([["reserved_key", ["ext", "__proto__"]]]);
  });

  describe("without zod's JIT", () => {
    afterEach(() => vi.unstubAllGlobals());

    it("parses without creating functions from strings (strict CSP)", () => {
      let compiled = 0;
      const original = globalThis.Function;
      vi.stubGlobal(
        "Function",
        new Proxy(original, {
          construct: (target, args: string[]) => ((compiled += 1), Reflect.construct(target, args)),
        }),
      );
      const result = safeParseWorkspace(JSON.parse(JSON.stringify(small)));
      expect(result.success).toBe(true);
      expect(compiled).toBe(0);
    });
  });
});

describe("serializeWorkspace", () => {
  it("is byte-identical through serialise → parse → serialise", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        const text = serializeWorkspace(ws);
        expect(serializeWorkspace(parseWorkspace(JSON.parse(text)))).toBe(text);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("gives the same bytes for the same workspace whatever the key order", () => {
    const reordered = Object.fromEntries(Object.entries(small).reverse()) as Workspace;
    expect(serializeWorkspace(reordered)).toBe(serializeWorkspace(small));
  });

  it("writes sorted keys, NFC text and a final newline", () => {
    const ws = { ...small, people: [{ ...small.people[0]!, name: "A\u030Asa" }], memberships: [], ext: { b: 1, a: 2 } };
    const text = serializeWorkspace(ws);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('"name": "\u00C5sa"');
    expect(text.indexOf('"a": 2')).toBeLessThan(text.indexOf('"b": 1'));
    expect(text.indexOf('"charters"')).toBeLessThan(text.indexOf('"ext"'));
  });

  it("is byte-identical through serialise → parse → serialise for the Dalarna and Kalmar samples", () => {
    for (const ws of [createDalarnaSampleWorkspace(), createKalmarSampleWorkspace()]) {
      const text = serializeWorkspace(ws);
      expect(serializeWorkspace(parseWorkspace(JSON.parse(text)))).toBe(text);
    }
  });

  it("is deterministic for the national workspace", () => {
    expect(serializeWorkspace(createNationalWorkspace({ seed: 7 }))).toBe(
      serializeWorkspace(createNationalWorkspace({ seed: 7 })),
    );
  });
});
