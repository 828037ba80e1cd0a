/**
 * One indicator of the panel: a small SVG with the followed municipalities as thin muted lines and the county
 * and the country as bold lines with direct labels, the verdicts in words with an arrow, the K/M/T switch
 * where the values are split by gender, the source the values carry and the indicator's definition, in a
 * `ChartFigure` with its table and CSV. Keyboard: one tab stop, arrows through the points (rows are series).
 */
import {
  getIndicatorPanelEntry,
  type Gender,
  type IndicatorPanelEntry,
  type IndicatorPanelScope,
} from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { memo, useId, useMemo, useState } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure } from "../primitives/chart-figure.js";
import { ChartTooltip } from "../primitives/chart-tooltip.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import { getIndicatorChartGeometry, INDICATOR_CHART_SIZE } from "./geometry.js";
import { IndicatorAbout, IndicatorSource, VerdictList } from "./indicator-parts.js";
import { entryTable, organisationLabel, valueText } from "./labels.js";
import { INDICATOR_PANEL_MESSAGES } from "./messages.js";

/** Props of {@link IndicatorChart}. */
export interface IndicatorChartProps {
  readonly workspace: Workspace;
  readonly scope: IndicatorPanelScope;
  /** The entry computed by the panel for its gender (reused as long as the reader keeps that gender). */
  readonly entry: IndicatorPanelEntry;
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  readonly onSelectIndicator?: ((indicatorId: string) => void) | undefined;
}

const GENDER_KEYS = {
  T: "indicatorPanelGenderT",
  K: "indicatorPanelGenderK",
  M: "indicatorPanelGenderM",
} as const;

/**
 * One indicator's small chart in its accessible frame. Memoised: a sibling's gender switch does not redraw it.
 *
 * @example
 * <IndicatorChart workspace={ws} scope={panel.scope} entry={panel.groups[0].entries[0]} headingLevel={4} />
 */
