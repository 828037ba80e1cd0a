/**
 * The texts of the timeline, in Swedish and English. Part of `KIT_MESSAGES`; the area's components look
 * their keys up in `TIMELINE_CATALOGUE` (these, and the meeting views' status words) and in the
 * primitives' texts.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";
import { MEETING_STATUS_MESSAGES } from "../meetings/status-messages.js";

export const TIMELINE_MESSAGES = {
  timelineTitle: { sv: "Tidslinje", en: "Timeline" },
  timelineTakeaway: {
    sv: "{count} händelser {period}: {meetings} möten med {agenda} ärenden, {decisions} beslut och {events} andra aktiviteter och avstämningar.",
    en: "{count} items {period}: {meetings} meetings with {agenda} agenda items, {decisions} decisions and {events} other events and check-ins.",
  },
  timelineEmpty: { sv: "Inga händelser {period}.", en: "No items {period}." },
  timelinePeriodYear: { sv: "under {year}", en: "in {year}" },
  timelinePeriodRange: { sv: "{from}–{to}", en: "{from}–{to}" },
  timelineKeys: {
    sv: "Tabba till tidslinjen. Vänster- och högerpil går mellan händelserna i ett spår, upp- och nedpil till närmaste händelse i spåret ovanför eller nedanför, Home och End till första och sista. Enter öppnar en händelse, Esc stänger den. Page Up och Page Down byter period, + och − zoomar.",
    en: "Tab to the timeline. Left and right arrows move between items in a lane, up and down arrows to the nearest item in the lane above or below, Home and End to the first and last. Enter opens an item, Esc closes it. Page Up and Page Down change the period, + and − zoom.",
  },
  timelineZoom: { sv: "Visa", en: "Show" },
  timelineZoomYear: { sv: "År", en: "Year" },
  timelineZoomQuarter: { sv: "Kvartal", en: "Quarter" },
  timelineZoomMonth: { sv: "Månad", en: "Month" },
  timelinePrevious: { sv: "Föregående period", en: "Previous period" },
  timelineNext: { sv: "Nästa period", en: "Next period" },
  timelineToday: { sv: "Idag", en: "Today" },
  timelineTodayMarker: { sv: "Idag, {date}", en: "Today, {date}" },
  timelineShowing: { sv: "Visar {period}.", en: "Showing {period}." },
  timelineQuarter: { sv: "kvartal {quarter} {year}", en: "quarter {quarter} {year}" },
  timelineWeek: { sv: "v. {week}", en: "w. {week}" },
  timelineLanes: { sv: "Spår", en: "Lanes" },
  timelineLaneItems: { sv: "{lane}: {count} händelser", en: "{lane}: {count} items" },
  timelineCluster: { sv: "{count} händelser till, {from}–{to}", en: "{count} more items, {from}–{to}" },
  timelineClusterHeading: { sv: "{count} händelser {from}–{to}", en: "{count} items {from}–{to}" },
  timelineZoomIn: { sv: "Zooma in på perioden", en: "Zoom in on the period" },
  timelineClose: { sv: "Stäng", en: "Close" },
  timelineDate: { sv: "Datum", en: "Date" },
  timelineKind: { sv: "Typ", en: "Kind" },
  timelineItemTitle: { sv: "Rubrik", en: "Title" },
  timelineLane: { sv: "Spår", en: "Lane" },
  timelineStatus: { sv: "Status", en: "Status" },
  timelineDiarienummer: { sv: "Diarienummer", en: "Reference number" },
  timelineDescription: { sv: "Beskrivning", en: "Description" },
  timelineAgenda: { sv: "Dagordning", en: "Agenda" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** What the timeline's components look up: its own texts and the meeting views' status words. */
export const TIMELINE_CATALOGUE = { ...TIMELINE_MESSAGES, ...MEETING_STATUS_MESSAGES } as const;

/** The keys this area's components may use: its own, the meeting status words and the primitives'. */
export type TimelineMessageKey = keyof typeof TIMELINE_CATALOGUE | PrimitiveMessageKey;

/** The locale tools of this area's components (`useKitLocale(locale, TIMELINE_CATALOGUE)`). */
export type TimelineTools = KitLocaleTools<TimelineMessageKey>;
