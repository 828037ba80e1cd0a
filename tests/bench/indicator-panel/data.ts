/**
 * The indicator-panel bench's data, seeded: the Dalarna sample with 20 indicators across its five delmål (four
 * each: the sample's six and fourteen more made up for the bench) and, for each, a value for every one of the 15
 * municipalities, Region Dalarna and the country over the ten years 2015–2024 (20 × 17 × 10 = 3,400 values), a
 * few missing (null, status "missing") and the last year of every other indicator preliminary. The workspace goes
 * through the core's door (`parseWorkspace`), so it is one a host could hold. The recharts page gets the very
 * same values as rows per year, one line per organisation (`connectNulls={false}`: a missing value is a gap).
 *
 * The values are invented, so their source says so and no new indicator claims a Kolada id.
 */
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { IndicatorDefinition, IndicatorValue, IndicatorValueSource } from "@systemledning/core/plan";
import { parseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { createRandom } from "../../fixtures/national.js";
import { CHART_SIZE, type OursPanelData, type PeerPanelData, type PeerSeries } from "./protocol.js";

/** The seed of the generator: the same data on every run. */
export const PANEL_BENCH_SEED = 20261205;
/** The regional leadership: its municipalities are the county's 15. */
export const BENCH_LEADERSHIP_ID = "ls-regional";
/** The ten years of every series. */
export const BENCH_YEARS = Array.from({ length: 10 }, (_, i) => String(2015 + i));
const COUNTRY_CODE = "0000";

/** Invented values: a page must not say "Källa: Kolada" beside them. */
const BENCH_SOURCE: IndicatorValueSource = {
  name: "Exempeldata",
  attribution: {
    sv: "Källa: påhittade värden för prestandatestet (inte Kolada)",
    en: "Source: invented values for the benchmark (not Kolada)",
  },
};
const BENCH_NOTE = {
  sv: "Påhittat nyckeltal för prestandatestet; värdena slumpas med ett fast frö.",
  en: "An invented indicator for the benchmark; its values are drawn with a fixed seed.",
};

type Extra = readonly [
  id: string,
  goalId: string,
  sv: string,
  en: string,
  unit: string,
  IndicatorDefinition["direction"],
];

/** Fourteen more, so each delmål has four with the sample's six (1, 1, 2, 1, 1 of them). */
const EXTRA: readonly Extra[] = [
  [
    "brukarbedomning-sabo",
    "nara-for-mig",
    "Brukarbedömning särskilt boende – helhetssyn",
    "Residential care users' overall satisfaction",
    "%",
    "higher-is-better",
  ],
  [
    "genomforandeplan-hemtjanst",
    "nara-for-mig",
    "Andel med aktuell genomförandeplan i hemtjänsten",
    "Share with a current care plan in home care",
    "%",
    "higher-is-better",
  ],
  [
    "trygghet-hemtjanst",
    "nara-for-mig",
    "Känner sig trygga med hemtjänsten",
    "Feel safe with home care",
    "%",
    "higher-is-better",
  ],
  [
    "olampliga-lakemedel-75",
    "nara-for-alla",
    "Olämpliga läkemedel, 75 år och äldre",
    "Inappropriate medicines, aged 75 and over",
    "%",
    "lower-is-better",
  ],
  [
    "influensavaccination-65",
    "nara-for-alla",
    "Influensavaccination, 65 år och äldre",
    "Influenza vaccination, aged 65 and over",
    "%",
    "higher-is-better",
  ],
  [
    "lakarbesok-primarvard-75",
    "nara-for-alla",
    "Läkarbesök i primärvården per invånare 75 år och äldre",
    "Primary care doctor visits per resident aged 75 and over",
    "antal",
    "neutral",
  ],
  [
    "vantetid-sabo",
    "nara-i-hela-dalarna",
    "Väntetid till särskilt boende",
    "Waiting time for residential care",
    "dagar",
    "lower-is-better",
  ],
  [
    "hemsjukvard-80",
    "nara-i-hela-dalarna",
    "Andel 80 år och äldre med hemsjukvård",
    "Share aged 80 and over with home health care",
    "%",
    "neutral",
  ],
  [
    "sip-30-dagar",
    "nara-mellan-oss",
    "Samordnad individuell plan inom 30 dagar",
    "Coordinated individual plan within 30 days",
    "%",
    "higher-is-better",
  ],
  [
    "utskrivningsklara-dagar",
    "nara-mellan-oss",
    "Utskrivningsklara dagar per vårdtillfälle",
    "Days ready for discharge per stay",
    "dagar",
    "lower-is-better",
  ],
  [
    "akutbesok-80",
    "nara-mellan-oss",
    "Akutbesök, 80 år och äldre, per 1 000 invånare",
    "Emergency visits, aged 80 and over, per 1,000 residents",
    "per 1 000 inv",
    "lower-is-better",
  ],
  [
    "fysiskt-aktiva-65",
    "nara-till-halsa",
    "Fysiskt aktiva, 65 år och äldre",
    "Physically active, aged 65 and over",
    "%",
    "higher-is-better",
  ],
  [
    "ofrivillig-ensamhet-75",
    "nara-till-halsa",
    "Ofrivillig ensamhet, 75 år och äldre",
    "Involuntary loneliness, aged 75 and over",
    "%",
    "lower-is-better",
  ],
  [
    "hoftfraktur-80",
    "nara-till-halsa",
    "Höftfrakturer, 80 år och äldre, per 1 000 invånare",
    "Hip fractures, aged 80 and over, per 1,000 residents",
    "per 1 000 inv",
    "lower-is-better",
  ],
];

/** Both pages' data, and what they hold (for the suite's description). */
export interface PanelBenchData {
  readonly ours: OursPanelData;
  readonly recharts: PeerPanelData;
  readonly indicators: number;
  readonly municipalities: number;
  readonly years: number;
  readonly values: number;
  readonly missing: number;
  readonly preliminary: number;
}

/** The 20 indicators: the sample's six, then the fourteen, each delmål's four together in the profile's order. */
function indicatorsOf(workspace: Workspace): IndicatorDefinition[] {
  const extra = EXTRA.map(([id, goalId, sv, en, unit, direction]): IndicatorDefinition => ({
    id,
    title: { sv, en },
    unit,
    direction,
    goalId,
    sourceNote: BENCH_NOTE,
  }));
  const all = [...(workspace.profile.followUp?.indicators ?? []), ...extra];
  const order = workspace.profile.goals.map((goal) => goal.id);
  return all.sort((a, b) => order.indexOf(a.goalId ?? "") - order.indexOf(b.goalId ?? ""));
}

/** One indicator's 170 values: a level and a trend per indicator, an offset per organisation, noise per year. */
function valuesOf(
  indicator: IndicatorDefinition,
  index: number,
  codes: readonly string[],
  random: ReturnType<typeof createRandom>,
) {
  const percent = indicator.unit === "%";
  const level = percent ? random.int(20, 85) : random.int(5, 400);
  const step = (random.next() - 0.5) * level * 0.04;
  const preliminaryYear = index % 2 === 0 ? BENCH_YEARS.at(-1) : undefined;
  return codes.flatMap((code, c) => {
    // The country and the county close to the level; the municipalities spread around it.
    const offset = c < 2 ? (random.next() - 0.5) * level * 0.04 : (random.next() - 0.5) * level * 0.3;
    return BENCH_YEARS.map((period, y): IndicatorValue => {
      // About one value in sixty is missing: a gap in the line, never a zero.
      if (c > 1 && random.chance(1 / 60))
        return {
          indicatorId: indicator.id,
          organisationCode: code,
          period,
          gender: "T",
          value: null,
          status: "missing",
          source: BENCH_SOURCE,
        };
      const noise = (random.next() - 0.5) * level * (c < 2 ? 0.01 : 0.06);
      const raw = Math.max(0, level + offset + step * y + noise);
      const value = Math.round((percent ? Math.min(100, raw) : raw) * 10) / 10;
      return {
        indicatorId: indicator.id,
        organisationCode: code,
        period,
        gender: "T",
        value,
        status: period === preliminaryYear ? "preliminary" : "final",
        source: BENCH_SOURCE,
      };
    });
  });
}

/** Build the workspace (through the door) and both pages' data from it. */
export function createPanelBenchData(seed = PANEL_BENCH_SEED): PanelBenchData {
  const sample = createDalarnaSampleWorkspace();
  const random = createRandom(seed);
  const leadership = sample.leaderships.find((l) => l.id === BENCH_LEADERSHIP_ID);
  if (leadership === undefined) throw new Error(`the Dalarna sample has no leadership ${BENCH_LEADERSHIP_ID}`);
  const region = sample.organisations.find((o) => o.kind === "region");
  if (region?.code === undefined) throw new Error("the Dalarna sample has no region with a code");
  const municipalities = leadership.municipalityCodes;
  const codes = [COUNTRY_CODE, region.code, ...municipalities];
  const indicators = indicatorsOf(sample);
  const followUp = sample.profile.followUp;
  if (followUp === undefined) throw new Error("the Dalarna sample has no follow-up profile");
  const values = indicators.flatMap((indicator, i) => valuesOf(indicator, i, codes, random));
  const workspace = parseWorkspace({
    ...sample,
    profile: { ...sample.profile, followUp: { ...followUp, indicators } },
    indicatorValues: values,
  });

  const nameOf = (code: string) =>
    code === COUNTRY_CODE
      ? "Riket"
      : (sample.organisations.find((o) => o.code === code)?.shortName ??
        sample.organisations.find((o) => o.code === code)?.name ??
        code);
  // The muted municipalities first, the bold county and country last, so they are drawn on top (as ours does).
  const series: PeerSeries[] = [...municipalities, region.code, COUNTRY_CODE].map((code) => ({
    key: `o${code}`,
    name: code === region.code ? "Dalarna" : nameOf(code),
    emphasis: code === region.code || code === COUNTRY_CODE,
  }));
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const value of values)
    byIndicator.set(value.indicatorId, [...(byIndicator.get(value.indicatorId) ?? []), value]);
  const peerIndicator = (indicator: IndicatorDefinition) => {
    const own = byIndicator.get(indicator.id) ?? [];
    return {
      id: indicator.id,
      title: indicator.title.sv,
      unit: indicator.unit,
      rows: BENCH_YEARS.map((year) => {
        const row: Record<string, string | number | null> = { year };
        for (const value of own) if (value.period === year) row[`o${value.organisationCode}`] = value.value;
        return row;
      }),
      preliminary: own.filter((v) => v.status === "preliminary").map((v) => `o${v.organisationCode}|${v.period}`),
    };
  };
  return {
    ours: {
      workspace,
      leadershipId: BENCH_LEADERSHIP_ID,
      asOf: DALARNA_SAMPLE_AS_OF,
      indicatorIds: indicators.map((indicator) => indicator.id),
      organisationCodes: municipalities,
    },
    recharts: {
      goals: workspace.profile.goals.map((goal) => ({
        id: goal.id,
        title: goal.name.sv,
        indicators: indicators.filter((indicator) => indicator.goalId === goal.id).map(peerIndicator),
      })),
      series,
      chart: CHART_SIZE,
    },
    indicators: indicators.length,
    municipalities: municipalities.length,
    years: BENCH_YEARS.length,
    values: values.length,
    missing: values.filter((v) => v.status === "missing").length,
    preliminary: values.filter((v) => v.status === "preliminary").length,
  };
}
