/**
 * The vocabulary of the structure questions: statuses, stable reason codes and every Swedish and English
 * message the answers carry. All user-facing text of the structure questions lives here, as the
 * validation messages live in `common/issues.ts`.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { ForumComposition, MembershipRole } from "./schema.js";

/**
 * How an answer stands, from best to worst: `ok` (nothing to do), `info` (worth knowing, not a fault),
 * `warning` (should be looked at) and `missing` (something the Metodstöd asks for is absent).
 */
export type StructureStatus = "ok" | "info" | "warning" | "missing";

/** Rank of each status; a higher rank is worse. */
export const STRUCTURE_STATUS_RANK: Readonly<Record<StructureStatus, number>> = {
  ok: 0,
  info: 1,
  warning: 2,
  missing: 3,
};

/**
 * The worst of `statuses`, or `ok` when there are none.
 *
 * @example
 * worstStatus(["ok", "warning", "info"]); // "warning"
 */
export function worstStatus(statuses: Iterable<StructureStatus>): StructureStatus {
  let worst: StructureStatus = "ok";
  for (const status of statuses) if (STRUCTURE_STATUS_RANK[status] > STRUCTURE_STATUS_RANK[worst]) worst = status;
  return worst;
}

/** The worse of two statuses. */
export function worseStatus(a: StructureStatus, b: StructureStatus): StructureStatus {
  return STRUCTURE_STATUS_RANK[b] > STRUCTURE_STATUS_RANK[a] ? b : a;
}

/** Stable codes of the reasons behind each status. UIs and hosts may switch on them. */
export type StructureReasonCode =
  | "required_sector_covered"
  | "required_sector_missing"
  | "co_opted_sector_available"
  | "co_opted_sector_unavailable"
  | "extra_sector_represented"
  | "principal_represented_with_mandate"
  | "principal_represented_without_mandate"
  | "principal_not_represented"
  | "principal_organisation_missing"
  | "key_role_filled"
  | "key_role_missing"
  | "key_role_held_by_several"
  | "mandate_holder_without_substitute"
  | "substitute_for_inactive_member"
  | "forum_kind_present"
  | "forum_kind_missing"
  | "forum_kind_absent"
  | "chair_term_within_rule"
  | "chair_term_exceeds_forum_rule"
  | "chair_term_exceeds_profile_maximum"
  | "chair_not_rotated"
  | "chair_principal_unknown"
  | "chair_history_empty"
  | "chair_vacant"
  | "charter_item_answered"
  | "charter_item_open"
  | "charter_missing";

/**
 * Values a message is built from. Localised names travel as `name` (Swedish) and `nameEn` (English,
 * absent when the source has no English text).
 */
export type StructureMessageParams = Readonly<Record<string, string | number>>;

/** One status with its reason, in words for people and in codes for programs. */
export interface StructureFinding {
  /** How it stands. */
  readonly status: StructureStatus;
  /** Why, as a stable code. */
  readonly reason: StructureReasonCode;
  /** Why, in Swedish and English, with what to do about it where there is something to do. */
  readonly message: BilingualMessage;
  /** The values the message was built from. */
  readonly params: StructureMessageParams;
}

/** The charter sections of the Metodstöd template that completeness checks. */
export type CharterTemplateSection =
  "purpose" | "why" | "vision" | "principles" | "tasks" | "meetingStructure" | "followUpPlan";

/** Names of membership roles in both languages. */
export const MEMBERSHIP_ROLE_NAMES: Readonly<Record<MembershipRole, BilingualMessage>> = {
  chair: { sv: "ordförande", en: "chair" },
  "vice-chair": { sv: "vice ordförande", en: "vice chair" },
  convener: { sv: "sammankallande", en: "convener" },
  "process-leader": { sv: "processledare", en: "process leader" },
  secretary: { sv: "sekreterare", en: "secretary" },
  member: { sv: "ledamot", en: "member" },
  substitute: { sv: "ersättare", en: "substitute" },
  "co-opted": { sv: "adjungerad", en: "co-opted member" },
};

/** Names of forum compositions in both languages. */
export const FORUM_COMPOSITION_NAMES: Readonly<Record<ForumComposition, BilingualMessage>> = {
  politicians: { sv: "politiker", en: "politicians" },
  officials: { sv: "tjänstepersoner", en: "officials" },
  joint: { sv: "politiker och tjänstepersoner tillsammans", en: "politicians and officials together" },
};

/** Names of the Metodstöd charter sections in both languages. */
export const CHARTER_SECTION_NAMES: Readonly<Record<CharterTemplateSection, BilingualMessage>> = {
  purpose: { sv: "Syfte", en: "Purpose" },
  why: { sv: "Varför systemledningen behövs", en: "Why the leadership is needed" },
  vision: { sv: "Målbild", en: "Vision" },
  principles: { sv: "Principer för samverkan", en: "Principles for collaboration" },
  tasks: { sv: "Uppgifter", en: "Tasks" },
  meetingStructure: { sv: "Mötesstruktur", en: "Meeting structure" },
  followUpPlan: { sv: "Uppföljning", en: "Follow-up" },
};

