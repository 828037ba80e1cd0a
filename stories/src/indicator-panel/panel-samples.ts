/**
 * Workspaces for the indicator panel's stories: the Dalarna sample with a series full of gaps, and a large
 * panel of invented indicators (20 indicators × 15 municipalities × 10 years by default, the size the issue
 * benches). Every invented value says it is invented in its attribution; none claims Kolada.
 */
import type { IndicatorDefinition, IndicatorValue, IndicatorValueSource } from "@systemledning/core/plan";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { loadSample } from "../sample.js";

const INVENTED: IndicatorValueSource = {
  name: "Exempeldata",
  attribution: {
    sv: "Källa: påhittade exempelvärden (inte Kolada)",
    en: "Source: invented sample values (not Kolada)",
  },
};

/** The sample with more missing values in "fallskador-80": the county lacks 2022, the country 2023, Falun 2021–2022. */
export function loadGappedSample(): Workspace {
  const ws = loadSample();
  const gaps = new Set(["0020|2022", "0000|2023", "2080|2021", "2080|2022"]);
  return {
    ...ws,
    indicatorValues: ws.indicatorValues.map((v) =>
      v.indicatorId === "fallskador-80" && v.gender === "T" && gaps.has(`${v.organisationCode}|${v.period}`)
        ? { ...v, value: null, status: "missing" as const }
        : v,
    ),
  };
}

/** A fixed pseudo-random number in [0, 1) from three integers, so every story draws the same. */
function noise(a: number, b: number, c: number): number {
  const x = Math.sin(a * 12.9898 + b * 78.233 + c * 37.719) * 43758.5453;
  return x - Math.floor(x);
}

/**
 * The Dalarna sample with `indicators` invented indicators over `years` years (ending 2024) for the county,
 * the country and every municipality, spread over the profile's delmål; the last year preliminary and a few
 * values missing.
 */
export function loadLargeSample({
  indicators = 20,
  years = 10,
}: { indicators?: number; years?: number } = {}): Workspace {
  const ws = loadSample();
  const goals = ws.profile.goals.map((g) => g.id);
  const periods = Array.from({ length: years }, (_, k) => String(2024 - years + 1 + k));
  const codes = ["0000", "0020", ...ws.profile.municipalities.map((m) => m.code)];
  const definitions: IndicatorDefinition[] = Array.from({ length: indicators }, (_, i) => ({
    id: `exempel-${i + 1}`,
    title: { sv: `Exempelindikator ${i + 1}`, en: `Sample indicator ${i + 1}` },
    unit: "%",
    direction: i % 3 === 0 ? "lower-is-better" : "higher-is-better",
    goalId: goals[i % goals.length]!,
    clearChange: { kind: "absolute", value: 2 },
  }));
  const values: IndicatorValue[] = definitions.flatMap((d, i) =>
    codes.flatMap((code, c) =>
      periods.map((period, y): IndicatorValue => {
        const missing = noise(i, c, y) < 0.03;
        const value = Math.round((40 + i * 2 + (noise(i, c, 0) - 0.5) * 20 + y * (noise(i, 0, 1) - 0.4) * 3) * 10) / 10;
        return {
          indicatorId: d.id,
          organisationCode: code,
          period,
          gender: "T",
          value: missing ? null : value,
          status: missing ? "missing" : y === periods.length - 1 ? "preliminary" : "final",
          source: INVENTED,
        };
      }),
    ),
  );
  const large: Workspace = {
    ...ws,
    profile: { ...ws.profile, followUp: { ...ws.profile.followUp!, indicators: definitions } },
    indicatorValues: values,
    // The sample's plans name its own indicators; the large panel shows no plans.
    plans: [],
    checkIns: [],
  };
  return parseWorkspace(JSON.parse(serializeWorkspace(large)));
}
