/**
 * What the comparison's columns are: each indicator's title, unit and direction, the year compared and the
 * sources of the values shown, as the values themselves name them (invented sample values say so; only
 * values fetched from Kolada say "Källa: Kolada", with the KPI id).
 */
import type { IndicatorRankingResult } from "@systemledning/core/plan";
import type { IndicatorComparisonTools } from "./messages.js";

const DIRECTION_KEYS = {
  "higher-is-better": "indicatorComparisonHigherIsBetter",
  "lower-is-better": "indicatorComparisonLowerIsBetter",
  neutral: "indicatorComparisonNeutral",
} as const;

/** The list under the table: one item per indicator with its unit, direction, year and sources. */
export function IndicatorNotes({
  ranking,
  tools,
  headingLevel,
}: {
  readonly ranking: IndicatorRankingResult;
  readonly tools: IndicatorComparisonTools;
  readonly headingLevel: 3 | 4 | 5;
}) {
  const { t } = tools;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="sl-comparison-notes">
      <Heading className="sl-comparison-subtitle">{t("indicatorComparisonAboutTitle")}</Heading>
      <ul>
        {ranking.indicators.map((item) => {
          const { indicator } = item;
          const fromKolada = item.sources.some((s) => s.name === "Kolada");
          const sources =
            item.sources.length === 0
              ? t("indicatorComparisonNoSource")
              : item.sources.map((s) => tools.text(s.attribution)).join("; ");
          return (
            <li key={indicator.id} className="sl-text">
              {t("indicatorComparisonAbout", {
                title: tools.text(indicator.title),
                unit: indicator.unit,
                direction: t(DIRECTION_KEYS[indicator.direction]),
                period:
                  item.period === null
                    ? t("indicatorComparisonAboutNoPeriod")
                    : t("indicatorComparisonAboutPeriod", { period: item.period }),
              })}{" "}
              {item.values.every((v) => v.point === null) ? `${t("indicatorComparisonNotPerMunicipality")} ` : ""}
              {sources}
              {fromKolada && indicator.kolada !== undefined
                ? ` ${t("indicatorComparisonKolada", { kpi: indicator.kolada.kpiId })}`
                : ""}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
