/**
 * Dalarna's meeting rules as profile data (owned by the meetings module's county data).
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The meetings part of the Dalarna profile. */
export const DALARNA_MEETINGS_PROFILE: Pick<Profile, "meetings"> = deepFreeze({});
