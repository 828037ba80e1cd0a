/**
 * The structure questions as the dashboard names them, in the order it shows them (docs/domain.md, Structure).
 */
import type { LeadershipSummary } from "@systemledning/core/structure";

/** A question of the leadership summary. */
export type QuestionKey = keyof LeadershipSummary;

/** Every question asked of a leadership, in display order, with its name in both languages. */
export const LEADERSHIP_QUESTIONS: readonly {
  readonly key: QuestionKey;
  readonly name: { readonly sv: string; readonly en: string };
}[] = [
  { key: "sectorCoverage", name: { sv: "Representation av sektorer", en: "Sector representation" } },
  { key: "principalMandates", name: { sv: "Huvudmän med mandat", en: "Principals with mandate" } },
  { key: "keyRoles", name: { sv: "Nyckelroller", en: "Key roles" } },
  { key: "substitutes", name: { sv: "Ersättare för mandatbärare", en: "Substitutes for mandate holders" } },
  { key: "forumKinds", name: { sv: "Typer av forum", en: "Kinds of forum" } },
  { key: "chairRotation", name: { sv: "Ordförandeskap och rotation", en: "Chair and rotation" } },
  { key: "charter", name: { sv: "Överenskommelsens fullständighet", en: "Charter completeness" } },
];

/** The questions asked of a single forum (forum kinds and the charter belong to the leadership). */
export const FORUM_QUESTIONS = LEADERSHIP_QUESTIONS.filter((q) => q.key !== "forumKinds" && q.key !== "charter");

/** Names of the kinds of member. */
export const MEMBER_KIND_NAMES = {
  politician: { sv: "Politiker", en: "Politician" },
  official: { sv: "Tjänsteperson", en: "Official" },
  "user-representative": { sv: "Brukarföreträdare", en: "User representative" },
  citizen: { sv: "Invånare", en: "Citizen" },
  other: { sv: "Annan", en: "Other" },
} as const;

/** Names of the leadership levels. */
export const LEVEL_NAMES = {
  regional: { sv: "Regional", en: "Regional" },
  subregional: { sv: "Delregional", en: "Subregional" },
  local: { sv: "Lokal", en: "Local" },
} as const;
