/**
 * Commands of the structure's people and seats: add an organisation, add a person, add a membership, end one,
 * set or clear a substitute. The forums' commands are in commands-forum.ts and the charter's in
 * commands-charter.ts. Each takes the workspace and an intent and returns a `Result` with a new workspace or a
 * {@link SystemledningError} (`invalidInput`) whose issues say where (a path into `intent`), what (a stable
 * code) and how to fix it, in Swedish and English; the input is never mutated.
 *
 * Ending keeps history: a membership is ended with a last day, never deleted, so every decision, attendance
 * and annotation that names it still resolves (docs/decisions/0014-ending-keeps-history.md).
 */
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { ok } from "../common/result.js";
import { createStructureIssue } from "./issues.js";
import {
  checked,
  duplicateId,
  fail,
  idFromName,
  parseIntent,
  repeatedValues,
  replaceAt,
  uniqueId,
  unknownId,
  type StructureCommandResult,
} from "./commands-support.js";
import type { Membership, Organisation, Person } from "./schema.js";
import {
  AddMembershipIntent,
  AddOrganisationIntent,
  AddPersonIntent,
  EndMembershipIntent,
  SetSubstituteIntent,
} from "./schema-intents.js";
import type { Workspace } from "../workspace/schema.js";

export type { StructureCommandResult } from "./commands-support.js";

/**
 * Add an organisation (a principal, a body within one, or another actor), at the end of `organisations`. A
 * region or municipality that is a principal carries its official code, which must be in the profile; a body
 * within a principal has a `tier` and a `parentId` and no code.
 *
 * @example
 * addOrganisation(ws, { kind: "civil-society", name: "Röda korset Mora" }); // id "org-roda-korset-mora"
 */
