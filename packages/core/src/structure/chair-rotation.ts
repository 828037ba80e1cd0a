/**
 * Chair term and rotation: who has chaired a forum, from which principal, for how long, whether terms
 * keep to the forum's rule and the county's maximum, and whether the chair passes between principals.
 */
import type { IsoDate } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { addDays, addMonths, completedMonths } from "./dates.js";
import {
  createFinding,
  worstStatus,
  type StructureFinding,
  type StructureMessageParams,
  type StructureStatus,
} from "./messages.js";
import type { Forum, Membership } from "./schema.js";
import { compareIds } from "../common/ids.js";
import { requireForum, indexForQuestion, sharedFindingsOf, type StructureQueryOptions } from "./queries.js";
import { type PrincipalKey, type PrincipalKind } from "./principals.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** The principal a chair comes from. */
export interface ChairPrincipal {
  readonly key: PrincipalKey;
  readonly kind: PrincipalKind;
  readonly code: string;
  /** The name in the profile, or the code when the profile does not name it. */
  readonly name: string;
}

/** One chair term: a membership with the role "chair". */
export interface ChairTerm {
  readonly membershipId: string;
  readonly personId: string;
  readonly organisationId: string;
  /** The principal of the chair's organisation, or null when it belongs to none. */
  readonly principal: ChairPrincipal | null;
  readonly from: IsoDate;
  /** Last day of the term, or null when open-ended. */
  readonly to: IsoDate | null;
  /** Where the term stands on `asOf`. */
  readonly state: "past" | "current" | "future";
  /** Whole months: the planned length when the term has an end date, else the length so far; null for an open-ended future term. */
  readonly lengthMonths: number | null;
  /** Longer than `forum.chairRule.termMonths`; null when there is no such rule or no length yet. */
  readonly exceedsForumTerm: boolean | null;
  /** Longer than `profile.structure.maxChairTermMonths`; null when there is no such maximum or no length yet. */
  readonly exceedsProfileMaximum: boolean | null;
  /** The last day within the stricter of the two limits, or null when there is none. */
  readonly limitEndsOn: IsoDate | null;
  /** Whether the chair moved to another principal than the previous term's; null when rotation is not asked for or a principal is unknown. */
  readonly rotatedFromPrevious: boolean | null;
  /** The worst status of `findings`. */
  readonly status: StructureStatus;
  /** What holds for this term; one `ok` finding when nothing is wrong. */
  readonly findings: readonly StructureFinding[];
}

/** The chair history of a forum, evaluated on a day. */
export interface ChairRotation {
  readonly forumId: string;
  readonly asOf: IsoDate;
  /** The worst status of the present: the current and future terms and `findings`. Past terms keep their own status. */
  readonly status: StructureStatus;
  readonly rotatesBetweenPrincipals: boolean;
  readonly forumTermMonths: number | null;
  readonly profileMaxTermMonths: number | null;
  /** All chair terms, ordered by `from` (then membership id). */
  readonly terms: readonly ChairTerm[];
  /** The active term that started last, or null when no one chairs on `asOf`. */
  readonly current: ChairTerm | null;
  /** When the current term is due to end: the earlier of its end date and its limit; null when neither is set or there is no current chair. */
  readonly currentTermDueToEndOn: IsoDate | null;
  /** Whether `currentTermDueToEndOn` has passed on `asOf` while the chair still sits (the term has run over). */
  readonly currentTermOverdue: boolean;
  /** Findings about the forum as a whole: no chair on record, or no chair on `asOf`. */
  readonly findings: readonly StructureFinding[];
}

const noParams = (): StructureMessageParams => ({});

const minOrNull = (values: readonly (number | null)[]): number | null => {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : Math.min(...defined);
};

function toPrincipal(index: WorkspaceIndex, key: PrincipalKey | null): ChairPrincipal | null {
  if (key === null) return null;
  const separator = key.indexOf(":");
  const code = key.slice(separator + 1);
  return { key, kind: key.slice(0, separator) as PrincipalKind, code, name: index.principalNames.get(key) ?? code };
}

