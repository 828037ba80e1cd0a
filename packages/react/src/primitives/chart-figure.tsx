/**
 * The frame of every chart, map and timeline (docs/quality.md A1, A2, A3): a `<figure>` with a visible title, a
 * `<figcaption>` that states the takeaway in words, the picture, a toggle to a real `<table>` with the same
 * numbers, a CSV download of them, and visible keyboard instructions.
 *
 * The table is the kit's `DataTable` (TanStack Table: sorting, filtering, paging), loaded when a reader
 * first asks for it: most readers look at the chart, so a page with charts does not pay for the table
 * code up front (about 15 kB gzip). The import starts as soon as the pointer or focus reaches the toggle.
 */
import { lazy, Suspense, useId, useState, type ComponentType, type ReactNode } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { csvFileName, downloadText, toCsv } from "./csv.js";
import type { DataTableColumn, DataTableProps, DataTableSorting } from "./data-table/types.js";
import { useAnnounce } from "./live-region.js";
import { classNames } from "./widget.js";

const loadDataTable = () => import("./data-table/data-table.js");
// lazy() keeps no type parameters: the table is used with the rows' own type at the call site below.
const LazyDataTable = lazy(async () => ({
  default: (await loadDataTable()).DataTable as ComponentType<DataTableProps<unknown>>,
}));

/** Which of its two forms a figure shows. */
export type ChartFigureView = "chart" | "table";

/** The table alternative of a figure: the same columns serve the table and the CSV file. */
export interface ChartFigureTable<TRow> {
  readonly columns: readonly DataTableColumn<TRow>[];
  readonly rows: readonly TRow[];
  /** The table's caption. @default the figure's title */
  readonly caption?: string | undefined;
  readonly getRowId?: ((row: TRow, index: number) => string) | undefined;
  readonly initialSorting?: DataTableSorting | undefined;
}

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps<TRow> {
  /** The visible title, also the figure's accessible name. */
  readonly title: string;
  /** The heading level of the title, to fit the host page's outline. @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** One or two sentences that say what the picture shows: the `<figcaption>`. */
  readonly takeaway: ReactNode;
  /** The numbers behind the picture. */
  readonly table: ChartFigureTable<TRow>;
  /** The picture: an accessible SVG (or several), drawn by the chart. */
  readonly children: ReactNode;
  /** Visible instructions for the keyboard (shown under the picture). */
  readonly keyboardHint?: string | undefined;
  /** Anything else to show under the caption: notes, coverage, a legend. */
  readonly details?: ReactNode | undefined;
  /** The CSV file's name. @default from the title */
  readonly fileName?: string | undefined;
  /** The view shown (controlled). */
  readonly view?: ChartFigureView | undefined;
  /** The view shown first (uncontrolled). @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
  /** Called when the user switches between chart and table. */
  readonly onViewChange?: ((view: ChartFigureView) => void) | undefined;
  readonly className?: string | undefined;
}

/**
 * A chart in its accessible frame.
 *
 * @example
 * <ChartFigure title="Svarsfördelning" takeaway="Medelvärdena ligger mellan 2,8 och 3,4."
 *   table={{ columns, rows }} keyboardHint={t("chartKeys")}>
 *   <svg role="img" aria-label="…">…</svg>
 * </ChartFigure>
 */
export function ChartFigure<TRow>(props: ChartFigureProps<TRow>) {
  const { title, headingLevel = 3, takeaway, table, children, keyboardHint, details, className } = props;
  const { t, locale } = useKitLocale();
  const announce = useAnnounce();
  const titleId = useId();
  const [uncontrolledView, setUncontrolledView] = useState<ChartFigureView>(props.defaultView ?? "chart");
  const view = props.view ?? uncontrolledView;
  const Heading = `h${headingLevel}` as const;

  const toggle = () => {
    const next = view === "chart" ? "table" : "chart";
    setUncontrolledView(next);
    props.onViewChange?.(next);
  };
  const download = () => {
    const fileName = props.fileName ?? csvFileName(title);
    downloadText(toCsv(table.columns, table.rows, locale), fileName);
    announce(t("csvDownloaded", { file: fileName }));
  };

  return (
    <figure className={classNames("sl-figure", className)} aria-labelledby={titleId} data-sl-view={view}>
      <figcaption className="sl-figure-caption">
        <Heading id={titleId} className="sl-figure-title sl-text">
          {title}
        </Heading>
        <span className="sl-figure-takeaway sl-text">{takeaway}</span>
      </figcaption>
      {details === undefined ? null : <div className="sl-figure-details">{details}</div>}
      <div className="sl-figure-toolbar">
        <button
          type="button"
          className="sl-button sl-button-small"
          aria-pressed={view === "table"}
          onClick={toggle}
          // Fetch the table's code while the reader is about to ask for it, so it is there on the click.
          onPointerEnter={() => void loadDataTable()}
          onFocus={() => void loadDataTable()}
        >
          {t("showTable")}
        </button>
        {/* The visible words are the whole name (WCAG 2.5.3); the figure's title describes which data it is. */}
        <button type="button" className="sl-button sl-button-small" onClick={download} aria-describedby={titleId}>
          {t("downloadCsv")}
        </button>
      </div>
      {view === "chart" ? (
        <div className="sl-figure-body">
          {children}
          {keyboardHint === undefined ? null : <p className="sl-figure-hint">{keyboardHint}</p>}
        </div>
      ) : (
        <div className="sl-figure-body">
          <Suspense fallback={<p className="sl-figure-loading">{t("loadingTable")}</p>}>
            <LazyDataTable
              caption={table.caption ?? title}
              columns={table.columns as readonly DataTableColumn<unknown>[]}
              data={table.rows}
              {...(table.getRowId === undefined
                ? {}
                : { getRowId: table.getRowId as (row: unknown, index: number) => string })}
              {...(table.initialSorting === undefined ? {} : { initialSorting: table.initialSorting })}
            />
          </Suspense>
        </div>
      )}
    </figure>
  );
}
