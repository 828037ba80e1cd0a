/**
 * `@systemledning/core/plan`: strategy and indicators (trends, direction-aware verdicts, comparison with
 * the county and the country), action plans, check-ins, plan health and progress roll-up, and the commands
 * that change plans and record check-ins. See the README's section on this module.
 * @module
 */
export * from "./schema.js";
export { PLAN_ISSUE_MESSAGES, createPlanIssue, type PlanIssueCode } from "./issues.js";
export { validatePlanReferences } from "./references.js";
export {
  DEFAULT_FOLLOW_UP_SETTINGS,
  getChangeThreshold,
  getCheckInIntervalMonths,
  getFollowUpSettings,
} from "./settings.js";
export {
  INDICATOR_POSITION_LABELS,
  INDICATOR_VERDICT_LABELS,
  assessChange,
  comparePosition,
  isClearChange,
  type ChangeAssessment,
  type IndicatorPosition,
  type IndicatorVerdictKind,
} from "./verdict.js";
export {
  getIndicatorComparison,
  getIndicatorTrend,
  getIndicatorVerdict,
  getIndicatorVerdictsByGoal,
  getKnownOrganisation,
  getSourceAttributions,
  requireIndicator,
  type GoalIndicatorVerdicts,
  type IndicatorComparison,
  type IndicatorComparisonRow,
  type IndicatorPoint,
  type IndicatorQueryOptions,
  type IndicatorTrend,
  type IndicatorVerdict,
  type KnownOrganisation,
} from "./indicators.js";
export {
  getDefinedRuns,
  getIndicatorPanel,
  getIndicatorPanelEntry,
  getIndicatorPanelScope,
  type DefinedRun,
  type IndicatorPanelEntry,
  type IndicatorPanelGroup,
  type IndicatorPanelModel,
  type IndicatorPanelOptions,
  type IndicatorPanelRole,
  type IndicatorPanelScope,
  type IndicatorPanelSeries,
} from "./indicator-panel.js";
export {
  RANK_CLASS_LABELS,
  getIndicatorRanking,
  rankValues,
  type IndicatorRanking,
  type IndicatorRankingOptions,
  type IndicatorRankingResult,
  type RankClass,
  type RankedValue,
  type RankingMean,
  type RankingValue,
  type RankPlacement,
} from "./ranking.js";
export {
  activityWeightedProgress,
  getPlanProgress,
  weightedMeanProgress,
  type ActivityStatusCounts,
  type FocusAreaProgress,
  type PlanProgress,
  type WeightedProgress,
} from "./progress.js";
export {
  RAG_LABELS,
  getExpectedCheckInPeriods,
  getLatestActivityStatuses,
  getMissingCheckIns,
  getReportingLeadershipIds,
  type ActivityCheckInStatus,
  type MissingCheckIn,
} from "./check-ins.js";
export {
  countRag,
  getCheckInHistories,
  suggestCheckInPeriod,
  type CheckInHistoryItem,
  type CheckInHistoryQuery,
  type LeadershipCheckInHistory,
  type RagCounts,
} from "./check-in-history.js";
export {
  ACTIVITY_STATUS_LABELS,
  PLAN_HEALTH_MESSAGES,
  PLAN_HEALTH_SEVERITY,
  type PlanHealthCode,
  type PlanHealthSeverity,
} from "./health-messages.js";
export {
  addPlanActivity,
  recordCheckIn,
  updatePlanActivity,
  type AddPlanActivityInput,
  type PlanCommandResult,
  type RecordCheckInOptions,
  type UpdatePlanActivityInput,
} from "./commands.js";
export { replaceIndicatorValues, type ReplaceIndicatorValuesInput } from "./commands-values.js";
export {
  AddFocusAreaIntent,
  LinkGoalIndicatorIntent,
  UpdateFocusAreaIntent,
  addFocusArea,
  addPlanGoal,
  linkGoalIndicator,
  newPlanActivityId,
  updateFocusArea,
  updatePlanGoal,
  type AddPlanGoalIntent,
  type UpdatePlanGoalIntent,
} from "./commands-plan.js";
export {
  filterPlanActivities,
  isActivityOverdue,
  type PlanActivityFilter,
  type PlanActivityMatch,
} from "./activities.js";
export {
  getPlanHealth,
  requirePlan,
  type PlanHealth,
  type PlanHealthFinding,
  type PlanHealthOptions,
} from "./health.js";
export * from "./report/index.js";
