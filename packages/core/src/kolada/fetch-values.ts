/**
 * Fetch the values of a workspace's indicators from Kolada: one indicator after another (so the host can show
 * how far it has come), for the county's municipalities, its region and the country. The outcome is a value,
 * never a throw: the values and what could not be mapped, or an error with a code and a Swedish and English
 * text. Nothing is written here; the host hands the values to `replaceIndicatorValues` (`@systemledning/core/plan`).
 */
import type { BilingualMessage } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import type { LocalizedText } from "../schema/primitives.js";
import { COUNTRY_CODE } from "../plan/constants.js";
import type { IndicatorDefinition, IndicatorValue } from "../plan/schema.js";
import type { Workspace } from "../workspace/schema.js";
import type { KoladaClient } from "./client.js";
import { isKoladaError, type KoladaErrorReason } from "./errors.js";
import { KOLADA_ATTRIBUTION, sortIndicatorValues, type UnmappedKoladaPoint } from "./mapping.js";

/** How far a fetch has come: `done` of `total` indicators, and the one just finished. */
export interface KoladaFetchProgress {
  readonly done: number;
  readonly total: number;
  readonly indicatorId: string;
}

/** Options of {@link fetchIndicatorValues}. */
export interface FetchIndicatorValuesOptions {
  /** The years to fetch (at least one). */
  readonly years: readonly number[];
  /** Municipality and region codes; absent: the profile's municipalities, its regions and `0000` the country. */
  readonly organisationCodes?: readonly string[];
  /** Only these indicators (each needs a Kolada KPI id); absent: every indicator of the profile with one. */
  readonly indicatorIds?: readonly string[];
  /** Called after each indicator. */
  readonly onProgress?: (progress: KoladaFetchProgress) => void;
  /** Stops the fetch between and during requests: the outcome is then the error `aborted`. */
  readonly signal?: AbortSignal;
  /** When the host fetched (ISO 8601 with offset), kept in each value's source. The core reads no clock. */
  readonly retrievedAt?: string;
}

/** What {@link fetchIndicatorValues} found. */
export interface FetchedIndicatorValues {
  /** Sorted by indicator, organisation, period and gender (T, K, M). */
  readonly values: IndicatorValue[];
  /** The indicators that were fetched: the ones whose values a replace should swap. */
  readonly indicatorIds: string[];
  /** Indicators of the profile without a Kolada KPI id, so nothing was fetched for them. */
  readonly withoutKpi: string[];
  /** Kolada's points that could not become values (never silently dropped). */
  readonly unmapped: UnmappedKoladaPoint[];
  /** "Källa: Kolada" / "Source: Kolada", to show wherever the values are shown. */
  readonly attribution: LocalizedText;
}

/** Why a fetch gave nothing. */
export type FetchIndicatorValuesErrorCode =
  /** No indicator of the profile (or of `indicatorIds`) has a Kolada KPI id. */
  | "no-kolada-indicators"
  /** An id in `indicatorIds` is not an indicator of the profile. */
  | "unknown-indicator"
  /** The years or codes are unusable (none, or not a year). */
  | "invalid-request"
  /** The caller's signal stopped the fetch. */
  | "aborted"
  /** Kolada could not be reached, or answered with an error, after every retry. */
  | "kolada-unavailable"
  /** Kolada answered in a shape the adapter does not know. */
  | "malformed-response";

/** The error of a fetch: a code, a text in Swedish and English, and the indicator it stopped at. */
export interface FetchIndicatorValuesError {
  readonly code: FetchIndicatorValuesErrorCode;
  readonly message: BilingualMessage;
  /** The indicator being fetched when it failed, if any. */
  readonly indicatorId?: string;
  /** How many indicators were done before it failed (their values are not returned: all or nothing). */
  readonly done: number;
  /** The adapter's error, for a log. */
  readonly cause?: unknown;
}

const CODE_BY_REASON: Readonly<Record<KoladaErrorReason, FetchIndicatorValuesErrorCode>> = {
  "http-status": "kolada-unavailable",
  timeout: "kolada-unavailable",
  network: "kolada-unavailable",
  "malformed-response": "malformed-response",
  aborted: "aborted",
  "invalid-request": "invalid-request",
};

const NOTHING_CHANGED = {
  sv: " Inga värden har ändrats.",
  en: " No values were changed.",
};

function failure(
  code: FetchIndicatorValuesErrorCode,
  message: BilingualMessage,
  done: number,
  extra: { indicatorId?: string; cause?: unknown } = {},
): Result<never, FetchIndicatorValuesError> {
  return err({
    code,
    message: { sv: message.sv + NOTHING_CHANGED.sv, en: message.en + NOTHING_CHANGED.en },
    done,
    ...extra,
  });
}

