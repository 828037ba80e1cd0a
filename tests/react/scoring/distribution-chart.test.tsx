// @vitest-environment jsdom
import { aggregateResponses, type AssessmentResponse, type RoundResult } from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLocaleNumber } from "../../../packages/react/src/i18n/format.js";
import { DistributionChart } from "../../../packages/react/src/scoring/distribution-chart.js";
import {
  allDontKnowRound,
  dalarna2025,
  emptyRound,
  longTextRound,
  oneLeadershipRound,
  type ScoringFixture,
} from "../../fixtures/scoring-rounds.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SEED = 20261122;
const FIGURE = "Svarsfördelning per påstående";
const sv = (value: number, digits = 1) => formatLocaleNumber(value, "sv", { maximumFractionDigits: digits });

/** "Delmål 2 – Nära för alla": the item's goal, numbered in the profile's order. */
function itemTitle(item: RoundResult["items"][number], goals: ScoringFixture["goals"]): string {
  const index = goals.findIndex((goal) => goal.id === item.goalId);
  return index === -1 ? item.statement.sv : `Delmål ${index + 1} – ${goals[index]!.name.sv}`;
}

/** "3 systemledningar", "1 systemledning". */
const leaderships = (count: number) => (count === 1 ? "1 systemledning" : `${count} systemledningar`);

/** A bin's scale text: "3 – Stämmer ganska bra", or "2,5 (mellan 2 och 3)" for a half step. */
function binText(result: RoundResult, value: number): string {
  const step = result.scale.steps.find((s) => s.value === value);
  return step === undefined
    ? `${sv(value, 2)} (mellan ${Math.floor(value)} och ${Math.floor(value) + 1})`
    : `${value} – ${step.label.sv}`;
}

function renderChart(fixture: ScoringFixture, props: Partial<Parameters<typeof DistributionChart>[0]> = {}) {
  const user = userEvent.setup();
  const view = render(<DistributionChart result={fixture.result} goals={fixture.goals} {...props} />);
  return { user, ...view };
}

