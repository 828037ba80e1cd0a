/**
 * The rows and the CSV columns of the indicator comparison, read from the core's ranking: one row per
 * municipality shown, then the county, the country and the unweighted mean; in each row one cell per
 * indicator with its value, status and placement. Kept apart from the markup so the CSV and the screen
 * read the same rows.
 */
import {
  RANK_CLASS_LABELS,
  type IndicatorRankingResult,
  type RankClass,
  type RankingValue,
} from "@systemledning/core/plan";
import type { IndicatorValueStatus } from "@systemledning/core/plan";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { valueMarkWord } from "../primitives/value-mark.js";
import type { IndicatorComparisonTools } from "./messages.js";

/** One indicator's value in a row. */
export interface ComparisonCell {
  readonly value: number | null;
  /**
   * The stored value's status (a missing value is never 0); null when nothing is stored for the year (a
   * regional measure has no municipality values), which is "no value", not "missing at the source".
   */
  readonly status: IndicatorValueStatus | null;
  readonly rank: number | null;
  readonly rankClass: RankClass | null;
  /** How many municipalities were ranked (the N of "rank 3 of N"). */
  readonly rankedCount: number;
}

/** One row of the comparison: a municipality, or a reference row (the county, the country, the mean). */
export interface ComparisonRow {
  readonly key: string;
  readonly kind: "municipality" | "county" | "country" | "mean";
  readonly name: string;
  readonly cells: readonly ComparisonCell[];
}

/** The municipalities' rows and the reference rows of the comparison. */
export interface ComparisonRows {
  readonly rows: readonly ComparisonRow[];
  readonly references: readonly ComparisonRow[];
}

function referenceCell(value: RankingValue | null): ComparisonCell {
  const status = value?.point?.status ?? null;
  return { value: value?.value ?? null, status, rank: null, rankClass: null, rankedCount: 0 };
}

/**
 * The comparison's rows: each municipality shown, with its rank and placement per indicator, and the
 * reference rows (the county when there is one, the country, the unweighted mean), which are not ranked.
 */
export function indicatorComparisonRows(
  ranking: IndicatorRankingResult,
  tools: IndicatorComparisonTools,
): ComparisonRows {
  const rows = ranking.organisations.map((organisation, index): ComparisonRow => ({
    key: organisation.code,
    kind: "municipality",
    name: tools.text(organisation.name),
    cells: ranking.indicators.map((indicator): ComparisonCell => {
      const ranked = indicator.values[index]!;
      return {
        value: ranked.value,
        status: ranked.point?.status ?? null,
        rank: ranked.rank,
        rankClass: ranked.rankClass,
        rankedCount: indicator.rankedCount,
      };
    }),
  }));
  const references: ComparisonRow[] = [];
  if (ranking.county !== null)
    references.push({
      key: ranking.county.code,
      kind: "county",
      name: tools.text(ranking.county.name),
      cells: ranking.indicators.map((i) => referenceCell(i.county)),
    });
  references.push({
    key: "0000",
    kind: "country",
    name: tools.t("indicatorComparisonCountry"),
    cells: ranking.indicators.map((i) => referenceCell(i.country)),
  });
  references.push({
    key: "mean",
    kind: "mean",
    name: tools.t("indicatorComparisonMean"),
    cells: ranking.indicators.map((i): ComparisonCell => ({
      value: i.mean.value,
      status: i.mean.value === null ? null : i.mean.preliminary ? "preliminary" : "final",
      rank: null,
      rankClass: null,
      rankedCount: 0,
    })),
  });
  return { rows, references };
}

/** An indicator's column header: its title, the year compared and its unit ("Återinskrivning, 2024 (%)"). */
export function indicatorHeader(
  indicator: IndicatorRankingResult["indicators"][number],
  tools: IndicatorComparisonTools,
): string {
  const params = { title: tools.text(indicator.indicator.title), unit: indicator.indicator.unit };
  return indicator.period === null
    ? tools.t("indicatorComparisonColumnHeaderNoPeriod", params)
    : tools.t("indicatorComparisonColumnHeader", { ...params, period: indicator.period });
}

/** The name column, shared by the screen and the CSV. */
export function nameColumn(tools: IndicatorComparisonTools): DataTableColumn<ComparisonRow> {
  return {
    id: "name",
    header: tools.t("indicatorComparisonColumnMunicipality"),
    value: (row) => row.name,
    isRowHeader: true,
  };
}

/**
 * The CSV's columns: the name, then for each indicator its value (every decimal, empty when missing), the
 * placement's word ("bland de bästa") and the value's mark ("preliminärt", "saknas"), so a spreadsheet keeps
 * what the screen shows by colour and shape.
 */
export function csvColumns(
  ranking: IndicatorRankingResult,
  tools: IndicatorComparisonTools,
): DataTableColumn<ComparisonRow>[] {
  const columns: DataTableColumn<ComparisonRow>[] = [nameColumn(tools)];
  ranking.indicators.forEach((indicator, index) => {
    const title = tools.text(indicator.indicator.title);
    const cell = (row: ComparisonRow) => row.cells[index]!;
    columns.push(
      {
        id: `${indicator.indicator.id}-value`,
        header: indicatorHeader(indicator, tools),
        kind: "number",
        value: (row) => cell(row).value,
      },
      {
        id: `${indicator.indicator.id}-placement`,
        header: tools.t("indicatorComparisonColumnPlacement", { title }),
        value: (row) => {
          const rankClass = cell(row).rankClass;
          return rankClass === null ? null : RANK_CLASS_LABELS[rankClass][tools.locale];
        },
      },
      {
        id: `${indicator.indicator.id}-mark`,
        header: tools.t("indicatorComparisonColumnMark", { title }),
        value: (row) => {
          const status = cell(row).status;
          return status === null ? null : valueMarkWord(status, tools.t);
        },
      },
    );
  });
  return columns;
}
