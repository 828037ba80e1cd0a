/**
 * The indicator comparison of the follow-up: the municipalities × indicators table coloured by rank among the
 * municipalities shown, with the county, the country and their unweighted mean, and its CSV.
 * @module
 */
export { IndicatorComparison, type IndicatorComparisonProps } from "./indicator-comparison.js";
export { INDICATOR_COMPARISON_MESSAGES, type IndicatorComparisonMessageKey } from "./messages.js";
