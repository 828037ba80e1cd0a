/**
 * Dalarna's sample indicator values, action plans and check-ins (owned by the plan module's sample data).
 */
import type { CheckIn, IndicatorValue, Plan } from "../../plan/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The sample indicator values. */
export const DALARNA_INDICATOR_VALUES: readonly IndicatorValue[] = deepFreeze([]);

/** The sample plans. */
export const DALARNA_PLANS: readonly Plan[] = deepFreeze([]);

/** The sample check-ins. */
export const DALARNA_CHECK_INS: readonly CheckIn[] = deepFreeze([]);
