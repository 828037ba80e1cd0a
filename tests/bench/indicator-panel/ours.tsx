/**
 * Bench page entry: the kit's `IndicatorPanel`, imported the way a host imports it (the package root and its
 * stylesheet), for the regional leadership of the workspace the host holds: the 20 indicators, each against
 * the county's 15 municipalities, the county and the country, in Swedish.
 */
import "@systemledning/react/styles.css";
import { IndicatorPanel } from "@systemledning/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerPanelCandidate, type PanelCandidate } from "./page.js";
import type { OursPanelData } from "./protocol.js";

/** Our panel: the small multiples under each delmål's heading, one SVG per indicator. */
export const ours: PanelCandidate<OursPanelData> = {
  mount(host, data) {
    const root = createRoot(host);
    // flushSync: the first pass renders and commits now, not in a scheduler task.
    flushSync(() =>
      root.render(
        <IndicatorPanel
          workspace={data.workspace}
          asOf={data.asOf}
          leadershipId={data.leadershipId}
          indicatorIds={data.indicatorIds}
          organisationCodes={data.organisationCodes}
          gender="T"
          locale="sv"
        />,
      ),
    );
    // One SVG per indicator, one path per organisation in it (a gap is a break inside the path).
    const charts = () => host.querySelectorAll("svg.sl-indicator-svg").length;
    const lines = () => host.querySelectorAll("path.sl-indicator-line").length;
    return {
      lines,
      charts,
      firstChart: () => host.querySelector("svg.sl-indicator-svg"),
      ready: () => charts() >= data.indicatorIds.length,
    };
  },
};

registerPanelCandidate(ours);
