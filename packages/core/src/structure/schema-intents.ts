/**
 * The intents of the structure commands (commands.ts, commands-forum.ts, commands-charter.ts): what each
 * command is asked to do, validated at the command's door before anything changes. Each schema is also the
 * type of the same name. References to records are plain strings here, so an unknown id is reported as a
 * dangling reference at its path rather than as a format error; the ids of new records are {@link Id}s.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { Id, IsoDate, LongText, OfficialCode, ShortText } from "../schema/primitives.js";
import { MeetingRules } from "../meetings/schema-rules.js";
import {
  ChairRule,
  ForumComposition,
  MemberKind,
  MembershipRole,
  OrganisationKind,
  OrganisationTier,
} from "./schema.js";

/** The intent of {@link addOrganisation}. Without `id`, one is made from the name (`org-<slug>`). */
export const AddOrganisationIntent = defineSchema(() =>
  z.strictObject({
    id: Id.optional(),
    kind: OrganisationKind,
    name: ShortText,
    shortName: ShortText.optional(),
    code: OfficialCode.optional(),
    parentId: z.string().optional(),
    tier: OrganisationTier.optional(),
  }),
);
/** The intent of {@link addOrganisation}. */
export type AddOrganisationIntent = z.infer<typeof AddOrganisationIntent>;

/** The intent of {@link addForum}. Without `id`, one is made from the name (`f-<slug>`). */
export const AddForumIntent = defineSchema(() =>
  z.strictObject({
    id: Id.optional(),
    leadershipId: z.string(),
    name: ShortText,
    shortName: ShortText.optional(),
    composition: ForumComposition,
    purpose: LongText.optional(),
    requiredSectorIds: z.array(z.string()).optional(),
    coOptedSectorIds: z.array(z.string()).optional(),
    chairRule: ChairRule.optional(),
  }),
);
/** The intent of {@link addForum}. */
export type AddForumIntent = z.infer<typeof AddForumIntent>;

/** The intent of {@link renameForum}: `shortName` null clears it, absent keeps it. */
export const RenameForumIntent = defineSchema(() =>
  z.strictObject({ forumId: z.string(), name: ShortText, shortName: ShortText.nullable().optional() }),
);
/** The intent of {@link renameForum}. */
export type RenameForumIntent = z.infer<typeof RenameForumIntent>;

/** The intent of {@link endForum}: the forum's last day. */
export const EndForumIntent = defineSchema(() => z.strictObject({ forumId: z.string(), on: IsoDate }));
/** The intent of {@link endForum}. */
export type EndForumIntent = z.infer<typeof EndForumIntent>;

/** The intent of {@link setForumSectors}: ids of the profile's sectors, the two lists disjoint. */
export const SetForumSectorsIntent = defineSchema(() =>
  z.strictObject({
    forumId: z.string(),
    requiredSectorIds: z.array(z.string()),
    coOptedSectorIds: z.array(z.string()),
  }),
);
/** The intent of {@link setForumSectors}. */
export type SetForumSectorsIntent = z.infer<typeof SetForumSectorsIntent>;

/** The intent of {@link setForumComposition}. */
export const SetForumCompositionIntent = defineSchema(() =>
  z.strictObject({ forumId: z.string(), composition: ForumComposition }),
);
/** The intent of {@link setForumComposition}. */
export type SetForumCompositionIntent = z.infer<typeof SetForumCompositionIntent>;

/** The intent of {@link setForumChairRule}: null removes the rule. */
export const SetForumChairRuleIntent = defineSchema(() =>
  z.strictObject({ forumId: z.string(), chairRule: ChairRule.nullable() }),
);
/** The intent of {@link setForumChairRule}. */
export type SetForumChairRuleIntent = z.infer<typeof SetForumChairRuleIntent>;

/** The intent of {@link setForumMeetingRules}: null removes the forum's own rules, so the county's defaults apply. */
export const SetForumMeetingRulesIntent = defineSchema(() =>
  z.strictObject({ forumId: z.string(), rules: MeetingRules.nullable() }),
);
/** The intent of {@link setForumMeetingRules}. */
export type SetForumMeetingRulesIntent = z.infer<typeof SetForumMeetingRulesIntent>;

/** The intent of {@link addPerson}. Without `id`, one is made from the name (`p-<slug>`). */
export const AddPersonIntent = defineSchema(() =>
  z.strictObject({
    id: Id.optional(),
    name: ShortText,
    title: ShortText.optional(),
    email: ShortText.optional(),
  }),
);
/** The intent of {@link addPerson}. */
export type AddPersonIntent = z.infer<typeof AddPersonIntent>;

