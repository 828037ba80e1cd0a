/**
 * What the door accepts serialises and parses back, byte for byte (docs/quality.md D10): lengths are measured
 * as the text is saved (in NFC), and `ext` comes back untouched — its keys and strings exactly as the host
 * wrote them, even keys that are equal after NFC.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWorkspace, safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { UNICODE_STRINGS, workspaceArbitrary } from "../../fixtures/arbitraries.js";

const SEED = 20261122;
/** The longest short and long texts (SHORT_TEXT_MAX and LONG_TEXT_MAX of the schema's primitives). */
const SHORT_TEXT_MAX = 10_000;
const LONG_TEXT_MAX = 1_000_000;

/** Every `ext` of a document, by path, as JSON text would give it back. */
function extsOf(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value !== "object" || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}/${key}`;
    if (key === "ext" && !Array.isArray(value)) out.set(at, JSON.parse(JSON.stringify(child)) as unknown);
    else extsOf(child, at, out);
  }
  return out;
}

describe("serializeWorkspace after parseWorkspace", () => {
  it("round-trips any valid document byte for byte, and the door accepts it again", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        const text = serializeWorkspace(parseWorkspace(ws));
        const again = safeParseWorkspace(JSON.parse(text));
        expect(again.success ? [] : again.error.issues.map((i) => `${i.path} ${i.code}`)).toEqual([]);
        if (again.success) expect(serializeWorkspace(again.data)).toBe(text);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("writes every ext untouched: keys equal after NFC stay apart, and strings keep their Unicode form", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (ws) => {
        const written = JSON.parse(serializeWorkspace(parseWorkspace(ws))) as unknown;
        expect(extsOf(written)).toEqual(extsOf(ws));
      }),
      { seed: SEED, numRuns: 100 },
    );
    const ws = createDalarnaSampleWorkspace();
    const ext = { "\u00e9": "A\u030A", "e\u0301": ["O\u0308", { "\u212B": 1 }] };
    const text = serializeWorkspace(parseWorkspace({ ...ws, ext }));
    expect(JSON.parse(text).ext).toEqual(ext);
    expect(serializeWorkspace(parseWorkspace(JSON.parse(text)))).toBe(text);
  });

  it("writes text outside ext in NFC, also a charter answer under the question id 'ext'", () => {
    const ws = structuredClone(createDalarnaSampleWorkspace()) as Workspace;
    const charter = ws.charters[0]!;
    const question = ws.profile.charterQuestions[0]!;
    ws.profile.charterQuestions.push({ ...question, id: "ext" });
    ws.charters[0] = { ...charter, answers: { ...charter.answers, ext: "A\u030Asa" } };
    const result = safeParseWorkspace(ws);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path} ${i.code}`)).toEqual([]);
    const written = JSON.parse(serializeWorkspace(parseWorkspace(ws))) as Workspace;
    expect(written.charters[0]!.answers.ext).toBe("\u00C5sa");
    expect(written.people[0]!.name).toBe(ws.people[0]!.name.normalize("NFC"));
  });
});

describe("the door measures a text's length as it is saved (in NFC)", () => {
  /** U+0344 is one code unit, and two in NFC: `n` of them are 2n long once saved. */
  const growing = (n: number): string => "\u0344".repeat(n);

  it("accepts whatever it can read back, and refuses a text that grows past its maximum in NFC, with its path", () => {
    const ws = createDalarnaSampleWorkspace();
    const person = ws.people[0]!;
    const variants: [string, (text: string) => Workspace, number][] = [
      [
        "people[0].name",
        (text) => ({ ...ws, people: [{ ...person, name: text }, ...ws.people.slice(1)] }),
        SHORT_TEXT_MAX,
      ],
      ["profile.name.sv", (text) => ({ ...ws, profile: { ...ws.profile, name: { sv: text } } }), SHORT_TEXT_MAX],
      [
        "charters[0].purpose",
        (text) => ({ ...ws, charters: [{ ...ws.charters[0]!, purpose: text }, ...ws.charters.slice(1)] }),
        LONG_TEXT_MAX,
      ],
    ];
    for (const [path, place, max] of variants) {
      for (const n of [max / 2 - 1, max / 2, max / 2 + 1]) {
        const result = safeParseWorkspace(place(growing(n)));
        if (result.success) {
          // Whatever the door accepts, it accepts again after a round trip, byte for byte.
          const text = serializeWorkspace(result.data);
          const again = safeParseWorkspace(JSON.parse(text));
          expect(again.success).toBe(true);
          if (again.success) expect(serializeWorkspace(again.data)).toBe(text);
        } else {
          expect(n).toBe(max / 2 + 1);
          expect(result.error.issues).toMatchObject([{ path, code: "too_big", params: { maximum: max } }]);
        }
      }
      expect(safeParseWorkspace(place(growing(max / 2 + 1))).success).toBe(false);
    }
  });

  it("keeps accepting a decomposed text at its maximum length (NFC only makes it shorter)", () => {
    const ws = createDalarnaSampleWorkspace();
    for (const text of UNICODE_STRINGS) {
      const doc = { ...ws, people: [{ ...ws.people[0]!, name: text }, ...ws.people.slice(1)] };
      expect(safeParseWorkspace(doc).success).toBe(true);
    }
  });
});
