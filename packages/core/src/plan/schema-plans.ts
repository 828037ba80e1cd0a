/**
 * Schemas of the action-plan half of the plan module (docs/domain.md, Action plan, indicators, follow-up and the annual
 * report): plans with focus areas, goals and activities, and check-ins (*avstämningar*) with activity statuses and the
 * Metodstöd's follow-up answers.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams, type IssueParams } from "../common/issues.js";
import { Ext, Id, IsoDate, IsoDateTime, LongText, OfficialCode, ShortText } from "../schema/primitives.js";
import { PLAN_ISSUE_MESSAGES, type PlanIssueCode } from "./issues.js";

type CheckContext = { issues: { push(issue: unknown): void } };

/** Push one of the plan module's own issues from a zod `.check()`. */
function pushPlanIssue(
  ctx: CheckContext,
  path: PropertyKey[],
  input: unknown,
  code: PlanIssueCode,
  params: IssueParams,
): void {
  ctx.issues.push({
    code: "custom",
    input,
    path,
    params: customIssueParams(code, PLAN_ISSUE_MESSAGES[code](params), params),
  });
}

/** A period of days, both included. */
export const DatePeriod = defineSchema(() =>
  z.strictObject({ from: IsoDate, to: IsoDate }).check((ctx) => {
    const { from, to } = ctx.value;
    if (to < from)
      ctx.issues.push({ code: "custom", input: to, path: ["to"], params: { code: "invalid_period", from, to } });
  }),
);
/** A period of days, both included. */
export type DatePeriod = z.infer<typeof DatePeriod>;

/** Where an activity is: not started, ongoing, done, paused, or cancelled (cancelled is left out of progress). */
export const ActivityStatus = z.enum(["not-started", "ongoing", "done", "paused", "cancelled"]);
/** Where an activity is. */
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** An activity of a plan. */
export const PlanActivity = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      title: ShortText,
      description: LongText.optional(),
      /** The organisation that owns the activity (an organisation id). */
      ownerOrganisationId: Id.optional(),
      /** Or the leadership that owns it (a leadership id). */
      ownerLeadershipId: Id.optional(),
      /** The responsible role, not a person ("Processledare RSS", "Socialchef"). */
      responsibleRole: ShortText.optional(),
      start: IsoDate.optional(),
      due: IsoDate.optional(),
      status: ActivityStatus,
      /** Share done, 0–1. `done` is 1 and `not-started` is 0. */
      progress: z.number().min(0).max(1),
      /** Weight in the focus area's progress (default 1). */
      weight: z.number().positive().max(1_000_000).optional(),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { start, due, status, progress } = ctx.value;
      if (start !== undefined && due !== undefined && due < start) {
        ctx.issues.push({
          code: "custom",
          input: due,
          path: ["due"],
          params: { code: "invalid_period", from: start, to: due },
        });
      }
      if ((status === "done" && progress !== 1) || (status === "not-started" && progress !== 0)) {
        pushPlanIssue(ctx, ["progress"], progress, "progress_status_mismatch", { status, progress });
      }
    }),
);
/** An activity of a plan. */
export type PlanActivity = z.infer<typeof PlanActivity>;

/** A measurable goal: an indicator with a baseline and a target by a date. Missing parts are plan-health findings. */
export const MeasurableGoal = defineSchema(() =>
  z.strictObject({
    kind: z.literal("measurable"),
    id: Id,
    title: ShortText,
    /** The indicator (a profile indicator id) that measures the goal. */
    indicatorId: Id.optional(),
    /** Whose value is meant (a municipality or region code, `0000` the country); default the plan's county. */
    organisationCode: OfficialCode.optional(),
    baseline: z.strictObject({ period: z.string().regex(/^\d{4}$/), value: z.number() }).optional(),
    target: z.number().optional(),
    targetDate: IsoDate.optional(),
    ext: Ext.optional(),
  }),
);
/** A measurable goal. */
export type MeasurableGoal = z.infer<typeof MeasurableGoal>;

/** A qualitative goal, judged by a stated criterion. A goal without a criterion is a plan-health finding. */
export const QualitativeGoal = defineSchema(() =>
  z.strictObject({
    kind: z.literal("qualitative"),
    id: Id,
    title: ShortText,
    /** How to tell whether the goal was met. */
    criterion: LongText.optional(),
    targetDate: IsoDate.optional(),
    ext: Ext.optional(),
  }),
);
/** A qualitative goal. */
export type QualitativeGoal = z.infer<typeof QualitativeGoal>;

/** A goal of a focus area: measurable or qualitative. */
export const PlanGoal = defineSchema(() => z.discriminatedUnion("kind", [MeasurableGoal, QualitativeGoal]));
/** A goal of a focus area. */
export type PlanGoal = z.infer<typeof PlanGoal>;

