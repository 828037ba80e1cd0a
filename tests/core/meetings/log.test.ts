import fc from "fast-check";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  appendToLog,
  hashLogEntry,
  logEntryHashInput,
  verifyLog,
  type LogEntry,
  type LogVerification,
  type UnsealedLogEntry,
} from "@systemledning/core/meetings";

const SEED = 20261122;

function unsealed(n: number, text = (i: number) => `Beslut ${i}`): UnsealedLogEntry[] {
  return Array.from({ length: n }, (_, i): UnsealedLogEntry => ({
    id: `log-${i}`,
    kind: "decision",
    meetingId: `m-${Math.floor(i / 2)}`,
    recordedAt: "2025-03-24T09:00:00+01:00",
    decision: { itemId: `i${i}`, text: text(i), decidedOn: "2025-03-13", activityIds: [] },
  }));
}

const textArb = fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" });

describe("hashLogEntry", () => {
  it("is SHA-256 over the entry's one-line canonical JSON without the hash (checked with node:crypto)", async () => {
    const [entry] = await appendToLog(
      [],
      unsealed(1, () => 'Sköra äldre; "prioriterat"'),
    );
    const input = logEntryHashInput(entry!);
    expect(input.includes("\n")).toBe(false);
    expect(input.includes('"hash"')).toBe(false);
    expect(entry!.hash).toBe(createHash("sha256").update(input, "utf8").digest("hex"));
    expect(await hashLogEntry(entry!)).toBe(entry!.hash);
  });
});

