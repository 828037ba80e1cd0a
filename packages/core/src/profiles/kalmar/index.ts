/**
 * `@systemledning/core/profiles/kalmar`: Region Kalmar län's Länsgemensam ledning (the LGL minutes of 2022-01-28), a
 * second county made of data only, and a sample workspace with fictitious people, read from the county's JSON files
 * (packages/core/counties/kalmar, docs/decisions/0018). The build inlines the JSON, so the entry stays synchronous.
 *
 * @example
 * import { kalmarProfile, createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
 * @module
 */
import countyFile from "../../../counties/kalmar/county.json";
import sampleFile from "../../../counties/kalmar/sample.json";
import type { Profile } from "../../profile/schema.js";
import type { LocalizedText } from "../../schema/primitives.js";
import type { Workspace } from "../../workspace/schema.js";
import { deepFreeze } from "../../common/deep-freeze.js";

// The files pass the doors unchanged (tests/core/counties); the entry trusts them rather than carry the door.
// The profile is the sample's own, which equals profile.json, so the package holds it once.
const sample = deepFreeze(sampleFile as unknown as Workspace);

/** The day the sample is written for: the LGL meeting of 2022-01-28 (*Protokoll Länsgemensam ledning 2022-01-28*). */
export const KALMAR_SAMPLE_AS_OF: string = countyFile.sampleAsOf;

/** Region Kalmar län's official code (county 08). */
export const KALMAR_REGION_CODE: string = countyFile.regionCode;

/**
 * The Kalmar profile: Region Kalmar län (0008) and its 12 municipalities, a small sector catalogue for
 * LGL's field (social services, health care, school, user representatives, politicians), the four shifts
 * of the national vision as goals, and principles, tasks and questions from the LGL minutes. Chair and
 * secretary are its key roles; substitutes are not required. The object is frozen.
 *
 * @example
 * import { kalmarProfile } from "@systemledning/core/profiles/kalmar";
 * kalmarProfile.municipalities.length; // 12
 */
export const kalmarProfile: Profile = sample.profile;

/** Statements about the Kalmar data: what the minutes say and what the sample assumes. */
export const KALMAR_PROFILE_NOTES: readonly LocalizedText[] = kalmarProfile.notes ?? [];

/**
 * Create the Kalmar sample workspace: Region Kalmar län, the 12 municipalities, Kommunförbundet and user
 * organisations; Länsgemensam ledning with its forum and the presidium conference; invented people,
 * among them seven user representatives with memberships of kind `user-representative`; LGL's charter.
 *
 * Each call returns a new, independent workspace that passes `parseWorkspace` unchanged.
 *
 * @example
 * import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
 * const ws = createKalmarSampleWorkspace();
 * ws.memberships.filter((m) => m.kind === "user-representative").length; // 8 (7 on the reference day)
 */
export function createKalmarSampleWorkspace(): Workspace {
  return structuredClone(sample);
}
