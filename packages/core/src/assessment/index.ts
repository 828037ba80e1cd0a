/**
 * `@systemledning/core/assessment`: self-assessment instruments, rounds and responses (and event polls on
 * the same model), aggregation as the annual report does it, coverage and comparability, trends, commands,
 * CSV import and export, and the data behind each chart (docs/domain.md, Self-assessment).
 * @module
 */
export * from "./schema.js";
export { validateAssessmentReferences } from "./references.js";
export { ASSESSMENT_ISSUE_MESSAGES, createAssessmentIssue, type AssessmentIssueCode } from "./issues.js";
export {
  findInstrument,
  findInstrumentItem,
  getAssessmentProfileFindings,
  getInstrumentFindings,
  getMaxTotal,
  getScaleLabel,
  isValidAnswer,
} from "./instrument.js";
export { aggregateResponses, aggregateRound, type AggregateInput } from "./aggregate.js";
export type {
  Distribution,
  DistributionBin,
  ExactValueCount,
  FreeTextEntry,
  ItemResult,
  LeadershipItemValue,
  LeadershipResult,
  RoundResult,
} from "./round-result.js";
export {
  getPairComparability,
  getRoundComparability,
  type ComparableRoundFacts,
  type PairComparability,
  type PairComparabilityReason,
  type RoundComparability,
  type RoundComparabilityReason,
  type RoundCoverage,
} from "./comparability.js";
export {
  compareRoundResults,
  compareRounds,
  getAssessmentTrend,
  type AssessmentTrend,
  type ComparedRound,
  type ItemTrend,
  type LeadershipItemTrend,
  type LeadershipTrend,
  type RoundComparison,
  type TrendPoint,
  type TrendRound,
} from "./compare.js";
export {
  addAssessmentRound,
  removeAssessmentResponse,
  replaceAssessmentResponse,
  safeParseAssessmentResponse,
  submitAssessmentResponse,
  type AssessmentCommandResult,
} from "./commands.js";
export {
  formatAssessmentResponsesCsv,
  importAssessmentResponsesCsv,
  type FormatResponsesCsvOptions,
  type ImportResponsesCsvOptions,
  type ImportResponsesReport,
  type ImportedRow,
  type RefusedRow,
  type ResponseCsvColumns,
} from "./csv-responses.js";
export {
  formatRoundResultCsv,
  getRoundChartData,
  type DistributionChartRecord,
  type LeadershipVsCountyRecord,
  type OverviewChartRecord,
  type RoundChartData,
  type RoundResultCsvOptions,
  type RoundResultTable,
} from "./export.js";
