/**
 * Dalarna's sample meetings and decisions log (owned by the meetings module's sample data).
 */
import type { LogEntry, Meeting } from "../../meetings/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The sample meetings of Dalarna's forums. */
export const DALARNA_MEETINGS: readonly Meeting[] = deepFreeze([]);

/** The sample decisions log. */
export const DALARNA_DECISION_LOG: readonly LogEntry[] = deepFreeze([]);
