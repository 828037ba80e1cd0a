/**
 * The dashboard's two places, kept in the URL hash so that links, the back button and bookmarks work
 * without a server: `#/` (the county) and `#/ledning/<id>` (one leadership).
 */
import { useSyncExternalStore } from "react";

/** Where the dashboard is. */
export type Route = { readonly kind: "overview" } | { readonly kind: "leadership"; readonly leadershipId: string };

const LEADERSHIP_PREFIX = "#/ledning/";

/** The link to one leadership. */
export function leadershipHref(leadershipId: string): string {
  return `${LEADERSHIP_PREFIX}${encodeURIComponent(leadershipId)}`;
}

/** The link to the overview. */
export const OVERVIEW_HREF = "#/";

/** Read a route from a location hash; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
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
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => "");
  return parseRoute(hash);
}