export const IndicatorChart = memo(function IndicatorChart({
  workspace,
  scope,
  entry: panelEntry,
  headingLevel,
  onSelectIndicator,
}: IndicatorChartProps) {
  const tools = useKitLocale(undefined, INDICATOR_PANEL_MESSAGES);
  const { t } = tools;
  const [chosen, setChosen] = useState<Gender | null>(null);
  const gender = chosen ?? panelEntry.gender;
  const entry = useMemo(
    () =>
      gender === panelEntry.gender
        ? panelEntry
        : getIndicatorPanelEntry(workspace, panelEntry.indicator.id, scope, gender),
    [gender, panelEntry, workspace, scope],
  );
  const geometry = useMemo(() => getIndicatorChartGeometry(entry), [entry]);
  const names = useMemo(
    () => new Map(entry.series.map((s) => [s.organisation.code, organisationLabel(s.organisation, tools)])),
    [entry, tools],
  );
  const navigation = useChartNavigation(
    useMemo(() => geometry.lines.map((l) => l.points.length), [geometry]),
    onSelectIndicator === undefined
      ? {}
      : {
          onOtherKey: (event) => {
            if (event.key === "Enter") onSelectIndicator(entry.indicator.id);
          },
        },
  );
  const genderName = useId();
  const title = tools.text(entry.indicator.title);
  const unit = entry.indicator.unit;
  const { width, height, left, right, bottom } = INDICATOR_CHART_SIZE;
  const municipalities = entry.series.filter((s) => s.role === "municipality").length;
  const county = entry.series.find((s) => s.role === "county");
  const countyName = county === undefined ? "" : (names.get(county.organisation.code) ?? "");
  const countryName = t("indicatorPanelCountry");
  // A series with no value at all is absent, not gapped: only gaps inside drawn series are counted.
  const gaps = geometry.lines.reduce((sum, l) => (l.points.length === 0 ? sum : sum + l.gaps), 0);
  const anyPreliminary = geometry.lines.some((l) => l.points.some((p) => p.status === "preliminary"));
  const open =
    navigation.tooltip === null ? undefined : geometry.lines[navigation.tooltip.row]?.points[navigation.tooltip.index];
  const openLine = navigation.tooltip === null ? undefined : geometry.lines[navigation.tooltip.row];

  const verdictWords = entry.verdicts
    .map((v) => `${names.get(v.organisationCode) ?? v.organisationCode}: ${tools.text(v.label)}`)
    .join("; ");
  const lines =
    municipalities > 0
      ? t("indicatorPanelLines", {
          municipalities: tools.number(municipalities),
          county: countyName,
          country: countryName,
        })
      : t("indicatorPanelLinesNoMunicipalities", { county: countyName, country: countryName });

  return (
    <div className="sl-indicator-card" data-indicator-id={entry.indicator.id}>
      <ChartFigure
        title={title}
        headingLevel={headingLevel}
        takeaway={
          entry.extent === null
            ? t("indicatorPanelNoValuesForIndicator")
            : t("indicatorPanelTakeaway", { verdicts: verdictWords, lines })
        }
        table={entryTable(entry, names, tools)}
        keyboardHint={entry.extent === null ? undefined : t("chartKeysRows")}
        details={
          <>
            <VerdictList entry={entry} names={names} />
            {entry.genders.length > 1 ? (
              <fieldset className="sl-indicator-gender">
                <legend>{t("indicatorPanelGender")}</legend>
                {entry.genders.map((g) => (
                  <label key={g}>
                    <input
                      type="radio"
                      name={genderName}
                      value={g}
                      checked={g === gender}
                      onChange={() => setChosen(g)}
                    />{" "}
                    {t(GENDER_KEYS[g])}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </>
        }
      >
        {entry.extent === null ? (
          <p className="sl-chart-empty">{t("indicatorPanelNoValuesForIndicator")}</p>
        ) : (
          <svg
            className="sl-chart-svg sl-indicator-svg"
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={title}
          >
            <g aria-hidden="true">
              {geometry.yTicks.map((tick) => (
                <g key={tick.value}>
                  <line className="sl-chart-grid" x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
                  <text className="sl-chart-tick" x={left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                    {tools.number(tick.value)}
                  </text>
                </g>
              ))}
              {geometry.xTicks.map((tick) => (
                <text
                  key={tick.period}
                  className="sl-chart-tick"
                  x={tick.x}
                  y={height - bottom + 18}
                  textAnchor="middle"
                >
                  {tick.period}
                </text>
              ))}
              {geometry.lines.map((l) => (
                <path key={l.code} className="sl-indicator-line" data-role={l.role} d={l.path} />
              ))}
              {geometry.lines.map((l) =>
                l.label === null ? null : (
                  <text
                    key={`label-${l.code}`}
                    className="sl-indicator-label"
                    x={l.label.x}
                    y={l.label.y}
                    dominantBaseline="middle"
                  >
                    {l.role === "country" ? countryName : names.get(l.code)}
                  </text>
                ),
              )}
            </g>
            {geometry.lines.map((l, row) =>
              l.points.map((p, index) => (
                <circle
                  key={`${l.code}-${p.period}`}
                  {...navigation.getMarkProps(row, index)}
                  className="sl-chart-mark sl-indicator-point"
                  data-role={l.role}
                  data-status={p.status}
                  cx={p.x}
                  cy={p.y}
                  r={l.role === "municipality" ? 2.5 : 4}
                  role="img"
                  aria-label={t("indicatorPanelPoint", {
                    organisation: l.role === "country" ? countryName : (names.get(l.code) ?? l.code),
                    period: p.period,
                    value: valueText(p.value, p.status, unit, tools),
                  })}
                />
              )),
            )}
            {open === undefined || openLine === undefined ? null : (
              <ChartTooltip
                anchorX={open.x}
                anchorY={open.y - 6}
                bounds={{ width, height }}
                lines={[
                  openLine.role === "country" ? countryName : (names.get(openLine.code) ?? openLine.code),
                  `${open.period}: ${valueText(open.value, open.status, unit, tools)}`,
                ]}
                {...navigation.tooltipProps}
              />
            )}
          </svg>
        )}
        {gaps > 0 || anyPreliminary ? (
          <p className="sl-indicator-notes">
            {gaps === 1
              ? t("indicatorPanelGapOne")
              : gaps > 1
                ? t("indicatorPanelGaps", { count: tools.number(gaps) })
                : null}
            {gaps > 0 && anyPreliminary ? " " : null}
            {anyPreliminary ? t("indicatorPanelPreliminaryNote") : null}
          </p>
        ) : null}
      </ChartFigure>
      <IndicatorSource entry={entry} />
      <IndicatorAbout entry={entry} />
      {onSelectIndicator === undefined ? null : (
        <button
          type="button"
          className="sl-button sl-button-small"
          onClick={() => onSelectIndicator(entry.indicator.id)}
          aria-label={`${t("indicatorPanelSelect")}: ${title}`}
        >
          {t("indicatorPanelSelect")}
        </button>
      )}
    </div>
  );
});