const str = (value: string | number | undefined): string => String(value ?? "");
const nameSv = (p: StructureMessageParams): string => str(p.name);
const nameEn = (p: StructureMessageParams): string => str(p.nameEn ?? p.name);

/** Message builders per reason code. Every code has one, so no answer is ever shown without text. */
export const STRUCTURE_MESSAGES: Readonly<
  Record<StructureReasonCode, (p: StructureMessageParams) => BilingualMessage>
> = {
  required_sector_covered: (p) => ({
    sv: `Sektorn ${nameSv(p)} är representerad.`,
    en: `The sector ${nameEn(p)} is represented.`,
  }),
  required_sector_missing: (p) => ({
    sv: `Sektorn ${nameSv(p)} ska vara representerad men saknas. Utse en ledamot som företräder sektorn.`,
    en: `The sector ${nameEn(p)} should be represented but is missing. Appoint a member who represents it.`,
  }),
  co_opted_sector_available: (p) => ({
    sv: `Sektorn ${nameSv(p)} adjungeras vid behov och har en utsedd person.`,
    en: `The sector ${nameEn(p)} is co-opted when needed and has someone appointed.`,
  }),
  co_opted_sector_unavailable: (p) => ({
    sv: `Sektorn ${nameSv(p)} adjungeras vid behov, men ingen person är utsedd.`,
    en: `The sector ${nameEn(p)} is co-opted when needed, but no one is appointed.`,
  }),
  extra_sector_represented: (p) => ({
    sv: `Sektorn ${nameSv(p)} är representerad utan att vara krävd eller adjungerad i forumet.`,
    en: `The sector ${nameEn(p)} is represented without being required or co-opted in the forum.`,
  }),
  principal_represented_with_mandate: (p) => ({
    sv: `${nameSv(p)} är representerad av någon med beslutsmandat.`,
    en: `${nameEn(p)} is represented by someone with decision mandate.`,
  }),
  principal_represented_without_mandate: (p) => ({
    sv: `${nameSv(p)} är representerad, men ingen av ledamöterna har beslutsmandat. Ge en ledamot mandat eller utse en med mandat.`,
    en: `${nameEn(p)} is represented, but no member holds a decision mandate. Give a member a mandate or appoint one who has it.`,
  }),
  principal_not_represented: (p) => ({
    sv: `${nameSv(p)} är huvudman men har ingen ledamot. Utse en ledamot med beslutsmandat.`,
    en: `${nameEn(p)} is a principal but has no member. Appoint a member with decision mandate.`,
  }),
  principal_organisation_missing: (p) => ({
    sv: `Huvudmannen med kod ${str(p.code)} finns inte bland organisationerna. Lägg till organisationen med koden ${str(p.code)}.`,
    en: `The principal with code ${str(p.code)} is not among the organisations. Add the organisation with code ${str(p.code)}.`,
  }),
  key_role_filled: (p) => ({
    sv: `Rollen ${str(p.role)} är tillsatt.`,
    en: `The role of ${str(p.roleEn)} is filled.`,
  }),
  key_role_missing: (p) => ({
    sv: `Rollen ${str(p.role)} saknas. Utse en ${str(p.role)} bland ledamöterna.`,
    en: `The role of ${str(p.roleEn)} is missing. Appoint a ${str(p.roleEn)} among the members.`,
  }),
  key_role_held_by_several: (p) => ({
    sv: `Rollen ${str(p.role)} innehas av ${str(p.count)} personer samtidigt. Kontrollera perioderna.`,
    en: `The role of ${str(p.roleEn)} is held by ${str(p.count)} people at once. Check the periods.`,
  }),
  mandate_holder_without_substitute: (p) => ({
    sv:
      p.required === 1
        ? `${str(p.person)} har beslutsmandat men ingen ersättare. Utse en ersättare.`
        : `${str(p.person)} har beslutsmandat men ingen ersättare.`,
    en:
      p.required === 1
        ? `${str(p.person)} holds a decision mandate but has no substitute. Appoint a substitute.`
        : `${str(p.person)} holds a decision mandate but has no substitute.`,
  }),
  substitute_for_inactive_member: (p) => ({
    sv: `${str(p.person)} är ersättare för ett uppdrag som inte gäller ${str(p.asOf)}.`,
    en: `${str(p.person)} is the substitute for a seat that is not active on ${str(p.asOf)}.`,
  }),
  forum_kind_present: (p) => ({
    sv: `Det finns forum för ${str(p.composition)}.`,
    en: `There is a forum for ${str(p.compositionEn)}.`,
  }),
  forum_kind_missing: (p) => ({
    sv: `Forum för ${str(p.composition)} saknas. En levande systemledning behöver forum för politiker, för tjänstepersoner och gemensamma forum.`,
    en: `A forum for ${str(p.compositionEn)} is missing. A living system leadership needs forums for politicians, for officials and joint ones.`,
  }),
  forum_kind_absent: (p) => ({
    sv: `Systemledningen har inget forum för ${str(p.composition)}; kravet på alla tre slagen gäller den regionala nivån.`,
    en: `The leadership has no forum for ${str(p.compositionEn)}; all three kinds are asked of the regional level.`,
  }),
  chair_term_within_rule: () => ({
    sv: "Ordförandeperioden följer reglerna.",
    en: "The chair term follows the rules.",
  }),
  chair_term_exceeds_forum_rule: (p) => ({
    sv: `Ordförandeperioden är ${str(p.months)} månader, längre än forumets regel på ${str(p.limit)} månader.`,
    en: `The chair term is ${str(p.months)} months, longer than the forum's rule of ${str(p.limit)} months.`,
  }),
  chair_term_exceeds_profile_maximum: (p) => ({
    sv: `Ordförandeperioden är ${str(p.months)} månader, längre än länets rekommendation på högst ${str(p.limit)} månader.`,
    en: `The chair term is ${str(p.months)} months, longer than the county's recommended maximum of ${str(p.limit)} months.`,
  }),
  chair_not_rotated: (p) => ({
    sv: `Ordförandeskapet ska växla mellan huvudmännen, men stannade hos ${str(p.principal)}.`,
    en: `The chair should rotate between principals, but stayed with ${str(p.principal)}.`,
  }),
  chair_principal_unknown: () => ({
    sv: "Det går inte att avgöra vilken huvudman ordföranden kommer från. Koppla organisationen till en region eller kommun.",
    en: "The chair's principal cannot be determined. Link the organisation to a region or municipality.",
  }),
  chair_history_empty: () => ({
    sv: "Forumet har ännu ingen ordförande registrerad.",
    en: "The forum has no chair on record yet.",
  }),
  chair_vacant: (p) => ({
    sv: `Forumet har ingen ordförande ${str(p.asOf)}.`,
    en: `The forum has no chair on ${str(p.asOf)}.`,
  }),
  charter_item_answered: (p) => ({
    sv: `Besvarad: ${nameSv(p)}.`,
    en: `Answered: ${nameEn(p)}.`,
  }),
  charter_item_open: (p) => ({
    sv: `Obesvarad: ${nameSv(p)}. Komplettera överenskommelsen.`,
    en: `Open: ${nameEn(p)}. Complete the charter.`,
  }),
  charter_missing: (p) => ({
    sv: `Obesvarad: ${nameSv(p)}. Systemledningen har ingen överenskommelse ännu.`,
    en: `Open: ${nameEn(p)}. The leadership has no charter yet.`,
  }),
};

