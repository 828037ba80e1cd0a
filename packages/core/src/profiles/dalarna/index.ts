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
export { DALARNA_REPORT_TEXTS_2025 } from "./report-texts.js";
export { DALARNA_EVENT_IDS } from "./timeline-sample.js";
export { DALARNA_FAMILY_GROUP_ID, DALARNA_FRAIL_ELDERLY_GROUP_ID } from "./system-map-profile.js";
export { DALARNA_WORKSHOP_ANNOTATIONS, DALARNA_WORKSHOP_AS_OF, DALARNA_WORKSHOP_ID } from "./system-map-sample.js";
export { DALARNA_BODY } from "./organisations-hierarchy.js";
