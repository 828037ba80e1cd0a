/**
 * "Hämta från Kolada" on the follow-up page: the kit's `KoladaFetch` saving through the dashboard's store. By
 * default it runs on recorded answers that ship with the demo (`../../kolada/recorded/`, constructed values in
 * Kolada v3's shape), so it works offline and makes no request under the page's strict CSP; `?kolada=live` in
 * the address fetches from the public Kolada API instead, which a host must allow with
 * `connect-src https://api.kolada.se` in its Content Security Policy (the built demo's policy does not). The
 * recorded answers are one county's; for any other the section says so and links to live mode instead.
 */
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import type { KoladaFetch as KoladaFetchFunction } from "@systemledning/core/kolada";
import { KoladaFetch } from "@systemledning/react";
import { useI18n } from "../../i18n.js";
import {
  hasRecordedKoladaAnswers,
  RECORDED_KOLADA_REGION_CODE,
  RECORDED_KOLADA_SOURCE,
  RECORDED_KOLADA_YEARS,
  recordedKoladaFetch,
} from "../../kolada/recorded-fetch.js";
import type { FollowUpViewProps } from "../FollowUpView.js";

/** Whether the page's address asks for the live Kolada API (`?kolada=live`). */
export function koladaLive(search: string): boolean {
  return new URLSearchParams(search).get("kolada") === "live";
}

/** The browser's fetch, for live mode. */
const liveFetch: KoladaFetchFunction = (url, init) => fetch(url, init);

/** Each recorded answer takes this long, so the progress can be seen. */
const RECORDED_DELAY_MS = 300;

/** The page's own address with `kolada=live` added: the same page and county, fetching from Kolada. */
export function liveAddress(href: string): string {
  const url = new URL(href);
  url.searchParams.set("kolada", "live");
  return url.href;
}

/**
 * What the section shows for a county the recorded answers do not cover (any but the one they were made for):
 * that none are recorded for it, and how to fetch live, instead of a button that could only fail.
 */
function NoRecordedAnswers({ workspace }: Pick<FollowUpViewProps, "workspace">) {
  const { t, locale } = useI18n();
  const recorded = BUNDLED_COUNTIES.find((county) => county.regionCode === RECORDED_KOLADA_REGION_CODE);
  const countyName = workspace.profile.name[locale] ?? workspace.profile.name.sv;
  return (
    <section className="dash-section" aria-labelledby="kolada-no-recording">
      <h3 id="kolada-no-recording">{t("koladaNoRecordingHeading")}</h3>
      <p>
        {t("koladaNoRecording")
          .replace("{county}", countyName)
          .replace(
            "{recorded}",
            recorded === undefined ? RECORDED_KOLADA_REGION_CODE : (recorded.name[locale] ?? recorded.name.sv),
          )}
      </p>
      <p>
        {t("koladaNoRecordingLive")}{" "}
        <a href={typeof window === "undefined" ? "?kolada=live" : liveAddress(window.location.href)}>
          {t("koladaNoRecordingLiveLink")}
        </a>
        .
      </p>
      <p className="dash-muted">{t("koladaNoRecordingCsp")}</p>
    </section>
  );
}

/** The Kolada section of the follow-up page. */
export function KoladaSection({ workspace, onChange }: FollowUpViewProps) {
  const { t, locale } = useI18n();
  const live = typeof window !== "undefined" && koladaLive(window.location.search);
  if (!live && !hasRecordedKoladaAnswers(workspace)) return <NoRecordedAnswers workspace={workspace} />;
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
