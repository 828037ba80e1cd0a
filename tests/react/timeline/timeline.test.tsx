// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Timeline, type TimelineLane } from "../../../packages/react/src/timeline/timeline.js";
import { sorted, timelineItem } from "./items.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lanes: TimelineLane[] = [
  {
    key: "f-lchnv",
    label: "Länschefsnätverket",
    items: sorted([
      timelineItem("2025-02-07", {
        title: "Länschefsnätverket",
        forumId: "f-lchnv",
        status: "approved",
        agenda: [{ id: "a1", kind: "workshop", title: "Regional systemlednings roll och uppdrag" }],
      }),
      timelineItem("2025-03-14", {
        kind: "decision",
        title: "prioriterat område 2025: sköra äldre",
        agendaKind: "decision",
        diarienummer: "RSS 2025/14",
        description: "Länschefsnätverket beslutar att multisjuka sköra äldre är prioriterat område.",
      }),
      timelineItem("2025-09-26", { title: "Länschefsnätverket", status: "cancelled" }),
    ]),
  },
  {
    key: "f-vfr",
    label: "Välfärdsrådet",
    items: sorted([
      timelineItem("2025-02-13", { title: "Välfärdsrådet" }),
      timelineItem("2025-11-20", { title: "Välfärdsrådet" }),
    ]),
  },
  {
    key: "events",
    label: "Regionala aktiviteter",
    items: [timelineItem("2025-11-13", { kind: "event", title: "Systemledningsdag" })],
  },
];

const lane = (name: RegExp) => screen.getByRole("list", { name });
const tabStops = () =>
  screen
    .getAllByRole("button")
    .filter((button) => button.classList.contains("sl-tl-button") && button.getAttribute("tabindex") === "0");

function renderTimeline(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  return render(<Timeline lanes={lanes} asOf="2025-10-15" {...props} />);
}

