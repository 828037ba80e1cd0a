/**
 * A county profile: everything county-specific as data (docs/domain.md, Context: "everything county-specific is data").
 * Dalarna is the default; Kalmar proves a second county needs no code change. Later modules add their parts (meeting
 * rules, the self-assessment instrument, thresholds) to this schema through migrations.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { Ext, Id, LocalizedText, OfficialCode, ShortText } from "../schema/primitives.js";
import { AssessmentProfileSettings } from "../assessment/schema.js";
import { MeetingsProfileSettings } from "../meetings/schema.js";
import { FollowUpProfileSettings } from "../plan/schema.js";
import { MembershipRole } from "../structure/schema.js";
import { SystemMapProfileSettings } from "../system-map/schema.js";

/** A region known to the profile. */
export const ProfileRegion = defineSchema(() => z.strictObject({ code: OfficialCode, name: ShortText }));
/** A region known to the profile. */
export type ProfileRegion = z.infer<typeof ProfileRegion>;

/** A municipality known to the profile, with the region it lies in. */
export const ProfileMunicipality = defineSchema(() =>
  z.strictObject({ code: OfficialCode, name: ShortText, regionCode: OfficialCode }),
);
/** A municipality known to the profile. */
export type ProfileMunicipality = z.infer<typeof ProfileMunicipality>;

/** An entry of the sector catalogue (the Metodstöd's representation checklist). */
export const Sector = defineSchema(() =>
  z.strictObject({
    id: Id,
    name: LocalizedText,
    /** Examples of who represents it (Civilsamhället: Svenska kyrkan, Röda korset …). */
    examples: LocalizedText.optional(),
  }),
);
/** An entry of the sector catalogue. */
export type Sector = z.infer<typeof Sector>;

/** A sub-goal (*delmål*) of the county's strategy. */
export const Goal = defineSchema(() =>
  z.strictObject({ id: Id, name: LocalizedText, description: LocalizedText.optional() }),
);
/** A sub-goal of the strategy. */
export type Goal = z.infer<typeof Goal>;

/** The charter sections of the Metodstöd template that a question belongs to. */
export const CharterSection = z.enum([
  "purpose",
  "why",
  "vision",
  "principles",
  "composition",
  "tasks",
  "meetingStructure",
  "followUp",
]);
/** A charter section. */
export type CharterSection = z.infer<typeof CharterSection>;

/** A question of the Metodstöd that a leadership's charter should answer. */
export const CharterQuestion = defineSchema(() =>
  z.strictObject({ id: Id, section: CharterSection, text: LocalizedText }),
);
/** A charter question. */
export type CharterQuestion = z.infer<typeof CharterQuestion>;

/** Settings of the structure questions. */
export const StructureSettings = defineSchema(() =>
  z.strictObject({
    /** Roles every forum must have filled (Metodstöd: chair, convener, secretary). */
    keyRoles: z.array(MembershipRole),
    /** Whether every member with mandate should have a named substitute. */
    substituteRequiredForMandateHolders: z.boolean(),
    /** The longest chair term the county recommends, in months; longer terms are flagged. */
    maxChairTermMonths: z.int().min(1).max(120).optional(),
  }),
);
/** Settings of the structure questions. */
export type StructureSettings = z.infer<typeof StructureSettings>;

/** A county profile. */
export const Profile = defineSchema(() =>
  z.strictObject({
    id: Id,
    name: LocalizedText,
    /** The strategy's vision (*målbild*). */
    vision: LocalizedText.optional(),
    regions: z.array(ProfileRegion).min(1),
    municipalities: z.array(ProfileMunicipality),
    sectors: z.array(Sector),
    /** The strategy's sub-goals (*delmål*). */
    goals: z.array(Goal),
    /** Default principles for collaboration. */
    principles: z.array(LocalizedText),
    /** Default tasks of a system leadership. */
    tasks: z.array(LocalizedText),
    charterQuestions: z.array(CharterQuestion),
    structure: StructureSettings,
    /** Meeting rules: defaults and per forum (version 2). Absent: the Metodstöd's defaults apply. */
    meetings: MeetingsProfileSettings.optional(),
    /** Instruments and comparability settings of the self-assessment (version 2). */
    assessment: AssessmentProfileSettings.optional(),
    /** Indicators, roadmap and plan-health limits of the follow-up (version 2). */
    followUp: FollowUpProfileSettings.optional(),
    /**
     * The system map's levels, placement rules and citizen groups (version 3). Absent: the levels of
     * *Att leda hela systemet* and generic rules.
     */
    systemMap: SystemMapProfileSettings.optional(),
    /** Statements about the data itself, e.g. where sample data is plausible rather than sourced. */
    notes: z.array(LocalizedText).optional(),
    ext: Ext.optional(),
  }),
);
/** A county profile. */
export type Profile = z.infer<typeof Profile>;
