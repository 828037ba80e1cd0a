/**
 * The Kolada client: KPI metadata, municipalities and values from the public Kolada API v3, through the
 * `fetch` the host passes. Creating a client makes no request; each method makes only the requests it needs.
 */
import { byId, compareStrings } from "../common/compare.js";
import type { IndicatorDefinition } from "../plan/schema.js";
import { KoladaError } from "./errors.js";
import { defaultDelay, getAllPages, type KoladaDelay, type KoladaFetch, type RequestSettings } from "./http.js";
import { toIndicatorValues, type KoladaIndicatorValues } from "./mapping.js";
import {
  KoladaDataPage,
  KoladaKpiPage,
  KoladaMunicipalityPage,
  type KoladaDataPoint,
  type KoladaKpi,
  type KoladaMunicipality,
} from "./responses.js";

/** The public Kolada API v3. */
export const KOLADA_BASE_URL = "https://api.kolada.se/v3";

/** Kolada accepts at most this many ids in one comma-separated segment of an address. */
export const KOLADA_MAX_IDS_PER_SEGMENT = 25;

/** Options of {@link createKoladaClient}. */
export interface KoladaClientOptions {
  /** The host's `fetch` (the platform's, or a proxy of the intranet). The adapter uses no other network. */
  readonly fetch: KoladaFetch;
  /** The API's address without a trailing slash. @default KOLADA_BASE_URL */
  readonly baseUrl?: string;
  /** How long one attempt may take, in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
  /** How many times a request is tried again after a 5xx, a timeout or a network error. @default 2 */
  readonly retries?: number;
  /** The wait before the first retry; each next one waits twice as long (at most 30 s). @default 500 */
  readonly retryDelayMs?: number;
  /** How to wait before a retry; tests pass one that does not sleep. @default a timer */
  readonly delay?: KoladaDelay;
  /** Aborts every request of the client (the host's page is closing). */
  readonly signal?: AbortSignal;
}

/** Options of one call. */
export interface KoladaCallOptions {
  /** Aborts this call's requests. */
  readonly signal?: AbortSignal;
}

/** Which values to fetch: KPIs × municipalities × years. */
export interface KoladaDataQuery extends KoladaCallOptions {
  /** Kolada KPI ids (`U20462`). At least one. */
  readonly kpiIds: readonly string[];
  /** Municipality or region codes (`2080`, `0020`, `0000` the country); absent: every municipality. */
  readonly municipalityCodes?: readonly string[];
  /** Years; absent: every year. Either municipalities or years must be given (Kolada asks for two of three). */
  readonly years?: readonly number[];
}

/** Which indicator values to fetch: the indicators (their Kolada KPI ids), municipalities and years. */
export interface KoladaIndicatorQuery extends KoladaCallOptions {
  readonly indicators: readonly IndicatorDefinition[];
  readonly municipalityCodes?: readonly string[];
  readonly years?: readonly number[];
  /** When the host fetched the values (ISO 8601 with offset), kept in each value's source. The core reads no clock. */
  readonly retrievedAt?: string;
}

/** A client of the Kolada API made by {@link createKoladaClient}. */
export interface KoladaClient {
  /** The metadata of KPIs (`/kpi/{ids}`), sorted by id. */
  getKpis(ids: readonly string[], options?: KoladaCallOptions): Promise<KoladaKpi[]>;
  /** Municipalities and regions (`/municipality`, or `/municipality/{ids}` for some), sorted by id. */
  getMunicipalities(options?: KoladaCallOptions & { readonly ids?: readonly string[] }): Promise<KoladaMunicipality[]>;
  /** Values (`/data/kpi/{kpis}/municipality/{codes}/year/{years}`), sorted by KPI, municipality and year. */
  getData(query: KoladaDataQuery): Promise<KoladaDataPoint[]>;
  /** Values of the kit's indicators, mapped to indicator values with "Källa: Kolada" attached. */
  getIndicatorValues(query: KoladaIndicatorQuery): Promise<KoladaIndicatorValues>;
}

/** Split `items` into runs of at most `size`. */
export function chunk<TItem>(items: readonly TItem[], size: number = KOLADA_MAX_IDS_PER_SEGMENT): TItem[][] {
  const out: TItem[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const KPI_ID = /^[A-Za-z0-9_]{1,32}$/;
const MUNICIPALITY_ID = /^[A-Za-z0-9_]{1,32}$/;

function invalid(url: string, sv: string, en: string): KoladaError {
  return new KoladaError({ reason: "invalid-request", url, detail: `${sv} / ${en}` });
}

/** Unique ids in their given order, each checked to be safe inside an address. */
function checkedIds(
  values: readonly string[],
  pattern: RegExp,
  what: { sv: string; en: string },
  url: string,
): string[] {
  for (const value of values) {
    if (!pattern.test(value)) {
      throw invalid(
        url,
        `${what.sv} "${value}" kan inte ingå i en adress (bokstäver, siffror och _).`,
        `${what.en} "${value}" cannot be part of an address (letters, digits and _).`,
      );
    }
  }
  return [...new Set(values)];
}

function checkedYears(years: readonly number[], url: string): number[] {
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1900 || year > 2100)
      throw invalid(url, `Året ${String(year)} är inte ett årtal.`, `The year ${String(year)} is not a year.`);
  }
  return [...new Set(years)];
}

function compareDataPoints(a: KoladaDataPoint, b: KoladaDataPoint): number {
  return (
    compareStrings(a.kpi, b.kpi) ||
    compareStrings(a.municipality, b.municipality) ||
    Number(a.period) - Number(b.period)
  );
}

