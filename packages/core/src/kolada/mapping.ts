/**
 * From Kolada's data points to the kit's indicator values: one value per indicator, organisation, year and
 * gender, with the source "Kolada" and its attribution on each, a null kept null (status `missing`), and every point that could
 * not be mapped listed rather than dropped.
 */
import { compareStrings } from "../common/compare.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { IndicatorDefinition, IndicatorValue } from "../plan/schema.js";
import type { KoladaDataPoint } from "./responses.js";

/** The `source` of every indicator value that came from Kolada. */
export const KOLADA_SOURCE = "Kolada";

/** The attribution Kolada's terms ask for, shown wherever its data is shown. */
export const KOLADA_ATTRIBUTION: LocalizedText = Object.freeze({ sv: "Källa: Kolada", en: "Source: Kolada" });

/** A Kolada data point that could not become an indicator value, and why. */
export interface UnmappedKoladaPoint {
  readonly kpi: string;
  readonly municipality: string;
  readonly period: string;
  /**
   * `unknown-kpi`: no indicator of the profile has this KPI id; `not-an-official-code`: a group, not a four-digit
   * code; `deleted`: Kolada marks the point as withdrawn (`isdeleted`).
   */
  readonly reason: "unknown-kpi" | "not-an-official-code" | "deleted";
}

/** Indicator values read from Kolada, with the attribution that travels with them. */
export interface KoladaIndicatorValues {
  /** Sorted by indicator, organisation, period and gender (T, K, M). */
  readonly values: IndicatorValue[];
  /** "Källa: Kolada" / "Source: Kolada". */
  readonly attribution: LocalizedText;
  /** Points that could not be mapped (never silently dropped). */
  readonly unmapped: UnmappedKoladaPoint[];
  /** Indicators asked for that have no Kolada KPI id, so nothing was fetched for them. */
  readonly withoutKpi: string[];
}

/** Options of {@link toIndicatorValues}. */
export interface ToIndicatorValuesOptions {
  /** When the points were fetched (ISO 8601 with offset), stored in each value's source; the host's clock, not ours. */
  readonly retrievedAt?: string;
}

const GENDER_ORDER = { T: 0, K: 1, M: 2 } as const;
const OFFICIAL_CODE = /^\d{4}$/;

/** Kolada marks preliminary values in the status text; anything else with a value is final. */
function statusOf(value: number | null, koladaStatus: string | null | undefined): IndicatorValue["status"] {
  if (value === null) return "missing";
  return koladaStatus !== null && koladaStatus !== undefined && /prel/i.test(koladaStatus) ? "preliminary" : "final";
}

/** Sort indicator values by indicator, organisation, period and gender (T, K, M). */
export function sortIndicatorValues(values: IndicatorValue[]): IndicatorValue[] {
  return values.sort(
    (a, b) =>
      compareStrings(a.indicatorId, b.indicatorId) ||
      compareStrings(a.organisationCode, b.organisationCode) ||
      compareStrings(a.period, b.period) ||
      GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender],
  );
}

/**
 * Map Kolada data points to indicator values of `indicators` (matched by `kolada.kpiId`; a KPI used by two
 * indicators gives values to both). A `null` stays `null` with status `missing`; a status text with "prel"
 * gives `preliminary`. Points of an unknown KPI or of a municipality group are returned in `unmapped`.
 *
 * @example
 * const { values, attribution } = toIndicatorValues(points, profile.followUp?.indicators ?? []);
 * values[0]; // { indicatorId: "…", organisationCode: "2080", period: "2024", gender: "T", value: 14, status: "final",
 *            //   source: { name: "Kolada", attribution: { sv: "Källa: Kolada", en: "Source: Kolada" }, seriesId: "U21468" } }
 */
export function toIndicatorValues(
  points: readonly KoladaDataPoint[],
  indicators: readonly IndicatorDefinition[],
  options: ToIndicatorValuesOptions = {},
): KoladaIndicatorValues {
  const indicatorsByKpi = new Map<string, string[]>();
  for (const indicator of indicators) {
    if (indicator.kolada === undefined) continue;
    const ids = indicatorsByKpi.get(indicator.kolada.kpiId) ?? [];
    ids.push(indicator.id);
    indicatorsByKpi.set(indicator.kolada.kpiId, ids);
  }
  const values: IndicatorValue[] = [];
  const unmapped: UnmappedKoladaPoint[] = [];
  for (const point of points) {
    const period = String(point.period);
    const indicatorIds = indicatorsByKpi.get(point.kpi);
    if (point.isdeleted === true) {
      unmapped.push({ kpi: point.kpi, municipality: point.municipality, period, reason: "deleted" });
      continue;
    }
    if (indicatorIds === undefined || !OFFICIAL_CODE.test(point.municipality)) {
      unmapped.push({
        kpi: point.kpi,
        municipality: point.municipality,
        period,
        reason: indicatorIds === undefined ? "unknown-kpi" : "not-an-official-code",
      });
      continue;
    }
    for (const indicatorId of indicatorIds) {
      for (const v of point.values) {
        values.push({
          indicatorId,
          organisationCode: point.municipality,
          period,
          gender: v.gender,
          value: v.value,
          status: statusOf(v.value, v.status),
          source: {
            name: KOLADA_SOURCE,
            attribution: KOLADA_ATTRIBUTION,
            seriesId: point.kpi,
            ...(options.retrievedAt === undefined ? {} : { retrievedAt: options.retrievedAt }),
          },
        });
      }
    }
  }
  return {
    values: sortIndicatorValues(values),
    attribution: KOLADA_ATTRIBUTION,
    unmapped,
    withoutKpi: indicators.filter((i) => i.kolada === undefined).map((i) => i.id),
  };
}
