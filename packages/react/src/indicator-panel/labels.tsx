/**
 * Words and numbers of the indicator panel: an organisation's short name, a value with its unit and mark,
 * and the table alternative (one row per organisation, one column per year) whose columns also make the CSV.
 */
import type { IndicatorPanelEntry, IndicatorPoint, KnownOrganisation } from "@systemledning/core/plan";
import type { ChartFigureTable } from "../primitives/chart-figure.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { ValueMark, valueMarkWord } from "../primitives/value-mark.js";
import type { IndicatorPanelTools } from "./messages.js";

/** Decimals of an indicator value on screen (the CSV keeps every decimal). */
export const VALUE_DIGITS = 2;

/** The name a reader sees for an organisation: the country as "Riket"/"Sweden", the others by their name. */
export function organisationLabel(organisation: KnownOrganisation, tools: IndicatorPanelTools): string {
  return organisation.kind === "country" ? tools.t("indicatorPanelCountry") : tools.text(organisation.name);
}

/**
 * A value as read aloud and in a tooltip: the number, the unit, and "preliminärt" when it is preliminary.
 *
 * @example
 * valueText(17.1, "preliminary", "%", tools); // "17,1 % (preliminärt)"
 */
export function valueText(
  value: number,
  status: "final" | "preliminary",
  unit: string,
  tools: IndicatorPanelTools,
): string {
  const number = `${tools.number(value, { maximumFractionDigits: VALUE_DIGITS })} ${unit}`;
  return status === "preliminary" ? `${number} (${tools.t("valuePreliminary")})` : number;
}

interface EntryRow {
  readonly code: string;
  readonly name: string;
  readonly points: readonly (IndicatorPoint | null)[];
}

/**
 * The table alternative of an indicator: a row per organisation, a number column per year (a missing value
 * an empty cell with the ValueMark "– saknas", never 0), and a column naming the preliminary and missing
 * years in words, so the CSV carries the marks too.
 */
export function entryTable(
  entry: IndicatorPanelEntry,
  names: ReadonlyMap<string, string>,
  tools: IndicatorPanelTools,
): ChartFigureTable<EntryRow> {
  const rows: EntryRow[] = entry.series.map((s) => ({
    code: s.organisation.code,
    name: names.get(s.organisation.code) ?? s.organisation.code,
    points: s.points,
  }));
  const columns: DataTableColumn<EntryRow>[] = [
    {
      id: "organisation",
      header: tools.t("indicatorPanelColumnOrganisation"),
      value: (row) => row.name,
      isRowHeader: true,
    },
    ...entry.periods.map((period, i): DataTableColumn<EntryRow> => ({
      id: period,
      header: `${period} (${entry.indicator.unit})`,
      value: (row) => row.points[i]?.value ?? null,
      kind: "number",
      maximumFractionDigits: VALUE_DIGITS,
      cell: (row) => {
        const point = row.points[i];
        if (point === null || point === undefined) return <ValueMark status="missing" />;
        return (
          <ValueMark
            status={point.status}
            formatted={
              point.value === null ? undefined : tools.number(point.value, { maximumFractionDigits: VALUE_DIGITS })
            }
          />
        );
      },
    })),
    {
      id: "marks",
      header: tools.t("indicatorPanelColumnMarks"),
      value: (row) => {
        const marks = row.points.flatMap((p, i) => {
          const word = valueMarkWord(p?.status ?? "missing", tools.t);
          return word === null ? [] : [`${entry.periods[i]}: ${word}`];
        });
        return marks.length === 0 ? null : marks.join("; ");
      },
      sortable: false,
    },
  ];
  return { columns, rows, getRowId: (row) => row.code };
}
