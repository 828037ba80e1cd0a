/**
 * The aggregation engine: groupings combined by mean, "don't know" and missing excluded, null (never 0
 * or NaN) for no value, exact values with a documented half-step binning, and the properties of
 * docs/quality.md D4 over random responses (fast-check, fixed seed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregateResponses,
  type Answer,
  type AssessmentResponse,
  type AssessmentRound,
  type Instrument,
  type RoundResult,
} from "@systemledning/core/assessment";

const SEED = 20261122;
const ITEMS = ["a", "b", "c"] as const;
const LEADERSHIPS = ["l1", "l2", "l3", "l4", "l5"] as const;

const instrument: Instrument = {
  id: "test",
  version: 1,
  name: { sv: "Test" },
  items: ITEMS.map((id) => ({ id, statement: { sv: `Påstående ${id}` }, freeText: true })),
  scale: { min: 1, max: 5, steps: [1, 2, 3, 4, 5].map((value) => ({ value, label: { sv: `Steg ${value}` } })) },
  dontKnow: { sv: "Vet ej" },
  declaredMaxTotal: 10,
};

const round: AssessmentRound = {
  id: "r",
  kind: "self-assessment",
  instrumentId: "test",
  instrumentVersion: 1,
  title: "Omgång",
  period: { from: "2025-01-01", to: "2025-12-31" },
  leadershipIds: [...LEADERSHIPS],
  opensAt: "2025-09-01",
  closesAt: "2025-10-31",
};

let counter = 0;
function response(
  leadershipId: string,
  answers: Record<string, Answer>,
  grouping?: string,
  freeTexts: Record<string, string> = {},
): AssessmentResponse {
  const r: AssessmentResponse = {
    id: `resp-${++counter}`,
    roundId: "r",
    leadershipId,
    submittedAt: "2025-09-10T10:00:00+02:00",
    answers,
    freeTexts,
  };
  if (grouping !== undefined) r.grouping = grouping;
  return r;
}

const aggregate = (responses: readonly AssessmentResponse[], min = 0.6): RoundResult =>
  aggregateResponses({ round, instrument, responses, minComparableCoverage: min });

function hasNaN(value: unknown): boolean {
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasNaN);
  return false;
}

describe("aggregateResponses", () => {
  it("combines a leadership's groupings by the mean per item (3 and 4 give 3.5) and names the items where they differ", () => {
    const result = aggregate([response("l1", { a: 3, b: 2 }, "Norr"), response("l1", { a: 4, b: 2 }, "Söder")]);
    const l1 = result.leaderships.find((l) => l.leadershipId === "l1")!;
    expect(l1.values.map((v) => v.value)).toEqual([3.5, 2, null]);
    expect(l1.differingItemIds).toEqual(["a"]);
    expect(l1.groupings).toEqual(["Norr", "Söder"]);
    expect(l1.total).toBe(5.5);
    expect(l1.itemsAnswered).toBe(2);
    expect(result.items[0]!.distribution.exact).toEqual([{ value: 3.5, count: 1 }]);
  });

  it("excludes don't know and missing answers: never counted as 0, and an item with none is null", () => {
    const result = aggregate([response("l1", { a: "dont-know", b: 4 }), response("l2", { b: 2 })]);
    const [a, b, c] = result.items;
    expect(a).toMatchObject({ n: 0, mean: null, median: null, min: null, max: null, dontKnow: 1 });
    expect(b).toMatchObject({ n: 2, mean: 3, median: 3, min: 2, max: 4, dontKnow: 0 });
    expect(c!.mean).toBeNull();
    const l1 = result.leaderships.find((l) => l.leadershipId === "l1")!;
    expect(l1.values[0]).toEqual({ itemId: "a", value: null, valueCount: 0, dontKnow: 1 });
    expect(l1.total).toBe(4);
  });

  it("gives the median of an even count as the mean of the two middle values", () => {
    const result = aggregate([
      response("l1", { a: 1 }),
      response("l2", { a: 2 }),
      response("l3", { a: 4 }),
      response("l4", { a: 5 }),
    ]);
    expect(result.items[0]!.median).toBe(3);
    expect(result.items[0]!.mean).toBe(3);
  });

  it("bins a value to the nearest half step, a quarter step to the upper bin, and labels only whole steps", () => {
    // l1: 3 and 4 → 3.5; l2: 3, 3, 3, 4 → 3.25 → bin 3.5; l3: 2, 2, 3 → 2.333… → bin 2.5; l4: 5.
    const result = aggregate([
      response("l1", { a: 3 }, "x"),
      response("l1", { a: 4 }, "y"),
      ...["p", "q", "r"].map((g) => response("l2", { a: 3 }, g)),
      response("l2", { a: 4 }, "s"),
      response("l3", { a: 2 }, "x"),
      response("l3", { a: 2 }, "y"),
      response("l3", { a: 3 }, "z"),
      response("l4", { a: 5 }),
    ]);
    const { bins, exact } = result.items[0]!.distribution;
    expect(bins.map((b) => b.value)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
    expect(bins.filter((b) => b.count > 0).map((b) => [b.value, b.count])).toEqual([
      [2.5, 1],
      [3.5, 2],
      [5, 1],
    ]);
    expect(bins.find((b) => b.value === 3)!.label).toEqual({ sv: "Steg 3" });
    expect(bins.find((b) => b.value === 3.5)!.label).toBeNull();
    expect(exact.map((e) => e.value)).toEqual([7 / 3, 3.25, 3.5, 5]);
  });

  it("reports coverage as leaderships that answered of those asked, and responses received", () => {
    const result = aggregate([response("l1", { a: 3 }, "x"), response("l1", { a: 4 }, "y"), response("l2", {})]);
    expect(result.coverage).toEqual({ asked: 5, answered: 2, responses: 3, ratio: 2 / 5 });
    expect(result.comparable).toBe(false);
    expect(result.comparability.reason).toBe("coverage-below-minimum");
    expect(
      aggregate([response("l1", { a: 3 }), response("l2", { a: 3 }), response("l3", { a: 3 })]).comparability.reason,
    ).toBe("coverage-reached");
  });

  it("skips a response of a leadership that was not asked (the door refuses it)", () => {
    const result = aggregate([response("not-asked", { a: 5 }), response("l1", { a: 1 })]);
    expect(result.items[0]!.mean).toBe(1);
    expect(result.coverage.responses).toBe(1);
  });

  it("keeps free texts with their leadership and grouping, ordered by leadership, grouping and id", () => {
    const result = aggregate([
      response("l2", { a: 3 }, undefined, { a: "Andra" }),
      response("l1", { a: 3 }, "Söder", { a: "Första", b: "" }),
    ]);
    expect(result.items[0]!.freeTexts.map((t) => [t.leadershipId, t.grouping, t.text])).toEqual([
      ["l1", "Söder", "Första"],
      ["l2", null, "Andra"],
    ]);
    expect(result.items[1]!.freeTexts).toEqual([]);
  });

  it("computes the maximum total from the instrument and carries the declared one with a finding", () => {
    const result = aggregate([]);
    expect(result.maxTotal).toBe(15);
    expect(result.declaredMaxTotal).toBe(10);
    expect(result.findings.map((f) => [f.path, f.code])).toEqual([["declaredMaxTotal", "declared_max_total_mismatch"]]);
  });

  it("treats each response of an event poll as one anonymous participant, with the number present as denominator", () => {
    const poll: AssessmentRound = { ...round, id: "p", kind: "event-poll", leadershipIds: [], participantCount: 8 };
    const answers = [7, 8, 8, 5].map((v, i) => ({
      id: `p${i}`,
      roundId: "p",
      submittedAt: "2025-11-13T14:00:00+01:00",
      answers: { a: v },
      freeTexts: {},
    }));
    const result = aggregateResponses({ round: poll, instrument, responses: answers, minComparableCoverage: 0.6 });
    expect(result.coverage).toEqual({ asked: 8, answered: 4, responses: 4, ratio: 0.5 });
    expect(result.items[0]).toMatchObject({ n: 4, mean: 7, median: 7.5, min: 5, max: 8 });
    expect(result.leaderships).toEqual([]);
    const unknown = aggregateResponses({
      round: { ...poll, participantCount: undefined } as AssessmentRound,
      instrument,
      responses: answers,
      minComparableCoverage: 0.6,
    });
    expect(unknown.coverage.ratio).toBeNull();
    expect(unknown.comparability.reason).toBe("coverage-unknown");
  });
});

// ---- properties (docs/quality.md D4) ----

const answerArbitrary: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 5 }),
  fc.constant("dont-know" as const),
);
const responsesArbitrary: fc.Arbitrary<AssessmentResponse[]> = fc
  .uniqueArray(
    fc.record({
      leadership: fc.constantFrom(...LEADERSHIPS),
      grouping: fc.constantFrom(undefined, "Norr", "Söder", "Väster"),
      answers: fc.tuple(answerArbitrary, answerArbitrary, answerArbitrary),
    }),
    { selector: (r) => `${r.leadership}/${r.grouping ?? ""}`, maxLength: 14 },
  )
  .map((rows) =>
    rows.map((row, i) => {
      const answers: Record<string, Answer> = {};
      row.answers.forEach((a, k) => {
        if (a !== undefined) answers[ITEMS[k]!] = a;
      });
      const r: AssessmentResponse = {
        id: `r${i}`,
        roundId: "r",
        leadershipId: row.leadership,
        submittedAt: "2025-09-10T10:00:00+02:00",
        answers,
        freeTexts: {},
      };
      if (row.grouping !== undefined) r.grouping = row.grouping;
      return r;
    }),
  );

const inScale = (v: number | null): boolean => v === null || (v >= 1 && v <= 5);
const means = (result: RoundResult) => ({
  items: result.items.map(({ mean, median, min, max, n, distribution }) => ({
    mean,
    median,
    min,
    max,
    n,
    distribution,
  })),
  leaderships: result.leaderships.map((l) => l.values.map((v) => v.value)),
});

describe("aggregateResponses properties", () => {
  it("keeps every mean, median, min, max and leadership value within the scale", () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const result = aggregate(responses);
        for (const item of result.items)
          for (const v of [item.mean, item.median, item.min, item.max]) expect(inScale(v)).toBe(true);
        for (const l of result.leaderships) {
          for (const v of l.values) expect(inScale(v.value)).toBe(true);
          expect(l.total === null || (l.total >= l.itemsAnswered && l.total <= 5 * l.itemsAnswered)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("does not depend on the order of the responses", () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.nat(), (responses, shift) => {
        const rotated =
          responses.length === 0
            ? []
            : [...responses.slice(shift % responses.length), ...responses.slice(0, shift % responses.length)];
        const expected = aggregate(responses);
        expect(aggregate([...responses].reverse())).toEqual(expected);
        expect(aggregate(rotated)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("changes no mean when a don't know is added, to a missing answer or as a new grouping", () => {
    fc.assert(
      fc.property(
        responsesArbitrary,
        fc.constantFrom(...ITEMS),
        fc.constantFrom(...LEADERSHIPS),
        (responses, itemId, leadershipId) => {
          const before = means(aggregate(responses));
          const filled = responses.map((r) =>
            r.answers[itemId] === undefined ? { ...r, answers: { ...r.answers, [itemId]: "dont-know" as const } } : r,
          );
          expect(means(aggregate(filled))).toEqual(before);
          const extra = {
            id: "extra",
            roundId: "r",
            leadershipId,
            grouping: "Ny gruppering",
            submittedAt: "2025-09-10T10:00:00+02:00",
            answers: { [itemId]: "dont-know" as const },
            freeTexts: {},
          };
          expect(means(aggregate([...responses, extra]))).toEqual(before);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("gives null, never NaN, for empty input and for responses without a value", () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const withoutValues = responses.map((r) => ({
          ...r,
          answers: Object.fromEntries(Object.keys(r.answers).map((k) => [k, "dont-know" as const])),
        }));
        for (const result of [aggregate([]), aggregate(withoutValues)]) {
          expect(hasNaN(result)).toBe(false);
          for (const item of result.items)
            expect([item.mean, item.median, item.min, item.max, item.n]).toEqual([null, null, null, null, 0]);
          for (const l of result.leaderships) expect(l.total).toBeNull();
        }
        expect(hasNaN(aggregate(responses))).toBe(false);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("has distribution counts (exact and binned) that sum to the number of leaderships with a value", () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const result = aggregate(responses);
        result.items.forEach((item, k) => {
          const withValue = result.leaderships.filter((l) => l.values[k]!.value !== null).length;
          expect(item.n).toBe(withValue);
          expect(item.distribution.exact.reduce((s, e) => s + e.count, 0)).toBe(withValue);
          expect(item.distribution.bins.reduce((s, b) => s + b.count, 0)).toBe(withValue);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("agrees with a direct computation: per leadership the mean of its groupings, per item the mean of those", () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const result = aggregate(responses);
        ITEMS.forEach((itemId, k) => {
          const values = LEADERSHIPS.flatMap((l) => {
            const own = responses
              .filter((r) => r.leadershipId === l)
              .map((r) => r.answers[itemId])
              .filter((a): a is number => typeof a === "number");
            return own.length === 0 ? [] : [own.reduce((s, v) => s + v, 0) / own.length];
          });
          const mean = values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
          if (mean === null) expect(result.items[k]!.mean).toBeNull();
          else expect(result.items[k]!.mean).toBeCloseTo(mean, 12);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
