/**
 * `@systemledning/core/profiles/dalarna`: Region Dalarna and its 15 municipalities, the default profile,
 * and a sample workspace with fictitious people.
 *
 * @example
 * import { dalarnaProfile, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
 * const ws = createDalarnaSampleWorkspace();
 * @module
 */
export { dalarnaProfile, DALARNA_PROFILE_NOTES } from "./profile.js";
export { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "./sample.js";
export { DALARNA_REGION_CODE } from "./municipalities.js";
