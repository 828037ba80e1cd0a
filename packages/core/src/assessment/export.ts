/**
 * A round's results as the data behind each chart (plain arrays of records for the React kit) and as CSV
 * (injection-safe, through io/csv). Numbers stay exact; the kit rounds when it draws, a spreadsheet when it shows.
 */
import type { LocalizedText } from "../schema/primitives.js";
import { localize } from "../common/localize.js";
import { formatCsvRecords, type CsvCell, type CsvFormatOptions } from "../io/csv.js";
import type { RoundResult } from "./round-result.js";

/** One bar of an item's distribution chart (x = scale position, y = number of leaderships). */
export interface DistributionChartRecord {
  readonly itemId: string;
  /** A scale step (3) or the half step between two (3.5). */
  readonly value: number;
  /** The step's label; `null` for a half step. */
  readonly label: LocalizedText | null;
  readonly count: number;
}

/** One row of the overview chart: an item's mean, median, spread and n. */
export interface OverviewChartRecord {
  readonly itemId: string;
  readonly statement: LocalizedText;
  readonly mean: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly n: number;
  readonly dontKnow: number;
}

/** One point of the "each leadership against the county" chart. */
export interface LeadershipVsCountyRecord {
  readonly leadershipId: string;
  readonly name: string;
  readonly itemId: string;
  /** The leadership's combined value; `null` when it gave none. */
  readonly value: number | null;
  /** The mean of all leaderships for the item; `null` when none gave a value. */
  readonly countyMean: number | null;
}

/** The data behind every chart of a round. */
export interface RoundChartData {
  /** Per item, one record per bin (steps and half steps), in scale order. */
  readonly distribution: readonly DistributionChartRecord[];
  readonly overview: readonly OverviewChartRecord[];
  /** Per responding leadership and item (self-assessment); empty in an event poll. */
  readonly leadershipsVsCounty: readonly LeadershipVsCountyRecord[];
}

/**
 * The plain records each chart of a round draws: the distribution per item, the overview of all items,
 * and each responding leadership against the county mean.
 *
 * @example
 * const charts = getRoundChartData(aggregateRound(ws, "sjalvskattning-2025"));
 * charts.distribution.filter((d) => d.itemId === "nara-for-mig") // 9 bins: 1, 1.5, … 5
 */
export function getRoundChartData(result: RoundResult): RoundChartData {
  const distribution = result.items.flatMap((item) =>
    item.distribution.bins.map((bin) => ({
      itemId: item.itemId,
      value: bin.value,
      label: bin.label,
      count: bin.count,
    })),
  );
  const overview = result.items.map(({ itemId, statement, mean, median, min, max, n, dontKnow }) => ({
    itemId,
    statement,
    mean,
    median,
    min,
    max,
    n,
    dontKnow,
  }));
  const countyMean = new Map(result.items.map((item) => [item.itemId, item.mean]));
  const leadershipsVsCounty = result.leaderships
    .filter((l) => l.responded)
    .flatMap((l) =>
      l.values.map((v) => ({
        leadershipId: l.leadershipId,
        name: l.name,
        itemId: v.itemId,
        value: v.value,
        countyMean: countyMean.get(v.itemId) ?? null,
      })),
    );
  return { distribution, overview, leadershipsVsCounty };
}

/** The tables {@link formatRoundResultCsv} writes. */
export type RoundResultTable = "items" | "leaderships" | "distribution" | "free-texts";

/** Options of {@link formatRoundResultCsv}. */
export interface RoundResultCsvOptions extends CsvFormatOptions {
  /** Which table. @default "items" */
  readonly table?: RoundResultTable;
  /** Language of headers and labels. @default "sv" */
  readonly locale?: "sv" | "en";
}

