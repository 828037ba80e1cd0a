/**
 * What `MembersEditor` shows and does, apart from its markup: a forum's seats on a day with the names a reader
 * needs, and each task as one change of the workspace built from the core's structure commands. A task of two
 * commands (a new person and their seat) is one change, so the host saves both at once or neither, and applies
 * them again together to a newer document after a clash.
 */
import {
  addMembership,
  addPerson,
  endMembership,
  isMembershipActive,
  setSubstitute,
  type MemberKind,
  type Membership,
  type MembershipRole,
  type Organisation,
  type Person,
} from "@systemledning/core/structure";
import type { Result, SystemledningError, ValidationIssue, Workspace } from "@systemledning/core/workspace";

/** A change the editor builds: synchronous, so it can be tried on the shown workspace before it is handed over. */
export type MembersChange = (ws: Workspace) => Result<Workspace, SystemledningError>;

/** The core commands behind the editor's changes. */
export type MembersCommandName = "addPerson" | "addMembership" | "setSubstitute" | "endMembership";

/** The editor's tasks. */
export type MembersTask = "addMember" | "setSubstitute" | "clearSubstitute" | "endMembership";

/** What the host's `onChange` is told besides the change. */
export interface MembersChangeContext {
  /** The task the user carried out. */
  readonly task: MembersTask;
  /** The last core command of the change (the one that gives it its meaning). */
  readonly command: MembersCommandName;
  /** Every core command of the change, in order (a new person is `addPerson` then `addMembership`). */
  readonly commands: readonly MembersCommandName[];
  /** The forum the editor shows. */
  readonly forumId: string;
  /** The seat the change concerns, when it existed before (a substitute set on a seat, a seat ended). */
  readonly membershipId?: string;
}

/** One seat of the forum on the day, with the names the list shows. */
export interface MemberRow {
  readonly membership: Membership;
  readonly person: Person | undefined;
  readonly organisation: Organisation | undefined;
  /** The person's name, or the seat's person id when the person is missing. */
  readonly name: string;
  /** For a seat with a substitute: the substitutes' seats active on the day. */
  readonly substitutes: readonly Membership[];
  /** For a substitute: the seat stood in for. */
  readonly standsInFor: Membership | undefined;
}

/** The name of a seat's person, or its person id when the person is missing. */
export function personName(ws: Workspace, membership: Membership | undefined): string {
  if (membership === undefined) return "";
  return ws.people.find((p) => p.id === membership.personId)?.name ?? membership.personId;
}

/**
 * The forum's seats active on `asOf`, the seated ones before the substitutes, each group by name.
 *
 * @example
 * getMemberRows(ws, "f-falun", "2026-05-13").map((row) => row.name);
 */
export function getMemberRows(ws: Workspace, forumId: string, asOf: string): MemberRow[] {
  const people = new Map(ws.people.map((p) => [p.id, p]));
  const organisations = new Map(ws.organisations.map((o) => [o.id, o]));
  const active = ws.memberships.filter((m) => m.forumId === forumId && isMembershipActive(m, asOf));
  const byId = new Map(active.map((m) => [m.id, m]));
  const rows = active.map((membership): MemberRow => {
    const person = people.get(membership.personId);
    return {
      membership,
      person,
      organisation: organisations.get(membership.organisationId),
      name: person?.name ?? membership.personId,
      substitutes: active.filter((m) => m.substituteForId === membership.id),
      standsInFor: membership.substituteForId === undefined ? undefined : byId.get(membership.substituteForId),
    };
  });
  const isSubstitute = (row: MemberRow) => (row.membership.roles.includes("substitute") ? 1 : 0);
  return rows.sort((a, b) => isSubstitute(a) - isSubstitute(b) || a.name.localeCompare(b.name, "sv"));
}

/** The seats that may have a substitute: seated (not substitutes) and with a decision mandate. */
export function mandateHolders(rows: readonly MemberRow[]): MemberRow[] {
  return rows.filter((row) => row.membership.hasMandate && !row.membership.roles.includes("substitute"));
}

