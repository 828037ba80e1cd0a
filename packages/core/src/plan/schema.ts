/**
 * Schemas of the plan module (docs/domain.md, Action plan, indicators, follow-up and the annual report): indicator
 * definitions, the roadmap and the follow-up settings (profile data), indicator values, action plans and check-ins
 * (workspace collections). Each schema is also its type. The indicator half is in `schema-indicators.ts`, the plan half
 * in `schema-plans.ts`.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { Id, LocalizedText } from "../schema/primitives.js";
import { ChangeThreshold, IndicatorDefinition, RoadmapMilestone } from "./schema-indicators.js";

export * from "./schema-indicators.js";
export * from "./schema-plans.js";

/** How often leaderships check in on their plans, in whole months, with exceptions per leadership. */
export const CheckInInterval = defineSchema(() =>
  z.strictObject({
    /** Months between check-ins of every leadership not listed below. */
    months: z.int().min(1).max(24),
    /** Months between check-ins by leadership id. */
    byLeadership: z.record(Id, z.int().min(1).max(24)).optional(),
  }),
);
/** How often leaderships check in. */
export type CheckInInterval = z.infer<typeof CheckInInterval>;

/** Follow-up settings of a profile: indicators, roadmap, change threshold, plan-health limits, check-in interval. */
export const FollowUpProfileSettings = defineSchema(() =>
  z.strictObject({
    indicators: z.array(IndicatorDefinition),
    roadmap: z.array(RoadmapMilestone),
    /** The most focus areas a plan should have (*Regional årsrapport 2025*, §3.2: few focus areas). */
    maxFocusAreas: z.int().min(1),
    /**
     * The most distinct indicators a plan's goals should use (*Regional årsrapport 2025*, §4.1.2: a limited
     * number of indicators).
     */
    maxIndicatorsPerPlan: z.int().min(1),
    /** The smallest change that counts as clear; an indicator may set its own. */
    clearChange: ChangeThreshold,
    checkInInterval: CheckInInterval,
    /** Statements about the settings (what is sourced, what is a plausible choice). */
    notes: z.array(LocalizedText).optional(),
  }),
);
/** Follow-up settings of a profile. */
export type FollowUpProfileSettings = z.infer<typeof FollowUpProfileSettings>;
