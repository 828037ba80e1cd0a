/**
 * Schemas of the structure module (docs/domain.md, Structure): organisations, people, leaderships, forums,
 * memberships and charters. Each schema is also the type of the same name.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { Ext, Id, IsoDate, LongText, OfficialCode, ShortText } from "../schema/primitives.js";
import { FORUM_COMPOSITIONS } from "./constants.js";

/** Kinds of organisation that take part in system leadership. */
export const OrganisationKind = z.enum([
  "region",
  "municipality",
  "municipal-association",
  "state-agency",
  "civil-society",
  "business",
  "academia",
  "support-structure",
  "other",
]);
/** Kinds of organisation. */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * The tier of a body within a principal, as the hierarchy draws it (*Att leda hela systemet*, the HIERARKI column of
 * the slide "Olika logiker existerar samtidigt"): the council (*kommunfullmäktige*, *regionfullmäktige*), a committee
 * (*nämnd*, the executive board among them), an administration (*förvaltning*) and an operation (*verksamhet*: a
 * school, a health centre, a unit).
 */
export const OrganisationTier = z.enum(["council", "committee", "administration", "operation"]);
/** The tier of a body within a principal. */
export type OrganisationTier = z.infer<typeof OrganisationTier>;

/**
 * An organisation: a principal (region, municipality) or another actor. Regions and municipalities carry
 * their official code (`2080` Falun, `0020` Region Dalarna), which must be in the profile.
 *
 * A body within a principal (its council, a committee, an administration, an operation) has the principal's
 * kind, a `tier`, a `parentId` up the hierarchy, and no code of its own: a region or municipality with a code
 * is the principal itself and has no tier. The door refuses a code and a tier together.
 */
export const Organisation = defineSchema(() =>
  z.strictObject({
    id: Id,
    kind: OrganisationKind,
    name: ShortText,
    shortName: ShortText.optional(),
    /** Official SCB/Kolada code; required for regions and municipalities that are principals (no `tier`). */
    code: OfficialCode.optional(),
    /** The organisation this one is part of (a committee of a municipality, an agency's local office). */
    parentId: Id.optional(),
    /** For a body within a principal: its tier in the hierarchy (council, committee, administration, operation). */
    tier: OrganisationTier.optional(),
    ext: Ext.optional(),
  }),
);
/** An organisation. */
export type Organisation = z.infer<typeof Organisation>;

/** A person, with the minimum of personal data the model needs. */
export const Person = defineSchema(() =>
  z.strictObject({
    id: Id,
    name: ShortText,
    /** Job title or political office, e.g. "Socialchef", "Kommunstyrelsens ordförande". */
    title: ShortText.optional(),
    /** A work e-mail, shown only where the host chooses to. */
    email: ShortText.optional(),
    ext: Ext.optional(),
  }),
);
/** A person. */
export type Person = z.infer<typeof Person>;

/** Level of a system leadership. */
export const LeadershipLevel = z.enum(["regional", "subregional", "local"]);
/** Level of a system leadership. */
export type LeadershipLevel = z.infer<typeof LeadershipLevel>;

/**
 * A system leadership (*systemledning*): the region and the municipalities it covers lead together through
 * one or more forums. Its principals (*huvudmän*) are the region with `regionCode` and each covered
 * municipality.
 */
export const Leadership = defineSchema(() =>
  z.strictObject({
    id: Id,
    name: ShortText,
    shortName: ShortText.optional(),
    level: LeadershipLevel,
    /** The region that is a principal of this leadership. */
    regionCode: OfficialCode,
    /** The municipalities covered (Västerbergslagen: Ludvika 2085 and Smedjebacken 2061). */
    municipalityCodes: z.array(OfficialCode),
    description: LongText.optional(),
    ext: Ext.optional(),
  }),
);
/** A system leadership. */
export type Leadership = z.infer<typeof Leadership>;

/** Who sits in a forum: politicians only, officials only, or both (joint). */
export const ForumComposition = z.enum(FORUM_COMPOSITIONS);
/** Who sits in a forum. */
export type ForumComposition = z.infer<typeof ForumComposition>;

