/**
 * Lookup maps the meeting questions share, built once per workspace so that checking every meeting of a
 * national workspace stays linear.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import { IsoDate } from "../common/primitives.js";
import type { Forum, Leadership, Membership, Organisation } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import type { LogEntry, Meeting } from "./schema.js";

/** A principal's key: `region:<code>` or `municipality:<code>`. */
export type MeetingPrincipalKey = `${"region" | "municipality"}:${string}`;

/** Lookup maps over one workspace. */
export interface MeetingsIndex {
  /** The workspace the maps were built from; an index is valid only with this very object. */
  readonly workspace: Workspace;
  readonly forumById: ReadonlyMap<string, Forum>;
  readonly leadershipById: ReadonlyMap<string, Leadership>;
  readonly membershipById: ReadonlyMap<string, Membership>;
  /** Memberships per forum, ordered by id. */
  readonly membershipsByForum: ReadonlyMap<string, readonly Membership[]>;
  /** The principals of each leadership, made once. */
  readonly principalsByLeadership: ReadonlyMap<string, readonly MeetingPrincipalKey[]>;
  readonly meetingById: ReadonlyMap<string, Meeting>;
  /** Position of each meeting in `ws.meetings`, for the paths of findings. */
  readonly meetingPosition: ReadonlyMap<string, number>;
  readonly meetingsByForum: ReadonlyMap<string, readonly Meeting[]>;
  /** Log entries per meeting, in log order. */
  readonly logByMeeting: ReadonlyMap<string, readonly LogEntry[]>;
  /** The principal of each organisation: itself when a region or municipality, else its nearest such ancestor. */
  readonly principalOfOrganisation: ReadonlyMap<string, MeetingPrincipalKey | null>;
  /** Display names of principals (from the profile). */
  readonly principalNames: ReadonlyMap<MeetingPrincipalKey, string>;
}

function group<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [record]);
    else list.push(record);
  }
  return groups;
}

function sortGroups<T extends { readonly id: string }>(groups: Map<string, T[]>): Map<string, T[]> {
  for (const list of groups.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return groups;
}

function ownPrincipal(organisation: Organisation): MeetingPrincipalKey | null {
  return (organisation.kind === "region" || organisation.kind === "municipality") && organisation.code !== undefined ? `${organisation.kind}:${organisation.code}` : null;
}

function findPrincipals(organisations: readonly Organisation[]): Map<string, MeetingPrincipalKey | null> {
  const byId = new Map(organisations.map((o) => [o.id, o] as const));
  const result = new Map<string, MeetingPrincipalKey | null>();
  for (const start of organisations) {
    const path: string[] = [];
    let current: Organisation | undefined = start;
    let found: MeetingPrincipalKey | null = null;
    // Memoised walk up parentId; a cycle (which the schema cannot rule out) ends with null.
    while (current !== undefined && !path.includes(current.id)) {
      const known = result.get(current.id);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(current.id);
      found = ownPrincipal(current);
      if (found !== null) break;
      current = current.parentId === undefined ? undefined : byId.get(current.parentId);
    }
    for (const id of path) result.set(id, found);
  }
  return result;
}

/**
 * Build the lookup maps of `ws` once, to share between questions (compliance of every meeting).
 *
 * @example
 * const index = createMeetingsIndex(ws);
 * ws.meetings.map((m) => checkMeetingCompliance(ws, m.id, { asOf: "2026-05-13", index }));
 */
export function createMeetingsIndex(ws: Workspace): MeetingsIndex {
  const principalNames = new Map<MeetingPrincipalKey, string>();
  for (const region of ws.profile.regions) principalNames.set(`region:${region.code}`, region.name);
  for (const municipality of ws.profile.municipalities) principalNames.set(`municipality:${municipality.code}`, municipality.name);
  return {
    workspace: ws,
    forumById: new Map(ws.forums.map((f) => [f.id, f] as const)),
    leadershipById: new Map(ws.leaderships.map((l) => [l.id, l] as const)),
    membershipById: new Map(ws.memberships.map((m) => [m.id, m] as const)),
    membershipsByForum: sortGroups(group(ws.memberships, (m) => m.forumId)),
    principalsByLeadership: new Map(ws.leaderships.map((l) => [l.id, principalsOf(l)] as const)),
    meetingById: new Map(ws.meetings.map((m) => [m.id, m] as const)),
    meetingPosition: new Map(ws.meetings.map((m, i) => [m.id, i] as const)),
    meetingsByForum: group(ws.meetings, (m) => m.forumId),
    logByMeeting: group(ws.decisionLog, (e) => e.meetingId),
    principalOfOrganisation: findPrincipals(ws.organisations),
    principalNames,
  };
}

/** The principals of a leadership: its region, then each covered municipality. */
export function principalsOf(leadership: Leadership | undefined): MeetingPrincipalKey[] {
  if (leadership === undefined) return [];
  const keys = new Set<MeetingPrincipalKey>([`region:${leadership.regionCode}`]);
  for (const code of leadership.municipalityCodes) keys.add(`municipality:${code}`);
  return [...keys];
}

/** Whether a membership is active on `date` (both ends inclusive). */
export function isActiveOn(membership: Pick<Membership, "from" | "to">, date: IsoDate): boolean {
  return membership.from <= date && (membership.to === undefined || date <= membership.to);
}

/** The index to use: the one given (checked to be of `ws`), or a new one. */
export function resolveMeetingsIndex(ws: Workspace, index: MeetingsIndex | undefined): MeetingsIndex {
  if (index === undefined) return createMeetingsIndex(ws);
  if (index.workspace !== ws) {
    throw new SystemledningError("invalidInput", [createIssue(["options", "index"], "invalid_value", { allowed: "createMeetingsIndex(ws) of the same workspace" })]);
  }
  return index;
}

/** Throw a {@link SystemledningError} (`invalidInput`) unless `asOf` is a `YYYY-MM-DD` date. */
export function requireDate(value: unknown, path: readonly (string | number)[]): IsoDate {
  if (typeof value !== "string" || !IsoDate.safeParse(value).success) {
    throw new SystemledningError("invalidInput", [createIssue(path, "invalid_format", { format: "date" })]);
  }
  return value;
}

/** The meeting with `meetingId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireMeeting(index: MeetingsIndex, meetingId: string): Meeting {
  const meeting = index.meetingById.get(meetingId);
  if (meeting === undefined) throw new SystemledningError("invalidInput", [createIssue(["meetingId"], "dangling_reference", { id: String(meetingId), collection: "meetings" })]);
  return meeting;
}
