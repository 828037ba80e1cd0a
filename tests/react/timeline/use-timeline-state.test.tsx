// @vitest-environment jsdom
/**
 * The timeline's state hook through a probe that draws only what the hook gives: the period as a heading,
 * a "next period" and a "month" button, and each lane's entries as buttons with the hook's mark props.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { Widget } from "../../../packages/react/src/primitives/widget.js";
import {
  getTimelineWindow,
  shiftTimelineWindow,
  type TimelineZoom,
} from "../../../packages/react/src/timeline/layout.js";
import {
  useTimelineState,
  type TimelineLane,
  type TimelinePeriodChange,
  type UseTimelineStateOptions,
} from "../../../packages/react/src/timeline/use-timeline-state.js";
import { sorted, timelineItem } from "./items.js";
import { TIMELINE_CATALOGUE } from "../../../packages/react/src/timeline/messages.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lanes: TimelineLane[] = [
  {
    key: "f-lchnv",
    label: "Länschefsnätverket",
    items: sorted([
      timelineItem("2025-02-07", { title: "Möte februari" }),
      timelineItem("2025-03-14", { kind: "decision", title: "Beslut mars" }),
      timelineItem("2025-05-06", { title: "Möte maj" }),
    ]),
  },
  { key: "f-vfr", label: "Välfärdsrådet", items: [timelineItem("2025-11-20", { title: "Välfärdsrådet november" })] },
];

function Probe(options: Omit<UseTimelineStateOptions, "tools">) {
  const tools = useKitLocale(undefined, TIMELINE_CATALOGUE);
  const { period, placed, hasEntries, trackRef, canvasRef, navigation, isRendered, labelOf, changePeriod } =
    useTimelineState({ ...options, tools });
  return (
    <div>
      <h2>{`${period.zoom} ${period.from} ${period.to}`}</h2>
      <button type="button" onClick={() => changePeriod(shiftTimelineWindow(period, 1))}>
        Nästa
      </button>
      <button type="button" onClick={() => changePeriod(getTimelineWindow("month", period.from))}>
        Månad
      </button>
      <div ref={trackRef} />
      <div ref={canvasRef} role="region" aria-label="Provtidslinje" tabIndex={hasEntries ? -1 : 0}>
        {placed.map((lane, row) => (
          <ol key={lane.key} aria-label={lane.label}>
            {(isRendered(row) ? lane.entries : []).map((entry, index) => (
              <li key={entry.type === "item" ? entry.item.id : `cluster-${entry.column}`}>
                <button type="button" {...navigation.getMarkProps(row, index)}>
                  {entry.type === "item" ? labelOf(entry.item, lane.label) : `+${entry.items.length}`}
                </button>
              </li>
            ))}
          </ol>
        ))}
      </div>
    </div>
  );
}

/** A host that holds the period itself and follows every change the timeline reports. */
function ControllingHost({ onPeriodChange }: { readonly onPeriodChange: (period: TimelinePeriodChange) => void }) {
  const [period, setPeriod] = useState<{ zoom: TimelineZoom; anchor: string }>({ zoom: "month", anchor: "2025-03-14" });
  return (
    <Widget>
      <Probe
        lanes={lanes}
        asOf="2025-10-15"
        zoom={period.zoom}
        anchor={period.anchor}
        onPeriodChange={(next) => {
          onPeriodChange(next);
          setPeriod({ zoom: next.zoom, anchor: next.anchor });
        }}
      />
    </Widget>
  );
}

function renderProbe(options: Partial<Omit<UseTimelineStateOptions, "tools">> = {}) {
  return render(
    <Widget>
      <Probe lanes={lanes} asOf="2025-10-15" {...options} />
    </Widget>,
  );
}

const shown = () => screen.getByRole("heading", { level: 2 }).textContent;
const item = (name: string) => screen.getByRole("button", { name });

