// @vitest-environment jsdom
/**
 * The indicator panel as a reader meets it: indicators by delmål, each seen against the county and the
 * country, verdicts in words, gaps never drawn as zero, preliminary values marked, the values' own source,
 * the K/M/T switch only where values are split, the table alternative, keyboard through the points, and a
 * clear empty state for Kalmar.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { IndicatorPanel } from "../../../packages/react/src/indicator-panel/index.js";
import { loadSample } from "../../../stories/src/sample.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const ws = loadSample();

function figure(name: string | RegExp) {
  return screen.getByRole("figure", { name });
}

describe("IndicatorPanel", () => {
  it("groups the indicators under their delmål headings, one figure per indicator", () => {
    render(<IndicatorPanel workspace={ws} />);
    expect(screen.getByRole("heading", { level: 2, name: "Indikatorer per delmål" })).toBeTruthy();
    const goals = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(goals.length).toBeGreaterThan(1);
    expect(screen.getAllByRole("figure")).toHaveLength(6);
  });

  it("shows each indicator against the county and the country, with direct labels and named points", () => {
    render(<IndicatorPanel workspace={ws} />);
    const chart = within(figure(/Återinskrivning/)).getByRole("group");
    expect(within(chart).getAllByRole("img", { name: /^Region Dalarna \d{4}: / }).length).toBeGreaterThan(0);
    expect(within(chart).getAllByRole("img", { name: /^Riket \d{4}: / }).length).toBeGreaterThan(0);
    expect(chart.querySelectorAll("text.sl-indicator-label")).toHaveLength(2);
  });

  it("never draws a missing value: the gap breaks the line and the note says so", () => {
    render(<IndicatorPanel workspace={ws} />);
    const f = figure(/Återinskrivning/);
    // Malung-Sälen (2023) lacks 2024: it has three points, not four, and none at zero.
    expect(within(f).getAllByRole("img", { name: /^Malung-Sälen / })).toHaveLength(3);
    expect(within(f).queryByRole("img", { name: /: 0 %/ })).toBeNull();
    expect(within(f).getByText(/värden? saknas och bryter linjen/)).toBeTruthy();
  });

  it("names preliminary points as preliminary and draws them hollow", () => {
    render(<IndicatorPanel workspace={ws} />);
    const point = within(figure(/Återinskrivning/)).getByRole("img", { name: /^Region Dalarna 2024: .*preliminärt/ });
    expect(point.getAttribute("data-status")).toBe("preliminary");
  });

  it("gives the verdict in words with an arrow, never colour alone", () => {
    render(<IndicatorPanel workspace={ws} />);
    const items = within(figure(/Återinskrivning/)).getAllByRole("listitem");
    const verdict = items.find((li) => li.classList.contains("sl-indicator-verdict"))!;
    expect(verdict.textContent).toMatch(/^[↑↓→↗↘–] Region Dalarna: (Förbättring|Försämring|Ingen tydlig förändring)/);
  });

  it("prints the values' own attribution, so invented sample values never claim Kolada", () => {
    render(<IndicatorPanel workspace={ws} />);
    expect(screen.getAllByText("Källa: påhittade exempelvärden (inte Kolada)")).toHaveLength(6);
    expect(screen.queryByText(/^Källa: Kolada/)).toBeNull();
  });

  it("offers K/M/T only where the values are split by gender, and redraws on a switch", async () => {
    const user = userEvent.setup();
    render(<IndicatorPanel workspace={ws} />);
    expect(screen.getAllByRole("group", { name: "Kön" })).toHaveLength(1);
    const f = figure(/Brukarbedömning/);
    const before = within(f)
      .getByRole("img", { name: /^Region Dalarna 2021: / })
      .getAttribute("aria-label");
    await user.click(within(f).getByRole("radio", { name: "Kvinnor" }));
    const after = within(f)
      .getByRole("img", { name: /^Region Dalarna 2021: / })
      .getAttribute("aria-label");
    expect(after).not.toBe(before);
  });

  it("follows a local leadership: its municipalities, and a verdict for each", () => {
    render(<IndicatorPanel workspace={ws} leadershipId="ls-vasterbergslagen" />);
    const f = figure(/Återinskrivning/);
    expect(within(f).getAllByRole("img", { name: /^Ludvika / }).length).toBeGreaterThan(0);
    expect(within(f).queryAllByRole("img", { name: /^Falun / })).toHaveLength(0);
    const verdicts = within(f)
      .getAllByRole("listitem")
      .filter((li) => li.classList.contains("sl-indicator-verdict"))
      .map((li) => li.textContent);
    expect(verdicts).toEqual([expect.stringMatching(/ Ludvika: /), expect.stringMatching(/ Smedjebacken: /)]);
  });

  it("has one tab stop per chart and moves through the points with the arrow keys", async () => {
    const user = userEvent.setup();
    render(<IndicatorPanel workspace={ws} indicatorIds={["aterinskrivning-65"]} />);
    const marks = within(figure(/Återinskrivning/)).getAllByRole("img");
    expect(marks.filter((m) => m.getAttribute("tabindex") === "0")).toHaveLength(1);
    const first = marks.find((m) => m.getAttribute("tabindex") === "0")!;
    first.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/2022/);
  });

  it("opens the table alternative with the marks in words", async () => {
    const user = userEvent.setup();
    render(<IndicatorPanel workspace={ws} indicatorIds={["aterinskrivning-65"]} />);
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table");
    expect(within(table).getByRole("rowheader", { name: "Riket" })).toBeTruthy();
    const row = within(table).getByRole("rowheader", { name: "Malung-Sälen" }).closest("tr")!;
    expect(row.textContent).toMatch(/saknas/);
  });

  it("speaks English", () => {
    render(<IndicatorPanel workspace={ws} locale="en" />);
    expect(screen.getByRole("heading", { level: 2, name: "Indicators by goal" })).toBeTruthy();
    expect(screen.getAllByText("Source: invented sample values (not Kolada)").length).toBe(6);
  });

  it("says why Kalmar shows no trends", () => {
    render(<IndicatorPanel workspace={createKalmarSampleWorkspace()} />);
    expect(screen.getByText(/Det finns inga indikatorvärden för länet \(Region Kalmar län\)/)).toBeTruthy();
    expect(screen.queryByRole("figure")).toBeNull();
  });

  it("calls onSelectIndicator from the indicator's button", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<IndicatorPanel workspace={ws} indicatorIds={["fallskador-80"]} onSelectIndicator={onSelect} />);
    await user.click(screen.getByRole("button", { name: /^Välj indikatorn/ }));
    expect(onSelect).toHaveBeenCalledWith("fallskador-80");
  });
});
