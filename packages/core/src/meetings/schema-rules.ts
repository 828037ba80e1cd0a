/**
 * Meeting rules as profile data (the *Metodstöd*, "Mötesstruktur"): how often and when a forum meets, the notice,
 * preparation and pre-registration lead times, mode, notes and approval (*justering*), chair term and
 * quorum. {@link MeetingsProfileSettings} holds a profile's defaults and per-forum rules.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams } from "../common/issues.js";
import { Id, IsoDate, LocalizedText } from "../schema/primitives.js";
import { MEETINGS_ISSUE_MESSAGES } from "./issues.js";

/** How a meeting is held. Physical is the Metodstöd's default; digital when needed. */
export const MeetingMode = z.enum(["physical", "digital", "hybrid"]);
/** How a meeting is held. */
export type MeetingMode = z.infer<typeof MeetingMode>;

/** A local time of day `HH:MM` (24-hour clock, Europe/Stockholm). */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalid_format" });
/** A local time of day. */
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * When a forum meets: the `ordinal` `weekday` of each listed month ("second Thursday of each month except
 * July" is `{ months: [1,…,6,8,…,12], weekday: 4, ordinal: 2 }`; `ordinal: -1` is the last one).
 */
export const Recurrence = defineSchema(() =>
  z.strictObject({
    /** Months with a meeting, 1–12, ascending, each once. */
    months: z.array(z.int().min(1).max(12)).min(1).max(12),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: z.int().min(1).max(7),
    /** Which one in the month: 1–4, or -1 for the last. */
    ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    /** Start, local time in Stockholm. */
    startTime: LocalTime,
    durationMinutes: z
      .int()
      .min(15)
      .max(24 * 60),
  }),
);
/** When a forum meets. */
export type Recurrence = z.infer<typeof Recurrence>;

/**
 * Where a meeting goes when its day is not a meeting day (a weekend, a public holiday, or an eve when eves
 * count): the next meeting day, the previous one, or the same weekday a week later (moved on again if
 * that is not a meeting day either).
 */
export const HolidayRule = z.enum(["next-meeting-day", "previous-meeting-day", "same-weekday-next-week"]);
/** Where a meeting goes when its day is not a meeting day. */
export type HolidayRule = z.infer<typeof HolidayRule>;

/**
 * A share of the mandate holders that must take part (in person, or through their substitute):
 * `{ numerator: 1, denominator: 2, strictlyMore: true }` is "more than half".
 */
export const QuorumShare = defineSchema(() =>
  z.strictObject({
    numerator: z.int().min(0),
    denominator: z.int().min(1),
    /** More than the share (true), or at least the share (false). */
    strictlyMore: z.boolean(),
  }),
);
/** A share of the mandate holders. */
export type QuorumShare = z.infer<typeof QuorumShare>;

/** When a forum is quorate (*beslutsför*). Every rule given must hold: rules combine. */
export const QuorumRule = defineSchema(() =>
  z.strictObject({
    /** A share of the members with mandate present or represented by their substitute. */
    share: QuorumShare.optional(),
    /** Every principal (the region and each covered municipality) represented by a mandate holder or their substitute. */
    everyPrincipalRepresented: z.boolean(),
    /** The chair or the vice chair present in person. */
    chairOrViceChairPresent: z.boolean(),
  }),
);
/** When a forum is quorate. */
export type QuorumRule = z.infer<typeof QuorumRule>;

/** The chair's term and rotation as the meeting rules state them (the forum's `chairRule` describes its practice). */
export const ChairTermRule = defineSchema(() =>
  z.strictObject({
    termMonths: z.int().min(1).max(120),
    rotatesBetweenPrincipals: z.boolean(),
  }),
);
/** The chair's term and rotation. */
export type ChairTermRule = z.infer<typeof ChairTermRule>;

/**
 * The meeting rules of a forum (the *Metodstöd*, "Mötesstruktur"). Lead times are whole days in the Stockholm
 * calendar. The sequence before a meeting is: pre-registration deadline → agenda preparation (chair and key
 * persons) → notice deadline → meeting; after it: notes sent → approval (*justering*).
 */
export const MeetingRules = defineSchema(() =>
  z
    .strictObject({
      /** The number of meetings a year the forum aims at (LCHNV about 6; SCHNV 9–10). */
      meetingsPerYear: z.strictObject({ min: z.int().min(1).max(366), max: z.int().min(1).max(366) }),
      /** The pattern of the year's dates. */
      recurrence: Recurrence,
      /**
       * Dates the forum fixed for a year (*datum bestäms årsvis*). For a year with any date here, these dates
       * are the plan and the pattern is not used for that year.
       */
      fixedDates: z.array(IsoDate).optional(),
      /** The day of the preceding year by which next year's dates are fixed, `MM-DD`. */
      datesFixedBy: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "invalid_format" }),
      /** Where a meeting goes when its day is not a meeting day. */
      holidayRule: HolidayRule,
      /** Whether eves (julafton, nyårsafton, midsommarafton, påskafton, pingstafton) are non-meeting days. */
      evesAreNonMeetingDays: z.boolean(),
      /** The notice (*kallelse*) goes out at least this many days before the meeting. */
      noticeDays: z.int().min(0).max(365),
      /** The chair and key persons prepare the agenda this many days before the notice deadline. */
      preparationDaysBeforeNotice: z.int().min(0).max(365),
      /** Items are pre-registered (*föranmälan*) at the latest this many days before the notice deadline. */
      preRegistrationDaysBeforeNotice: z.int().min(0).max(365),
      /** Physical by default; digital or hybrid when needed. */
      defaultMode: MeetingMode,
      /** The modes the forum allows. */
      allowedModes: z.array(MeetingMode).min(1),
      /** The notes go to all members within this many days after the meeting. */
      notesWithinDays: z.int().min(0).max(365),
      /** The members have this many days after the notes were due to approve them (*justering*). */
      reviewDays: z.int().min(0).max(365),
      chair: ChairTermRule.optional(),
      quorum: QuorumRule,
      /** Statements about these rules: where they come from, what is a plausible choice. */
      notes: z.array(LocalizedText).optional(),
    })
    .check((ctx) => {
      const r = ctx.value;
      const push = (
        path: (string | number)[],
        code:
          | "invalid_meetings_per_year"
          | "recurrence_months"
          | "pre_registration_after_preparation"
          | "default_mode_not_allowed",
        params: Record<string, string | number>,
      ) =>
        ctx.issues.push({
          code: "custom",
          input: r,
          path,
          params: customIssueParams(code, MEETINGS_ISSUE_MESSAGES[code](params), params),
        });
      if (r.meetingsPerYear.max < r.meetingsPerYear.min)
        push(["meetingsPerYear", "max"], "invalid_meetings_per_year", {
          min: r.meetingsPerYear.min,
          max: r.meetingsPerYear.max,
        });
      r.recurrence.months.forEach((month, i) => {
        if (i > 0 && month <= r.recurrence.months[i - 1]!)
          push(["recurrence", "months", i], "recurrence_months", { month });
      });
      if (r.preRegistrationDaysBeforeNotice < r.preparationDaysBeforeNotice) {
        push(["preRegistrationDaysBeforeNotice"], "pre_registration_after_preparation", {
          preRegistration: r.preRegistrationDaysBeforeNotice,
          preparation: r.preparationDaysBeforeNotice,
        });
      }
      if (!r.allowedModes.includes(r.defaultMode))
        push(["defaultMode"], "default_mode_not_allowed", { mode: r.defaultMode });
    }),
);
/** The meeting rules of a forum. */
export type MeetingRules = z.infer<typeof MeetingRules>;

/** Meeting settings of a profile: the county's defaults and per-forum rules (by forum id). */
export const MeetingsProfileSettings = defineSchema(() =>
  z.strictObject({
    /** The county's default rules; absent: {@link DEFAULT_MEETING_RULES} (the *Metodstöd*). */
    defaults: MeetingRules.optional(),
    /** Rules of single forums, by forum id. */
    forums: z.record(Id, MeetingRules),
    /** Statements about the settings (what is sourced, what is a plausible choice). */
    notes: z.array(LocalizedText).optional(),
  }),
);
/** Meeting settings of a profile. */
export type MeetingsProfileSettings = z.infer<typeof MeetingsProfileSettings>;
