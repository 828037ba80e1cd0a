/**
 * Forum kinds: does a leadership have forums where politicians meet, where officials meet, and where both meet
 * together? *Den regionala systemledningens roll i omställningen till en God och Nära Vård* (RSS Dalarna, 2025-02-13),
 * the slide "Politik och tjänstemän – räcker det med det ena eller andra?": a living system leadership needs all three.
 */
import type { Workspace } from "../workspace/schema.js";
import {
  FORUM_COMPOSITION_NAMES,
  worstStatus,
  type StructureFinding,
  type StructureMessageParams,
  type StructureStatus,
} from "./messages.js";
import { FORUM_COMPOSITIONS } from "./constants.js";
import type { ForumComposition, Leadership, LeadershipLevel } from "./schema.js";
import {
  forumsOfLeadership,
  indexForQuestion,
  requireLeadership,
  sharedFindingsOf,
  type StructureQueryOptions,
} from "./queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** One composition and the leadership's forums of that kind. */
export interface ForumKindItem extends StructureFinding {
  readonly composition: ForumComposition;
  readonly present: boolean;
  /** The leadership's forums of this composition, by id. */
  readonly forumIds: readonly string[];
}

/** Which forum compositions a leadership has. */
export interface ForumKindCoverage {
  readonly leadershipId: string;
  readonly level: LeadershipLevel;
  /** The worst status of the three compositions. */
  readonly status: StructureStatus;
  /** Politicians, officials, joint — always all three, in that order. */
  readonly kinds: readonly ForumKindItem[];
}

function compositionParams(composition: ForumComposition): StructureMessageParams {
  return {
    composition: FORUM_COMPOSITION_NAMES[composition].sv,
    compositionEn: FORUM_COMPOSITION_NAMES[composition].en,
    compositionId: composition,
  };
}

/** Answer the forum kind question for a known leadership. Used by the overview to share work. */
export function computeForumKindCoverage(
  index: WorkspaceIndex,
  leadership: Leadership,
  asOf?: string,
): ForumKindCoverage {
  const forums = forumsOfLeadership(index, leadership.id, asOf);
  // RSS Dalarna's presentation to Välfärdsrådet (2025-02-13) asks all three kinds of the regional system leadership; a
  // local leadership usually meets in one joint forum, so a kind it lacks is worth knowing there, not a fault.
  const absentStatus: StructureStatus = leadership.level === "regional" ? "missing" : "info";
  const kinds = FORUM_COMPOSITIONS.map((composition): ForumKindItem => {
    const forumIds = forums.filter((f) => f.composition === composition).map((f) => f.id);
    const present = forumIds.length > 0;
    const finding = present
      ? sharedFindingsOf(index).get("ok", "forum_kind_present", composition, () => compositionParams(composition))
      : sharedFindingsOf(index).get(
          absentStatus,
          absentStatus === "missing" ? "forum_kind_missing" : "forum_kind_absent",
          composition,
          () => compositionParams(composition),
        );
    return { composition, present, forumIds, ...finding };
  });
  return {
    leadershipId: leadership.id,
    level: leadership.level,
    status: worstStatus(kinds.map((k) => k.status)),
    kinds,
  };
}

/**
 * Which forum compositions (politicians, officials, joint) the leadership's forums have.
 *
 * *Den regionala systemledningens roll i omställningen till en God och Nära Vård* (RSS Dalarna's presentation to
 * Välfärdsrådet, 2025-02-13, the slide "Politik och tjänstemän – räcker det med det ena eller andra?") says a living
 * system leadership needs forums where politicians meet, where officials meet, and joint forums where both set shared
 * goals, follow up and reflect. For a regional leadership a missing kind has status `missing`; for a subregional or
 * local one it is `info` (reason `forum_kind_absent`), since those often meet in one joint forum. A forum that
 * ended before `options.asOf` is left out; without `asOf`, every forum that has ended is.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the leadership id is unknown or `asOf` is not a date.
 * @example
 * getForumKindCoverage(ws, "regional", { asOf: "2026-01-01" }).kinds.filter((k) => !k.present).map((k) => k.message.sv);
 */
export function getForumKindCoverage(
  ws: Workspace,
  leadershipId: string,
  options: Partial<StructureQueryOptions> = {},
): ForumKindCoverage {
  const index = indexForQuestion(ws, options);
  return computeForumKindCoverage(index, requireLeadership(index, leadershipId), options.asOf);
}
