/**
 * The parts around an indicator's chart: the verdicts (a word, an arrow and a colour, never colour alone),
 * the source line the values themselves carry ("Källa: Kolada, KPI U21468"; invented sample values say they
 * are invented), and the indicator's definition in a `<details>`.
 */
import type { IndicatorPanelEntry, IndicatorVerdict, IndicatorVerdictKind } from "@systemledning/core/plan";
import { useKitLocale } from "../i18n/locale.js";
import { INDICATOR_PANEL_MESSAGES } from "./messages.js";

/** The arrow of a verdict: up for better, down for worse, across for no clear change. */
export function verdictArrow(verdict: IndicatorVerdict): string {
  const arrows: Record<IndicatorVerdictKind, string> = {
    improved: "↑",
    worsened: "↓",
    "no-clear-change": "→",
    changed: (verdict.change ?? 0) > 0 ? "↗" : "↘",
    "no-data": "–",
  };
  return arrows[verdict.verdict];
}

/** The verdicts of an indicator, one per organisation that matters to the leadership. */
export function VerdictList({
  entry,
  names,
}: {
  readonly entry: IndicatorPanelEntry;
  readonly names: ReadonlyMap<string, string>;
}) {
  const tools = useKitLocale(undefined, INDICATOR_PANEL_MESSAGES);
  const { t } = tools;
  if (entry.verdicts.length === 0) return null;
  return (
    <ul className="sl-indicator-verdicts">
      {entry.verdicts.map((v) => {
        const organisation = names.get(v.organisationCode) ?? v.organisationCode;
        const verdict = tools.text(v.label);
        const text =
          v.verdict === "no-data" || v.from === null || v.to === null
            ? t("indicatorPanelVerdictNoData", { organisation, verdict })
            : t("indicatorPanelVerdict", { organisation, verdict, from: v.from.period, to: v.to.period });
        return (
          <li key={v.organisationCode} className="sl-indicator-verdict" data-verdict={v.verdict}>
            <span className="sl-indicator-arrow" aria-hidden="true">
              {verdictArrow(v)}
            </span>{" "}
            {text}
            {v.preliminary ? ` (${t("valuePreliminary")})` : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The source line under a chart: each source the shown values carry, by its own attribution, with the KPI id
 * when the source is Kolada. Values that name no source say so rather than borrow Kolada's name.
 */
export function IndicatorSource({ entry }: { readonly entry: IndicatorPanelEntry }) {
  const tools = useKitLocale(undefined, INDICATOR_PANEL_MESSAGES);
  const kpi = entry.indicator.kolada?.kpiId;
  if (entry.extent === null) return null;
  if (entry.sources.length === 0) return <p className="sl-indicator-source">{tools.t("indicatorPanelNoSource")}</p>;
  return (
    <p className="sl-indicator-source">
      {entry.sources
        .map((source) => {
          const attribution = tools.text(source.attribution);
          const id = source.seriesId ?? kpi;
          return source.name === "Kolada" && id !== undefined ? `${attribution}, KPI ${id}` : attribution;
        })
        .join(" · ")}
    </p>
  );
}

/** The indicator's definition: unit, direction, the threshold of a clear change, the Kolada KPI and notes. */
export function IndicatorAbout({ entry }: { readonly entry: IndicatorPanelEntry }) {
  const tools = useKitLocale(undefined, INDICATOR_PANEL_MESSAGES);
  const { t } = tools;
  const { indicator } = entry;
  const threshold = entry.verdicts[0]?.threshold ?? indicator.clearChange;
  const direction = {
    "higher-is-better": t("indicatorPanelDirectionHigher"),
    "lower-is-better": t("indicatorPanelDirectionLower"),
    neutral: t("indicatorPanelDirectionNeutral"),
  }[indicator.direction];
  return (
    <details className="sl-indicator-about">
      <summary>{t("indicatorPanelAbout")}</summary>
      <ul>
        <li>{t("indicatorPanelUnit", { unit: indicator.unit })}</li>
        <li>{direction}</li>
        {threshold === undefined ? null : (
          <li>
            {threshold.kind === "absolute"
              ? t("indicatorPanelThresholdAbsolute", { value: tools.number(threshold.value), unit: indicator.unit })
              : t("indicatorPanelThresholdRelative", { share: tools.percent(threshold.share) })}
          </li>
        )}
        {indicator.kolada === undefined ? null : (
          <li>
            {t("indicatorPanelKpi", { kpi: indicator.kolada.kpiId })}
            {indicator.kolada.verified ? null : <> {t("indicatorPanelKpiUnverified")}</>}
            {indicator.kolada.note === undefined ? null : <> {tools.text(indicator.kolada.note)}</>}
          </li>
        )}
        {indicator.sourceNote === undefined ? null : <li>{tools.text(indicator.sourceNote)}</li>}
      </ul>
    </details>
  );
}
