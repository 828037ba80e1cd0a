/**
 * toCanonicalJson against a plain reference written from its specification (sorted keys by UTF-16 code
 * units, NFC strings and keys, colliding keys refused, undefined left out or null in arrays, dates as ISO),
 * on random values that reach both its fast path (a sorted copy written by JSON.stringify) and its careful
 * writer (array-index keys, `__proto__`, deep values, values JSON cannot hold).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalJson } from "@systemledning/core/io";

const SEED = 20261122;

/** The canonical text by the letter of the rules, or the thrown error's constructor name. */
function reference(value: unknown, indent: number): string {
  const lineBreak = (depth: number): string => (indent > 0 ? "\n" + " ".repeat(indent * depth) : "");
  const separator = indent > 0 ? ": " : ":";
  const ancestors: object[] = [];
  const write = (current: unknown, depth: number): string => {
    if (current === null) return "null";
    if (typeof current === "string") return JSON.stringify(current.normalize("NFC"));
    if (typeof current === "boolean") return current ? "true" : "false";
    if (typeof current === "number") {
      if (!Number.isFinite(current)) throw new Error("not JSON");
      return JSON.stringify(current);
    }
    if (typeof current !== "object") throw new Error("not JSON");
    if (current instanceof Date) {
      if (Number.isNaN(current.getTime())) throw new Error("not JSON");
      return JSON.stringify(current.toISOString());
    }
    if (ancestors.includes(current)) throw new Error("cycle");
    ancestors.push(current);
    let text: string;
    if (Array.isArray(current)) {
      const items = Array.from(
        current as unknown[],
        (item) => lineBreak(depth + 1) + write(item === undefined ? null : item, depth + 1),
      );
      text = items.length === 0 ? "[]" : `[${items.join(",")}${lineBreak(depth)}]`;
    } else {
      const record = current as Record<string, unknown>;
      const entries = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .map((key) => [key.normalize("NFC"), record[key]] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 1; i < entries.length; i++) if (entries[i]![0] === entries[i - 1]![0]) throw new Error("duplicate");
      const members = entries.map(
        ([key, item]) => lineBreak(depth + 1) + JSON.stringify(key) + separator + write(item, depth + 1),
      );
      text = members.length === 0 ? "{}" : `{${members.join(",")}${lineBreak(depth)}}`;
    }
    ancestors.pop();
    return text;
  };
  const text = write(value, 0);
  return indent > 0 ? text + "\n" : text;
}

const outcome = (run: () => string): string => {
  try {
    return run();
  } catch {
    return "<refused>";
  }
};

/** Text that tests NFC: decomposed and precomposed Swedish letters, combining marks, Hangul, lone surrogates. */
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom(
    "Dalarnas län",
    "a\u030a",
    "\u00e5",
    "e\u0301",
    "\u00e9",
    "\u1100\u1161",
    "Ω\u0301",
    "\ud800",
    'tab\tand"quote\\',
    "\u0301",
    "",
  ),
);
const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  text,
  fc.constantFrom(
    "__proto__",
    "toJSON",
    "0",
    "1",
    "2",
    "10",
    "01",
    "-1",
    "4294967294",
    "4294967295",
    "1.5",
    "a",
    "A",
    "é",
    "e\u0301",
  ),
);
const leaf = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    // Object.fromEntries defines own properties, so `__proto__` is a key and not the prototype.
    fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }).map((entries) => Object.fromEntries(entries) as unknown),
  ),
})).value;
const indent = fc.constantFrom(0, 1, 2, 4, 10, 11, 12, 1.5, -1);

describe("toCanonicalJson against a reference", () => {
  it("gives the reference's text, or refuses where the reference does, for random values", () => {
    fc.assert(
      fc.property(value, indent, (input, spaces) => {
        expect(outcome(() => toCanonicalJson(input, { indent: spaces }))).toBe(outcome(() => reference(input, spaces)));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("writes objects JSON.stringify treats specially as plain records, as the careful writer always has", () => {
    const odd: unknown[] = [
      new Number(5),
      new String("ab"),
      new Map([["a", 1]]),
      { toJSON: "kept" },
      Object.assign([1, 2], { extra: true }),
      Object.assign(new Array<unknown>(3), { 0: 1, 2: 3 }),
      new Uint8Array([7, 8]),
    ];
    for (const input of odd)
      for (const spaces of [0, 2]) expect(toCanonicalJson(input, { indent: spaces })).toBe(reference(input, spaces));
    expect(toCanonicalJson({ "10": 1, "2": 2, "-": 3, __proto__x: 4 }, { indent: 0 })).toBe(
      '{"-":3,"10":1,"2":2,"__proto__x":4}',
    );
    expect(toCanonicalJson(Object.fromEntries([["__proto__", { a: 1 }]]), { indent: 0 })).toBe('{"__proto__":{"a":1}}');
    expect(() => toCanonicalJson({ toJSON: () => "x" })).toThrow();
  });

  it("writes values deeper than the fast path's limit the same way, and still finds a cycle below it", () => {
    let deep: unknown = "e\u0301";
    for (let i = 0; i < 400; i++) deep = i % 2 === 0 ? [deep] : { [`k${i}`]: deep };
    expect(toCanonicalJson(deep)).toBe(reference(deep, 2));
    const cycle: Record<string, unknown> = { a: [1] };
    (cycle.a as unknown[]).push(cycle);
    expect(() => toCanonicalJson(cycle)).toThrow();
  });

  it("may skip normalize() for text below U+0300: every such character and pair of characters is its own NFC", () => {
    // The fast path's premise, checked exhaustively: no character below U+0300 changes or composes under NFC.
    const unstable: string[] = [];
    for (let a = 0; a < 0x300; a++) {
      const first = String.fromCharCode(a);
      if (first.normalize("NFC") !== first) unstable.push(first);
      for (let b = 0; b < 0x300; b++) {
        const pair = first + String.fromCharCode(b);
        if (pair.normalize("NFC") !== pair) unstable.push(pair);
      }
    }
    expect(unstable).toEqual([]);
    // And above it, text that does change is normalised: "a" + ring above becomes "å".
    expect(toCanonicalJson("a\u030a", { indent: 0 })).toBe('"\u00e5"');
  });
});
