/**
 * The scoring components: the digital self-assessment form and the charts of the annual report's Bilaga 1.
 * @module
 */
export {
  CoverageBadge,
  CoverageCaption,
  coverageText,
  type CoverageBadgeProps,
  type CoverageCaptionProps,
  type CoverageInput,
} from "./coverage.js";
export { DistributionChart, type DistributionChartProps } from "./distribution-chart.js";
export {
  getDistributionGeometry,
  DISTRIBUTION_SIZE,
  type DistributionBar,
  type DistributionGeometry,
  type DistributionPanel,
} from "./distribution-geometry.js";
export type { GoalLike } from "./labels.js";
export { RoundOverview, type RoundOverviewProps } from "./round-overview.js";
export { LeadershipComparison, type LeadershipComparisonProps } from "./leadership-comparison.js";
export { getTrendGeometry, TrendChart, TREND_SIZE, type TrendChartProps } from "./trend-chart.js";
export { AssessmentForm, type AssessmentFormProps } from "./assessment-form.js";
export {
  buildResponseInput,
  checkFormValues,
  type AssessmentChangeContext,
  type FormError,
  type FormFieldKey,
  type FormValues,
} from "./use-assessment-form.js";