describe("verifyLog", () => {
  it("accepts an untouched log and reports its head", async () => {
    const log = await appendToLog([], unsealed(5));
    expect(await verifyLog(log, { expectedHead: log[4]!.hash })).toEqual({
      valid: true,
      proves: "chain-and-head",
      entries: 5,
      headHash: log[4]!.hash,
      issues: [],
    });
    expect(await verifyLog([], { expectedHead: null })).toMatchObject({ valid: true, proves: "chain-and-head" });
    expect(await verifyLog(log, { anchor: "unanchored" })).toMatchObject({ valid: true, proves: "chain-only" });
  });

  it("detects an edit of any field of any entry, at that entry's hash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(textArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        textArb,
        async (texts, pick, replacement) => {
          const log = await appendToLog(
            [],
            unsealed(texts.length, (i) => texts[i]!),
          );
          const at = pick % log.length;
          const original = log[at] as Extract<LogEntry, { kind: "decision" }>;
          fc.pre(original.decision.text.normalize("NFC") !== replacement.normalize("NFC"));
          const tampered = log.slice();
          tampered[at] = { ...original, decision: { ...original.decision, text: replacement } };
          const result = await verifyLog(tampered, { anchor: "unanchored" });
          expect(result.valid).toBe(false);
          expect(result.issues.map((i) => [i.code, i.path])).toContainEqual([
            "log_hash_mismatch",
            `decisionLog[${at}].hash`,
          ]);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("detects a re-hashed edit too (the chain breaks at the next entry)", async () => {
    const log = await appendToLog([], unsealed(4));
    const edited = { ...log[1]!, recordedAt: "2025-03-25T09:00:00+01:00" } as LogEntry;
    const rehashed = { ...edited, hash: await hashLogEntry(edited) } as LogEntry;
    const result = await verifyLog([log[0]!, rehashed, log[2]!, log[3]!], { anchor: "unanchored" });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["log_chain_broken", "decisionLog[2].previousHash"]]);
  });

  it("detects the deletion of any entry but the last, and of the last with the expected head", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.nat(), async (n, pick) => {
        const log = await appendToLog([], unsealed(n));
        const at = pick % n;
        const shortened = log.filter((_, i) => i !== at);
        const result = await verifyLog(shortened, { expectedHead: log.at(-1)!.hash });
        expect(result.valid).toBe(false);
        if (at === n - 1) expect(result.issues.map((i) => i.code)).toEqual(["log_head_mismatch"]);
        else expect(result.issues.map((i) => i.code)).toContain("log_chain_broken");
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("detects any reordering", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.nat(), fc.nat(), async (n, a, b) => {
        const i = a % n;
        const j = b % n;
        fc.pre(i !== j);
        const log = await appendToLog([], unsealed(n));
        const swapped = log.slice();
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        const result = await verifyLog(swapped, { anchor: "unanchored" });
        expect(result.valid).toBe(false);
        expect(result.issues.map((x) => x.code)).toEqual(expect.arrayContaining(["log_sequence", "log_chain_broken"]));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("appends to an existing log without changing it", async () => {
    const log = Object.freeze(await appendToLog([], unsealed(2)));
    const longer = await appendToLog(log, unsealed(3).slice(2));
    expect(longer.slice(0, 2)).toEqual(log);
    expect(longer[2]).toMatchObject({ sequence: 2, previousHash: log[1]!.hash });
    expect((await verifyLog(longer, { expectedHead: longer[2]!.hash })).valid).toBe(true);
  });
});

describe("verifyLog: what a call proves", () => {
  it("refuses a forged entry appended with a correct hash unless the caller knowingly checks the chain only", async () => {
    const log = await appendToLog([], unsealed(3));
    const storedHead = log.at(-1)!.hash;
    const forged = await appendToLog(log, unsealed(4).slice(3));
    // A call that names no anchor proves nothing about the end: it is refused, not passed.
    const bare = await (verifyLog as (log: unknown) => Promise<LogVerification>)(forged);
    expect(bare.valid).toBe(false);
    expect(bare.issues.map((i) => i.code)).toEqual(["log_anchor_missing"]);
    const anchored = await verifyLog(forged, { expectedHead: storedHead });
    expect(anchored).toMatchObject({ valid: false, proves: "chain-and-head" });
    expect(anchored.issues.map((i) => i.code)).toEqual(["log_head_mismatch"]);
    const chainOnly = await verifyLog(forged, { anchor: "unanchored" });
    expect(chainOnly).toMatchObject({ valid: true, proves: "chain-only" });
  });

  it("refuses an edit with every later hash recomputed when the head is given", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.nat(), textArb, async (n, pick, replacement) => {
        const texts = unsealed(n);
        const log = await appendToLog([], texts);
        const at = pick % n;
        const edited = texts.map((entry, i) =>
          i === at && entry.kind === "decision"
            ? { ...entry, decision: { ...entry.decision, text: `${entry.decision.text} ${replacement}` } }
            : entry,
        );
        const rewritten = await appendToLog([], edited);
        const result = await verifyLog(rewritten, { expectedHead: log.at(-1)!.hash });
        expect(result).toMatchObject({ valid: false, proves: "chain-and-head" });
        expect(result.issues.map((i) => i.code)).toEqual(["log_head_mismatch"]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it("never throws, whatever JSON value it is given, and never calls a malformed log valid", async () => {
    const good = await appendToLog([], unsealed(3));
    const entryArb = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...good),
      fc.record(
        { sequence: fc.jsonValue(), previousHash: fc.jsonValue(), hash: fc.jsonValue(), kind: fc.jsonValue() },
        { requiredKeys: [] },
      ),
    );
    const logArb = fc.oneof(fc.jsonValue(), fc.array(entryArb, { maxLength: 5 }));
    const optionsArb = fc.oneof(
      fc.record({
        expectedHead: fc.oneof(fc.constant(null), fc.string(), fc.constantFrom(...good.map((e) => e.hash))),
      }),
      fc.constant({ anchor: "unanchored" as const }),
      fc.jsonValue(),
      fc.constant(undefined),
    );
    await fc.assert(
      fc.asyncProperty(logArb, optionsArb, async (log, options) => {
        const result = await (verifyLog as (log: unknown, options: unknown) => Promise<LogVerification>)(log, options);
        expect(typeof result.valid).toBe("boolean");
        expect(result.valid).toBe(result.issues.length === 0);
        if (!Array.isArray(log)) expect(result.valid).toBe(false);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("reports entries that are not entries as data: null, missing fields, wrong types, values JSON cannot hold", async () => {
    const [first] = await appendToLog([], unsealed(1));
    const cyclic: Record<string, unknown> = { ...first! };
    cyclic.self = cyclic;
    const cases: unknown[] = [
      null,
      "decisionLog",
      { length: 2 },
      [null],
      [42],
      [[]],
      [{}],
      [{ ...first!, hash: 7 }],
      [{ ...first!, sequence: "0" }],
      [{ ...first!, previousHash: {} }],
      [{ ...first!, decision: undefined, extra: 1n }],
      [cyclic],
      [{ ...first!, nan: Number.NaN }],
    ];
    for (const log of cases) {
      const result = await (verifyLog as (log: unknown, options: unknown) => Promise<LogVerification>)(log, {
        anchor: "unanchored",
      });
      expect(result.valid, JSON.stringify(String(log))).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it("reports a string too long to hash as data rather than throwing", async () => {
    const [first] = await appendToLog([], unsealed(1));
    // Each control character is written as six characters of JSON: past V8's longest string (2^29 - 24) once
    // escaped, so the canonical JSON cannot be written. Seconds of work, hence the test's own time limit.
    const huge = "\u0001".repeat(90_000_000);
    const result = await verifyLog([{ ...first!, recordedAt: huge } as LogEntry], { anchor: "unanchored" });
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["log_entry_unhashable", "decisionLog[0]"]]);
  }, 60_000);
});
