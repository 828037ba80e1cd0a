/**
 * Bench page entry: the kit's `Timeline`, imported the way a host imports it (the package root and its
 * stylesheet), drawing the lanes as `groupTimeline` gives them. Interactions go through its own controls,
 * the buttons a reader clicks ("Nästa period", "Kvartal"), so the timings include its event handling.
 */
import "@systemledning/react/styles.css";
import { Timeline, type TimelineZoom } from "@systemledning/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerTimelineCandidate, windowText, type TimelineCandidate } from "./page.js";
import type { OursTimelineData } from "./protocol.js";

/** The Swedish (default) texts of the buttons the bench clicks. */
const ZOOM_BUTTONS: Readonly<Record<TimelineZoom, string>> = { year: "År", quarter: "Kvartal", month: "Månad" };
const PREVIOUS = "Föregående period";
const NEXT = "Nästa period";

function button(host: HTMLElement, text: string): HTMLButtonElement {
  const found = [...host.querySelectorAll<HTMLButtonElement>("button.sl-button")].find(
    (candidate) => candidate.textContent?.trim().replace(/^‹\s*|\s*›$/g, "") === text,
  );
  if (found === undefined) throw new Error(`ours: no button "${text}"`);
  return found;
}

/** Our timeline: every lane laid out, each entry an `li.sl-tl-entry` (clusters `li.sl-tl-entry-cluster`). */
export const ours: TimelineCandidate<OursTimelineData> = {
  name: "ours",
  mount(host, data, initial) {
    let shown = windowText(initial);
    const root = createRoot(host);
    // flushSync: the first pass renders and commits now (with the layout effect that measures the track and
    // re-renders at its real width), not in a scheduler task.
    flushSync(() =>
      root.render(
        <Timeline
          lanes={data.lanes}
          asOf={data.asOf}
          defaultAnchor={data.anchor}
          locale="sv"
          onPeriodChange={(period) => {
            shown = windowText(period);
          }}
        />,
      ),
    );
    return {
      operate(operation) {
        if (operation.type === "zoom") button(host, ZOOM_BUTTONS[operation.zoom]).click();
        else if (operation.type === "period") button(host, operation.step === 1 ? NEXT : PREVIOUS).click();
        else throw new Error("ours has no drag: the suite times a period change beside vis-timeline's pan");
      },
      window: () => shown,
      ready: () => true,
      unmount: () => root.unmount(),
    };
  },
  countEntries: (host) => ({
    entries: host.querySelectorAll("li.sl-tl-entry").length,
    clusters: host.querySelectorAll("li.sl-tl-entry-cluster").length,
  }),
};

registerTimelineCandidate(ours);
