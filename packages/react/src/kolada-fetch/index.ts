/**
 * Fetching indicator values from Kolada in the kit: {@link KoladaFetch}, the "Hämta från Kolada" action with its
 * progress, cancel and outcome, saving through the core's `replaceIndicatorValues`.
 * @module
 */
export { KoladaFetch, type KoladaFetchChangeContext, type KoladaFetchProps } from "./kolada-fetch.js";
export { KOLADA_FETCH_MESSAGES, type KoladaFetchMessageKey } from "./messages.js";