/**
 * The field of the editor's form an issue of the core belongs to: its path's key after `intent` (`intent.to` is
 * `to`, `intent.roles.0` is `roles`), or null for an issue of the whole change.
 */
export function fieldOfIssue(issue: ValidationIssue): string | null {
  const [first, second] = issue.pathSegments;
  return first === "intent" && typeof second === "string" ? second : null;
}

/** The id of the one person `after` has that `before` had not: the one `addPerson` just added. */
function addedPersonId(before: Workspace, after: Workspace): string | undefined {
  const known = new Set(before.people.map((p) => p.id));
  return after.people.find((p) => !known.has(p.id))?.id;
}

/** A person to seat: one already in the workspace, or a new one to add first. */
export type PersonChoice =
  { readonly existingId: string } | { readonly name: string; readonly title?: string | undefined };

/** What a seat is given, besides the person. */
export interface SeatInput {
  readonly forumId: string;
  readonly organisationId: string;
  readonly sectorId?: string | undefined;
  readonly roles: readonly MembershipRole[];
  readonly kind: MemberKind;
  readonly hasMandate: boolean;
  readonly from: string;
  readonly to?: string | undefined;
  readonly substituteForId?: string | undefined;
}

/**
 * A seat for a person: `addMembership`, after `addPerson` when the person is new (its id is the one the core
 * derives from the name in the workspace the change is applied to, so it stays right on a newer document).
 *
 * @example
 * const change = seatChange({ name: "Ada Ek", title: "Socialchef" }, { forumId: "f-falun", organisationId: "falun",
 *   roles: ["member"], kind: "official", hasMandate: true, from: "2026-06-01" });
 */
export function seatChange(person: PersonChoice, seat: SeatInput): MembersChange {
  return (ws) => {
    let current = ws;
    let personId: string;
    if ("existingId" in person) {
      personId = person.existingId;
    } else {
      const added = addPerson(ws, {
        name: person.name,
        ...(person.title === undefined ? {} : { title: person.title }),
      });
      if (!added.ok) return added;
      current = added.value;
      // The core always adds exactly one person; the fallback only keeps the types honest.
      personId = addedPersonId(ws, current) ?? "";
    }
    return addMembership(current, {
      forumId: seat.forumId,
      personId,
      organisationId: seat.organisationId,
      ...(seat.sectorId === undefined ? {} : { sectorId: seat.sectorId }),
      roles: [...seat.roles],
      kind: seat.kind,
      hasMandate: seat.hasMandate,
      from: seat.from,
      ...(seat.to === undefined ? {} : { to: seat.to }),
      ...(seat.substituteForId === undefined ? {} : { substituteForId: seat.substituteForId }),
    });
  };
}

/** Link (or, with null, unlink) a seat as the substitute of another: `setSubstitute`. */
export function substituteLinkChange(membershipId: string, substituteForId: string | null): MembersChange {
  return (ws) => setSubstitute(ws, { membershipId, substituteForId });
}

/** End a seat on a day: `endMembership` (the person and everything that refers to them stay). */
export function endSeatChange(membershipId: string, on: string): MembersChange {
  return (ws) => endMembership(ws, { membershipId, on });
}

/** Whether `value` looks like a calendar date `YYYY-MM-DD` (the core judges whether the day exists). */
export function looksLikeDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The roles a new seat may be given in "add a member" (a substitute seat is set up under its own task). */
export const SEAT_ROLES: readonly MembershipRole[] = [
  "member",
  "chair",
  "vice-chair",
  "convener",
  "process-leader",
  "secretary",
  "co-opted",
];

/** The kinds of member, in the order the form offers them. */
export const MEMBER_KINDS: readonly MemberKind[] = [
  "politician",
  "official",
  "user-representative",
  "citizen",
  "other",
];
