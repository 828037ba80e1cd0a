/**
 * The Kalmar sample workspace, built from Kalmar's data files by the same shared builder as Dalarna's:
 * a second county adds data, never code.
 */
import type { Workspace } from "../../workspace/schema.js";
import { assembleSampleWorkspace, deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_CHARTERS } from "./charters.js";
import { KALMAR_FORUMS } from "./forums.js";
import { KALMAR_LEADERSHIPS } from "./leaderships.js";
import { KALMAR_MEMBERSHIPS } from "./memberships.js";
import { KALMAR_ORGANISATIONS } from "./organisations.js";
import { KALMAR_PEOPLE } from "./people.js";
import { kalmarProfile } from "./profile.js";

/** The day the sample is written for: the LGL meeting of 2022-01-28 (*Protokoll Länsgemensam ledning 2022-01-28*). */
export const KALMAR_SAMPLE_AS_OF = "2022-01-28";

const memberships = deepFreeze([...KALMAR_MEMBERSHIPS]);
const charters = deepFreeze([...KALMAR_CHARTERS]);

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
  return assembleSampleWorkspace({
    profile: kalmarProfile,
    organisations: KALMAR_ORGANISATIONS,
    people: KALMAR_PEOPLE,
    leaderships: KALMAR_LEADERSHIPS,
    forums: KALMAR_FORUMS,
    memberships,
    charters,
  });
}
