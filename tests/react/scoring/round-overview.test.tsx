// @vitest-environment jsdom
import type { RoundResult } from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLocaleNumber } from "../../../packages/react/src/i18n/format.js";
import { RoundOverview } from "../../../packages/react/src/scoring/round-overview.js";
import { dalarna2025, emptyRound, type ScoringFixture } from "../../fixtures/scoring-rounds.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const FIGURE = "Alla påståenden i omgången";
const sv = (value: number, digits = 1) => formatLocaleNumber(value, "sv", { maximumFractionDigits: digits });

function itemTitle(item: RoundResult["items"][number], goals: ScoringFixture["goals"]): string {
  const index = goals.findIndex((goal) => goal.id === item.goalId);
  return index === -1 ? item.statement.sv : `Delmål ${index + 1} – ${goals[index]!.name.sv}`;
}

const leaderships = (count: number) => (count === 1 ? "1 systemledning" : `${count} systemledningar`);

describe("RoundOverview", () => {
  it("is a figure named 'Alla påståenden i omgången' with one strip per item, named by its title", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    const strips = within(figure).getAllByRole("group");
    expect(strips.map((strip) => strip.getAttribute("aria-label"))).toEqual(
      fixture.result.items.map((item) => itemTitle(item, fixture.goals)),
    );
  });

  it("draws one mark per item with a value, labelled with its mean, median, lowest, highest and count", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    const marks = within(figure).getAllByRole("img");
    const withValue = fixture.result.items.filter((item) => item.mean !== null);
    expect(marks).toHaveLength(withValue.length);
    expect(marks.map((mark) => mark.getAttribute("aria-label"))).toEqual(
      withValue.map(
        (item) =>
          `${itemTitle(item, fixture.goals)}: medelvärde ${sv(item.mean!)}, median ${sv(item.median!)}, från ${sv(item.min!)} till ${sv(item.max!)}, ${leaderships(item.n)}`,
      ),
    );
  });

  it("has one tab stop among its marks", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(figure.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
  });

  it("names the items with the highest and lowest mean in its takeaway", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    const sorted = [...fixture.result.items].sort((a, b) => a.mean! - b.mean!);
    const [low, high] = [sorted[0]!, sorted.at(-1)!];
    const caption = screen.getByRole("figure", { name: FIGURE }).querySelector("figcaption")!;
    expect(caption.textContent).toContain(
      `Högst medelvärde har ${itemTitle(high, fixture.goals)} (${sv(high.mean!)}), lägst ${itemTitle(low, fixture.goals)} (${sv(low.mean!)}).`,
    );
  });

  it("shows each item's mean beside its title", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    for (const item of fixture.result.items) {
      const title = screen.getByText(itemTitle(item, fixture.goals));
      expect(title.parentElement!.textContent).toBe(`${itemTitle(item, fixture.goals)}${sv(item.mean!)}`);
    }
  });

  it("opens the focused mark's tooltip with its mean, median and spread", async () => {
    const fixture = dalarna2025();
    const user = userEvent.setup();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} showCoverage={false} />);
    await user.tab();
    await user.tab();
    await user.tab();
    const first = fixture.result.items[0]!;
    expect(document.activeElement?.getAttribute("aria-label")).toContain(itemTitle(first, fixture.goals));
    const tooltip = document.querySelector("foreignObject");
    expect(tooltip?.textContent).toContain(`Medelvärde ${sv(first.mean!)} · Median ${sv(first.median!)}`);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.getAttribute("aria-label")).toContain(
      itemTitle(fixture.result.items[1]!, fixture.goals),
    );
  });

  it("shows the numbers of every item in its table", async () => {
    const fixture = dalarna2025();
    const user = userEvent.setup();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: FIGURE });
    const rows = within(within(table).getAllByRole("rowgroup")[1]!).getAllByRole("row");
    expect(rows).toHaveLength(fixture.result.items.length);
    fixture.result.items.forEach((item, index) => {
      expect(within(rows[index]!).getByRole("rowheader").textContent).toBe(itemTitle(item, fixture.goals));
      expect(
        within(rows[index]!)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ).toEqual([sv(item.mean!, 2), sv(item.median!, 2), sv(item.min!, 2), sv(item.max!, 2), String(item.n)]);
    });
  });

  it("draws no marks and says there are no values for a round nobody answered", () => {
    const fixture = emptyRound();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} />);
    const figure = screen.getByRole("figure", { name: FIGURE });
    expect(within(figure).queryAllByRole("img")).toHaveLength(0);
    expect(figure.querySelector("figcaption")!.textContent).toContain("Inga värden ännu");
    expect(within(figure).getAllByText("inget värde")).toHaveLength(fixture.result.items.length);
  });

  it("writes its texts in English with locale='en'", () => {
    const fixture = dalarna2025();
    render(<RoundOverview result={fixture.result} goals={fixture.goals} locale="en" />);
    expect(screen.getByRole("figure", { name: "All statements of the round" })).toBeTruthy();
    const first = fixture.result.items[0]!;
    expect(screen.getAllByRole("img")[0]!.getAttribute("aria-label")).toContain(
      `: mean ${formatLocaleNumber(first.mean!, "en")}, median`,
    );
  });

  it("shows an alert instead of failing the page when its result is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => render(<RoundOverview result={{} as never} onError={onError} />)).not.toThrow();
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
