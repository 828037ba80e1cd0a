/**
 * The primitives every visual component of the kit is built from, for hosts that build their own views in
 * the same way: the widget root with its error boundary and live region, the chart figure with its table
 * alternative and CSV download, the data table, the status badge, and chart keyboard navigation.
 * @module
 */
export { ChartFigure, type ChartFigureProps, type ChartFigureTable, type ChartFigureView } from "./chart-figure.js";
export { ChartLegend, type ChartLegendEntry } from "./chart-legend.js";
export { ChartTooltip, type ChartTooltipProps } from "./chart-tooltip.js";
export { csvFileName, downloadBlob, downloadText, toCsv } from "./csv.js";
export { DataTable } from "./data-table/data-table.js";
export type { DataTableColumn, DataTableProps, DataTableSorting, DataTableValue } from "./data-table/types.js";
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from "./error-boundary.js";
export { LiveRegionProvider, useAnnounce } from "./live-region.js";
export {
  useChartNavigation,
  type ChartMarkProps,
  type ChartNavigation,
  type ChartNavigationOptions,
  type ChartPosition,
} from "./use-chart-navigation.js";
export { StatusBadge, statusWord, type StatusBadgeProps, type StatusBadgeStatus } from "./status-badge.js";
export { ValueMark, valueMarkWord, type ValueMarkProps } from "./value-mark.js";
export { classNames, Widget, type WidgetProps } from "./widget.js";
export { ThemeProvider, useKitTheme, type KitTheme, type ThemeProviderProps } from "./theme.js";
export { useMeasuredWidth } from "./use-measured-width.js";
