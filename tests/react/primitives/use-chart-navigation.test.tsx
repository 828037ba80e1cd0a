// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChartTooltip } from "../../../packages/react/src/primitives/chart-tooltip.js";
import { useChartNavigation } from "../../../packages/react/src/primitives/use-chart-navigation.js";
import { DistributionChart } from "../../../packages/react/src/scoring/distribution-chart.js";
import { dalarna2025 } from "../../fixtures/scoring-rounds.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const markName = (row: number, index: number) => `Rad ${row + 1}, punkt ${index + 1}`;
const tipText = (row: number, index: number) => `Värde på rad ${row + 1}, punkt ${index + 1}`;

/** A chart of rows of marks, drawn through the hook, between two buttons. */
function Probe({ rows }: { readonly rows: readonly number[] }) {
  const navigation = useChartNavigation(rows);
  const open = navigation.tooltip;
  return (
    <div>
      <button type="button">Före</button>
      <svg role="group" aria-label="Provdiagram" viewBox="0 0 400 200">
        {rows.map((length, row) =>
          Array.from({ length }, (_, index) => (
            <rect
              key={`${row}:${index}`}
              {...navigation.getMarkProps(row, index)}
              x={index * 20}
              y={row * 20}
              width={10}
              height={10}
              role="img"
              aria-label={markName(row, index)}
            />
          )),
        )}
        {open === null ? null : (
          <ChartTooltip
            anchorX={open.index * 20}
            anchorY={open.row * 20}
            bounds={{ width: 400, height: 200 }}
            lines={[tipText(open.row, open.index)]}
            {...navigation.tooltipProps}
          />
        )}
      </svg>
      <button type="button">Efter</button>
    </div>
  );
}

const mark = (row: number, index: number) => screen.getByRole("img", { name: markName(row, index) });
const marks = () => within(screen.getByRole("group", { name: "Provdiagram" })).getAllByRole("img");
const tabStops = () => marks().filter((element) => element.getAttribute("tabindex") === "0");
/** The tooltip's text, or null when it is closed (it is aria-hidden, so it is found by its element). */
const tooltip = () => document.querySelector("foreignObject")?.textContent ?? null;

/** Rows of 3, 0 (an item without values), 2 and 1 marks. */
const ROWS: readonly number[] = [3, 0, 2, 1];

async function focusChart() {
  const user = userEvent.setup();
  render(<Probe rows={ROWS} />);
  await user.click(screen.getByRole("button", { name: "Före" }));
  await user.tab();
  return user;
}

