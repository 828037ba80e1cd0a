/**
 * The door never throws for bad input: whatever value it is given — nested 100,000 levels deep, cyclic, a
 * huge or sparse array, values JSON cannot hold, objects with a prototype, getters and proxies that throw —
 * `safeParseWorkspace` returns a refusal with path, code and both languages (docs/quality.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_DOCUMENT_DEPTH,
  parseWorkspace,
  safeParseWorkspace,
  type SystemledningError,
  type Workspace,
} from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { workspaceArbitrary } from "../../fixtures/arbitraries.js";

const SEED = 20261122;

const base = (): Workspace => structuredClone(createDalarnaSampleWorkspace());

/** The refusal of `input`; fails the test when the door throws or accepts. */
function refusal(input: unknown): SystemledningError {
  const result = safeParseWorkspace(input);
  if (result.success) throw new Error("expected the workspace to be refused");
  for (const issue of result.error.issues) {
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  return result.error;
}

/** A value nested `levels` arrays or objects deep, built without recursion. */
function nested(levels: number, kind: "array" | "object"): unknown {
  let value: unknown = "botten";
  for (let i = 0; i < levels; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** The Dalarna sample with `value` in its top-level `ext`. */
function withExt(value: unknown): unknown {
  return { ...base(), ext: { host: value } };
}

describe("safeParseWorkspace on values that are not JSON, or too deep", () => {
  it("refuses 100,000 levels of nesting in ext with too_deep, naming the maximum, instead of throwing", () => {
    for (const kind of ["array", "object"] as const) {
      const error = refusal(withExt(nested(100_000, kind)));
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ code: "too_deep", params: { maximum: MAX_DOCUMENT_DEPTH } });
      expect(error.issues[0]!.path.startsWith("ext.host")).toBe(true);
      expect(error.issues[0]!.pathSegments.length).toBe(MAX_DOCUMENT_DEPTH);
    }
  });

  it("refuses a whole document nested deeper than the maximum, wherever the depth is", () => {
    const ws = base();
    const deep = { ...ws, people: [{ ...ws.people[0]!, ext: { x: nested(MAX_DOCUMENT_DEPTH, "object") } }] };
    expect(refusal(deep).issues[0]).toMatchObject({
      code: "too_deep",
      path: expect.stringMatching(/^people\[0\]\.ext\.x/),
    });
    // The document is level 1, people 2, a person 3, its ext 4: x may hold MAX_DOCUMENT_DEPTH - 4 levels more.
    const withX = (levels: number) => ({
      ...ws,
      people: ws.people.map((p, i) => (i === 0 ? { ...p, ext: { x: nested(levels, "array") } } : p)),
    });
    expect(safeParseWorkspace(withX(MAX_DOCUMENT_DEPTH - 4)).success).toBe(true);
    expect(refusal(withX(MAX_DOCUMENT_DEPTH - 3)).issues[0]).toMatchObject({ code: "too_deep" });
  });

  it("refuses a cycle with circular_reference at the path where it closes", () => {
    const host: Record<string, unknown> = { id: 1 };
    host.self = host;
    expect(refusal(withExt(host)).issues[0]).toMatchObject({ code: "circular_reference", path: "ext.host.self" });
    const list: unknown[] = [];
    list.push({ back: list });
    expect(refusal(withExt(list)).issues[0]).toMatchObject({ code: "circular_reference", path: "ext.host[0].back" });
    const ws = base() as unknown as Record<string, unknown>;
    ws.ext = { root: ws };
    expect(refusal(ws).issues[0]).toMatchObject({ code: "circular_reference", path: "ext.root" });
  });

  it("accepts one object shared by two places (a DAG is not a cycle)", () => {
    const shared = { a: [1, 2, 3] };
    expect(safeParseWorkspace({ ...base(), ext: { one: shared, two: shared } }).success).toBe(true);
  });

  it("refuses values JSON cannot hold at their path: undefined in a list, functions, symbols, BigInt, NaN, Dates, maps, class instances", () => {
    class Thing {
      readonly x = 1;
    }
    const cases: [unknown, string][] = [
      [[1, undefined], "ext.host[1]"],
      [() => 1, "ext.host"],
      [Symbol("s"), "ext.host"],
      [10n, "ext.host"],
      [Number.NaN, "ext.host"],
      [Number.POSITIVE_INFINITY, "ext.host"],
      [new Date(0), "ext.host"],
      [new Map([["a", 1]]), "ext.host"],
      [new Thing(), "ext.host"],
      [{ deeper: [new Uint8Array(2)] }, "ext.host.deeper[0]"],
    ];
    for (const [value, path] of cases) {
      const issue = refusal(withExt(value)).issues[0]!;
      expect(issue.path.startsWith(path)).toBe(true);
    }
    // In a field of a known type the schema names the type it expected.
    const ws = base();
    const nan = { ...ws, people: [{ ...ws.people[0]!, name: Number.NaN }, ...ws.people.slice(1)] };
    expect(refusal(nan).issues[0]).toMatchObject({ code: "invalid_type", path: "people[0].name" });
  });

  it("refuses a sparse array (JSON has no holes) at once, however long it claims to be", () => {
    const started = performance.now();
    expect(refusal(withExt(new Array(2 ** 32 - 1))).issues[0]).toMatchObject({ path: "ext.host[0]" });
    const sparse: unknown[] = [1, 2];
    sparse[1_000_000_000] = 3;
    expect(refusal(withExt(sparse)).issues[0]).toMatchObject({ path: "ext.host[2]" });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("refuses a getter or proxy that throws with unreadable_value, and reads each value once", () => {
    const throwing = Object.defineProperty({}, "boom", {
      enumerable: true,
      get() {
        throw new Error("nej");
      },
    });
    expect(refusal(withExt(throwing)).issues[0]).toMatchObject({ code: "unreadable_value", path: "ext.host.boom" });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError("fälla");
        },
      },
    );
    expect(refusal(withExt(trap)).issues[0]).toMatchObject({ code: "unreadable_value", path: "ext.host" });
    const ws = base();
    const person = ws.people[0]!;
    let reads = 0;
    const flaky = Object.defineProperty({ ...person }, "name", {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 1) throw new Error("andra läsningen");
        return person.name;
      },
    });
    const parsed = safeParseWorkspace({ ...ws, people: [flaky, ...ws.people.slice(1)] });
    expect(parsed.success).toBe(true);
    expect(reads).toBe(1);
    const schemaGetter = Object.defineProperty({ ...ws }, "schema", {
      enumerable: true,
      get() {
        throw new Error("nej");
      },
    });
    expect(refusal(schemaGetter).issues[0]).toMatchObject({ code: "unreadable_value", path: "schema" });
  });

  it("accepts objects without a prototype, and an undefined property as an absent one", () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(safeParseWorkspace({ ...base(), ext: { bare, gone: undefined } }).success).toBe(true);
  });

  it("never throws on any value, however deep: generated JSON, odd values and deep nesting", () => {
    const odd = fc.constantFrom<unknown>(
      undefined,
      () => 1,
      Symbol("x"),
      1n,
      new Date(0),
      Number.NaN,
      Object.create({ inherited: 1 }),
      Object.defineProperty({}, "x", {
        enumerable: true,
        get() {
          throw new Error("nej");
        },
      }),
    );
    const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd);
    const deep = fc
      .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom<"array" | "object">("array", "object"), leaf)
      .map(([levels, kind, bottom]) => {
        let value = bottom;
        for (let i = 0; i < levels; i++) value = kind === "array" ? [value] : { k: value };
        return value;
      });
    const anything = fc.oneof(leaf, deep, fc.array(leaf, { maxLength: 50 }), fc.dictionary(fc.string(), leaf));
    fc.assert(
      fc.property(
        workspaceArbitrary(),
        anything,
        fc.constantFrom("ext", "people", "schema", "version", "profile"),
        (ws, value, key) => {
          const result = safeParseWorkspace(key === "ext" ? { ...ws, ext: { v: value } } : { ...ws, [key]: value });
          if (result.success) expect(parseWorkspace(result.data)).toEqual(result.data);
          else expect(result.error.issues.length).toBeGreaterThan(0);
          // The bare value as a whole document too.
          expect(() => safeParseWorkspace(value)).not.toThrow();
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