describe("DistributionChart", () => {
  it("is a figure titled and named 'Svarsfördelning per påstående' with the coverage under its takeaway", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    const figure = screen.getByRole("figure", { name: FIGURE });
    const { answered, asked } = fixture.result.coverage;
    expect(within(figure).getByText(new RegExp(`^${answered} av ${asked} systemledningar svarade`))).toBeTruthy();
  });

  it("states the lowest and highest mean in its takeaway", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    const sorted = [...fixture.result.items].sort((a, b) => a.mean! - b.mean!);
    const [low, high] = [sorted[0]!, sorted.at(-1)!];
    const caption = screen.getByRole("figure", { name: FIGURE }).querySelector("figcaption")!;
    expect(caption.textContent).toContain(
      `Medelvärdena ligger mellan ${sv(low.mean!)} (${itemTitle(low, fixture.goals)}) och ${sv(high.mean!)} (${itemTitle(high, fixture.goals)}) på skalan ${fixture.result.scale.min}–${fixture.result.scale.max}.`,
    );
  });

  it("draws one group per item, named by its goal", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    const groups = screen.getAllByRole("group", { name: new RegExp(`^${FIGURE}: `) });
    expect(groups.map((group) => group.getAttribute("aria-label"))).toEqual(
      fixture.result.items.map((item) => `${FIGURE}: ${itemTitle(item, fixture.goals)}`),
    );
    expect(groups.map((group) => group.getAttribute("aria-label"))).toEqual(
      fixture.goals.map((goal, index) => `${FIGURE}: Delmål ${index + 1} – ${goal.name.sv}`),
    );
  });

  it("names every bar with its item, its scale value and the count the core computed", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    fixture.result.items.forEach((item) => {
      const title = itemTitle(item, fixture.goals);
      const group = screen.getByRole("group", { name: `${FIGURE}: ${title}` });
      const names = within(group)
        .getAllByRole("img")
        .map((bar) => bar.getAttribute("aria-label"));
      expect(names).toEqual(
        item.distribution.bins.map(
          (bin) => `${title}: ${binText(fixture.result, bin.value)}, ${leaderships(bin.count)}`,
        ),
      );
    });
  });

  it("marks each item's mean and writes its mean, median and count under it", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    for (const item of fixture.result.items) {
      const group = screen.getByRole("group", { name: `${FIGURE}: ${itemTitle(item, fixture.goals)}` });
      expect(within(group).getByText(`Medel ${sv(item.mean!)}`)).toBeTruthy();
    }
    const facts = fixture.result.items.map(
      (item) => `Medelvärde ${sv(item.mean!)} · Median ${sv(item.median!)} · ${leaderships(item.n)}`,
    );
    for (const text of facts) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
  });

  it("lists each item's free texts with the leadership (and grouping) that wrote them", () => {
    const fixture = dalarna2025();
    renderChart(fixture);
    const names = new Map(fixture.result.leaderships.map((l) => [l.leadershipId, l.name]));
    const entries = fixture.result.items.flatMap((item) => item.freeTexts);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const quote = screen.getByText(entry.text);
      const by =
        entry.grouping === null
          ? names.get(entry.leadershipId!)!
          : `${names.get(entry.leadershipId!)!}, ${entry.grouping}`;
      expect(quote.closest("li")!.textContent).toBe(`${entry.text} – ${by}`);
    }
    for (const item of fixture.result.items) {
      expect(
        screen.getAllByRole("heading", { name: `Svar i fritext (${item.freeTexts.length})` }).length,
      ).toBeGreaterThan(0);
    }
  });

  it("renders hostile free texts as the text they are", () => {
    const fixture = longTextRound();
    const { container } = renderChart(fixture);
    const texts = [...new Set(fixture.result.items.flatMap((item) => item.freeTexts.map((entry) => entry.text)))];
    expect(texts.some((text) => text.includes("<img"))).toBe(true);
    for (const text of texts) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("[onerror]")).toBeNull();
  });

  it("says 'Inga värden ännu' and draws no marks for a round nobody answered", () => {
    const fixture = emptyRound();
    renderChart(fixture);
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(
      within(figure).getAllByText("Inga värden ännu: ingen har svarat med ett värde.").length,
    ).toBeGreaterThanOrEqual(fixture.result.items.length);
    expect(within(figure).queryAllByRole("img")).toHaveLength(0);
    expect(figure.querySelectorAll('[tabindex="0"]')).toHaveLength(0);
  });

  it("shows the 'Vet ej' count of every item when every answer was 'don't know'", () => {
    const fixture = allDontKnowRound();
    expect(fixture.result.dontKnowAllowed).toBe(true);
    renderChart(fixture);
    for (const item of fixture.result.items) {
      expect(item.dontKnow).toBeGreaterThan(0);
      expect(screen.getAllByText(new RegExp(`Vet ej: ${item.dontKnow}$`)).length).toBeGreaterThan(0);
    }
    expect(screen.queryAllByRole("img")).toHaveLength(0);
  });

  it("counts 0 or 1 in every bar when one leadership answered", () => {
    const fixture = oneLeadershipRound();
    renderChart(fixture);
    const bars = screen.getAllByRole("img");
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.getAttribute("aria-label")).toMatch(/, (0 systemledningar|1 systemledning)$/);
  });

  it("states the one mean when only one item has values", () => {
    const base = dalarna2025();
    const round = base.workspace.assessmentRounds.find((r) => r.id === base.result.roundId)!;
    const [first] = base.instrument.items;
    // One response that answers only the first statement: the other items have no value (never 0).
    const response = {
      id: "svar-1",
      roundId: round.id,
      leadershipId: round.leadershipIds[0]!,
      submittedAt: "2025-10-14T09:30:00+02:00",
      answers: { [first!.id]: 4 },
      freeTexts: {},
    } as AssessmentResponse;
    const result = aggregateResponses({
      round,
      instrument: base.instrument,
      responses: [response],
      minComparableCoverage: 0.6,
    });
    expect(result.items.filter((item) => item.mean !== null)).toHaveLength(1);
    renderChart({ ...base, result });
    const caption = screen.getByRole("figure", { name: FIGURE }).querySelector("figcaption")!;
    expect(caption.textContent).toContain(
      `Medelvärdet är ${sv(result.items[0]!.mean!)} på skalan ${result.scale.min}–${result.scale.max}, från 1 svar.`,
    );
    expect(screen.getAllByText("Inga värden ännu: ingen har svarat med ett värde.")).toHaveLength(
      result.items.length - 1,
    );
  });

  it("writes its texts in English with locale='en'", () => {
    const fixture = dalarna2025();
    renderChart(fixture, { locale: "en" });
    expect(screen.getByRole("figure", { name: "Distribution of answers per statement" })).toBeTruthy();
    const first = fixture.result.items[0]!;
    const goal = fixture.goals.find((g) => g.id === first.goalId)!;
    expect(
      screen.getByRole("group", {
        name: `Distribution of answers per statement: Goal 1 – ${goal.name.en ?? goal.name.sv}`,
      }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Show as table" })).toBeTruthy();
  });

  it("uses a given title and heading level", () => {
    renderChart(dalarna2025(), { title: "Bilaga 1", headingLevel: 2 });
    expect(screen.getByRole("figure", { name: "Bilaga 1" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Bilaga 1" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3 }).length).toBeGreaterThanOrEqual(5);
  });

  it("shows every item's title and every count the core computed in its table (A2)", async () => {
    const fixture = dalarna2025();
    const { user } = renderChart(fixture);
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: FIGURE });
    expectTableMatches(table, fixture.result, fixture.goals);
  });

  it("shows a table that matches any round's result (A2, property)", async () => {
    const base = dalarna2025();
    const round = base.workspace.assessmentRounds.find((r) => r.id === base.result.roundId)!;
    const names = new Map(base.workspace.leaderships.map((l) => [l.id, l.name]));
    const answer = fc.integer({ min: base.instrument.scale.min, max: base.instrument.scale.max });
    const responsesOf = fc.array(
      fc.tuple(
        fc.constantFrom(...round.leadershipIds),
        fc.array(answer, { minLength: base.instrument.items.length, maxLength: base.instrument.items.length }),
        fc.boolean(),
      ),
      { maxLength: 14 },
    );
    await fc.assert(
      fc.asyncProperty(responsesOf, async (drawn) => {
        const responses: AssessmentResponse[] = drawn.map(([leadershipId, answers, secondGrouping], index) => ({
          id: `svar-${index}`,
          roundId: round.id,
          leadershipId,
          // Two groupings of one leadership that answer differently give half steps.
          ...(secondGrouping ? { grouping: `Gruppering ${index}` } : {}),
          submittedAt: "2025-10-14T09:30:00+02:00",
          answers: Object.fromEntries(base.instrument.items.map((item, i) => [item.id, answers[i]!])),
          freeTexts: {},
        }));
        const result = aggregateResponses({
          round,
          instrument: base.instrument,
          responses,
          minComparableCoverage: 0.6,
          leadershipNames: names,
        });
        const user = userEvent.setup();
        render(<DistributionChart result={result} goals={base.goals} showFreeTexts={false} />);
        await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
        expectTableMatches(await screen.findByRole("table", { name: FIGURE }), result, base.goals);
        cleanup();
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it("shows an alert instead of failing the page when its result is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => render(<DistributionChart result={{} as never} onError={onError} />)).not.toThrow();
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

/** Every item's title as a row header and every drawn bin's count, n and "don't know" in its row. */
function expectTableMatches(table: HTMLElement, result: RoundResult, goals: ScoringFixture["goals"]) {
  const body = within(table).getAllByRole("rowgroup")[1]!;
  const rows = within(body).getAllByRole("row");
  expect(rows).toHaveLength(result.items.length);
  const halfSteps = result.items.some((item) =>
    item.distribution.bins.some((bin) => !Number.isInteger(bin.value) && bin.count > 0),
  );
  const headers = within(table)
    .getAllByRole("columnheader")
    .map((header) => header.textContent);
  result.items.forEach((item, index) => {
    const row = rows[index]!;
    expect(within(row).getByRole("rowheader").textContent).toBe(itemTitle(item, goals));
    const cells = within(row)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    const drawn = item.distribution.bins.filter((bin) => halfSteps || Number.isInteger(bin.value));
    expect(cells.slice(0, drawn.length)).toEqual(drawn.map((bin) => String(bin.count)));
    expect(headers.slice(1, drawn.length + 1)).toEqual(drawn.map((bin) => binText(result, bin.value)));
    expect(cells).toContain(String(item.n));
    expect(cells[drawn.length]).toBe(item.mean === null ? "–inget värde" : sv(item.mean, 2));
  });
}