/** A focus area (*fokusområde*) of a plan. */
export const FocusArea = defineSchema(() =>
  z.strictObject({
    id: Id,
    title: ShortText,
    description: LongText.optional(),
    /** In a local plan: the focus area of the parent (regional) plan this one serves. */
    parentFocusAreaId: Id.optional(),
    /** Weight in the plan's progress (default 1). */
    weight: z.number().positive().max(1_000_000).optional(),
    goals: z.array(PlanGoal),
    activities: z.array(PlanActivity),
    ext: Ext.optional(),
  }),
);
/** A focus area of a plan. */
export type FocusArea = z.infer<typeof FocusArea>;

/** Where a plan is in its life. */
export const PlanStatus = z.enum(["draft", "adopted", "closed"]);
/** Where a plan is in its life. */
export type PlanStatus = z.infer<typeof PlanStatus>;

/** An action plan (the regional *handlingsplan*, or a local plan pointing at its focus areas). */
export const Plan = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      kind: z.enum(["regional", "local"]),
      title: ShortText,
      status: PlanStatus,
      /** The leadership whose plan it is. */
      leadershipId: Id,
      period: z.strictObject({ from: IsoDate, to: IsoDate }),
      /** The target group (*målgrupp*): "Multisjuka sköra äldre". */
      targetGroup: ShortText.optional(),
      /** The forum that decided on the plan (a forum id). */
      decidedByForumId: Id.optional(),
      /** The decision: an entry id of the workspace's decision log, or a meeting agenda item id. */
      decisionId: Id.optional(),
      decidedOn: IsoDate.optional(),
      /** The user perspective (*brukarperspektiv*) in the plan's own words. */
      userPerspective: LongText.optional(),
      /** For a local plan: the regional plan it points to. */
      parentPlanId: Id.optional(),
      /** The leaderships that check in on the plan; empty means the plan's own leadership. */
      reportingLeadershipIds: z.array(Id),
      focusAreas: z.array(FocusArea),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { from, to } = ctx.value.period;
      if (to < from) pushPlanIssue(ctx, ["period", "to"], to, "invalid_plan_period", { from, to });
    }),
);
/** An action plan. */
export type Plan = z.infer<typeof Plan>;

/** A red/amber/green verdict on an activity at a check-in. Always shown with its label, never by colour alone. */
export const Rag = z.enum(["red", "amber", "green"]);
/** A red/amber/green verdict. */
export type Rag = z.infer<typeof Rag>;

/** The status of one activity as a leadership reports it at a check-in. */
export const CheckInActivityStatus = defineSchema(() =>
  z
    .strictObject({
      activityId: Id,
      status: ActivityStatus,
      /** Share done at the check-in, 0–1, when reported. */
      progress: z.number().min(0).max(1).optional(),
      rag: Rag,
      comment: LongText.optional(),
    })
    .check((ctx) => {
      const { status, progress } = ctx.value;
      if (
        progress !== undefined &&
        ((status === "done" && progress !== 1) || (status === "not-started" && progress !== 0))
      ) {
        pushPlanIssue(ctx, ["progress"], progress, "progress_status_mismatch", { status, progress });
      }
    }),
);
/** The status of one activity at a check-in. */
export type CheckInActivityStatus = z.infer<typeof CheckInActivityStatus>;

/** The Metodstöd's follow-up questions (the *Metodstöd*, "Uppföljning och utvärdering"). */
export const CheckInFollowUp = defineSchema(() =>
  z.strictObject({
    /** Which activities were carried out, and what results came of them. */
    activitiesAndResults: LongText.optional(),
    /** Lessons learnt. */
    lessons: LongText.optional(),
    /** What made it work. */
    successFactors: LongText.optional(),
    /** What made it hard. */
    challenges: LongText.optional(),
    /** How well vision and purpose were met, 1 (not at all) – 5 (fully). */
    visionRating: z.int().min(1).max(5).optional(),
    /** The assessment of vision and purpose in words. */
    visionAssessment: LongText.optional(),
  }),
);
/** The follow-up answers of a check-in. */
export type CheckInFollowUp = z.infer<typeof CheckInFollowUp>;

/** A check-in (*avstämning*) of a leadership on a plan, covering a period. */
export const CheckIn = defineSchema(() =>
  z.strictObject({
    id: Id,
    planId: Id,
    leadershipId: Id,
    /** The day the check-in was held. */
    date: IsoDate,
    /** The period it reports on. */
    period: DatePeriod,
    recordedAt: IsoDateTime.optional(),
    /** The meeting where it was held, when known (a meeting id; not checked, the meeting may live elsewhere). */
    meetingId: Id.optional(),
    activityStatuses: z.array(CheckInActivityStatus),
    followUp: CheckInFollowUp,
    ext: Ext.optional(),
  }),
);
/** A check-in. */
export type CheckIn = z.infer<typeof CheckIn>;
