// @vitest-environment jsdom
import type { RoundResult } from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLocaleNumber } from "../../../packages/react/src/i18n/format.js";
import { LeadershipComparison } from "../../../packages/react/src/scoring/leadership-comparison.js";
import { dalarna2025, emptyRound, type ScoringFixture } from "../../fixtures/scoring-rounds.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const sv = (value: number, digits = 1) => formatLocaleNumber(value, "sv", { maximumFractionDigits: digits });

function itemTitle(item: RoundResult["items"][number], goals: ScoringFixture["goals"]): string {
  const index = goals.findIndex((goal) => goal.id === item.goalId);
  return index === -1 ? item.statement.sv : `Delmål ${index + 1} – ${goals[index]!.name.sv}`;
}

const fixture = dalarna2025();
const responded = fixture.result.leaderships.filter((l) => l.responded);
const silent = fixture.result.leaderships.find((l) => !l.responded)!;
/** A leadership that answered every item but one (its value for that item is null). */
const partial = responded.find((l) => l.values.some((v) => v.value === null)) ?? responded[0]!;

describe("LeadershipComparison", () => {
  it.each(responded.map((l) => [l.name, l] as const))(
    "draws %s's value per item against the county mean",
    (_name, leadership) => {
      render(
        <LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={leadership.leadershipId} />,
      );
      const figure = screen.getByRole("figure", { name: `${leadership.name} jämfört med länet` });
      const expected = fixture.result.items.flatMap((item) => {
        const value = leadership.values.find((v) => v.itemId === item.itemId)?.value ?? null;
        return value === null
          ? []
          : [`${itemTitle(item, fixture.goals)}: ${leadership.name} ${sv(value)}, länets medelvärde ${sv(item.mean!)}`];
      });
      expect(
        within(figure)
          .getAllByRole("img")
          .map((mark) => mark.getAttribute("aria-label")),
      ).toEqual(expected);
    },
  );

  it("counts the items above and below the county mean in its takeaway", () => {
    for (const leadership of responded) {
      const pairs = fixture.result.items
        .map((item) => ({
          value: leadership.values.find((v) => v.itemId === item.itemId)?.value ?? null,
          mean: item.mean,
        }))
        .filter((pair): pair is { value: number; mean: number } => pair.value !== null && pair.mean !== null);
      const above = pairs.filter((pair) => pair.value > pair.mean).length;
      const below = pairs.filter((pair) => pair.value < pair.mean).length;
      const { unmount } = render(
        <LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={leadership.leadershipId} />,
      );
      const caption = screen.getByRole("figure").querySelector("figcaption")!;
      expect(caption.textContent).toContain(
        `${leadership.name} skattar sig över länets medelvärde på ${above} av ${pairs.length} påståenden och under på ${below}.`,
      );
      unmount();
    }
  });

  it("leaves out the mark of an item the leadership gave no value", () => {
    const missing = partial.values.filter((v) => v.value === null).length;
    expect(missing).toBeGreaterThan(0);
    render(<LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={partial.leadershipId} />);
    expect(screen.getAllByRole("img")).toHaveLength(fixture.result.items.length - missing);
    expect(screen.getAllByText("inget värde").length).toBeGreaterThanOrEqual(missing);
  });

  it("says that a leadership that did not respond has not answered, and draws no marks", () => {
    render(<LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={silent.leadershipId} />);
    const figure = screen.getByRole("figure", { name: `${silent.name} jämfört med länet` });
    expect(figure.querySelector("figcaption")!.textContent).toContain(`${silent.name} har inte svarat i omgången.`);
    expect(within(figure).queryAllByRole("img")).toHaveLength(0);
  });

  it("says nobody has answered for every leadership of an empty round", () => {
    const empty = emptyRound();
    const leadership = empty.result.leaderships[0]!;
    render(<LeadershipComparison result={empty.result} goals={empty.goals} leadershipId={leadership.leadershipId} />);
    expect(screen.getByText(new RegExp(`${leadership.name} har inte svarat i omgången`))).toBeTruthy();
    expect(screen.queryAllByRole("img")).toHaveLength(0);
  });

  it("offers the leaderships that responded in a list and reports the choice", async () => {
    const user = userEvent.setup();
    const onLeadershipChange = vi.fn();
    render(
      <LeadershipComparison
        result={fixture.result}
        goals={fixture.goals}
        leadershipId={responded[0]!.leadershipId}
        onLeadershipChange={onLeadershipChange}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Välj systemledning" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(responded.map((l) => l.name));
    await user.selectOptions(select, responded[1]!.leadershipId);
    expect(onLeadershipChange).toHaveBeenCalledExactlyOnceWith(responded[1]!.leadershipId);
  });

  it("keeps the shown leadership selected in the list even when it has not answered", () => {
    render(
      <LeadershipComparison
        result={fixture.result}
        goals={fixture.goals}
        leadershipId={silent.leadershipId}
        onLeadershipChange={() => undefined}
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>("combobox", { name: "Välj systemledning" });
    // Otherwise the list shows another leadership than the figure, and choosing that one changes nothing.
    expect(select.value).toBe(silent.leadershipId);
  });

  it("shows no list without onLeadershipChange", () => {
    render(
      <LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={responded[0]!.leadershipId} />,
    );
    expect(screen.queryByRole("combobox")).toBeNull();
  });

  it("shows the leadership's value and the county's numbers per item in its table", async () => {
    const user = userEvent.setup();
    const leadership = responded[0]!;
    render(
      <LeadershipComparison result={fixture.result} goals={fixture.goals} leadershipId={leadership.leadershipId} />,
    );
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: `${leadership.name} jämfört med länet` });
    const rows = within(within(table).getAllByRole("rowgroup")[1]!).getAllByRole("row");
    fixture.result.items.forEach((item, index) => {
      const value = leadership.values[index]!.value;
      expect(within(rows[index]!).getByRole("rowheader").textContent).toBe(itemTitle(item, fixture.goals));
      expect(
        within(rows[index]!)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ).toEqual([
        value === null ? "–inget värde" : sv(value, 2),
        sv(item.mean!, 2),
        sv(item.min!, 2),
        sv(item.max!, 2),
      ]);
    });
  });

  it("writes its texts in English with locale='en'", () => {
    const leadership = responded[0]!;
    render(
      <LeadershipComparison
        result={fixture.result}
        goals={fixture.goals}
        leadershipId={leadership.leadershipId}
        locale="en"
        onLeadershipChange={() => undefined}
      />,
    );
    expect(screen.getByRole("figure", { name: `${leadership.name} compared with the county` })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Choose a leadership" })).toBeTruthy();
  });

  it("shows an alert instead of failing the page when its result is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() =>
      render(<LeadershipComparison result={{} as never} leadershipId="ls-falun" onError={onError} />),
    ).not.toThrow();
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
