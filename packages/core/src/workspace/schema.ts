/**
 * The workspace document: one versioned JSON document that holds a county's profile and every module's
 * collections. Each module adds its collections when it lands, with a migration from the version before.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { Ext } from "../schema/primitives.js";
import { Profile } from "../profile/schema.js";
import { AssessmentResponse, AssessmentRound } from "../assessment/schema.js";
import { LogEntry, Meeting } from "../meetings/schema.js";
import { CheckIn, IndicatorValue, Plan } from "../plan/schema.js";
import { AnnualReportRecord } from "../plan/report/schema.js";
import { Charter, Forum, Leadership, Membership, Organisation, Person } from "../structure/schema.js";
import { SystemAnnotation } from "../system-map/schema.js";
import { TimelineEvent } from "../timeline/schema.js";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID } from "./constants.js";

export { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID };

/** The workspace document, current version. */
export const Workspace = defineSchema(() =>
  z.strictObject({
    schema: z.literal(WORKSPACE_SCHEMA_ID),
    version: z.literal(CURRENT_WORKSPACE_VERSION),
    profile: Profile,
    organisations: z.array(Organisation),
    people: z.array(Person),
    leaderships: z.array(Leadership),
    forums: z.array(Forum),
    memberships: z.array(Membership),
    charters: z.array(Charter),
    /** Meetings of the forums (version 2). */
    meetings: z.array(Meeting),
    /** The append-only, hash-chained log of decisions and approved notes, oldest first (version 2). */
    decisionLog: z.array(LogEntry),
    /** Self-assessment rounds and event polls (version 2). */
    assessmentRounds: z.array(AssessmentRound),
    /** Responses to the rounds (version 2). */
    assessmentResponses: z.array(AssessmentResponse),
    /** Values of the profile's indicators per organisation and period (version 2). */
    indicatorValues: z.array(IndicatorValue),
    /** Action plans, regional and local (version 2). */
    plans: z.array(Plan),
    /** Check-ins (*avstämningar*) on the plans (version 2). */
    checkIns: z.array(CheckIn),
    /** Activities and events outside the forums' meetings: networks, information forums, system leadership days (version 3). */
    events: z.array(TimelineEvent),
    /** Workshop marks on the system map: positions, green and red dots, notes, on nodes, edges and gaps (version 3). */
    annotations: z.array(SystemAnnotation),
    /** The texts people wrote for each year's annual report, one record per year (version 5). */
    annualReports: z.array(AnnualReportRecord),
    ext: Ext.optional(),
  }),
);
/** The workspace document, current version. */
export type Workspace = z.infer<typeof Workspace>;