const HEADERS: Readonly<Record<string, LocalizedText>> = {
  item: { sv: "Fråga", en: "Item" },
  statement: { sv: "Påstående", en: "Statement" },
  n: { sv: "Antal systemledningar med värde", en: "Leaderships with a value" },
  mean: { sv: "Medelvärde", en: "Mean" },
  median: { sv: "Median", en: "Median" },
  min: { sv: "Lägsta", en: "Minimum" },
  max: { sv: "Högsta", en: "Maximum" },
  dontKnow: { sv: "Vet ej", en: "Don't know" },
  leadership: { sv: "Systemledning", en: "Leadership" },
  responses: { sv: "Antal svar", en: "Responses" },
  groupings: { sv: "Grupperingar", en: "Groupings" },
  total: { sv: "Totalpoäng", en: "Total" },
  answered: { sv: "Besvarade frågor", en: "Items answered" },
  value: { sv: "Värde", en: "Value" },
  label: { sv: "Etikett", en: "Label" },
  count: { sv: "Antal", en: "Count" },
  grouping: { sv: "Gruppering", en: "Grouping" },
  text: { sv: "Fritext", en: "Free text" },
};

/**
 * A round's results as CSV, one table at a time: `items` (n, mean, median, min, max, don't know per item),
 * `leaderships` (each asked leadership's value per item, total and items answered; empty cells for no
 * value), `distribution` (count per bin per item) or `free-texts` (each text with its leadership and
 * grouping). Exact numbers; text cells that could run as a formula are defused (docs/quality.md S4).
 *
 * @example
 * formatRoundResultCsv(aggregateRound(ws, "sjalvskattning-2025"), { table: "leaderships", delimiter: ";", byteOrderMark: true })
 */
export function formatRoundResultCsv(result: RoundResult, options: RoundResultCsvOptions = {}): string {
  const locale = options.locale ?? "sv";
  const h = (key: string): string => localize(HEADERS[key]!, locale);
  const csv = {
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.byteOrderMark === undefined ? {} : { byteOrderMark: options.byteOrderMark }),
  };
  switch (options.table ?? "items") {
    case "items": {
      const columns = [h("item"), h("statement"), h("n"), h("mean"), h("median"), h("min"), h("max"), h("dontKnow")];
      const records = result.items.map((item) =>
        row(columns, [
          item.itemId,
          localize(item.statement, locale),
          item.n,
          item.mean,
          item.median,
          item.min,
          item.max,
          item.dontKnow,
        ]),
      );
      return formatCsvRecords(records, { ...csv, columns });
    }
    case "leaderships": {
      const itemIds = result.items.map((item) => item.itemId);
      const columns = [h("leadership"), h("responses"), h("groupings"), ...itemIds, h("total"), h("answered")];
      const records = result.leaderships.map((l) =>
        row(columns, [
          l.name,
          l.responses,
          l.groupings.join(", "),
          ...l.values.map((v) => v.value),
          l.total,
          l.itemsAnswered,
        ]),
      );
      return formatCsvRecords(records, { ...csv, columns });
    }
    case "distribution": {
      const columns = [h("item"), h("value"), h("label"), h("count")];
      const records = result.items.flatMap((item) =>
        item.distribution.bins.map((bin) =>
          row(columns, [item.itemId, bin.value, bin.label === null ? "" : localize(bin.label, locale), bin.count]),
        ),
      );
      return formatCsvRecords(records, { ...csv, columns });
    }
    case "free-texts": {
      const names = new Map(result.leaderships.map((l) => [l.leadershipId, l.name]));
      const columns = [h("item"), h("leadership"), h("grouping"), h("text")];
      const records = result.items.flatMap((item) =>
        item.freeTexts.map((t) =>
          row(columns, [
            item.itemId,
            t.leadershipId === null ? "" : (names.get(t.leadershipId) ?? t.leadershipId),
            t.grouping ?? "",
            t.text,
          ]),
        ),
      );
      return formatCsvRecords(records, { ...csv, columns });
    }
  }
}

function row(columns: readonly string[], cells: readonly CsvCell[]): Record<string, CsvCell> {
  const record: Record<string, CsvCell> = {};
  columns.forEach((column, i) => {
    record[column] = cells[i];
  });
  return record;
}