describe("Timeline", () => {
  it("is a figure with the period's takeaway and a list per lane", () => {
    renderTimeline();
    expect(screen.getByRole("figure", { name: "Tidslinje" })).toBeTruthy();
    expect(
      screen.getByText(
        "6 händelser under 2025: 4 möten med 0 ärenden, 1 beslut och 1 andra aktiviteter och avstämningar.",
      ),
    ).toBeTruthy();
    expect(within(lane(/^Länschefsnätverket: 3 händelser$/)).getAllByRole("listitem")).toHaveLength(3);
    expect(within(lane(/^Välfärdsrådet: 2 händelser$/)).getAllByRole("listitem")).toHaveLength(2);
  });

  it("gives every item a <time datetime> in the order the items stand, and names it by kind, date, label and status", () => {
    renderTimeline();
    for (const list of screen
      .getAllByRole("list")
      .filter((element) => element.tagName === "OL" && element.classList.contains("sl-tl-track"))) {
      const dates = [...list.querySelectorAll("time")].map((time) => time.getAttribute("dateTime") ?? "");
      expect(dates).toEqual([...dates].sort());
      const columns = [...list.children].map((item) => Number(/sl-tl-c(\d+)/.exec(item.className)?.[1]));
      expect(columns).toEqual([...columns].sort((a, b) => a - b));
    }
    expect(screen.getByRole("button", { name: "Möte, 7 februari 2025: 7 februari, Justerat" })).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Beslut, 14 mars 2025: Beslut: prioriterat område 2025: sköra äldre" }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Möte, 26 september 2025: 26 september, Inställt" })).toBeTruthy();
  });

  it("has one tab stop; arrows move along a lane and to the nearest item of the next lane; Home and End", async () => {
    const user = userEvent.setup();
    renderTimeline();
    expect(tabStops()).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Ladda ner CSV" }));
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent).toMatch(
      /7 februari/,
    );
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.textContent).toMatch(/prioriterat område/);
    await user.keyboard("{ArrowDown}");
    // The nearest item in time in the lane below: 13 February.
    expect(document.activeElement?.textContent).toMatch(/13 februari/);
    await user.keyboard("{End}");
    expect(document.activeElement?.textContent).toMatch(/Systemledningsdag/);
    await user.keyboard("{Home}");
    expect(document.activeElement?.textContent).toMatch(/7 februari/);
    expect(tabStops()).toHaveLength(1);
  });

  it("opens an item's details with Enter, and Esc gives focus back to the item", async () => {
    const user = userEvent.setup();
    const onOpenItem = vi.fn();
    renderTimeline({ onOpenItem });
    const decision = screen.getByRole("button", { name: /^Beslut, 14 mars 2025/ });
    decision.focus();
    await user.keyboard("{Enter}");
    const heading = screen.getByRole("heading", { name: "prioriterat område 2025: sköra äldre" });
    expect(document.activeElement).toBe(heading);
    expect(decision.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("RSS 2025/14")).toBeTruthy();
    expect(screen.getByText(/multisjuka sköra äldre/)).toBeTruthy();
    expect(onOpenItem).toHaveBeenCalledWith(expect.objectContaining({ title: "prioriterat område 2025: sköra äldre" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("heading", { name: "prioriterat område 2025: sköra äldre" })).toBeNull();
    expect(document.activeElement).toBe(decision);
  });

  it("lists a meeting's agenda by kind in its details", async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole("button", { name: /^Möte, 7 februari 2025/ }));
    const details = screen.getByRole("region", { name: "Länschefsnätverket" });
    expect(within(details).getByText("Workshop:")).toBeTruthy();
    expect(within(details).getByText("Regional systemlednings roll och uppdrag")).toBeTruthy();
  });

  it("changes the period with the buttons and with Page Down, announcing it and keeping focus in the timeline", async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole("button", { name: "Nästa period" }));
    expect(screen.getByText("2026")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Visar 2026.");
    expect(screen.getByText("Inga händelser under 2026.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Föregående period" }));
    screen.getByRole("button", { name: /^Möte, 7 februari 2025/ }).focus();
    await user.keyboard("{PageDown}");
    // The new period is empty: focus is on the timeline's region, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "Tidslinje, 2026" }));
    expect(document.activeElement?.getAttribute("tabindex")).toBe("0");
  });

  it("zooms with the buttons and with + on an item, to the period of that item", async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole("button", { name: "Kvartal" }));
    expect(screen.getByRole("button", { name: "Kvartal" }).getAttribute("aria-pressed")).toBe("true");
    // Today (15 October) is in view, so the quarter is the fourth.
    expect(screen.getByText("kvartal 4 2025")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "År" }));
    screen.getByRole("button", { name: /^Beslut, 14 mars 2025/ }).focus();
    await user.keyboard("+");
    expect(screen.getByText("kvartal 1 2025")).toBeTruthy();
    // Focus stays on the item zoomed around.
    expect(document.activeElement?.textContent).toMatch(/prioriterat område/);
    await user.keyboard("+");
    expect(screen.getByText("mars 2025")).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/prioriterat område/);
    await user.keyboard("-");
    expect(screen.getByText("kvartal 1 2025")).toBeTruthy();
  });

  it("gathers a crowded place into a +N cluster that lists its items and zooms in", async () => {
    const user = userEvent.setup();
    const crowded = sorted(
      Array.from({ length: 7 }, (_, i) =>
        timelineItem("2025-05-06", { title: `Nätverksträff ${i + 1}`, kind: "event" }),
      ),
    );
    render(<Timeline lanes={[{ key: "n", label: "Nätverk", items: crowded }]} asOf="2025-10-15" maxRows={2} />);
    const cluster = screen.getByRole("button", { name: "5 händelser till, 6 maj 2025–6 maj 2025" });
    expect(cluster.textContent).toContain("+5");
    await user.click(cluster);
    const details = screen.getByRole("region", { name: "5 händelser 6 maj 2025–6 maj 2025" });
    expect(within(details).getAllByRole("listitem")).toHaveLength(5);
    await user.click(within(details).getByRole("button", { name: "Zooma in på perioden" }));
    expect(screen.getByText("kvartal 2 2025")).toBeTruthy();
  });

  it("marks today when it is in the period", () => {
    renderTimeline();
    expect(screen.getByText("Idag, 15 oktober 2025")).toBeTruthy();
    cleanup();
    renderTimeline({ asOf: "2026-05-13", defaultAnchor: "2025-06-01" });
    expect(screen.queryByText(/^Idag, /)).toBeNull();
  });

  it("shows the items of the period as a real table on request", async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: "Tidslinje" });
    expect(within(table).getAllByRole("row")).toHaveLength(7);
    expect(within(table).getByRole("rowheader", { name: "Systemledningsdag" })).toBeTruthy();
  });

  it("renders hostile titles as text", () => {
    render(
      <Timeline
        lanes={[
          {
            key: "x",
            label: "<b>X</b>",
            items: [timelineItem("2025-03-01", { kind: "event", title: '<img src=x onerror="alert(1)">' })],
          },
        ]}
        asOf="2025-10-15"
      />,
    );
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it("speaks English when asked", () => {
    renderTimeline({ locale: "en" });
    expect(screen.getByRole("figure", { name: "Timeline" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Meeting, 7 February 2025: 7 February, Approved" })).toBeTruthy();
  });

  it("shows an alert instead of failing the page when given broken lanes", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(<Timeline lanes={[{ key: "x", label: "X", items: null as never }]} asOf="2025-10-15" />);
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
  });

  it("with many lanes, puts only the lanes near the view in the page, and arrows still reach every lane", async () => {
    const user = userEvent.setup();
    const many: TimelineLane[] = Array.from({ length: 80 }, (_, row) => ({
      key: `lane-${row}`,
      label: `Forum ${row + 1}`,
      items: sorted(
        Array.from({ length: 3 }, (_, i) =>
          timelineItem(`2025-0${3 + i}-1${row % 9}`, { title: `Möte ${row + 1}.${i + 1}` }),
        ),
      ),
    }));
    render(<Timeline lanes={many} asOf="2025-10-15" />);
    const lists = screen.getAllByRole("list").filter((list) => list.classList.contains("sl-tl-track"));
    expect(lists).toHaveLength(80);
    const filled = lists.filter((list) => list.children.length > 0).length;
    // Every lane keeps its heading and its count; far lanes have no items in the page yet.
    expect(filled).toBeGreaterThan(5);
    expect(filled).toBeLessThan(80);
    expect(lists[79]!.getAttribute("aria-label")).toBe("Forum 80: 3 händelser");
    expect(lists[79]!.children).toHaveLength(0);
    screen.getAllByRole("button", { name: /Möte 1\.1/ })[0]!.focus();
    // End goes to the last lane, which is not in the page yet: it is drawn, then focused.
    await user.keyboard("{End}");
    expect(document.activeElement?.textContent).toMatch(/Möte 80\.3/);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(document.activeElement?.textContent).toMatch(/Möte 78\./);
  });
});
