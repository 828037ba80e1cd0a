/**
 * Bench page entry: the kit's `DistributionChart`, imported the way a host imports it (the package root and
 * its stylesheet), drawing the round's result as it comes from `aggregateRound`.
 */
import "@systemledning/react/styles.css";
import { DistributionChart } from "@systemledning/react";
import { registerCandidate, type PageCandidate } from "./page.js";

/** Our chart: five histograms of nine bins (steps and half steps) each, every bin a `.sl-chart-bar` rect, empty ones too. */
export const ours: PageCandidate = {
  name: "ours",
  element: (data) => <DistributionChart result={data.result} goals={data.goals} locale="sv" />,
  expectedBars: (data) =>
    data.result.items.reduce((sum, item) => sum + (item.n === 0 ? 0 : item.distribution.bins.length), 0),
  countBars: (container) => container.querySelectorAll(".sl-chart-bar").length,
};

registerCandidate(ours);
