/**
 * `@systemledning/core/profiles/kalmar`: Region Kalmar län's Länsgemensam ledning (the LGL minutes of 2022-01-28), a
 * second county made of data only, and a sample workspace with fictitious people.
 *
 * @example
 * import { kalmarProfile, createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
 * @module
 */
export { kalmarProfile, KALMAR_PROFILE_NOTES } from "./profile.js";
export { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "./sample.js";
export { KALMAR_REGION_CODE } from "./municipalities.js";
