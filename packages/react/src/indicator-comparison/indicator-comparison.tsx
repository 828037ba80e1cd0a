/**
 * The municipalities × indicators table of the follow-up (Kolada's *Jämföraren* as a kit view): each
 * municipality's value of each indicator in the year compared, placed by rank among the municipalities shown
 * in the best quarter (a green circle), the middle half (an amber diamond) or the worst quarter (a red
 * triangle), with the placement and rank in words for screen readers; missing and preliminary values carry
 * the kit's `ValueMark`, never a zero. The county, the country and the unweighted mean of the municipalities
 * stand below the rows, outside sorting. Every column sorts (missing values last either way); the CSV has
 * the placement's word and the value's mark beside each value, and opens in Excel (docs/quality.md A1–A3, A8).
 */
import { RANK_CLASS_LABELS, getIndicatorRanking, type Gender, type RankClass } from "@systemledning/core/plan";
import type { IndicatorComparison as CoreIndicatorComparison } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { csvFileName, downloadText, toCsv } from "../primitives/csv.js";
import { NoValue } from "../primitives/data-table/data-table-cell.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useAnnounce } from "../primitives/live-region.js";
import { ValueMark } from "../primitives/value-mark.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import {
  indicatorComparisonRows,
  csvColumns,
  indicatorHeader,
  nameColumn,
  type ComparisonCell,
  type ComparisonRow,
} from "./comparison-model.js";
import { IndicatorNotes } from "./indicator-notes.js";
import { INDICATOR_COMPARISON_MESSAGES, type IndicatorComparisonTools } from "./messages.js";

/**
 * The core's comparison of one organisation with its county and the country (`IndicatorComparison` of
 * `@systemledning/core/plan`) under the component's name: the kit re-exports the whole core, so the name
 * `IndicatorComparison` from `@systemledning/react` is this component as a value and the core's answer as a
 * type, and a host's `import type { IndicatorComparison }` keeps working.
 */
export type IndicatorComparison = CoreIndicatorComparison;

/** Props of {@link IndicatorComparison}. */
export interface IndicatorComparisonProps extends WidgetProps {
  /** The workspace whose profile names the indicators and whose values are compared. */
  readonly workspace: Workspace;
  /** The indicators, in this order. @default every indicator of the profile */
  readonly indicatorIds?: readonly string[] | undefined;
  /** The municipalities compared, in this order. @default every municipality of the profile */
  readonly organisationCodes?: readonly string[] | undefined;
  /** The year compared, `YYYY`. @default per indicator, the latest year with a value */
  readonly period?: string | undefined;
  /** The gender breakdown (Kolada's T, K, M). @default "T" */
  readonly gender?: Gender | undefined;
  /** The heading level of the view's title, to fit the host page's outline. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The view's title. @default "Jämförelse mellan kommunerna" */
  readonly title?: string | undefined;
}

/**
 * A table of the municipalities' indicator values coloured by rank among them, with the county, the country
 * and their unweighted mean, sortable by every column and downloadable as CSV.
 *
 * @example
 * <IndicatorComparison workspace={workspace} />
 * <IndicatorComparison workspace={workspace} indicatorIds={["aterinskrivning-65"]} period="2023" locale="en" headingLevel={3} />
 */
export function IndicatorComparison(props: IndicatorComparisonProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <IndicatorComparisonBody {...props} />
    </Widget>
  );
}

const GENDER_KEYS = {
  T: "indicatorComparisonGenderT",
  K: "indicatorComparisonGenderK",
  M: "indicatorComparisonGenderM",
} as const;

