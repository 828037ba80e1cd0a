/**
 * A workspace with a profile and no records: what a new county starts from, and what a lone profile is checked in.
 */
import type { Profile } from "../profile/schema.js";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID } from "./constants.js";
import type { Workspace } from "./schema.js";

/**
 * A workspace of the current version that holds `profile` and every collection empty: no organisations,
 * people, forums or meetings. It is not validated here; pass it through the door when the profile comes from
 * outside (`parseWorkspace(createEmptyWorkspace(profile))`).
 *
 * @example
 * const ws = createEmptyWorkspace(kalmarProfile);
 * ws.forums.length; // 0
 */
export function createEmptyWorkspace(profile: Profile): Workspace {
  return {
    schema: WORKSPACE_SCHEMA_ID,
    version: CURRENT_WORKSPACE_VERSION,
    profile,
    organisations: [],
    people: [],
    leaderships: [],
    forums: [],
    memberships: [],
    charters: [],
    meetings: [],
    decisionLog: [],
    assessmentRounds: [],
    assessmentResponses: [],
    indicatorValues: [],
    plans: [],
    checkIns: [],
    events: [],
    annotations: [],
    annualReports: [],
  };
}
