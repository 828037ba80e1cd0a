/**
 * Dalarna's sample indicator values: plausible, not sourced. Each indicator has a series for Region
 * Dalarna (0020) and the country (0000), and — for the indicators measured per municipality — one for each
 * of the 15 municipalities, for the years 2021–2024. The 2024 values of the register-based care indicators
 * are preliminary, and a few values are missing (null with status "missing", never 0), as in Kolada.
 *
 * The numbers come from a small table (a level per series, a yearly step, a fixed spread between
 * municipalities) rather than from Kolada, so that the verdicts span every kind: improved, worsened,
 * changed, no clear change and no data. The profile's notes say so.
 */
import type { IndicatorValue, IndicatorValueSource } from "../../plan/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_MUNICIPALITIES, DALARNA_REGION_CODE } from "./municipalities.js";

/** The years of the sample series. */
export const DALARNA_VALUE_YEARS = ["2021", "2022", "2023", "2024"] as const;

/** The attribution of the sample values: they are made for the sample, so they do not claim Kolada. */
const SAMPLE_SOURCE: IndicatorValueSource = {
  name: "Exempeldata",
  attribution: {
    sv: "Källa: påhittade exempelvärden (inte Kolada)",
    en: "Source: invented sample values (not Kolada)",
  },
};

interface SeriesSpec {
  readonly indicatorId: string;
  /** Region Dalarna's value in 2021, and its change per year. */
  readonly region: readonly [start: number, step: number];
  /** The country's value in 2021, and its change per year. */
  readonly country: readonly [start: number, step: number];
  /** Half the range between municipalities; 0 = no municipality series (a regional measure). */
  readonly spread: number;
  /** Years whose values are preliminary. */
  readonly preliminary: readonly string[];
  readonly decimals: number;
}

const SERIES: readonly SeriesSpec[] = [
  {
    indicatorId: "brukarbedomning-hemtjanst",
    region: [86, 1],
    country: [87, 0.3],
    spread: 4,
    preliminary: [],
    decimals: 0,
  },
  {
    indicatorId: "undvikbar-slutenvard-65",
    region: [1850, -16],
    country: [1790, -25],
    spread: 0,
    preliminary: ["2024"],
    decimals: 0,
  },
  {
    indicatorId: "personalkontinuitet-hemtjanst",
    region: [16, -0.4],
    country: [15.6, -0.1],
    spread: 2,
    preliminary: [],
    decimals: 1,
  },
  {
    indicatorId: "digitala-vardkontakter",
    region: [8, 2.4],
    country: [9.5, 1.8],
    spread: 0,
    preliminary: ["2024"],
    decimals: 1,
  },
  {
    indicatorId: "aterinskrivning-65",
    region: [17.2, 0.27],
    country: [18.4, -0.05],
    spread: 1.5,
    preliminary: ["2024"],
    decimals: 1,
  },
  { indicatorId: "fallskador-80", region: [36, -0.2], country: [35.2, -0.3], spread: 3, preliminary: [], decimals: 1 },
];

/** Values the source lacks: `indicator|code|year`. */
const MISSING = new Set([
  "brukarbedomning-hemtjanst|2039|2022",
  "fallskador-80|2034|2021",
  "personalkontinuitet-hemtjanst|2021|2023",
  "aterinskrivning-65|2023|2024",
]);

/** A fixed offset in [-1, 1] per municipality, and a small wiggle per year, so series differ but never change. */
const offsetOf = (index: number): number => (((index * 7) % 11) - 5) / 5;
const wiggleOf = (index: number, year: number): number => (((index * 3 + year * 5) % 7) - 3) / 30;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function series(
  spec: SeriesSpec,
  code: string,
  start: number,
  step: number,
  spread: number,
  index: number,
): IndicatorValue[] {
  return DALARNA_VALUE_YEARS.map((period, y) => {
    const missing = MISSING.has(`${spec.indicatorId}|${code}|${period}`);
    const value = missing
      ? null
      : round(start + step * y + spread * (offsetOf(index) + wiggleOf(index, y)), spec.decimals);
    return {
      indicatorId: spec.indicatorId,
      organisationCode: code,
      period,
      gender: "T",
      value,
      status: missing ? "missing" : spec.preliminary.includes(period) ? "preliminary" : "final",
      source: SAMPLE_SOURCE,
    };
  });
}

/** Women's and men's values of home-care satisfaction for the region and the country (a gender breakdown). */
function genderSeries(): IndicatorValue[] {
  const spec = SERIES[0]!;
  return [DALARNA_REGION_CODE, "0000"].flatMap((code) =>
    (["K", "M"] as const).flatMap((gender) =>
      series(
        spec,
        code,
        code === "0000" ? spec.country[0] : spec.region[0],
        code === "0000" ? spec.country[1] : spec.region[1],
        0,
        0,
      ).map((v) => ({
        ...v,
        gender,
        value: v.value === null ? null : round(v.value + (gender === "K" ? -1.5 : 1.5), 0),
      })),
    ),
  );
}

/** The sample indicator values. */
export const DALARNA_INDICATOR_VALUES: readonly IndicatorValue[] = deepFreeze([
  ...SERIES.flatMap((spec) => [
    ...series(spec, "0000", spec.country[0], spec.country[1], 0, 0),
    ...series(spec, DALARNA_REGION_CODE, spec.region[0], spec.region[1], 0, 0),
    ...(spec.spread === 0
      ? []
      : DALARNA_MUNICIPALITIES.flatMap((m, i) =>
          series(spec, m.code, spec.region[0], spec.region[1], spec.spread, i + 1),
        )),
  ]),
  ...genderSeries(),
]);
