/**
 * `@systemledning/core/kolada`: the adapter for the public Kolada API v3. It makes no request unless the
 * host calls it, and then only through the `fetch` the host passes. Data from Kolada carries the
 * attribution "Källa: Kolada" ({@link KOLADA_ATTRIBUTION}).
 * @module
 */
export {
  KOLADA_BASE_URL,
  KOLADA_MAX_IDS_PER_SEGMENT,
  chunk,
  createKoladaClient,
  type KoladaCallOptions,
  type KoladaClient,
  type KoladaClientOptions,
  type KoladaDataQuery,
  type KoladaIndicatorQuery,
} from "./client.js";
export { KoladaError, isKoladaError, type KoladaErrorDetails, type KoladaErrorReason } from "./errors.js";
export {
  defaultOrganisationCodes,
  fetchIndicatorValues,
  type FetchIndicatorValuesError,
  type FetchIndicatorValuesErrorCode,
  type FetchIndicatorValuesOptions,
  type FetchedIndicatorValues,
  type KoladaFetchProgress,
} from "./fetch-values.js";
export {
  defaultDelay,
  type KoladaDelay,
  type KoladaFetch,
  type KoladaFetchInit,
  type KoladaFetchResponse,
} from "./http.js";
export {
  KOLADA_ATTRIBUTION,
  KOLADA_SOURCE,
  sortIndicatorValues,
  toIndicatorValues,
  type KoladaIndicatorValues,
  type ToIndicatorValuesOptions,
  type UnmappedKoladaPoint,
} from "./mapping.js";
export {
  KoladaDataPage,
  KoladaDataPoint,
  KoladaGender,
  KoladaKpi,
  KoladaKpiPage,
  KoladaMunicipality,
  KoladaMunicipalityPage,
  KoladaValue,
} from "./responses.js";
