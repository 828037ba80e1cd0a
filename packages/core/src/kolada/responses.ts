/**
 * The JSON the Kolada API v3 answers with, as zod schemas: the door for everything that comes from Kolada.
 *
 * What these shapes rely on (checked against public clients of `https://api.kolada.se/v3`, since the
 * Swagger page at `/v3/docs` could not be reached from here):
 * - Every list answer is `{ count, values: [...], next_url? }`; a long answer is split into pages and
 *   `next_url` is the absolute address of the next page (v2 called it `next_page`; v3 uses `next_url`).
 * - Data (`/data/kpi/{kpi}/municipality/{municipality}/year/{years}`) is
 *   `{ kpi, municipality, period, values: [{ gender, count, status, value }] }` with `gender` `T` (total),
 *   `K` (women), `M` (men); `value` is `null` where Kolada has no value; `period` is the year as a number;
 *   a point may carry `isdeleted` (true for a point Kolada has withdrawn).
 * - KPI metadata (`/kpi/{ids}`) has at least `id` and `title`; municipalities (`/municipality`,
 *   `/municipality/{ids}`) have `id`, `title` and `type` (`K` municipality, `L` region).
 *
 * Fields Kolada adds later are accepted and ignored (the API is not ours to freeze); fields we read are
 * checked exactly, so a change in their shape is reported with its path instead of becoming wrong data.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";

/** A gender of a Kolada value: `T` total, `K` women (*kvinnor*), `M` men (*män*). */
export const KoladaGender = z.enum(["T", "K", "M"]);
/** A gender of a Kolada value. */
export type KoladaGender = z.infer<typeof KoladaGender>;

/** The address of the next page, or nothing on the last page. */
const NextUrl = z.string().min(1).nullable().optional();

/** One value of a data point: per gender, with Kolada's own status text and count of underlying units. */
export const KoladaValue = defineSchema(() =>
  z.object({
    gender: KoladaGender,
    /** How many units the value is made from (for groups); absent or null for a single municipality. */
    count: z.number().nullable().optional(),
    /** Kolada's status text for the value; empty or null for an ordinary value. */
    status: z.string().nullable().optional(),
    /** The value, or `null` where Kolada has none. Never read as 0. */
    value: z.number().nullable(),
  }),
);
/** One value of a data point. */
export type KoladaValue = z.infer<typeof KoladaValue>;

/** A year as Kolada writes it: a number (v3), or a four-digit string (seen in older answers). */
const KoladaPeriod = z.union([z.int().min(1900).max(2100), z.string().regex(/^\d{4}$/)]);

/** One data point: a KPI for a municipality (or region, or `0000` the country) and a year. */
export const KoladaDataPoint = defineSchema(() =>
  z.object({
    kpi: z.string().min(1),
    municipality: z.string().min(1),
    period: KoladaPeriod,
    /** Kolada sets this on a point it has withdrawn (seen when asking for changes since a date); such a point is no value. */
    isdeleted: z.boolean().optional(),
    values: z.array(KoladaValue),
  }),
);
/** One data point. */
export type KoladaDataPoint = z.infer<typeof KoladaDataPoint>;

/** A page of data points. */
export const KoladaDataPage = defineSchema(() =>
  z.object({
    count: z.int().min(0),
    values: z.array(KoladaDataPoint),
    next_url: NextUrl,
  }),
);
/** A page of data points. */
export type KoladaDataPage = z.infer<typeof KoladaDataPage>;

/** The metadata of a KPI; only the fields the kit reads are checked, the rest are kept as they came. */
export const KoladaKpi = defineSchema(() =>
  z.looseObject({
    id: z.string().min(1),
    title: z.string(),
    description: z.string().nullable().optional(),
    /** Whether Kolada splits the KPI by gender (0/1 in some answers, a boolean in others). */
    is_divided_by_gender: z.union([z.boolean(), z.literal(0), z.literal(1)]).optional(),
    municipality_type: z.string().nullable().optional(),
    publication_date: z.string().nullable().optional(),
    prel_publication_date: z.string().nullable().optional(),
    auspices: z.string().nullable().optional(),
  }),
);
/** The metadata of a KPI. */
export type KoladaKpi = z.infer<typeof KoladaKpi>;

/** A page of KPI metadata. */
export const KoladaKpiPage = defineSchema(() =>
  z.object({ count: z.int().min(0), values: z.array(KoladaKpi), next_url: NextUrl }),
);
/** A page of KPI metadata. */
export type KoladaKpiPage = z.infer<typeof KoladaKpiPage>;

/** A municipality, region or the country as Kolada lists it. */
export const KoladaMunicipality = defineSchema(() =>
  z.looseObject({
    id: z.string().min(1),
    title: z.string(),
    /** `K` municipality, `L` region (county council). */
    type: z.string(),
  }),
);
/** A municipality or region in Kolada. */
export type KoladaMunicipality = z.infer<typeof KoladaMunicipality>;

/** A page of municipalities. */
export const KoladaMunicipalityPage = defineSchema(() =>
  z.object({ count: z.int().min(0), values: z.array(KoladaMunicipality), next_url: NextUrl }),
);
/** A page of municipalities. */
export type KoladaMunicipalityPage = z.infer<typeof KoladaMunicipalityPage>;
