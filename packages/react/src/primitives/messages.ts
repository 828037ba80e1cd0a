/**
 * The texts of the kit's primitives (widget failures, the chart figure, the data table), in Swedish and
 * English. Part of `KIT_MESSAGES`; each area of the kit keeps its own texts beside its code.
 */
export const PRIMITIVE_MESSAGES = {
  // Widgets and their failures
  widgetFailed: { sv: "Det här avsnittet kunde inte visas.", en: "This section could not be shown." },
  widgetFailedHint: {
    sv: "Resten av sidan fungerar. Kontrollera uppgifterna som visas här, eller kontakta den som förvaltar sidan.",
    en: "The rest of the page works. Check the data shown here, or contact the page's administrator.",
  },

  // Chart figure
  showTable: { sv: "Visa som tabell", en: "Show as table" },
  downloadCsv: { sv: "Ladda ner CSV", en: "Download CSV" },
  csvDownloaded: { sv: "Filen {file} laddades ner.", en: "The file {file} was downloaded." },
  chartKeys: {
    sv: "Tabba till diagrammet och flytta med piltangenterna. Home och End går till första och sista värdet. Esc stänger rutan med värdet.",
    en: "Tab to the chart and move with the arrow keys. Home and End go to the first and last value. Esc closes the value box.",
  },
  chartKeysRows: {
    sv: "Tabba till diagrammet. Vänster- och högerpil flyttar inom en rad, upp- och nedpil mellan raderna, Home och End till första och sista värdet. Esc stänger rutan med värdet.",
    en: "Tab to the chart. Left and right arrows move within a row, up and down arrows between rows, Home and End to the first and last value. Esc closes the value box.",
  },
  loadingTable: { sv: "Tabellen laddas …", en: "Loading the table …" },

  // Indicator values' marks (value-mark.tsx)
  valueMissing: { sv: "saknas", en: "missing" },
  valuePreliminary: { sv: "preliminärt", en: "preliminary" },
  valuePreliminaryShort: { sv: "prel.", en: "prel." },

  // Data table
  sortAscending: { sv: "stigande", en: "ascending" },
  sortDescending: { sv: "fallande", en: "descending" },
  sortedBy: { sv: "Sorterat efter {column}, {direction}.", en: "Sorted by {column}, {direction}." },
  filterLabel: { sv: "Filtrera tabellen", en: "Filter the table" },
  filterResult: { sv: "{shown} av {total} rader visas.", en: "{shown} of {total} rows shown." },
  noRows: { sv: "Inga rader att visa.", en: "No rows to show." },
  // An empty cell, said aloud (a dash alone is read as "minus" or not at all).
  noValue: { sv: "inget värde", en: "no value" },
  noMatchingRows: { sv: "Inga rader matchar filtret.", en: "No rows match the filter." },
  pageNavigation: { sv: "Sidor i tabellen", en: "Table pages" },
  previousPage: { sv: "Föregående sida", en: "Previous page" },
  nextPage: { sv: "Nästa sida", en: "Next page" },
  rowsShown: { sv: "Rad {from}–{to} av {total}", en: "Rows {from}–{to} of {total}" },

  // Data table (added with DataTable): the third click on a header returns the rows to the data's order.
  sortCleared: {
    sv: "Sorteringen är borttagen: raderna visas i ursprunglig ordning.",
    en: "Sorting removed: the rows are in their original order.",
  },

  // Status badge: the core's structure statuses (and "info" for the other areas) in words, so that the
  // badge's shape and colour are never the only signal (docs/quality.md A8).
  statusOk: { sv: "Uppfyllt", en: "In place" },
  statusInfo: { sv: "Att känna till", en: "Worth knowing" },
  statusWarning: { sv: "Bör ses över", en: "Needs a look" },
  statusMissing: { sv: "Saknas", en: "Missing" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;
