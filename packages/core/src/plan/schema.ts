/**
 * Schemas of the plan module (DOMAIN.md §4): indicator definitions and follow-up settings (profile data),
 * indicator values, action plans and check-ins (workspace collections). Each schema is also its type.
 */
import { z } from "zod";
import { Ext, Id, IsoDate, IsoDateTime, LocalizedText, LongText, OfficialCode, ShortText } from "../common/primitives.js";

/** Whether a higher value of an indicator is better, worse, or neither. */
export const IndicatorDirection = z.enum(["higher-is-better", "lower-is-better", "neutral"]);
/** Whether a higher value is better. */
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;

/** An indicator (*nyckeltal*) the county follows. */
export const IndicatorDefinition = z.strictObject({
  id: Id,
  title: LocalizedText,
  unit: ShortText,
  direction: IndicatorDirection,
  goalId: Id.optional(),
  /** A Kolada KPI id (`U20462`) and whether it was checked against Kolada itself. */
  kolada: z.strictObject({ kpiId: ShortText, verified: z.boolean() }).optional(),
});
/** An indicator. */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** A milestone of the roadmap (*färdplan*). */
export const RoadmapMilestone = z.strictObject({ id: Id, year: z.int().min(2000).max(2100), title: LocalizedText });
/** A roadmap milestone. */
export type RoadmapMilestone = z.infer<typeof RoadmapMilestone>;

/** Follow-up settings of a profile. */
export const FollowUpProfileSettings = z.strictObject({
  indicators: z.array(IndicatorDefinition),
  roadmap: z.array(RoadmapMilestone),
  maxFocusAreas: z.int().min(1),
  maxIndicatorsPerPlan: z.int().min(1),
});
/** Follow-up settings of a profile. */
export type FollowUpProfileSettings = z.infer<typeof FollowUpProfileSettings>;

/** One value of an indicator for an organisation (`0000` the whole country) and a period. */
export const IndicatorValue = z.strictObject({
  indicatorId: Id,
  organisationCode: OfficialCode,
  period: z.string().regex(/^\d{4}$/),
  gender: z.enum(["T", "K", "M"]),
  /** Null when the source has no value; never replaced by 0. */
  value: z.number().nullable(),
  status: z.enum(["final", "preliminary", "missing"]),
  source: ShortText.optional(),
});
/** One indicator value. */
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/** An activity of a plan. */
export const PlanActivity = z.strictObject({
  id: Id,
  title: ShortText,
  ownerOrganisationId: Id.optional(),
  ownerLeadershipId: Id.optional(),
  responsibleRole: ShortText.optional(),
  start: IsoDate.optional(),
  due: IsoDate.optional(),
  status: z.enum(["not-started", "ongoing", "done", "paused", "cancelled"]),
  /** Share done, 0–1. */
  progress: z.number().min(0).max(1),
});
/** An activity of a plan. */
export type PlanActivity = z.infer<typeof PlanActivity>;

/** An action plan (the regional *handlingsplan*, or a local plan pointing at its focus areas). */
export const Plan = z.strictObject({
  id: Id,
  title: ShortText,
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  targetGroup: ShortText.optional(),
  decidedByForumId: Id.optional(),
  decisionId: Id.optional(),
  userPerspective: LongText.optional(),
  focusAreas: z.array(z.strictObject({ id: Id, title: ShortText, activities: z.array(PlanActivity) })),
  ext: Ext.optional(),
});
/** An action plan. */
export type Plan = z.infer<typeof Plan>;

/** A check-in (*avstämning*) of a leadership on a plan. */
export const CheckIn = z.strictObject({
  id: Id,
  planId: Id,
  leadershipId: Id,
  date: IsoDate,
  recordedAt: IsoDateTime.optional(),
  lessons: LongText.optional(),
  ext: Ext.optional(),
});
/** A check-in. */
export type CheckIn = z.infer<typeof CheckIn>;