/** Answer the chair question for a known forum. Used by the overview to share work. */
export function computeChairRotation(index: WorkspaceIndex, forum: Forum, asOf: IsoDate): ChairRotation {
  const forumTermMonths = forum.chairRule?.termMonths ?? null;
  const profileMaxTermMonths = index.workspace.profile.structure.maxChairTermMonths ?? null;
  const rotatesBetweenPrincipals = forum.chairRule?.rotatesBetweenPrincipals ?? false;
  const strictestLimit = minOrNull([forumTermMonths, profileMaxTermMonths]);

  const chairs: Membership[] = (index.membershipsByForum.get(forum.id) ?? [])
    .filter((m) => m.roles.includes("chair"))
    .sort((a, b) => compareIds(a.from, b.from) || compareIds(a.id, b.id));

  const terms: ChairTerm[] = [];
  for (const membership of chairs) {
    const state =
      membership.from > asOf ? "future" : membership.to !== undefined && membership.to < asOf ? "past" : "current";
    const measuredEnd = membership.to ?? (state === "future" ? null : asOf);
    const endExclusive = measuredEnd === null ? null : addDays(measuredEnd, 1);
    const exceeds = (limit: number | null): boolean | null =>
      limit === null || endExclusive === null ? null : endExclusive > addMonths(membership.from, limit);
    const lengthMonths = endExclusive === null ? null : completedMonths(membership.from, endExclusive);
    const exceedsForumTerm = exceeds(forumTermMonths);
    const exceedsProfileMaximum = exceeds(profileMaxTermMonths);
    const principal = toPrincipal(index, index.principalOfOrganisation.get(membership.organisationId) ?? null);
    const previous = terms[terms.length - 1];
    const rotatedFromPrevious =
      !rotatesBetweenPrincipals || previous === undefined || previous.principal === null || principal === null
        ? null
        : previous.principal.key !== principal.key;

    const findings: StructureFinding[] = [];
    const months = lengthMonths ?? 0;
    if (exceedsForumTerm === true)
      findings.push(createFinding("warning", "chair_term_exceeds_forum_rule", { months, limit: forumTermMonths ?? 0 }));
    if (exceedsProfileMaximum === true)
      findings.push(
        createFinding("warning", "chair_term_exceeds_profile_maximum", { months, limit: profileMaxTermMonths ?? 0 }),
      );
    if (rotatedFromPrevious === false)
      findings.push(createFinding("warning", "chair_not_rotated", { principal: principal?.name ?? "" }));
    if (rotatesBetweenPrincipals && principal === null)
      findings.push(sharedFindingsOf(index).get("info", "chair_principal_unknown", "", noParams));
    if (findings.length === 0) findings.push(sharedFindingsOf(index).get("ok", "chair_term_within_rule", "", noParams));

    terms.push({
      membershipId: membership.id,
      personId: membership.personId,
      organisationId: membership.organisationId,
      principal,
      from: membership.from,
      to: membership.to ?? null,
      state,
      lengthMonths,
      exceedsForumTerm,
      exceedsProfileMaximum,
      limitEndsOn: strictestLimit === null ? null : addDays(addMonths(membership.from, strictestLimit), -1),
      rotatedFromPrevious,
      status: worstStatus(findings.map((f) => f.status)),
      findings,
    });
  }

  const currentTerms = terms.filter((t) => t.state === "current");
  const current = currentTerms[currentTerms.length - 1] ?? null;
  const dueDates =
    current === null ? [] : [current.to, current.limitEndsOn].filter((d): d is IsoDate => d !== null).sort();
  const findings: StructureFinding[] = [];
  if (terms.length === 0) findings.push(createFinding("info", "chair_history_empty"));
  else if (current === null) findings.push(createFinding("warning", "chair_vacant", { asOf }));
  const present = terms.filter((t) => t.state !== "past");

  return {
    forumId: forum.id,
    asOf,
    status: worstStatus([...present, ...findings].map((item) => item.status)),
    rotatesBetweenPrincipals,
    forumTermMonths,
    profileMaxTermMonths,
    terms,
    current,
    currentTermDueToEndOn: dueDates[0] ?? null,
    currentTermOverdue: dueDates[0] !== undefined && dueDates[0] < asOf,
    findings,
  };
}

/**
 * The chair history of a forum on `asOf`: every membership with the role "chair", ordered by `from`.
 *
 * For each term: the chair's principal (their organisation or its nearest region or municipality via
 * `parentId`), its length in whole months (planned when it has an end date, so far when it is open),
 * whether it is longer than `forum.chairRule.termMonths` or `profile.structure.maxChairTermMonths`,
 * and — when the forum's rule says the chair rotates between principals — whether it moved to another
 * principal than the term before. The current chair is the active term that started last; its term is
 * due to end on the earlier of its end date and the stricter limit.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the forum id is unknown or `asOf` is not a date.
 * @example
 * const rotation = getChairRotation(ws, "lchnv", { asOf: "2025-06-01" });
 * rotation.current?.principal?.name; // "Region Dalarna"
 * rotation.currentTermDueToEndOn;    // "2025-12-31"
 */
export function getChairRotation(ws: Workspace, forumId: string, options: StructureQueryOptions): ChairRotation {
  const index = indexForQuestion(ws, options);
  return computeChairRotation(index, requireForum(index, forumId), options.asOf);
}