/**
 * Build a {@link StructureFinding} with its messages from the catalogue.
 *
 * @example
 * createFinding("missing", "key_role_missing", { role: "sekreterare", roleEn: "secretary" });
 */
export function createFinding(
  status: StructureStatus,
  reason: StructureReasonCode,
  params: StructureMessageParams = {},
): StructureFinding {
  return { status, reason, message: STRUCTURE_MESSAGES[reason](params), params };
}

/**
 * Findings whose text depends only on their reason and one subject (a sector, a principal, a charter
 * item), made once and shared. The overview of a whole country repeats the same few hundred such
 * findings thousands of times; sharing them (frozen, so no answer can change another) keeps it fast.
 * Answers are the same as with {@link createFinding}.
 */
export class SharedFindings {
  readonly #byReason = new Map<StructureReasonCode, Map<string, StructureFinding>>();

  /** The finding for `reason` about `subject`; `params` is only called the first time. */
  get(
    status: StructureStatus,
    reason: StructureReasonCode,
    subject: string,
    params: () => StructureMessageParams,
  ): StructureFinding {
    let bySubject = this.#byReason.get(reason);
    if (bySubject === undefined) {
      bySubject = new Map();
      this.#byReason.set(reason, bySubject);
    }
    let finding = bySubject.get(subject);
    // Every caller gives each reason one status; should one ever differ, it gets a finding of its own.
    if (finding !== undefined && finding.status !== status) return createFinding(status, reason, params());
    if (finding === undefined) {
      const made = createFinding(status, reason, Object.freeze(params()));
      finding = Object.freeze({ ...made, message: Object.freeze(made.message) });
      bySubject.set(subject, finding);
    }
    return finding;
  }
}
