/**
 * `@systemledning/core/kolada`: the adapter for the public Kolada API v3. It makes no request unless the
 * host calls it, and then only through the `fetch` the host passes.
 * @module
 */

/** The public Kolada API v3. */
export const KOLADA_BASE_URL = "https://api.kolada.se/v3";
