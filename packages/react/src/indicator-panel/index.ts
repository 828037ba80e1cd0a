/**
 * The indicator panel of the follow-up: the indicators by delmål as small multiples beside the county and the
 * country, with verdicts in words, marks for preliminary and missing values, and each chart's table and CSV.
 * @module
 */
export { IndicatorPanel, type IndicatorPanelProps } from "./indicator-panel.js";
export { IndicatorChart, type IndicatorChartProps } from "./indicator-chart.js";
export {
  getIndicatorChartGeometry,
  INDICATOR_CHART_SIZE,
  type IndicatorChartGeometry,
  type IndicatorChartLine,
  type IndicatorChartPoint,
} from "./geometry.js";
export { INDICATOR_PANEL_MESSAGES, type IndicatorPanelMessageKey } from "./messages.js";
