/**
 * Key roles: are the roles the county asks every forum to fill (Metodstöd: chair, convener, secretary)
 * held by someone on a given day, and by one person only?
 */
import type { Workspace } from "../workspace/schema.js";
import {
  createFinding,
  MEMBERSHIP_ROLE_NAMES,
  worstStatus,
  type StructureFinding,
  type StructureMessageParams,
  type StructureStatus,
} from "./messages.js";
import type { Forum, MembershipRole } from "./schema.js";
import {
  isMembershipActive,
  requireForum,
  indexForQuestion,
  sharedFindingsOf,
  type StructureQueryOptions,
} from "./queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** Who holds a role: the membership and its person. */
export interface RoleHolder {
  readonly membershipId: string;
  readonly personId: string;
}

/** One key role: filled (`ok`), missing (`missing`) or held by several people at once (`warning`). */
export interface KeyRoleItem extends StructureFinding {
  readonly role: MembershipRole;
  /** Active memberships holding the role, by membership id. */
  readonly holders: readonly RoleHolder[];
}

/** The key roles of a forum on a day. */
export interface KeyRoleStatus {
  readonly forumId: string;
  readonly asOf: string;
  /** The worst status of all roles. */
  readonly status: StructureStatus;
  /** One item per role in `profile.structure.keyRoles`, in that order. */
  readonly roles: readonly KeyRoleItem[];
}

function roleParams(role: MembershipRole, count: number): StructureMessageParams {
  return { role: MEMBERSHIP_ROLE_NAMES[role].sv, roleEn: MEMBERSHIP_ROLE_NAMES[role].en, roleId: role, count };
}

/** Answer the key role question for a known forum. Used by the overview to share work. */
export function computeKeyRoleStatus(index: WorkspaceIndex, forum: Forum, asOf: string): KeyRoleStatus {
  const active = (index.membershipsByForum.get(forum.id) ?? []).filter((m) => isMembershipActive(m, asOf));
  const roles = index.workspace.profile.structure.keyRoles.map((role): KeyRoleItem => {
    const holders = active
      .filter((m) => m.roles.includes(role))
      .map((m) => ({ membershipId: m.id, personId: m.personId }));
    const people = new Set(holders.map((h) => h.personId)).size;
    const finding =
      people === 0
        ? sharedFindingsOf(index).get("missing", "key_role_missing", role, () => roleParams(role, people))
        : people === 1
          ? sharedFindingsOf(index).get("ok", "key_role_filled", role, () => roleParams(role, people))
          : createFinding("warning", "key_role_held_by_several", roleParams(role, people));
    return { role, holders, ...finding };
  });
  return { forumId: forum.id, asOf, status: worstStatus(roles.map((r) => r.status)), roles };
}

/**
 * Whether each key role of the profile (`profile.structure.keyRoles`) is held in the forum on `asOf`.
 *
 * A role is filled when exactly one person holds it through an active membership, missing when no one
 * does, and flagged (`warning`) when more than one person holds it at once — usually an old term whose
 * end date was never set. One person with two overlapping memberships in the same role counts once.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the forum id is unknown or `asOf` is not a date.
 * @example
 * const { roles } = getKeyRoleStatus(ws, "lchnv", { asOf: "2025-06-01" });
 * roles.filter((r) => r.status !== "ok").map((r) => r.message.sv);
 */
export function getKeyRoleStatus(ws: Workspace, forumId: string, options: StructureQueryOptions): KeyRoleStatus {
  const index = indexForQuestion(ws, options);
  return computeKeyRoleStatus(index, requireForum(index, forumId), options.asOf);
}
