/**
 * Bench page entry: vis-timeline 8 as its documentation tells a bundler user to import it (the `peer`
 * builds of vis-timeline and vis-data, moment with its Swedish locale, and vis-timeline's stylesheet), set up
 * as a developer would for these lanes: one group per lane, a fixed height with vertical scrolling, items
 * stacked, the year in view, Swedish axis labels, today marked, and no animation on any window change.
 */
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "moment/locale/sv";
import { DataSet } from "vis-data/peer";
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from "vis-timeline/peer";
import type { TimelineWindow } from "../../../packages/react/src/timeline/layout.js";
import { registerTimelineCandidate, windowText, type TimelineCandidate } from "./page.js";
import { VIS_HEIGHT_PX, type VisTimelineData } from "./protocol.js";

/** vis-timeline's `end` is exclusive: the day after the window's last day, at midnight. */
function dayAfter(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A local date as `YYYY-MM-DD` (vis-timeline works in the browser's time zone, through moment). */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** The options a developer would give for a year of ~40 lanes: fixed height, stacking, no current-time ticker. */
function optionsFor(window: TimelineWindow): TimelineOptions {
  return {
    start: window.from,
    end: dayAfter(window.to),
    height: `${VIS_HEIGHT_PX}px`,
    verticalScroll: true,
    stack: true,
    locale: "sv",
    // The real now is outside the data's year; today (asOf) is a custom time bar instead, like our marker.
    showCurrentTime: false,
    orientation: "top",
  };
}

/**
 * Synthetic pointer events for a drag on the timeline's centre panel: vis-timeline listens through
 * hammer.js, which reads pointer events (down on the element, move and up on the window).
 */
function pointer(target: EventTarget, type: "pointerdown" | "pointermove" | "pointerup", x: number, y: number): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      pointerId: 1,
      pointerType: "mouse",
      isPrimary: true,
      button: type === "pointermove" ? -1 : 0,
      buttons: type === "pointerup" ? 0 : 1,
      clientX: x,
      clientY: y,
    }),
  );
}

/** vis-timeline: items are `.vis-item` elements (points, ranges), drawn for the groups in its viewport. */
export const vis: TimelineCandidate<VisTimelineData> = {
  name: "vis",
  mount(host, data, initial) {
    const items = new DataSet<DataItem>(data.items.map((item) => ({ ...item })));
    const groups = new DataSet<DataGroup>(data.groups.map((group) => ({ ...group })));
    const timeline = new Timeline(host, items, groups, optionsFor(initial));
    timeline.addCustomTime(data.asOf, "today");
    let drag: { x: number; y: number } | null = null;
    const centre = () => host.querySelector<HTMLElement>(".vis-panel.vis-center")!;
    return {
      prepare(operation) {
        if (operation.type === "pan" && drag === null) {
          // Press in the middle of the centre panel and move past hammer's threshold: the timed steps are pure moves.
          const box = centre().getBoundingClientRect();
          drag = { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 200) };
          pointer(centre(), "pointerdown", drag.x, drag.y);
          drag.x += 12;
          pointer(window, "pointermove", drag.x, drag.y);
        } else if (operation.type !== "pan" && drag !== null) {
          pointer(window, "pointerup", drag.x, drag.y);
          drag = null;
        }
      },
      operate(operation, target) {
        if (operation.type === "pan") {
          drag!.x += operation.px;
          pointer(window, "pointermove", drag!.x, drag!.y);
        } else timeline.setWindow(target.from, dayAfter(target.to), { animation: false });
      },
      window() {
        const { start, end } = timeline.getWindow();
        return windowText({ from: localDay(start), to: localDay(new Date(end.getTime() - 1)) });
      },
      // vis-timeline keeps its root hidden behind a loading screen until its first draw is complete.
      ready: () => host.querySelector<HTMLElement>(".vis-timeline")?.style.visibility === "visible",
      unmount: () => timeline.destroy(),
    };
  },
  countEntries: (host) => ({
    entries: host.querySelectorAll(".vis-item").length,
    clusters: host.querySelectorAll(".vis-item.vis-cluster").length,
  }),
};

registerTimelineCandidate(vis);
