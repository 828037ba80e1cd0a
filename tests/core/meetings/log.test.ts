import fc from "fast-check";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  appendToLog,
  hashLogEntry,
  logEntryHashInput,
  verifyLog,
  type LogEntry,
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
    expect(await verifyLog(log)).toEqual({ valid: true, entries: 5, headHash: log[4]!.hash, issues: [] });
    expect((await verifyLog([])).valid).toBe(true);
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
          const result = await verifyLog(tampered);
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
    const result = await verifyLog([log[0]!, rehashed, log[2]!, log[3]!]);
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
        const result = await verifyLog(swapped);
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