describe("useChartNavigation", () => {
  it("gives the whole chart one tab stop, at first on the first mark", () => {
    render(<Probe rows={ROWS} />);
    expect(marks()).toHaveLength(ROWS.reduce((sum, n) => sum + n, 0));
    expect(tabStops()).toEqual([mark(0, 0)]);
    expect(marks().every((element) => ["0", "-1"].includes(element.getAttribute("tabindex") ?? ""))).toBe(true);
  });

  it("is passed with one Tab: into the chart and out again", async () => {
    const user = await focusChart();
    expect(document.activeElement).toBe(mark(0, 0));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Efter" }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(mark(0, 0));
  });

  it("moves right through every mark in reading order across rows, skipping empty rows, and stops at the last", async () => {
    const user = await focusChart();
    const visited = [document.activeElement];
    for (let i = 0; i < 6; i++) {
      await user.keyboard("{ArrowRight}");
      visited.push(document.activeElement);
    }
    expect(visited).toEqual([mark(0, 0), mark(0, 1), mark(0, 2), mark(2, 0), mark(2, 1), mark(3, 0), mark(3, 0)]);
  });

  it("moves left back through the marks and stops at the first", async () => {
    const user = await focusChart();
    await user.keyboard("{End}");
    const visited = [document.activeElement];
    for (let i = 0; i < 6; i++) {
      await user.keyboard("{ArrowLeft}");
      visited.push(document.activeElement);
    }
    expect(visited).toEqual([mark(3, 0), mark(2, 1), mark(2, 0), mark(0, 2), mark(0, 1), mark(0, 0), mark(0, 0)]);
  });

  it("moves down and up between rows, keeping the index where the row is long enough", async () => {
    const user = await focusChart();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(mark(0, 1));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(mark(2, 1));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(mark(0, 1));
    await user.keyboard("{ArrowRight}{ArrowDown}");
    // Row 3 has two marks: index 2 is clamped to its last.
    expect(document.activeElement).toBe(mark(2, 1));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(mark(3, 0));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(mark(3, 0));
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    expect(document.activeElement).toBe(mark(0, 0));
  });

  it("goes to the first and last mark with Home and End", async () => {
    const user = await focusChart();
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(mark(3, 0));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(mark(0, 0));
  });

  it("moves the one tab stop with focus, so Tab returns to the mark last visited", async () => {
    const user = await focusChart();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
    expect(tabStops()).toEqual([mark(2, 1)]);
    await user.tab();
    expect(tabStops()).toEqual([mark(2, 1)]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(mark(2, 1));
  });

  it("keeps arrows from scrolling the page, even at the ends, and leaves other keys alone", async () => {
    await focusChart();
    const first = mark(0, 0);
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.keyDown(first, { key: "ArrowLeft" })).toBe(false);
    expect(fireEvent.keyDown(first, { key: "ArrowUp" })).toBe(false);
    expect(fireEvent.keyDown(first, { key: "Home" })).toBe(false);
    expect(fireEvent.keyDown(first, { key: "Tab" })).toBe(true);
    expect(fireEvent.keyDown(first, { key: "a" })).toBe(true);
  });

  it("listens for keys on the marks only, never on the document or the window", async () => {
    const documentListeners = vi.spyOn(document, "addEventListener");
    const windowListeners = vi.spyOn(window, "addEventListener");
    const user = await focusChart();
    await user.keyboard("{ArrowRight}{ArrowDown}{Escape}{Home}");
    const keyTypes = (calls: readonly unknown[][]) =>
      calls.map(([type]) => type).filter((type) => typeof type === "string" && type.startsWith("key"));
    expect(keyTypes(documentListeners.mock.calls)).toEqual([]);
    expect(keyTypes(windowListeners.mock.calls)).toEqual([]);
    // A key pressed elsewhere on the page does not move the chart's focus.
    const before = screen.getByRole("button", { name: "Före" });
    await user.click(before);
    await user.keyboard("{ArrowRight}{End}");
    expect(document.activeElement).toBe(before);
    expect(tabStops()).toEqual([mark(0, 0)]);
  });

  it("opens the tooltip of the focused mark and follows focus", async () => {
    const user = await focusChart();
    expect(tooltip()).toBe(tipText(0, 0));
    await user.keyboard("{ArrowRight}");
    expect(tooltip()).toBe(tipText(0, 1));
    await user.tab();
    expect(tooltip()).toBeNull();
  });

  it("closes the tooltip on Esc while focus stays on the mark, and opens it again on the next move", async () => {
    const user = await focusChart();
    await user.keyboard("{ArrowRight}");
    expect(tooltip()).toBe(tipText(0, 1));
    await user.keyboard("{Escape}");
    expect(tooltip()).toBeNull();
    expect(document.activeElement).toBe(mark(0, 1));
    await user.keyboard("{ArrowRight}");
    expect(tooltip()).toBe(tipText(0, 2));
  });

  it("opens the tooltip of a hovered mark and closes it when the pointer leaves", async () => {
    const user = userEvent.setup();
    render(<Probe rows={ROWS} />);
    expect(tooltip()).toBeNull();
    await user.hover(mark(2, 1));
    expect(tooltip()).toBe(tipText(2, 1));
    await user.unhover(mark(2, 1));
    expect(tooltip()).toBeNull();
  });

  it("closes a hovered mark's tooltip on Esc", async () => {
    const user = await focusChart();
    await user.hover(mark(3, 0));
    expect(tooltip()).toBe(tipText(3, 0));
    await user.keyboard("{Escape}");
    expect(tooltip()).toBeNull();
    expect(document.activeElement).toBe(mark(0, 0));
  });

  it("lets Esc through to the page when no tooltip is open (a dialog around the chart still closes)", async () => {
    await focusChart();
    expect(tooltip()).toBe(tipText(0, 0));
    // The first Esc closes the tooltip and is consumed; the second has nothing to close and is not.
    expect(fireEvent.keyDown(mark(0, 0), { key: "Escape" })).toBe(false);
    expect(tooltip()).toBeNull();
    expect(fireEvent.keyDown(mark(0, 0), { key: "Escape" })).toBe(true);
  });

  it("keeps the hovered mark's tooltip while the pointer moves onto the tooltip (WCAG 1.4.13)", async () => {
    const user = userEvent.setup();
    render(<Probe rows={ROWS} />);
    await user.hover(mark(2, 1));
    const frame = document.querySelector("foreignObject")!;
    // One pointer move from the mark onto its tooltip: React sees the leave and the enter in one event.
    act(() => {
      fireEvent.pointerOut(mark(2, 1), { relatedTarget: frame });
    });
    expect(tooltip()).toBe(tipText(2, 1));
  });

  it("keeps the hovered mark's tooltip, not the last focused mark's, while the pointer is on the tooltip", async () => {
    const user = await focusChart();
    await user.keyboard("{ArrowRight}");
    await user.tab();
    await user.hover(mark(2, 1));
    expect(tooltip()).toBe(tipText(2, 1));
    const frame = document.querySelector("foreignObject")!;
    act(() => {
      fireEvent.pointerOut(mark(2, 1), { relatedTarget: frame });
    });
    expect(tooltip()).toBe(tipText(2, 1));
  });

  it("moves the tab stop back to the first mark when the data no longer has the mark it was on", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Probe rows={ROWS} />);
    await user.click(screen.getByRole("button", { name: "Före" }));
    await user.tab();
    await user.keyboard("{End}");
    expect(tabStops()).toEqual([mark(3, 0)]);
    rerender(<Probe rows={[2, 1]} />);
    expect(tabStops()).toEqual([mark(0, 0)]);
  });

  it("gives no mark a tab stop when every row is empty", () => {
    render(<Probe rows={[0, 0]} />);
    expect(within(screen.getByRole("group", { name: "Provdiagram" })).queryAllByRole("img")).toHaveLength(0);
    expect(document.querySelectorAll('svg [tabindex="0"]')).toHaveLength(0);
  });
});

describe("useChartNavigation in DistributionChart", () => {
  it("has one tab stop among all the figure's SVG marks, and arrows move across the histograms", async () => {
    const { result, goals } = dalarna2025();
    const user = userEvent.setup();
    render(<DistributionChart result={result} goals={goals} showCoverage={false} showFreeTexts={false} />);
    const figure = screen.getByRole("figure");
    const stops = () => Array.from(figure.querySelectorAll('svg [tabindex="0"]'));
    expect(stops()).toHaveLength(1);
    const groups = within(figure).getAllByRole("group", { name: /^Svarsfördelning per påstående: / });
    const barsOf = (group: HTMLElement) => within(group).getAllByRole("img");
    expect(stops()[0]).toBe(barsOf(groups[0]!)[0]);

    // The toolbar's two buttons come first; the third Tab reaches the chart's one stop.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(barsOf(groups[0]!)[0]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(barsOf(groups[1]!)[0]);
    await user.keyboard("{End}");
    const lastBars = barsOf(groups.at(-1)!);
    expect(document.activeElement).toBe(lastBars.at(-1));
    expect(stops()).toEqual([lastBars.at(-1)]);
  });
});
