/**
 * The dashboard's Kolada, offline: a `fetch` for the core's Kolada client that answers Kolada v3's addresses from
 * recorded answers committed with the demo (`recorded/`, whose values are constructed, not Kolada's: see its
 * README). It makes no request at all, so it works without a network and under the page's strict CSP. Live mode
 * (`?kolada=live`) uses the browser's `fetch` instead, and needs the host to allow `https://api.kolada.se`.
 */
import { defaultOrganisationCodes, KOLADA_BASE_URL, type KoladaFetch } from "@systemledning/core/kolada";
import type { IndicatorValueSource } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import page1 from "./recorded/data-U21468-page-1.json";
import page2 from "./recorded/data-U21468-page-2.json";
import page3 from "./recorded/data-U21468-page-3.json";

/** The years the recorded answers hold. */
export const RECORDED_KOLADA_YEARS: readonly number[] = [2021, 2022, 2023, 2024];

/** The one KPI the recorded answers hold. */
const RECORDED_KPI = "U21468";

/**
 * The organisations the recorded answers hold, in the order the core's client asks for them
 * (`defaultOrganisationCodes`: the profile's municipalities, its region, the country): one county's, the region's
 * code second to last.
 */
const RECORDED_CODES: readonly string[] = [
  ..."2021,2023,2026,2029,2031,2034,2039,2061,2062,2080,2081,2082,2083,2084,2085".split(","),
  "0020",
  "0000",
];

/** The region whose municipalities the recorded answers hold (its Kolada code), for a page to name the county. */
export const RECORDED_KOLADA_REGION_CODE = RECORDED_CODES.at(-2)!;

const DATA_PATH = `/data/kpi/${RECORDED_KPI}/municipality/${RECORDED_CODES.join(",")}/year/${RECORDED_KOLADA_YEARS.join(",")}`;

/** Each recorded address (after `/v3`) and its answer. */
const ANSWERS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  [DATA_PATH, page1],
  [`${DATA_PATH}?page=2&per_page=25`, page2],
  [`${DATA_PATH}?page=3&per_page=25`, page3],
]);

/**
 * The source written on values from the recorded answers: they are constructed, so they do not say "Källa: Kolada".
 */
export const RECORDED_KOLADA_SOURCE: Pick<IndicatorValueSource, "name" | "attribution"> = {
  name: "Inspelade svar",
  attribution: {
    sv: "Källa: inspelade svar i Kolada v3-format (konstruerade värden, inte Kolada)",
    en: "Source: recorded answers in the Kolada v3 shape (constructed values, not Kolada)",
  },
};

/**
 * Whether the recorded answers answer a fetch for `workspace`: the profile's indicators with a Kolada id are the
 * recorded KPI's, and the organisations asked for are the recorded ones, in order. Any other county's fetch would
 * meet 404s, so the page says instead that no answers are recorded for it (tests/dashboard/kolada-recorded.test.tsx
 * holds this equal to what a fetch on the recorded answers gives, for every bundled county).
 *
 * @example
 * if (!live && !hasRecordedKoladaAnswers(workspace)) showHowToFetchLive();
 */
export function hasRecordedKoladaAnswers(workspace: Workspace): boolean {
  const kpis = (workspace.profile.followUp?.indicators ?? []).flatMap((i) => (i.kolada ? [i.kolada.kpiId] : []));
  return (
    kpis.length > 0 &&
    kpis.every((kpi) => kpi === RECORDED_KPI) &&
    defaultOrganisationCodes(workspace).join(",") === RECORDED_CODES.join(",")
  );
}

/** Options of {@link recordedKoladaFetch}. */
export interface RecordedKoladaFetchOptions {
  /** How long each answer takes, in milliseconds, so the progress can be seen. @default 0 */
  readonly delayMs?: number;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/**
 * A Kolada `fetch` on the recorded answers: an address of Kolada v3 that was recorded answers 200 with its JSON,
 * any other 404 as Kolada does (the client then says what was asked for). No request leaves the page.
 *
 * @example
 * <KoladaFetch workspace={workspace} fetch={recordedKoladaFetch({ delayMs: 400 })} years={RECORDED_KOLADA_YEARS} … />
 */
export function recordedKoladaFetch(options: RecordedKoladaFetchOptions = {}): KoladaFetch {
  return async (url, init) => {
    if (options.delayMs !== undefined && options.delayMs > 0) await wait(options.delayMs, init.signal);
    const answer = url.startsWith(KOLADA_BASE_URL) ? ANSWERS.get(url.slice(KOLADA_BASE_URL.length)) : undefined;
    const body = JSON.stringify(answer ?? { detail: "Not Found" });
    return { status: answer === undefined ? 404 : 200, text: () => Promise.resolve(body) };
  };
}