/** How the chair is chosen: for how long and whether it rotates between principals. */
export const ChairRule = defineSchema(() =>
  z.strictObject({
    /** Length of one chair term in months. */
    termMonths: z.int().min(1).max(120),
    /** Whether the chair passes between principals (e.g. municipality ↔ region). */
    rotatesBetweenPrincipals: z.boolean(),
    /** How the chair is chosen, in the forum's own words. */
    description: LongText.optional(),
  }),
);
/** How the chair is chosen. */
export type ChairRule = z.infer<typeof ChairRule>;

/** A forum of a leadership (LCHNV, VfR, a local leadership's monthly meeting). */
export const Forum = defineSchema(() =>
  z.strictObject({
    id: Id,
    leadershipId: Id,
    name: ShortText,
    shortName: ShortText.optional(),
    composition: ForumComposition,
    purpose: LongText.optional(),
    /** Sectors that must be represented (ids in the profile's sector catalogue). */
    requiredSectorIds: z.array(Id),
    /** Sectors co-opted when needed (*adjungeras vid behov*). */
    coOptedSectorIds: z.array(Id),
    chairRule: ChairRule.optional(),
    /**
     * The forum's last day, when it has ended (version 4). An ended forum is kept, with its meetings and
     * decisions; the structure questions leave it out after this day, and its memberships end by it.
     */
    endedOn: IsoDate.optional(),
    ext: Ext.optional(),
  }),
);
/** A forum. */
export type Forum = z.infer<typeof Forum>;

/** Roles in a forum. A person may hold several (chair and member). */
export const MembershipRole = z.enum([
  "chair",
  "vice-chair",
  "convener",
  "process-leader",
  "secretary",
  "member",
  "substitute",
  "co-opted",
]);
/** A role in a forum. */
export type MembershipRole = z.infer<typeof MembershipRole>;

/** What kind of participant a member is. */
export const MemberKind = z.enum(["politician", "official", "user-representative", "citizen", "other"]);
/** What kind of participant a member is. */
export type MemberKind = z.infer<typeof MemberKind>;

/**
 * A person's seat in a forum, for a period: whom they represent, in which sector, in which roles, and
 * whether they hold a decision mandate. A substitute names the membership they stand in for.
 */
export const Membership = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      forumId: Id,
      personId: Id,
      /** The organisation represented. */
      organisationId: Id,
      /** The sector represented (id in the profile's sector catalogue). */
      sectorId: Id.optional(),
      roles: z.array(MembershipRole).min(1),
      kind: MemberKind,
      /** Whether this member can decide on behalf of the organisation (*beslutsmandat*). */
      hasMandate: z.boolean(),
      /** First day of the period. */
      from: IsoDate,
      /** Last day of the period; open-ended when absent. */
      to: IsoDate.optional(),
      /** For a substitute: the membership they stand in for. */
      substituteForId: Id.optional(),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { from, to } = ctx.value;
      if (to !== undefined && to < from) {
        ctx.issues.push({ code: "custom", input: to, path: ["to"], params: { code: "invalid_period", from, to } });
      }
    }),
);
/** A person's seat in a forum. */
export type Membership = z.infer<typeof Membership>;

/**
 * A leadership's charter, following the Metodstöd template: purpose, why, vision, principles, tasks,
 * meeting structure and follow-up, plus answers to the profile's charter questions by question id.
 */
export const Charter = defineSchema(() =>
  z.strictObject({
    id: Id,
    leadershipId: Id,
    adoptedAt: IsoDate.optional(),
    purpose: LongText.optional(),
    why: LongText.optional(),
    vision: LongText.optional(),
    /** Principles for collaboration; the profile's five defaults when the leadership adopted them. */
    principles: z.array(LongText),
    tasks: z.array(LongText),
    meetingStructure: LongText.optional(),
    followUpPlan: LongText.optional(),
    /** Answers to the profile's charter questions, by question id. */
    answers: z.record(Id, LongText),
    ext: Ext.optional(),
  }),
);
/** A leadership's charter. */
export type Charter = z.infer<typeof Charter>;
