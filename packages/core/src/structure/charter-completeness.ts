/**
 * Charter completeness: how much of the Metodstöd template a leadership's charter answers — its sections
 * and each of the profile's charter questions.
 */
import type { LocalizedText } from "../schema/primitives.js";
import type { CharterQuestion, CharterSection } from "../profile/schema.js";
import type { Workspace } from "../workspace/schema.js";
import {
  CHARTER_SECTION_NAMES,
  worstStatus,
  type CharterTemplateSection,
  type StructureFinding,
  type StructureMessageParams,
  type StructureReasonCode,
  type StructureStatus,
} from "./messages.js";
import type { Charter, Leadership } from "./schema.js";
import { compareIds } from "../common/ids.js";
import { requireLeadership, sharedFindingsOf } from "./queries.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";

/** The template sections in the Metodstöd's order. */
export const CHARTER_TEMPLATE_SECTIONS: readonly CharterTemplateSection[] = [
  "purpose",
  "why",
  "vision",
  "principles",
  "tasks",
  "meetingStructure",
  "followUpPlan",
];

/** A section of the charter template, answered or open. */
export interface CharterSectionItem extends StructureFinding {
  readonly kind: "section";
  readonly section: CharterTemplateSection;
  readonly answered: boolean;
}

/** A question of the profile, answered or open. */
export interface CharterQuestionItem extends StructureFinding {
  readonly kind: "question";
  readonly questionId: string;
  readonly section: CharterSection;
  readonly text: LocalizedText;
  readonly answered: boolean;
}

/** One item of the charter check. */
export type CharterItem = CharterSectionItem | CharterQuestionItem;

/** How complete a leadership's charter is. */
export interface CharterCompleteness {
  readonly leadershipId: string;
  /** The charter checked, or null when the leadership has none. */
  readonly charterId: string | null;
  /** `ok` when all is answered, `warning` when something is open, `missing` when there is no charter. */
  readonly status: StructureStatus;
  /** The template sections in order, then the profile's questions in order. */
  readonly items: readonly CharterItem[];
  readonly answeredCount: number;
  readonly total: number;
  /** `answeredCount / total`, from 0 to 1; null only when there is nothing to answer. */
  readonly ratio: number | null;
}

const isAnswered = (text: string | undefined): boolean => text !== undefined && text.trim() !== "";

function sectionAnswered(charter: Charter, section: CharterTemplateSection): boolean {
  switch (section) {
    case "principles":
      return charter.principles.some(isAnswered);
    case "tasks":
      return charter.tasks.some(isAnswered);
    default:
      return isAnswered(charter[section]);
  }
}

/**
 * The charter that counts for a leadership with several: the one adopted last (a charter without an
 * adoption date counts as older than any dated one), then the greatest id, so document order never matters.
 */
function currentCharter(charters: readonly Charter[]): Charter | null {
  let best: Charter | null = null;
  for (const charter of charters) {
    if (best === null) {
      best = charter;
      continue;
    }
    const order = compareIds(charter.adoptedAt ?? "", best.adoptedAt ?? "") || compareIds(charter.id, best.id);
    if (order > 0) best = charter;
  }
  return best;
}

/**
 * The leadership's current charter: of its charters, the one adopted last (a charter without an adoption date
 * counts as older than any dated one), then the greatest id; null when it has none (or the id is unknown).
 * Charter completeness checks this charter, and the charter commands write to it.
 *
 * @example
 * currentCharterOf(ws, "ls-mora")?.id; // "charter-mora"
 */
export function currentCharterOf(ws: Workspace, leadershipId: string): Charter | null {
  return currentCharter(getWorkspaceIndex(ws).chartersByLeadership.get(leadershipId) ?? []);
}

function sectionParams(section: CharterTemplateSection): StructureMessageParams {
  return { name: CHARTER_SECTION_NAMES[section].sv, nameEn: CHARTER_SECTION_NAMES[section].en, section };
}

function questionParams(question: CharterQuestion): StructureMessageParams {
  const { text, id } = question;
  return text.en === undefined ? { name: text.sv, questionId: id } : { name: text.sv, nameEn: text.en, questionId: id };
}

/** Answer the charter question for a known leadership. Used by the overview to share work. */
export function computeCharterCompleteness(index: WorkspaceIndex, leadership: Leadership): CharterCompleteness {
  const charter = currentCharter(index.chartersByLeadership.get(leadership.id) ?? []);
  const shared = sharedFindingsOf(index);
  const [openStatus, openReason]: readonly [StructureStatus, StructureReasonCode] =
    charter === null ? ["missing", "charter_missing"] : ["warning", "charter_item_open"];

  const sections = CHARTER_TEMPLATE_SECTIONS.map((section): CharterSectionItem => {
    const answered = charter !== null && sectionAnswered(charter, section);
    const finding = answered
      ? shared.get("ok", "charter_item_answered", section, () => sectionParams(section))
      : shared.get(openStatus, openReason, section, () => sectionParams(section));
    return { kind: "section", section, answered, ...finding };
  });
  const questions = index.workspace.profile.charterQuestions.map((question): CharterQuestionItem => {
    const answered = charter !== null && isAnswered(charter.answers[question.id]);
    // Question ids may equal a section's name; the prefix keeps their findings apart.
    const subject = `?${question.id}`;
    const finding = answered
      ? shared.get("ok", "charter_item_answered", subject, () => questionParams(question))
      : shared.get(openStatus, openReason, subject, () => questionParams(question));
    return {
      kind: "question",
      questionId: question.id,
      section: question.section,
      text: question.text,
      answered,
      ...finding,
    };
  });

  const items: CharterItem[] = [...sections, ...questions];
  const answeredCount = items.filter((item) => item.answered).length;
  return {
    leadershipId: leadership.id,
    charterId: charter?.id ?? null,
    status: worstStatus(items.map((item) => item.status)),
    items,
    answeredCount,
    total: items.length,
    ratio: items.length === 0 ? null : answeredCount / items.length,
  };
}

/**
 * How complete the leadership's charter is against the Metodstöd template.
 *
 * Checks the seven template sections (purpose, why, vision, principles, tasks, meeting structure,
 * follow-up plan) and each of `profile.charterQuestions`. A text is answered when it is not blank; a
 * list (principles, tasks) when it has at least one non-blank entry. With no charter every item is
 * open with reason `charter_missing`. With several charters the one adopted last counts. Charters have
 * no validity period, so the answer does not depend on a date.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the leadership id is unknown.
 * @example
 * const { answeredCount, total } = getCharterCompleteness(ws, "falun");
 * console.log(`${answeredCount} av ${total} besvarade`);
 */
export function getCharterCompleteness(ws: Workspace, leadershipId: string): CharterCompleteness {
  const index = getWorkspaceIndex(ws);
  return computeCharterCompleteness(index, requireLeadership(index, leadershipId));
}
