/**
 * Kalmar's indicators, roadmap and plan-health limits as profile data (owned by the plan module's county data).
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The follow-up part of the Kalmar profile. */
export const KALMAR_FOLLOW_UP_PROFILE: Pick<Profile, "followUp"> = deepFreeze({});