/**
 * Create a client of the Kolada API v3. No request is made until a method is called, and every request goes
 * through the `fetch` given here, under a timeout, the client's and the call's abort signals, and retries
 * with backoff on 5xx, timeouts and network errors (never on 4xx). Id lists are split into segments of at
 * most 25 and `next_url` pages are followed. Answers are validated: a malformed one throws a
 * {@link KoladaError} with the path of each issue; a `null` value stays `null`.
 *
 * Addresses used (Kolada API v3; the same paths as v2 under `/v3`): `/kpi/{ids}`, `/municipality`,
 * `/municipality/{ids}`, `/data/kpi/{kpis}/municipality/{codes}/year/{years}` (and without the
 * municipality or year segment). `per_page` is left to Kolada's default; pages are followed instead.
 *
 * @example
 * import { createKoladaClient } from "@systemledning/core/kolada";
 * const kolada = createKoladaClient({ fetch: (url, init) => fetch(url, init), baseUrl: "https://api.kolada.se/v3" });
 * const { values, attribution } = await kolada.getIndicatorValues({
 *   indicators: profile.followUp?.indicators ?? [], municipalityCodes: ["2080", "0020"], years: [2023, 2024],
 * });
 */
export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
  const baseUrl = (options.baseUrl ?? KOLADA_BASE_URL).replace(/\/+$/, "");
  const settingsFor = (call: KoladaCallOptions | undefined): RequestSettings => ({
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: Math.max(0, Math.floor(options.retries ?? 2)),
    retryDelayMs: options.retryDelayMs ?? 500,
    delay: options.delay ?? defaultDelay,
    signals: [options.signal, call?.signal],
  });

  async function getKpis(ids: readonly string[], call?: KoladaCallOptions): Promise<KoladaKpi[]> {
    const unique = checkedIds(ids, KPI_ID, { sv: "Nyckeltalets id", en: "The KPI id" }, `${baseUrl}/kpi`);
    const settings = settingsFor(call);
    const out: KoladaKpi[] = [];
    for (const segment of chunk(unique))
      out.push(...(await getAllPages(`${baseUrl}/kpi/${segment.join(",")}`, baseUrl, KoladaKpiPage, settings)));
    return out.sort(byId);
  }

  async function getMunicipalities(
    call?: KoladaCallOptions & { readonly ids?: readonly string[] },
  ): Promise<KoladaMunicipality[]> {
    const settings = settingsFor(call);
    if (call?.ids === undefined)
      return (await getAllPages(`${baseUrl}/municipality`, baseUrl, KoladaMunicipalityPage, settings)).sort(byId);
    const unique = checkedIds(
      call.ids,
      MUNICIPALITY_ID,
      { sv: "Kommunkoden", en: "The municipality code" },
      `${baseUrl}/municipality`,
    );
    const out: KoladaMunicipality[] = [];
    for (const segment of chunk(unique))
      out.push(
        ...(await getAllPages(
          `${baseUrl}/municipality/${segment.join(",")}`,
          baseUrl,
          KoladaMunicipalityPage,
          settings,
        )),
      );
    return out.sort(byId);
  }

  async function getData(query: KoladaDataQuery): Promise<KoladaDataPoint[]> {
    const url = `${baseUrl}/data`;
    const kpis = checkedIds(query.kpiIds, KPI_ID, { sv: "Nyckeltalets id", en: "The KPI id" }, url);
    if (kpis.length === 0) throw invalid(url, "Ange minst ett nyckeltal.", "Give at least one KPI.");
    const municipalities =
      query.municipalityCodes === undefined
        ? undefined
        : checkedIds(query.municipalityCodes, MUNICIPALITY_ID, { sv: "Kommunkoden", en: "The municipality code" }, url);
    const years = query.years === undefined ? undefined : checkedYears(query.years, url);
    if ((municipalities === undefined && years === undefined) || municipalities?.length === 0 || years?.length === 0) {
      throw invalid(
        url,
        "Ange kommuner eller år (och inga tomma listor): Kolada kräver två av nyckeltal, kommun och år.",
        "Give municipalities or years (and no empty lists): Kolada needs two of KPI, municipality and year.",
      );
    }
    const settings = settingsFor(query);
    const points: KoladaDataPoint[] = [];
    // Every combination of segments is one request (25 × 25 × 25 at most in each), asked one after another.
    for (const kpiSegment of chunk(kpis)) {
      for (const municipalitySegment of municipalities === undefined ? [undefined] : chunk(municipalities)) {
        for (const yearSegment of years === undefined ? [undefined] : chunk(years)) {
          const address = [
            `${baseUrl}/data/kpi/${kpiSegment.join(",")}`,
            municipalitySegment === undefined ? "" : `/municipality/${municipalitySegment.join(",")}`,
            yearSegment === undefined ? "" : `/year/${yearSegment.join(",")}`,
          ].join("");
          points.push(...(await getAllPages(address, baseUrl, KoladaDataPage, settings)));
        }
      }
    }
    return points.sort(compareDataPoints);
  }

  async function getIndicatorValues(query: KoladaIndicatorQuery): Promise<KoladaIndicatorValues> {
    const kpiIds = [...new Set(query.indicators.flatMap((i) => (i.kolada === undefined ? [] : [i.kolada.kpiId])))];
    const points =
      kpiIds.length === 0
        ? []
        : await getData({
            kpiIds,
            ...(query.municipalityCodes === undefined ? {} : { municipalityCodes: query.municipalityCodes }),
            ...(query.years === undefined ? {} : { years: query.years }),
            ...(query.signal === undefined ? {} : { signal: query.signal }),
          });
    return toIndicatorValues(
      points,
      query.indicators,
      query.retrievedAt === undefined ? {} : { retrievedAt: query.retrievedAt },
    );
  }

  return { getKpis, getMunicipalities, getData, getIndicatorValues };
}
