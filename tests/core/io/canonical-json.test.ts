import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalJson } from "@systemledning/core/io";
import { isSystemledningError } from "@systemledning/core/workspace";

const SEED = 20261122;

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSystemledningError(error)) return error.issues[0];
    throw error;
  }
  throw new Error("expected a SystemledningError");
}

describe("toCanonicalJson", () => {
  it("sorts keys by code point, normalises strings to NFC and ends with a newline", () => {
    expect(toCanonicalJson({ b: 1, a: "e\u0301", Z: [true, null] })).toBe(
      '{\n  "Z": [\n    true,\n    null\n  ],\n  "a": "é",\n  "b": 1\n}\n',
    );
  });

  it("writes one line without indentation, dates as ISO-8601 and leaves undefined properties out", () => {
    expect(
      toCanonicalJson({ at: new Date("2025-03-14T08:00:00Z"), gone: undefined, list: [undefined] }, { indent: 0 }),
    ).toBe('{"at":"2025-03-14T08:00:00.000Z","list":[null]}');
  });

  it("writes every string exactly as JSON.stringify writes its NFC form (lone surrogates and controls escaped)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (binary, graphemes) => {
        for (const text of [binary, graphemes])
          expect(toCanonicalJson(text, { indent: 0 })).toBe(JSON.stringify(text.normalize("NFC")));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("gives the same text for any order of keys", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(toCanonicalJson(reversed)).toBe(toCanonicalJson(record));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("reads back as the same value once strings are in NFC", () => {
    const nfc = (value: unknown): unknown =>
      typeof value === "string"
        ? value.normalize("NFC")
        : Array.isArray(value)
          ? value.map(nfc)
          : value !== null && typeof value === "object"
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize("NFC"), nfc(v)]))
            : value;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const clean = JSON.parse(JSON.stringify(value)) as unknown;
        let text: string;
        try {
          text = toCanonicalJson(clean);
        } catch {
          return; // keys that collide under NFC are refused; tested below
        }
        expect(JSON.parse(text)).toEqual(nfc(clean));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("refuses values JSON cannot hold, naming the path", () => {
    expect(issueOf(() => toCanonicalJson({ a: [1, Number.NaN] }))).toMatchObject({
      path: "a[1]",
      code: "invalid_type",
      params: { received: "NaN" },
    });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(issueOf(() => toCanonicalJson(cycle))).toMatchObject({ path: "self", params: { received: "cycle" } });
  });

  it("refuses a value nested 100,000 levels deep with too_deep instead of overflowing the stack", () => {
    for (const kind of ["array", "object"] as const) {
      let value: unknown = 1;
      for (let i = 0; i < 100_000; i++) value = kind === "array" ? [value] : { a: value };
      const issue = issueOf(() => toCanonicalJson(value));
      expect(issue).toMatchObject({ code: "too_deep", params: { maximum: 1_000 } });
      expect(issue?.pathSegments).toHaveLength(1_000);
    }
  });

  it("refuses two keys that become one under NFC instead of dropping one", () => {
    expect(issueOf(() => toCanonicalJson({ ext: { "\u00e9": 1, "e\u0301": 2 } }))).toMatchObject({
      code: "duplicate_value",
      pathSegments: ["ext", "e\u0301"],
    });
  });
});
