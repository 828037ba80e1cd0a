/**
 * "Hämta från Kolada" on the follow-up page: the kit's `KoladaFetch` saving through the dashboard's store. By
 * default it runs on recorded answers that ship with the demo (`../../kolada/recorded/`, constructed values in
 * Kolada v3's shape), so it works offline and makes no request under the page's strict CSP; `?kolada=live` in
 * the address fetches from the public Kolada API instead, which a host must allow with
 * `connect-src https://api.kolada.se` in its Content Security Policy (the built demo's policy does not).
 */
import { KoladaFetch } from "@systemledning/react";
import type { KoladaFetch as KoladaFetchFunction } from "@systemledning/core/kolada";
import { useI18n } from "../../i18n.js";
import { RECORDED_KOLADA_SOURCE, RECORDED_KOLADA_YEARS, recordedKoladaFetch } from "../../kolada/recorded-fetch.js";
import type { FollowUpViewProps } from "../FollowUpView.js";

/** Whether the page's address asks for the live Kolada API (`?kolada=live`). */
export function koladaLive(search: string): boolean {
  return new URLSearchParams(search).get("kolada") === "live";
}

/** The browser's fetch, for live mode. */
const liveFetch: KoladaFetchFunction = (url, init) => fetch(url, init);

/** Each recorded answer takes this long, so the progress can be seen. */
const RECORDED_DELAY_MS = 300;

/** The Kolada section of the follow-up page. */
export function KoladaSection({ workspace, onChange }: FollowUpViewProps) {
  const { t, locale } = useI18n();
  const live = typeof window !== "undefined" && koladaLive(window.location.search);
  return (
    <div className="dash-section">
      <KoladaFetch
        workspace={workspace}
        locale={locale}
        headingLevel={3}
        {...(live
          ? { fetch: liveFetch }
          : {
              fetch: recordedKoladaFetch({ delayMs: RECORDED_DELAY_MS }),
              years: RECORDED_KOLADA_YEARS,
              source: RECORDED_KOLADA_SOURCE,
            })}
        {...(onChange === undefined ? {} : { onChange })}
      />
      <p className="dash-muted">{t(live ? "koladaLiveNotice" : "koladaRecordedNotice")}</p>
    </div>
  );
}
