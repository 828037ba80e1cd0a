/**
 * Schemas of the strategy and indicator half of the plan module (docs/domain.md, Action plan, indicators, follow-up and
 * the annual report): indicator definitions, roadmap milestones and the change threshold (profile data), and indicator
 * values (a workspace collection).
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams } from "../common/issues.js";
import { Ext, Id, IsoDateTime, LocalizedText, OfficialCode, ShortText } from "../schema/primitives.js";
import { COUNTRY_CODE } from "./constants.js";
import { PLAN_ISSUE_MESSAGES } from "./issues.js";

/** Whether a higher value of an indicator is better, worse, or neither. */
export const IndicatorDirection = z.enum(["higher-is-better", "lower-is-better", "neutral"]);
/** Whether a higher value is better. */
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;

/**
 * How large a change must be to count as a clear change (*Regional årsrapport 2025*, §2.1: year-to-year changes
 * are often small and must be read with care).
 *
 * - `absolute`: clear when |to − from| ≥ `value` (in the indicator's unit: 2 percentage points, 5 days).
 * - `relative`: clear when |to − from| ≥ `share` × |from| (0.05 = five per cent of the earlier value). When
 *   the earlier value is 0 a share of it is 0, so any change from 0 is clear and no change is not.
 */
export const ChangeThreshold = defineSchema(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("absolute"), value: z.number().positive() }),
    z.strictObject({ kind: z.literal("relative"), share: z.number().positive().max(10) }),
  ]),
);
/** How large a change must be to count as clear. */
export type ChangeThreshold = z.infer<typeof ChangeThreshold>;

/** Where an indicator's values come from: a Kolada KPI, checked against Kolada or taken from a secondary source. */
export const IndicatorKoladaSource = defineSchema(() =>
  z.strictObject({
    /** The KPI id in Kolada (`U21468`, `N00942`). */
    kpiId: ShortText,
    /** True only when the id was checked against Kolada itself; ids from secondary sources are `false`. */
    verified: z.boolean(),
    /** Where the id was found, and what is uncertain about it. */
    note: LocalizedText.optional(),
  }),
);
/** A Kolada source of an indicator. */
export type IndicatorKoladaSource = z.infer<typeof IndicatorKoladaSource>;

/** An indicator (*nyckeltal*) the county follows. */
export const IndicatorDefinition = defineSchema(() =>
  z.strictObject({
    id: Id,
    title: LocalizedText,
    /** The unit as read beside a value: "%", "antal per 1 000 invånare", "dagar". */
    unit: ShortText,
    direction: IndicatorDirection,
    /** The delmål (a profile goal id) the indicator follows. */
    goalId: Id.optional(),
    /** The Kolada KPI, where there is one. */
    kolada: IndicatorKoladaSource.optional(),
    /** The source in words when there is no Kolada id (or the id is unknown, and why). */
    sourceNote: LocalizedText.optional(),
    /** A threshold of this indicator that overrides the profile's `clearChange`. */
    clearChange: ChangeThreshold.optional(),
    ext: Ext.optional(),
  }),
);
/** An indicator. */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** A milestone of the roadmap (*färdplan*) 2022–2030. */
export const RoadmapMilestone = defineSchema(() =>
  z.strictObject({
    id: Id,
    year: z.int().min(2000).max(2100),
    title: LocalizedText,
    description: LocalizedText.optional(),
    /** The delmål the milestone serves, when it serves particular ones. */
    goalIds: z.array(Id).optional(),
  }),
);
/** A roadmap milestone. */
export type RoadmapMilestone = z.infer<typeof RoadmapMilestone>;

/** The gender breakdown of a value: T total, K women (*kvinnor*), M men (Kolada's codes). */
export const Gender = z.enum(["T", "K", "M"]);
/** A gender breakdown code. */
export type Gender = z.infer<typeof Gender>;

/** Whether a value is final, preliminary (may still change), or missing (the source has none). */
export const IndicatorValueStatus = z.enum(["final", "preliminary", "missing"]);
/** Whether a value is final, preliminary or missing. */
export type IndicatorValueStatus = z.infer<typeof IndicatorValueStatus>;

/**
 * Where a value came from, with the attribution a page must show beside it ("Källa: Kolada"). It travels
 * with every value, so a report can list the sources of exactly the values it shows.
 */
export const IndicatorValueSource = defineSchema(() =>
  z.strictObject({
    /** The source's short name: "Kolada", "Socialstyrelsen", "Lokal uppföljning". */
    name: ShortText,
    /** The attribution to print beside the value: `{ sv: "Källa: Kolada", en: "Source: Kolada" }`. */
    attribution: LocalizedText,
    /** The source's own id of the series (a Kolada KPI id). */
    seriesId: ShortText.optional(),
    /** When the value was fetched from the source. */
    retrievedAt: IsoDateTime.optional(),
  }),
);
/** The source of a value. */
export type IndicatorValueSource = z.infer<typeof IndicatorValueSource>;

export { COUNTRY_CODE };

/**
 * One value of an indicator for an organisation (a municipality or region code, `0000` the whole country),
 * a year and a gender breakdown. A value the source lacks is `null` with status `missing`, never 0; the
 * two always go together.
 */
export const IndicatorValue = defineSchema(() =>
  z
    .strictObject({
      indicatorId: Id,
      organisationCode: OfficialCode,
      /** The year, `YYYY` (Kolada's period). */
      period: z.string().regex(/^\d{4}$/),
      gender: Gender,
      /** Null when the source has no value; never replaced by 0. */
      value: z.number().nullable(),
      status: IndicatorValueStatus,
      source: IndicatorValueSource.optional(),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { value, status } = ctx.value;
      if ((value === null) !== (status === "missing")) {
        const params = { status, value: value === null ? "null" : value };
        ctx.issues.push({
          code: "custom",
          input: status,
          path: ["status"],
          params: customIssueParams("value_status_mismatch", PLAN_ISSUE_MESSAGES.value_status_mismatch(params), params),
        });
      }
    }),
);
/** One indicator value. */
export type IndicatorValue = z.infer<typeof IndicatorValue>;