/** The default organisations: the profile's municipalities, its regions and the country, each once. */
export function defaultOrganisationCodes(ws: Workspace): string[] {
  return [
    ...new Set([
      ...ws.profile.municipalities.map((m) => m.code),
      ...ws.profile.regions.map((r) => r.code),
      COUNTRY_CODE,
    ]),
  ];
}

function chosenIndicators(
  ws: Workspace,
  indicatorIds: readonly string[] | undefined,
): Result<IndicatorDefinition[], { id: string }> {
  const all = ws.profile.followUp?.indicators ?? [];
  if (indicatorIds === undefined) return ok([...all]);
  const chosen: IndicatorDefinition[] = [];
  for (const id of new Set(indicatorIds)) {
    const indicator = all.find((i) => i.id === id);
    if (indicator === undefined) return err({ id });
    chosen.push(indicator);
  }
  return ok(chosen);
}

/**
 * Fetch the values of the profile's indicators that have a Kolada KPI id, one indicator at a time, for the
 * given years and organisations (default: the county's municipalities, the region and the country). Every
 * request goes through `client`, so through the host's `fetch`. All or nothing: when one indicator fails, the
 * outcome is an error saying nothing was changed, never a half set. Never throws.
 *
 * @example
 * const kolada = createKoladaClient({ fetch: (url, init) => fetch(url, init) });
 * const result = await fetchIndicatorValues(kolada, ws, { years: [2021, 2022, 2023, 2024],
 *   onProgress: ({ done, total }) => console.log(`${done} av ${total}`), retrievedAt: new Date().toISOString() });
 * if (result.ok) replaceIndicatorValues(ws, { values: result.value.values, indicatorIds: result.value.indicatorIds });
 * else console.error(result.error.code, result.error.message.sv);
 */
export async function fetchIndicatorValues(
  client: KoladaClient,
  ws: Workspace,
  options: FetchIndicatorValuesOptions,
): Promise<Result<FetchedIndicatorValues, FetchIndicatorValuesError>> {
  const chosen = chosenIndicators(ws, options.indicatorIds);
  if (!chosen.ok)
    return failure(
      "unknown-indicator",
      {
        sv: `Nyckeltalet "${chosen.error.id}" finns inte i profilen.`,
        en: `The indicator "${chosen.error.id}" is not in the profile.`,
      },
      0,
    );
  const withKpi = chosen.value.filter((i) => i.kolada !== undefined);
  const withoutKpi = chosen.value.filter((i) => i.kolada === undefined).map((i) => i.id);
  if (withKpi.length === 0)
    return failure(
      "no-kolada-indicators",
      {
        sv: "Inget nyckeltal i profilen har ett Kolada-id, så det finns inget att hämta.",
        en: "No indicator of the profile has a Kolada id, so there is nothing to fetch.",
      },
      0,
    );
  const organisationCodes = options.organisationCodes ?? defaultOrganisationCodes(ws);
  const values: IndicatorValue[] = [];
  const unmapped: UnmappedKoladaPoint[] = [];
  let done = 0;
  for (const indicator of withKpi) {
    if (options.signal?.aborted)
      return failure("aborted", { sv: "Hämtningen avbröts.", en: "The fetch was stopped." }, done, {
        indicatorId: indicator.id,
      });
    try {
      const fetched = await client.getIndicatorValues({
        indicators: [indicator],
        municipalityCodes: organisationCodes,
        years: options.years,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.retrievedAt === undefined ? {} : { retrievedAt: options.retrievedAt }),
      });
      values.push(...fetched.values);
      unmapped.push(...fetched.unmapped);
    } catch (error) {
      if (isKoladaError(error)) {
        const code = options.signal?.aborted ? "aborted" : CODE_BY_REASON[error.reason];
        return failure(code, { sv: error.messageSv, en: error.message }, done, {
          indicatorId: indicator.id,
          cause: error,
        });
      }
      const text = error instanceof Error ? error.message : String(error);
      return failure(
        "kolada-unavailable",
        { sv: `Hämtningen från Kolada misslyckades: ${text}.`, en: `The fetch from Kolada failed: ${text}.` },
        done,
        { indicatorId: indicator.id, cause: error },
      );
    }
    done += 1;
    options.onProgress?.({ done, total: withKpi.length, indicatorId: indicator.id });
  }
  return ok({
    values: sortIndicatorValues(values),
    indicatorIds: withKpi.map((i) => i.id),
    withoutKpi,
    unmapped,
    attribution: KOLADA_ATTRIBUTION,
  });
}
