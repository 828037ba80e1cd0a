/**
 * The action-plan area of the kit: `ActionPlan`, a plan from focus area to activity with its progress, health,
 * filters and the tasks that change it through the core's plan commands.
 * @module
 */
export { ActionPlan, type ActionPlanProps } from "./action-plan.js";
export {
  getActionPlanModel,
  placeFindings,
  type ActionPlanChangeContext,
  type ActionPlanCommandName,
  type ActionPlanFilterState,
  type ActionPlanModel,
  type PlacedFindings,
} from "./model.js";
