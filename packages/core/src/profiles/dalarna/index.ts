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
export { DALARNA_READINESS_POLL_ID, DALARNA_SELF_ASSESSMENT_ID } from "./assessment-profile.js";
export { DALARNA_ROUND_2025_ID } from "./assessment-sample-2025.js";
export { DALARNA_ROUND_2023_ID, DALARNA_ROUND_2024_ID } from "./assessment-sample-earlier.js";
export { DALARNA_POLL_2025_ID } from "./assessment-sample-poll.js";
export { DALARNA_REGIONAL_PLAN_ID } from "./plan-sample.js";
export { DALARNA_EVENT_IDS } from "./timeline-sample.js";