describe("useTimelineState", () => {
  it("shows the year of today when given nothing else", () => {
    renderProbe();
    expect(shown()).toBe("year 2025-01-01 2025-12-31");
  });

  it("uncontrolled: starts at the default zoom and anchor, then follows the reader, reporting and announcing each new period", async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    renderProbe({ defaultZoom: "quarter", defaultAnchor: "2025-05-06", onPeriodChange });
    expect(shown()).toBe("quarter 2025-04-01 2025-06-30");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(shown()).toBe("quarter 2025-07-01 2025-09-30");
    expect(onPeriodChange).toHaveBeenCalledTimes(1);
    expect(onPeriodChange).toHaveBeenLastCalledWith({
      zoom: "quarter",
      anchor: "2025-07-01",
      from: "2025-07-01",
      to: "2025-09-30",
    });
    expect(screen.getByRole("status").textContent).toBe("Visar kvartal 3 2025.");
    await user.click(screen.getByRole("button", { name: "Månad" }));
    expect(shown()).toBe("month 2025-07-01 2025-07-31");
    expect(onPeriodChange).toHaveBeenLastCalledWith({
      zoom: "month",
      anchor: "2025-07-01",
      from: "2025-07-01",
      to: "2025-07-31",
    });
  });

  it("controlled: shows the host's zoom and anchor, reports the reader's change, and moves only when the host does", async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    const { rerender } = renderProbe({
      zoom: "month",
      anchor: "2025-03-14",
      defaultZoom: "year",
      defaultAnchor: "2024-01-01",
      onPeriodChange,
    });
    expect(shown()).toBe("month 2025-03-01 2025-03-31");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(onPeriodChange).toHaveBeenLastCalledWith({
      zoom: "month",
      anchor: "2025-04-01",
      from: "2025-04-01",
      to: "2025-04-30",
    });
    // The host kept its anchor: the period stays.
    expect(shown()).toBe("month 2025-03-01 2025-03-31");
    rerender(
      <Widget>
        <Probe lanes={lanes} asOf="2025-10-15" zoom="month" anchor="2025-04-01" onPeriodChange={onPeriodChange} />
      </Widget>,
    );
    expect(shown()).toBe("month 2025-04-01 2025-04-30");
  });

  it("controlled by a host that follows the reports: the period moves with each change", async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    render(<ControllingHost onPeriodChange={onPeriodChange} />);
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(shown()).toBe("month 2025-05-01 2025-05-31");
    expect(onPeriodChange.mock.calls.map(([period]) => (period as TimelinePeriodChange).from)).toEqual([
      "2025-04-01",
      "2025-05-01",
    ]);
  });

  it("controls the zoom and the anchor apart: a controlled zoom holds while the timeline's own anchor moves", async () => {
    const user = userEvent.setup();
    renderProbe({ zoom: "quarter", defaultAnchor: "2025-02-10" });
    expect(shown()).toBe("quarter 2025-01-01 2025-03-31");
    await user.click(screen.getByRole("button", { name: "Månad" }));
    // The month was asked for, but the host holds the quarter; the anchor, the timeline's own, is kept.
    expect(shown()).toBe("quarter 2025-01-01 2025-03-31");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    expect(shown()).toBe("quarter 2025-04-01 2025-06-30");
  });

  it("shifts the period with Page Down and Page Up on an item, reporting it and focusing the new period's first item", async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    renderProbe({ defaultZoom: "quarter", defaultAnchor: "2025-02-07", onPeriodChange });
    item("Möte februari").focus();
    await user.keyboard("{PageDown}");
    expect(shown()).toBe("quarter 2025-04-01 2025-06-30");
    expect(onPeriodChange).toHaveBeenLastCalledWith({
      zoom: "quarter",
      anchor: "2025-04-01",
      from: "2025-04-01",
      to: "2025-06-30",
    });
    expect(document.activeElement).toBe(item("Möte maj"));
    await user.keyboard("{PageUp}");
    expect(shown()).toBe("quarter 2025-01-01 2025-03-31");
    expect(onPeriodChange).toHaveBeenLastCalledWith({
      zoom: "quarter",
      anchor: "2025-01-01",
      from: "2025-01-01",
      to: "2025-03-31",
    });
    expect(document.activeElement).toBe(item("Möte februari"));
  });

  it("focuses the timeline's region when Page Down leads to an empty period, never the top of the page", async () => {
    const user = userEvent.setup();
    renderProbe({ defaultZoom: "month", defaultAnchor: "2025-05-06" });
    item("Möte maj").focus();
    await user.keyboard("{PageDown}");
    expect(shown()).toBe("month 2025-06-01 2025-06-30");
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "Provtidslinje" }));
  });

  it("zooms in and out with + and − around the focused item, and keeps focus on it", async () => {
    const user = userEvent.setup();
    renderProbe();
    item("Beslut: Beslut mars").focus();
    await user.keyboard("+");
    expect(shown()).toBe("quarter 2025-01-01 2025-03-31");
    expect(document.activeElement).toBe(item("Beslut: Beslut mars"));
    await user.keyboard("+");
    expect(shown()).toBe("month 2025-03-01 2025-03-31");
    await user.keyboard("-");
    expect(shown()).toBe("quarter 2025-01-01 2025-03-31");
    expect(document.activeElement).toBe(item("Beslut: Beslut mars"));
  });

  it("with many lanes draws the items of the lanes near the viewport only; with few, every lane's", () => {
    const many: TimelineLane[] = Array.from({ length: 60 }, (_, row) => ({
      key: `lane-${row}`,
      label: `Forum ${row + 1}`,
      items: [timelineItem("2025-03-03", { title: `Möte ${row + 1}` })],
    }));
    renderProbe({ lanes: many });
    const filled = many.filter(
      (lane) => within(screen.getByRole("list", { name: lane.label })).queryAllByRole("button").length > 0,
    );
    expect(filled.length).toBeGreaterThan(5);
    expect(filled.length).toBeLessThan(60);
    expect(within(screen.getByRole("list", { name: "Forum 60" })).queryAllByRole("button")).toHaveLength(0);
    cleanup();
    renderProbe();
    expect(within(screen.getByRole("list", { name: "Välfärdsrådet" })).getAllByRole("button")).toHaveLength(1);
  });
});