function IndicatorComparisonBody(props: IndicatorComparisonProps) {
  const { workspace, indicatorIds, organisationCodes, period, gender, headingLevel = 2 } = props;
  const tools = useKitLocale(undefined, INDICATOR_COMPARISON_MESSAGES);
  const { t } = tools;
  const announce = useAnnounce();
  const titleId = useId();
  const ranking = useMemo(
    () => getIndicatorRanking(workspace, { indicatorIds, organisationCodes, period, gender }),
    [workspace, indicatorIds, organisationCodes, period, gender],
  );
  const { rows, references } = useMemo(() => indicatorComparisonRows(ranking, tools), [ranking, tools]);
  const columns = useMemo(() => screenColumns(ranking, tools), [ranking, tools]);
  const title = props.title ?? t("indicatorComparisonTitle");
  const Heading = `h${headingLevel}` as const;
  const hasValues = ranking.indicators.some(
    (i) => i.values.some((v) => v.value !== null) || i.county?.value != null || i.country.value !== null,
  );
  const empty =
    ranking.indicators.length === 0
      ? t("indicatorComparisonEmptyNoIndicators")
      : ranking.organisations.length === 0
        ? t("indicatorComparisonEmptyNoMunicipalities")
        : hasValues
          ? null
          : t("indicatorComparisonEmptyNoValues");

  const download = () => {
    const fileName = csvFileName(title);
    downloadText(toCsv(csvColumns(ranking, tools), [...rows, ...references], tools.locale), fileName);
    announce(t("csvDownloaded", { file: fileName }));
  };

  return (
    <section className="sl-comparison" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-comparison-title sl-text">
        {title}
      </Heading>
      {empty !== null ? (
        <p className="sl-comparison-empty">{empty}</p>
      ) : (
        <>
          <ComparisonLegend tools={tools} />
          {ranking.gender === "T" ? null : (
            <p className="sl-comparison-gender">
              {t("indicatorComparisonGender", { gender: t(GENDER_KEYS[ranking.gender]) })}
            </p>
          )}
          <div className="sl-comparison-toolbar">
            {/* The visible words are the whole name (WCAG 2.5.3); the view's title describes which data it is. */}
            <button type="button" className="sl-button sl-button-small" onClick={download} aria-describedby={titleId}>
              {t("downloadCsv")}
            </button>
          </div>
          <DataTable
            caption={t("indicatorComparisonCaption")}
            columns={columns}
            data={rows}
            footerRows={references}
            getRowId={(row) => row.key}
          />
          <IndicatorNotes ranking={ranking} tools={tools} headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5} />
        </>
      )}
    </section>
  );
}

/** The legend: what the colours and shapes say, and that they are relative. */
function ComparisonLegend({ tools }: { readonly tools: IndicatorComparisonTools }) {
  const { t } = tools;
  const items: readonly [
    RankClass,
    "indicatorComparisonLegendBest" | "indicatorComparisonLegendMiddle" | "indicatorComparisonLegendWorst",
  ][] = [
    ["best", "indicatorComparisonLegendBest"],
    ["middle", "indicatorComparisonLegendMiddle"],
    ["worst", "indicatorComparisonLegendWorst"],
  ];
  return (
    <div className="sl-comparison-legend">
      <p className="sl-comparison-legend-text">{t("indicatorComparisonLegend")}</p>
      <ul className="sl-comparison-legend-items">
        {items.map(([rankClass, key]) => (
          <li key={rankClass}>
            <span className="sl-comparison-mark" data-rank={rankClass} aria-hidden="true" /> {t(key)}
          </li>
        ))}
        <li>{t("indicatorComparisonLegendNone")}</li>
      </ul>
    </div>
  );
}

/** A cell: the value with its mark, and the placement as a coloured shape with its words for screen readers. */
function ComparisonValue({ cell, tools }: { readonly cell: ComparisonCell; readonly tools: IndicatorComparisonTools }) {
  const formatted = cell.value === null ? undefined : tools.number(cell.value, { maximumFractionDigits: 1 });
  return (
    <span className="sl-comparison-cell" data-rank={cell.rankClass ?? undefined}>
      {cell.status === null ? (
        <NoValue label={tools.t("noValue")} />
      ) : (
        <ValueMark status={cell.status} formatted={formatted} />
      )}
      {cell.rankClass === null || cell.rank === null ? null : (
        <span className="sl-comparison-mark" data-rank={cell.rankClass}>
          <span className="sl-visually-hidden">
            {", "}
            {tools.t("indicatorComparisonPlacement", {
              placement: RANK_CLASS_LABELS[cell.rankClass][tools.locale],
              rank: tools.number(cell.rank),
              count: tools.number(cell.rankedCount),
            })}
          </span>
        </span>
      )}
    </span>
  );
}

/** The table's columns: the name, then one per indicator, sorted by the value (missing values last). */
function screenColumns(
  ranking: ReturnType<typeof getIndicatorRanking>,
  tools: IndicatorComparisonTools,
): DataTableColumn<ComparisonRow>[] {
  return [
    { ...nameColumn(tools), cell: (row) => <span className="sl-text">{row.name}</span> },
    ...ranking.indicators.map((indicator, index): DataTableColumn<ComparisonRow> => ({
      id: indicator.indicator.id,
      header: indicatorHeader(indicator, tools),
      kind: "number",
      value: (row) => row.cells[index]!.value,
      cell: (row) => <ComparisonValue cell={row.cells[index]!} tools={tools} />,
    })),
  ];
}
