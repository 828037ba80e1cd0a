/**
 * What the overview views compute from the core's answers, apart from how they look: the structure questions
 * in display order, the municipalities a leadership covers, and for each leadership the next thing to do
 * (the first open finding of its worst question), so a host can test or reuse it without rendering.
 */
import {
  STRUCTURE_STATUS_RANK,
  type LeadershipOverview,
  type LeadershipSummary,
  type StructureFinding,
  type StructureStatus,
} from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import type { STRUCTURE_OVERVIEW_MESSAGES } from "./messages-overview.js";

/** A question of a leadership's summary. */
export type StructureQuestionKey = keyof LeadershipSummary;

/** Every question asked of a leadership, in the order the views show them, with the key of its name. */
export const STRUCTURE_QUESTIONS: readonly {
  readonly key: StructureQuestionKey;
  readonly nameKey: keyof typeof STRUCTURE_OVERVIEW_MESSAGES;
}[] = [
  { key: "sectorCoverage", nameKey: "structureQuestionSectorCoverage" },
  { key: "principalMandates", nameKey: "structureQuestionPrincipalMandates" },
  { key: "keyRoles", nameKey: "structureQuestionKeyRoles" },
  { key: "substitutes", nameKey: "structureQuestionSubstitutes" },
  { key: "forumKinds", nameKey: "structureQuestionForumKinds" },
  { key: "chairRotation", nameKey: "structureQuestionChairRotation" },
  { key: "charter", nameKey: "structureQuestionCharter" },
];

/** The questions asked of a single forum: forum kinds and the charter belong to the leadership. */
export const FORUM_QUESTIONS = STRUCTURE_QUESTIONS.filter((q) => q.key !== "forumKinds" && q.key !== "charter");

/** The key of each leadership level's name. */
export const LEVEL_KEYS = {
  regional: "structureLevelRegional",
  subregional: "structureLevelSubregional",
  local: "structureLevelLocal",
} as const satisfies Record<LeadershipOverview["level"], keyof typeof STRUCTURE_OVERVIEW_MESSAGES>;

/**
 * Names of the municipalities a leadership covers, from the profile, in the leadership's order; a code the
 * profile does not know is shown as the code.
 */
export function municipalityNames(workspace: Workspace, leadershipId: string): string[] {
  const leadership = workspace.leaderships.find((l) => l.id === leadershipId);
  if (leadership === undefined) return [];
  const byCode = new Map(workspace.profile.municipalities.map((m) => [m.code, m.name]));
  return leadership.municipalityCodes.map((code) => byCode.get(code) ?? code);
}

/** Every finding behind one question's summary status, in the order the core lists them. */
export function findingsOf(overview: LeadershipOverview, question: StructureQuestionKey): readonly StructureFinding[] {
  switch (question) {
    case "sectorCoverage":
      return [
        ...overview.sectorCoverage.required,
        ...overview.sectorCoverage.coOpted,
        ...overview.sectorCoverage.extra,
      ];
    case "principalMandates":
      return overview.principalMandates.principals;
    case "keyRoles":
      return overview.forums.flatMap((forum) => forum.keyRoles.roles);
    case "substitutes":
      return [...overview.substitutes.holders, ...overview.substitutes.substitutesForInactiveMembers];
    case "forumKinds":
      return overview.forumKinds.kinds;
    case "chairRotation":
      return overview.forums.flatMap((forum) => [
        ...forum.chairRotation.terms.filter((term) => term.state !== "past").flatMap((term) => term.findings),
        ...forum.chairRotation.findings,
      ]);
    case "charter":
      return overview.charter.items;
  }
}

/** A status that asks for something to be done: `warning` or `missing` (`info` is worth knowing, not a fault). */
export const needsAction = (status: StructureStatus): boolean =>
  STRUCTURE_STATUS_RANK[status] >= STRUCTURE_STATUS_RANK.warning;

/** The next thing a leadership should do, from its summary. */
export interface NextStep {
  /** The worst question that needs something done (the first in display order among equals). */
  readonly question: StructureQuestionKey;
  readonly status: StructureStatus;
  /** The core's finding that says what to do, or null when the question has no single finding to show. */
  readonly finding: StructureFinding | null;
  /** How many other questions need something done. */
  readonly moreCount: number;
}

/**
 * The next step for a leadership: its worst question that needs something done (`missing` before
 * `warning`, then the questions' display order) with the first finding of that status, and how many other
 * questions need a look. Null when nothing needs doing (every question `ok` or `info`).
 *
 * @example
 * nextStep(getLeadershipOverview(ws, "ls-vansbro", { asOf }))?.question // "sectorCoverage"
 */
export function nextStep(overview: LeadershipOverview): NextStep | null {
  const open = STRUCTURE_QUESTIONS.filter((q) => needsAction(overview.summary[q.key]));
  if (open.length === 0) return null;
  let worst = open[0]!;
  for (const question of open) {
    if (STRUCTURE_STATUS_RANK[overview.summary[question.key]] > STRUCTURE_STATUS_RANK[overview.summary[worst.key]]) {
      worst = question;
    }
  }
  const status = overview.summary[worst.key];
  const finding = findingsOf(overview, worst.key).find((f) => f.status === status) ?? null;
  return { question: worst.key, status, finding, moreCount: open.length - 1 };
}