/** The intent of {@link addMembership}. Without `id`, one is made from the seat (`m:<forumId>:<personId>`). */
export const AddMembershipIntent = defineSchema(() =>
  z.strictObject({
    id: Id.optional(),
    forumId: z.string(),
    personId: z.string(),
    organisationId: z.string(),
    sectorId: z.string().optional(),
    roles: z.array(MembershipRole).min(1),
    kind: MemberKind,
    hasMandate: z.boolean(),
    from: IsoDate,
    to: IsoDate.optional(),
    substituteForId: z.string().optional(),
  }),
);
/** The intent of {@link addMembership}. */
export type AddMembershipIntent = z.infer<typeof AddMembershipIntent>;

/** The intent of {@link endMembership}: the membership's last day. */
export const EndMembershipIntent = defineSchema(() => z.strictObject({ membershipId: z.string(), on: IsoDate }));
/** The intent of {@link endMembership}. */
export type EndMembershipIntent = z.infer<typeof EndMembershipIntent>;

/** The intent of {@link setSubstitute}: the substitute's seat and the seat it stands in for (null clears). */
export const SetSubstituteIntent = defineSchema(() =>
  z.strictObject({ membershipId: z.string(), substituteForId: z.string().nullable() }),
);
/** The intent of {@link setSubstitute}. */
export type SetSubstituteIntent = z.infer<typeof SetSubstituteIntent>;

/** The intent of {@link answerCharterQuestion}: a non-blank answer to one of the profile's charter questions. */
export const AnswerCharterQuestionIntent = defineSchema(() =>
  z.strictObject({ leadershipId: z.string(), questionId: z.string(), answer: LongText }),
);
/** The intent of {@link answerCharterQuestion}. */
export type AnswerCharterQuestionIntent = z.infer<typeof AnswerCharterQuestionIntent>;

/** The intent of {@link clearCharterAnswer}. */
export const ClearCharterAnswerIntent = defineSchema(() =>
  z.strictObject({ leadershipId: z.string(), questionId: z.string() }),
);
/** The intent of {@link clearCharterAnswer}. */
export type ClearCharterAnswerIntent = z.infer<typeof ClearCharterAnswerIntent>;

/** The charter's text sections that {@link setCharterText} writes. */
export const CharterTextSection = z.enum(["purpose", "why", "vision", "meetingStructure", "followUpPlan"]);
/** A charter's text section. */
export type CharterTextSection = z.infer<typeof CharterTextSection>;

/** The intent of {@link setCharterText}: null clears the section; a blank text is refused. */
export const SetCharterTextIntent = defineSchema(() =>
  z.strictObject({ leadershipId: z.string(), section: CharterTextSection, text: LongText.nullable() }),
);
/** The intent of {@link setCharterText}. */
export type SetCharterTextIntent = z.infer<typeof SetCharterTextIntent>;

/** The intent of {@link setCharterPrinciples}: the whole list, each entry non-blank. */
export const SetCharterPrinciplesIntent = defineSchema(() =>
  z.strictObject({ leadershipId: z.string(), principles: z.array(LongText) }),
);
/** The intent of {@link setCharterPrinciples}. */
export type SetCharterPrinciplesIntent = z.infer<typeof SetCharterPrinciplesIntent>;

/** The intent of {@link setCharterTasks}: the whole list, each entry non-blank. */
export const SetCharterTasksIntent = defineSchema(() =>
  z.strictObject({ leadershipId: z.string(), tasks: z.array(LongText) }),
);
/** The intent of {@link setCharterTasks}. */
export type SetCharterTasksIntent = z.infer<typeof SetCharterTasksIntent>;

/** The intent of {@link adoptDefaultPrinciples} and {@link adoptDefaultTasks}. */
export const LeadershipIntent = defineSchema(() => z.strictObject({ leadershipId: z.string() }));
/** The intent of {@link adoptDefaultPrinciples} and {@link adoptDefaultTasks}. */
export type LeadershipIntent = z.infer<typeof LeadershipIntent>;

/** The intent of {@link adoptCharter}: the day the leadership adopted its charter. */
export const AdoptCharterIntent = defineSchema(() => z.strictObject({ leadershipId: z.string(), on: IsoDate }));
/** The intent of {@link adoptCharter}. */
export type AdoptCharterIntent = z.infer<typeof AdoptCharterIntent>;
