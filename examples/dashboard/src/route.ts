/**
 * The dashboard's places, kept in the URL hash so that links, the back button and bookmarks work
 * without a server: `#/` (the county), `#/ledning/<id>` (one leadership), `#/sjalvskattning` (the
 * self-assessment round), `#/moten` (the meetings and the timeline), `#/systemkarta` (the system map;
 * `#/systemkarta?jag=organisation:<id>` rings a reader's part) and
 * `#/metodstod` or `#/metodstod/<id>` (a local leadership's Metodstöd workbook), `#/uppfoljning` (the action
 * plan, the indicators and the check-ins) and `#/arsrapport` (the annual report).
 */
import { useSyncExternalStore } from "react";

/** Where the dashboard is. */
export type Route =
  | { readonly kind: "overview" }
  | { readonly kind: "assessment" }
  | { readonly kind: "meetings" }
  | { readonly kind: "map"; readonly reader: string | null }
  | { readonly kind: "followUp" }
  | { readonly kind: "report" }
  | { readonly kind: "leadership"; readonly leadershipId: string }
  | { readonly kind: "workbook"; readonly leadershipId: string | null };

const LEADERSHIP_PREFIX = "#/ledning/";

/** The link to one leadership. */
export function leadershipHref(leadershipId: string): string {
  return `${LEADERSHIP_PREFIX}${encodeURIComponent(leadershipId)}`;
}

/** The link to the overview. */
export const OVERVIEW_HREF = "#/";

/** The link to the self-assessment. */
export const ASSESSMENT_HREF = "#/sjalvskattning";

/** The link to the meetings and the timeline. */
export const MEETINGS_HREF = "#/moten";

/** The link to the system map. */
export const MAP_HREF = "#/systemkarta";
const MAP_QUERY_PREFIX = `${MAP_HREF}?`;

/**
 * The link to the system map with the part of a reader ringed ("Här finns jag"): `#/systemkarta?jag=<reader>`, where
 * the reader is `organisation:<id>` or `person:<id>`; the plain map link when there is none.
 */
export function mapHref(reader: string | null): string {
  return reader === null ? MAP_HREF : `${MAP_QUERY_PREFIX}${new URLSearchParams({ jag: reader }).toString()}`;
}

/** The link to the action plan, the indicators and the check-ins. */
export const FOLLOW_UP_HREF = "#/uppfoljning";

/** The link to the annual report. */
export const REPORT_HREF = "#/arsrapport";

/** The link to the Metodstöd workbook (of one leadership, or the default one). */
export const WORKBOOK_HREF = "#/metodstod";
const WORKBOOK_PREFIX = `${WORKBOOK_HREF}/`;

/** The link to one leadership's Metodstöd workbook. */
export function workbookHref(leadershipId: string): string {
  return `${WORKBOOK_PREFIX}${encodeURIComponent(leadershipId)}`;
}

/** Read a route from a location hash; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  if (hash === ASSESSMENT_HREF) return { kind: "assessment" };
  if (hash === MEETINGS_HREF) return { kind: "meetings" };
  if (hash === MAP_HREF) return { kind: "map", reader: null };
  if (hash.startsWith(MAP_QUERY_PREFIX))
    return { kind: "map", reader: new URLSearchParams(hash.slice(MAP_QUERY_PREFIX.length)).get("jag") };
  if (hash === FOLLOW_UP_HREF) return { kind: "followUp" };
  if (hash === REPORT_HREF) return { kind: "report" };
  if (hash === WORKBOOK_HREF) return { kind: "workbook", leadershipId: null };
  if (hash.startsWith(WORKBOOK_PREFIX)) {
    try {
      const leadershipId = decodeURIComponent(hash.slice(WORKBOOK_PREFIX.length));
      return { kind: "workbook", leadershipId: leadershipId === "" ? null : leadershipId };
    } catch {
      return { kind: "workbook", leadershipId: null };
    }
  }
  if (hash.startsWith(LEADERSHIP_PREFIX)) {
    try {
      const leadershipId = decodeURIComponent(hash.slice(LEADERSHIP_PREFIX.length));
      if (leadershipId !== "") return { kind: "leadership", leadershipId };
    } catch {
      // A malformed escape in a hand-typed URL falls back to the overview.
    }
  }
  return { kind: "overview" };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

/** The current hash, read as a route; re-renders on every hash change. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  return parseRoute(hash);
}
