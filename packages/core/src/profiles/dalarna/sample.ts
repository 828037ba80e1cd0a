/**
 * The Dalarna sample workspace: real organisations and forums, fictitious people, and a deliberate mix
 * of complete and incomplete structure, so every coverage question has something to pass and something
 * to find on the reference day {@link DALARNA_SAMPLE_AS_OF}.
 */
import type { Workspace } from "../../workspace/schema.js";
import { assembleSampleWorkspace, deepFreeze } from "../shared/sample-builder.js";
import { FALUN_CHARTER, VASTERBERGSLAGEN_CHARTER } from "./charters-complete.js";
import { PARTIAL_CHARTERS } from "./charters-partial.js";
import { DALARNA_FORUMS } from "./forums.js";
import { DALARNA_LEADERSHIPS } from "./leaderships.js";
import { createNorthernLocalMemberships } from "./memberships-local-north.js";
import { createSouthernLocalMemberships } from "./memberships-local-south.js";
import { createRegionalMemberships } from "./memberships-regional.js";
import { DALARNA_ORGANISATIONS } from "./organisations.js";
import { DALARNA_PEOPLE } from "./people.js";
import { dalarnaProfile } from "./profile.js";
import { DALARNA_ASSESSMENT_RESPONSES, DALARNA_ASSESSMENT_ROUNDS } from "./assessment-sample.js";
import { DALARNA_DECISION_LOG, DALARNA_MEETINGS } from "./meetings-sample.js";
import { DALARNA_CHECK_INS, DALARNA_INDICATOR_VALUES, DALARNA_PLANS } from "./plan-sample.js";
import { DALARNA_EVENTS } from "./timeline-sample.js";
import { DALARNA_WORKSHOP_ANNOTATIONS } from "./system-map-sample.js";

/**
 * The day the sample is written for (the date of *Regional årsrapport 2025*). Memberships have
 * ended before it and one starts after it, so answers differ with `asOf`.
 */
export const DALARNA_SAMPLE_AS_OF = "2026-05-13";

const memberships = deepFreeze([
  ...createRegionalMemberships(),
  ...createSouthernLocalMemberships(),
  ...createNorthernLocalMemberships(),
]);
const charters = deepFreeze([FALUN_CHARTER, VASTERBERGSLAGEN_CHARTER, ...PARTIAL_CHARTERS]);

/**
 * Create the Dalarna sample workspace: Region Dalarna, the 15 municipalities, RSS Dalarna, agencies and
 * civil society; the regional system leadership with its six forums and the 13 local leaderships with
 * their forums; invented people with memberships, mandates, substitutes and periods; and charters for
 * twelve local leaderships (two complete, ten partly written; Vansbro has none); meetings, decisions,
 * self-assessment rounds, plans and check-ins; the regional activities of 2025 (Bilaga 2) with a few
 * plausible events of 2026; the bodies of Region Dalarna, Ludvika and Smedjebacken for the hierarchy view;
 * and the marks of the regional system leadership's workshop on the system map (invented).
 *
 * Each call returns a new, independent workspace: changing one never affects the next. It passes
 * `parseWorkspace` unchanged.
 *
 * @example
 * import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
 * const ws = createDalarnaSampleWorkspace();
 * ws.leaderships.filter((l) => l.level === "local").length; // 13
 */
export function createDalarnaSampleWorkspace(): Workspace {
  return assembleSampleWorkspace({
    profile: dalarnaProfile,
    organisations: DALARNA_ORGANISATIONS,
    people: DALARNA_PEOPLE,
    leaderships: DALARNA_LEADERSHIPS,
    forums: DALARNA_FORUMS,
    memberships,
    charters,
    meetings: DALARNA_MEETINGS,
    decisionLog: DALARNA_DECISION_LOG,
    assessmentRounds: DALARNA_ASSESSMENT_ROUNDS,
    assessmentResponses: DALARNA_ASSESSMENT_RESPONSES,
    indicatorValues: DALARNA_INDICATOR_VALUES,
    plans: DALARNA_PLANS,
    checkIns: DALARNA_CHECK_INS,
    events: DALARNA_EVENTS,
    annotations: DALARNA_WORKSHOP_ANNOTATIONS,
  });
}