export function addOrganisation(ws: Workspace, intent: AddOrganisationIntent): StructureCommandResult {
  const parsed = parseIntent(AddOrganisationIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { id, kind, name, shortName, code, parentId, tier } = parsed.value;
  const issues: ValidationIssue[] = id === undefined ? [] : duplicateId(id, ws.organisations, "organisations");
  if (parentId !== undefined && !ws.organisations.some((o) => o.id === parentId))
    issues.push(unknownId("parentId", parentId, "organisations"));
  if (code !== undefined && (kind === "region" || kind === "municipality")) {
    const known = kind === "region" ? ws.profile.regions : ws.profile.municipalities;
    if (!known.some((entry) => entry.code === code))
      issues.push(createIssue(["intent", "code"], "unknown_municipality", { code, profile: ws.profile.id }));
  }
  if ((kind === "region" || kind === "municipality") && code !== undefined && tier !== undefined)
    issues.push(createStructureIssue(["intent", "tier"], "principal_with_tier", { code, tier }));
  else if ((kind === "region" || kind === "municipality") && code === undefined && tier === undefined)
    issues.push(createIssue(["intent", "code"], "missing_field", { expected: "code" }));
  if (issues.length > 0) return fail(issues);
  const organisation: Organisation = { id: id ?? idFromName("org", name, ws.organisations), kind, name };
  if (shortName !== undefined) organisation.shortName = shortName;
  if (code !== undefined) organisation.code = code;
  if (parentId !== undefined) organisation.parentId = parentId;
  if (tier !== undefined) organisation.tier = tier;
  return checked({ ...ws, organisations: [...ws.organisations, organisation] });
}

/**
 * Add a person, at the end of `people`. Only the name is required: the model keeps the minimum of personal data.
 *
 * @example
 * addPerson(ws, { name: "Kim Exempel", title: "Socialchef" }); // id "p-kim-exempel"
 */
export function addPerson(ws: Workspace, intent: AddPersonIntent): StructureCommandResult {
  const parsed = parseIntent(AddPersonIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { id, name, title, email } = parsed.value;
  if (id !== undefined) {
    const issues = duplicateId(id, ws.people, "people");
    if (issues.length > 0) return fail(issues);
  }
  const person: Person = { id: id ?? idFromName("p", name, ws.people), name };
  if (title !== undefined) person.title = title;
  if (email !== undefined) person.email = email;
  return checked({ ...ws, people: [...ws.people, person] });
}

/** Why `substituteForId` cannot be the seat the membership `id` in `forumId` stands in for; empty when it can. */
function substituteTargetIssues(
  ws: Workspace,
  id: string,
  forumId: string,
  substituteForId: string,
  path: readonly (string | number)[],
): ValidationIssue[] {
  if (substituteForId === id) return [createIssue(path, "self_reference")];
  const target = ws.memberships.find((m) => m.id === substituteForId);
  if (target === undefined)
    return [createIssue(path, "dangling_reference", { id: substituteForId, collection: "memberships" })];
  if (target.forumId !== forumId) return [createStructureIssue(path, "invalid_substitute", { reason: "other forum" })];
  if (target.roles.includes("substitute"))
    return [createStructureIssue(path, "invalid_substitute", { reason: "a substitute of a substitute" })];
  return [];
}

/** A `membership_after_forum_end` issue when a seat running to `to` outlasts its forum. */
function afterForumEnd(ws: Workspace, forumId: string, id: string, to: string | undefined, path: string[]) {
  const forum = ws.forums.find((f) => f.id === forumId);
  const endedOn = forum?.endedOn;
  if (endedOn === undefined || (to !== undefined && to <= endedOn)) return [];
  return [createStructureIssue(path, "membership_after_forum_end", { forum: forumId, endedOn, id, to: to ?? "" })];
}

/**
 * Add a person's seat in a forum, at the end of `memberships`: whom they represent (an organisation, and a
 * sector of the profile's catalogue), their roles, kind and mandate, and the period. A substitute has the role
 * `substitute` and names the seat they stand in for (`substituteForId`): a seat of the same forum that is not
 * itself a substitute's. A seat in an ended forum ends by the forum's last day.
 *
 * @example
 * addMembership(ws, { forumId: "f-mora", personId: "p-kim-exempel", organisationId: "org-mora", sectorId: "socialtjanst", roles: ["member"], kind: "official", hasMandate: true, from: "2026-01-01" });
 */
export function addMembership(ws: Workspace, intent: AddMembershipIntent): StructureCommandResult {
  const parsed = parseIntent(AddMembershipIntent, intent);
  if (!parsed.ok) return parsed.result;
  const value = parsed.value;
  const issues: ValidationIssue[] = value.id === undefined ? [] : duplicateId(value.id, ws.memberships, "memberships");
  const forumKnown = ws.forums.some((f) => f.id === value.forumId);
  if (!forumKnown) issues.push(unknownId("forumId", value.forumId, "forums"));
  if (!ws.people.some((p) => p.id === value.personId)) issues.push(unknownId("personId", value.personId, "people"));
  if (!ws.organisations.some((o) => o.id === value.organisationId))
    issues.push(unknownId("organisationId", value.organisationId, "organisations"));
  if (value.sectorId !== undefined && !ws.profile.sectors.some((s) => s.id === value.sectorId))
    issues.push(unknownId("sectorId", value.sectorId, "profile.sectors"));
  issues.push(...repeatedValues(value.roles, "roles"));
  if (value.to !== undefined && value.to < value.from)
    issues.push(createStructureIssue(["intent", "to"], "ends_before_start", { on: value.to, from: value.from }));
  const id = value.id ?? uniqueId(`m:${value.forumId}:${value.personId}`, new Set(ws.memberships.map((m) => m.id)));
  const isSubstitute = value.roles.includes("substitute");
  if (value.substituteForId !== undefined) {
    if (forumKnown)
      issues.push(
        ...substituteTargetIssues(ws, id, value.forumId, value.substituteForId, ["intent", "substituteForId"]),
      );
    if (!isSubstitute)
      issues.push(
        createStructureIssue(["intent", "roles"], "invalid_substitute", { reason: 'the role "substitute" is missing' }),
      );
  } else if (isSubstitute)
    issues.push(createIssue(["intent", "substituteForId"], "missing_field", { expected: "substituteForId" }));
  if (forumKnown) issues.push(...afterForumEnd(ws, value.forumId, id, value.to, ["intent", "to"]));
  if (issues.length > 0) return fail(issues);
  const membership: Membership = {
    id,
    forumId: value.forumId,
    personId: value.personId,
    organisationId: value.organisationId,
    roles: [...value.roles],
    kind: value.kind,
    hasMandate: value.hasMandate,
    from: value.from,
  };
  if (value.sectorId !== undefined) membership.sectorId = value.sectorId;
  if (value.to !== undefined) membership.to = value.to;
  if (value.substituteForId !== undefined) membership.substituteForId = value.substituteForId;
  return checked({ ...ws, memberships: [...ws.memberships, membership] });
}

/** The membership with `membershipId` and its index, or a dangling reference at `intent.membershipId`. */
function findMembership(
  ws: Workspace,
  membershipId: string,
): { ok: true; index: number; membership: Membership } | { ok: false; result: StructureCommandResult } {
  const index = ws.memberships.findIndex((m) => m.id === membershipId);
  if (index < 0) return { ok: false, result: fail([unknownId("membershipId", membershipId, "memberships")]) };
  return { ok: true, index, membership: ws.memberships[index]! };
}

/**
 * End a membership: `on` becomes its last day (`to`). The membership is kept, so the meetings it attended and
 * the decisions it took part in still name it; the structure questions leave it out after `on`. Refused before
 * its first day, and when it already ends on or before `on` (an end can be brought forward, not repeated or
 * extended). Its substitutes are not ended with it: the substitutes question shows them as orphaned.
 *
 * @example
 * endMembership(ws, { membershipId: "m:f-mora:p-kim-exempel", on: "2026-06-30" });
 */
export function endMembership(ws: Workspace, intent: EndMembershipIntent): StructureCommandResult {
  const parsed = parseIntent(EndMembershipIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { membershipId, on } = parsed.value;
  const found = findMembership(ws, membershipId);
  if (!found.ok) return found.result;
  const { membership } = found;
  if (on < membership.from)
    return fail([createStructureIssue(["intent", "on"], "ends_before_start", { on, from: membership.from })]);
  if (membership.to !== undefined && membership.to <= on)
    return fail([createStructureIssue(["intent", "on"], "already_ended", { id: membershipId, ended: membership.to })]);
  return checked({ ...ws, memberships: replaceAt(ws.memberships, found.index, { ...membership, to: on }) });
}

/** The first attendance where `substitute` stood in for its member, if any: its history is fixed. */
function attendedAsSubstitute(ws: Workspace, substitute: Membership): { meeting: string; member: string } | null {
  for (const meeting of ws.meetings)
    for (const entry of meeting.attendance)
      if (entry.substituteMembershipId === substitute.id) return { meeting: meeting.id, member: entry.membershipId };
  for (const entry of ws.decisionLog) {
    const notes = entry.kind === "decision" ? undefined : entry.notes;
    for (const attendance of notes?.attendance ?? [])
      if (attendance.substituteMembershipId === substitute.id)
        return { meeting: entry.meetingId, member: attendance.membershipId };
  }
  return null;
}

/**
 * Set or clear whom a substitute stands in for. With a seat id the membership gets the role `substitute` (when
 * it lacks it) and stands in for that seat: one of the same forum that is not itself a substitute's. With null
 * the link and the role go; refused when `substitute` is the seat's only role (end the membership instead).
 * Refused for a substitute that already stood in at a meeting: that history is kept, so end the seat and add a
 * new one.
 *
 * @example
 * setSubstitute(ws, { membershipId: "m:f-mora:p-ersattare", substituteForId: "m:f-mora:p-kim-exempel" });
 */
export function setSubstitute(ws: Workspace, intent: SetSubstituteIntent): StructureCommandResult {
  const parsed = parseIntent(SetSubstituteIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { membershipId, substituteForId } = parsed.value;
  const found = findMembership(ws, membershipId);
  if (!found.ok) return found.result;
  const { membership } = found;
  if (substituteForId === membership.substituteForId) return ok(ws);
  const attended = membership.substituteForId === undefined ? null : attendedAsSubstitute(ws, membership);
  if (attended !== null)
    return fail([
      createStructureIssue(["intent", "membershipId"], "substitute_has_attended", { id: membershipId, ...attended }),
    ]);
  if (substituteForId === null) {
    const roles = membership.roles.filter((role) => role !== "substitute");
    if (roles.length === 0)
      return fail([createStructureIssue(["intent", "substituteForId"], "substitute_only_role", { id: membershipId })]);
    const { substituteForId: _cleared, ...rest } = membership;
    return checked({ ...ws, memberships: replaceAt(ws.memberships, found.index, { ...rest, roles }) });
  }
  const issues = substituteTargetIssues(ws, membershipId, membership.forumId, substituteForId, [
    "intent",
    "substituteForId",
  ]);
  const own = ws.memberships.filter((m) => m.substituteForId === membershipId).map((m) => m.id);
  if (own.length > 0)
    issues.push(
      createStructureIssue(["intent", "membershipId"], "substitute_has_substitutes", {
        id: membershipId,
        substitutes: own.join(", "),
      }),
    );
  if (issues.length > 0) return fail(issues);
  const roles = membership.roles.includes("substitute")
    ? membership.roles
    : [...membership.roles, "substitute" as const];
  return checked({
    ...ws,
    memberships: replaceAt(ws.memberships, found.index, { ...membership, roles, substituteForId }),
  });
}
