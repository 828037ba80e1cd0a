// @vitest-environment jsdom
import type { AssessmentTrend } from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLocaleNumber } from "../../../packages/react/src/i18n/format.js";
import { KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import { getTrendGeometry, TREND_SIZE, TrendChart } from "../../../packages/react/src/scoring/trend-chart.js";
import { dalarnaTrend } from "../../fixtures/scoring-rounds.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SEED = 20261122;
const FIGURE = "Utveckling över tid";
const sv = (value: number, digits = 1) => formatLocaleNumber(value, "sv", { maximumFractionDigits: digits });

const dalarna = dalarnaTrend();

function goalTitle(itemId: string): string {
  const goalId = dalarna.instrument.items.find((item) => item.id === itemId)?.goalId;
  const index = dalarna.goals.findIndex((goal) => goal.id === goalId);
  return `Delmål ${index + 1} – ${dalarna.goals[index]!.name.sv}`;
}

/** The trend cut to its rounds at `indexes`, as if the instrument had only those. */
function onlyRounds(trend: AssessmentTrend, indexes: readonly number[]): AssessmentTrend {
  const ids = new Set(indexes.map((i) => trend.rounds[i]!.roundId));
  return {
    ...trend,
    rounds: trend.rounds.filter((round) => ids.has(round.roundId)),
    steps: trend.steps.filter((step) => ids.has(step.roundIdA) && ids.has(step.roundIdB)),
    items: trend.items.map((item) => ({ ...item, points: item.points.filter((point) => ids.has(point.roundId)) })),
  };
}

describe("TrendChart", () => {
  const excluded = dalarna.trend.rounds.filter((round) => !round.comparability.comparable);
  const comparable = dalarna.trend.rounds.filter((round) => round.comparability.comparable);

  it("draws a point for every comparable round and none for a round below the minimum coverage", () => {
    expect(excluded.length).toBeGreaterThan(0);
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    for (const round of excluded)
      expect(within(figure).queryAllByRole("img", { name: new RegExp(round.title) })).toHaveLength(0);
    for (const round of comparable)
      expect(within(figure).getAllByRole("img", { name: new RegExp(round.title) })).toHaveLength(
        dalarna.trend.items.length,
      );
  });

  it("names each point with its item, round and mean as the core computed it", () => {
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    const expected = dalarna.trend.items.flatMap((item) =>
      item.points.flatMap((point) => {
        const round = dalarna.trend.rounds.find((r) => r.roundId === point.roundId)!;
        return point.value === null ? [] : [`${goalTitle(item.itemId)}, ${round.title}: ${sv(point.value, 2)}`];
      }),
    );
    expect(screen.getAllByRole("img").map((mark) => mark.getAttribute("aria-label"))).toEqual(expected);
  });

  it("draws one panel per item, named by its goal", () => {
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    expect(screen.getAllByRole("group").map((group) => group.getAttribute("aria-label"))).toEqual(
      dalarna.trend.items.map((item) => `${FIGURE}: ${goalTitle(item.itemId)}`),
    );
  });

  it("explains in words why an excluded round is left out, with its coverage", () => {
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(within(figure).getByText(KIT_MESSAGES.trendRoundsHeading.sv)).toBeTruthy();
    for (const round of excluded) {
      const reason = within(figure).getByText(`${round.title} ingår inte: ${round.comparability.message.sv}`);
      const { answered, asked } = round.coverage;
      expect(reason.textContent).toContain(`${answered} av ${asked}`);
    }
    expect(within(figure).getByText(/Självskattning 2025 ingår inte: .*6 av 13/)).toBeTruthy();
  });

  it("says how many rounds are drawn in its takeaway", () => {
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    const caption = screen.getByRole("figure", { name: FIGURE }).querySelector("figcaption")!;
    expect(caption.textContent).toContain(
      `${comparable.length} av ${dalarna.trend.rounds.length} omgångar nådde lägsta svarsandel`,
    );
  });

  it("draws no marks and says 'Ingen utveckling visas' when fewer than two rounds can be compared", () => {
    const last = dalarna.trend.rounds.length - 1;
    render(
      <TrendChart trend={onlyRounds(dalarna.trend, [last])} instrument={dalarna.instrument} goals={dalarna.goals} />,
    );
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(within(figure).queryAllByRole("img")).toHaveLength(0);
    expect(
      within(figure).getAllByText("Ingen utveckling visas: färre än två omgångar går att jämföra.").length,
    ).toBeGreaterThan(0);
    expect(within(figure).queryByText(/Tabba till diagrammet/)).toBeNull();
  });

  it("draws no line from one comparable round alone", () => {
    const first = dalarna.trend.rounds.findIndex((round) => round.comparability.comparable);
    render(
      <TrendChart trend={onlyRounds(dalarna.trend, [first])} instrument={dalarna.instrument} goals={dalarna.goals} />,
    );
    expect(screen.queryAllByRole("img")).toHaveLength(0);
    expect(screen.getAllByText(/Ingen utveckling visas/).length).toBeGreaterThan(0);
  });

  it("has one tab stop over all its points, and arrows move between rounds and items", async () => {
    const user = userEvent.setup();
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(figure.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    const first = figure.querySelector<SVGElement>('svg [tabindex="0"]')!;
    first.focus();
    await user.keyboard("{ArrowRight}");
    const [item0, item1] = dalarna.trend.items;
    expect(document.activeElement?.getAttribute("aria-label")).toBe(
      `${goalTitle(item0!.itemId)}, ${comparable[1]!.title}: ${sv(item0!.points[1]!.value!, 2)}`,
    );
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.getAttribute("aria-label")).toBe(
      `${goalTitle(item1!.itemId)}, ${comparable[1]!.title}: ${sv(item1!.points[1]!.value!, 2)}`,
    );
  });

  it("lists every round in its table, marking the ones that are not comparable", async () => {
    const user = userEvent.setup();
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} />);
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: FIGURE });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers.slice(1)).toEqual(
      dalarna.trend.rounds.map((round) =>
        round.comparability.comparable ? round.title : `${round.title} (inte jämförbar över tid)`,
      ),
    );
    const rows = within(within(table).getAllByRole("rowgroup")[1]!).getAllByRole("row");
    dalarna.trend.items.forEach((item, index) => {
      expect(within(rows[index]!).getByRole("rowheader").textContent).toBe(goalTitle(item.itemId));
      expect(
        within(rows[index]!)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ).toEqual(item.points.map((point) => (point.value === null ? "–inget värde" : sv(point.value, 2))));
    });
  });

  it("writes its texts in English with locale='en'", () => {
    render(<TrendChart trend={dalarna.trend} instrument={dalarna.instrument} goals={dalarna.goals} locale="en" />);
    expect(screen.getByRole("figure", { name: "Change over time" })).toBeTruthy();
    for (const round of excluded)
      expect(screen.getByText(`${round.title} is left out: ${round.comparability.message.en}`)).toBeTruthy();
  });

  it("shows an alert instead of failing the page when its trend is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => render(<TrendChart trend={{} as never} onError={onError} />)).not.toThrow();
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe("getTrendGeometry", () => {
  const titles = new Map(dalarna.trend.items.map((item) => [item.itemId, goalTitle(item.itemId)]));

  it("joins only consecutive rounds the core judged comparable", () => {
    const geometry = getTrendGeometry(dalarna.trend, dalarna.instrument.scale, titles);
    const comparableSteps = dalarna.trend.steps
      .filter((step) => step.comparable)
      .map((step) => [step.roundIdA, step.roundIdB]);
    expect(comparableSteps.length).toBeGreaterThan(0);
    for (const panel of geometry.panels) {
      expect(panel.segments.map((segment) => [segment.from.roundId, segment.to.roundId])).toEqual(comparableSteps);
    }
    expect(geometry.drawsLines).toBe(true);
  });

  it("puts points only where a round has a value, at the round's tick and the value's height", () => {
    const geometry = getTrendGeometry(dalarna.trend, dalarna.instrument.scale, titles);
    const tickX = new Map(geometry.xTicks.map((tick) => [tick.roundId, tick.x]));
    const { min, max } = dalarna.instrument.scale;
    geometry.panels.forEach((panel, index) => {
      const item = dalarna.trend.items[index]!;
      expect(panel.title).toBe(goalTitle(item.itemId));
      expect(panel.points.map((point) => point.roundId)).toEqual(
        item.points.filter((point) => point.value !== null).map((point) => point.roundId),
      );
      for (const point of panel.points) {
        expect(point.x).toBe(tickX.get(point.roundId));
        const share = (point.value - min) / (max - min);
        expect(point.y).toBeCloseTo(
          TREND_SIZE.height - TREND_SIZE.bottom - share * (TREND_SIZE.height - TREND_SIZE.bottom - TREND_SIZE.top),
          9,
        );
      }
    });
    expect(geometry.xTicks.map((tick) => tick.comparable)).toEqual(
      dalarna.trend.rounds.map((round) => round.comparability.comparable),
    );
  });

  it("never bridges a gap: a segment needs both rounds' values and a comparable step between them (property)", () => {
    const roundIds = ["r1", "r2", "r3", "r4", "r5"];
    const trendArbitrary = fc
      .record({
        count: fc.integer({ min: 1, max: 5 }),
        comparableRound: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        comparableStep: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        values: fc.array(
          fc.array(fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }), {
            minLength: 5,
            maxLength: 5,
          }),
          { minLength: 1, maxLength: 4 },
        ),
      })
      .map(({ count, comparableRound, comparableStep, values }) => {
        const ids = roundIds.slice(0, count);
        return {
          instrumentId: "instrument",
          rounds: ids.map((roundId, i) => ({
            roundId,
            title: roundId,
            comparability: { comparable: comparableRound[i]! },
          })),
          steps: ids.slice(1).map((roundIdB, i) => ({ roundIdA: ids[i]!, roundIdB, comparable: comparableStep[i]! })),
          items: values.map((row, i) => ({
            itemId: `item-${i}`,
            statement: { sv: `Påstående ${i}` },
            points: ids.map((roundId, r) => ({ roundId, value: row[r]! })),
          })),
          leaderships: [],
        } as unknown as AssessmentTrend;
      });
    fc.assert(
      fc.property(trendArbitrary, (trend) => {
        const geometry = getTrendGeometry(trend, { min: 1, max: 5 }, new Map());
        const stepComparable = new Map(
          trend.steps.map((step) => [`${step.roundIdA}>${step.roundIdB}`, step.comparable]),
        );
        geometry.panels.forEach((panel, index) => {
          const points = trend.items[index]!.points;
          const expected = points.slice(1).flatMap((b, i) => {
            const a = points[i]!;
            return a.value !== null && b.value !== null && stepComparable.get(`${a.roundId}>${b.roundId}`) === true
              ? [[a.roundId, b.roundId]]
              : [];
          });
          expect(panel.segments.map((segment) => [segment.from.roundId, segment.to.roundId])).toEqual(expected);
          expect(panel.points).toHaveLength(points.filter((point) => point.value !== null).length);
          for (const point of panel.points) {
            expect(point.y).toBeGreaterThanOrEqual(TREND_SIZE.top - 1e-9);
            expect(point.y).toBeLessThanOrEqual(TREND_SIZE.height - TREND_SIZE.bottom + 1e-9);
          }
        });
        expect(geometry.drawsLines).toBe(geometry.panels.some((panel) => panel.segments.length > 0));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
