/**
 * Dalarna's self-assessment instruments and comparability settings as profile data (owned by the assessment module's county data).
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The assessment part of the Dalarna profile. */
export const DALARNA_ASSESSMENT_PROFILE: Pick<Profile, "assessment"> = deepFreeze({});
