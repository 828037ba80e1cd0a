/**
 * The lookup maps every structure question shares, built once per workspace so that each question is
 * linear in the records it looks at, and the argument handling all questions have in common.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import { IsoDate } from "../common/primitives.js";
import type { Sector } from "../profile/schema.js";
import type { Workspace } from "../workspace/schema.js";
import { SharedFindings } from "./messages.js";
import type { Charter, Forum, Leadership, Membership, Organisation, Person } from "./schema.js";

/** The kinds of organisation that are principals (*huvudmän*) of a leadership. */
export type PrincipalKind = "region" | "municipality";

/** A principal's key: its kind and official code, e.g. `"municipality:2080"`. */
export type PrincipalKey = `${PrincipalKind}:${string}`;

/** A principal of a leadership, resolved once: its key, name and organisation records. */
export interface PrincipalRecord {
  readonly key: PrincipalKey;
  readonly kind: PrincipalKind;
  readonly code: string;
  /** The name in the profile, or of the organisation, or the code when neither is known. */
  readonly name: string;
  /** Organisations of this kind with this code, by id (usually one; none when the record is missing). */
  readonly organisationIds: readonly string[];
}

/** Lookup maps over one workspace. Lists are ordered by id, so answers never depend on document order. */
export interface StructureIndex {
  /** The workspace the maps were built from; an index is only valid with this very object. */
  readonly workspace: Workspace;
  readonly leadershipById: ReadonlyMap<string, Leadership>;
  readonly forumById: ReadonlyMap<string, Forum>;
  readonly membershipById: ReadonlyMap<string, Membership>;
  readonly organisationById: ReadonlyMap<string, Organisation>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly sectorById: ReadonlyMap<string, Sector>;
  /** Position of each sector in the profile's catalogue, the order in which answers list sectors. */
  readonly sectorPosition: ReadonlyMap<string, number>;
  readonly membershipsByForum: ReadonlyMap<string, readonly Membership[]>;
  readonly forumsByLeadership: ReadonlyMap<string, readonly Forum[]>;
  /** Substitute memberships by the id of the membership they stand in for. */
  readonly substitutesByMembership: ReadonlyMap<string, readonly Membership[]>;
  readonly chartersByLeadership: ReadonlyMap<string, readonly Charter[]>;
  /** Organisations of kind region or municipality, by their principal key. */
  readonly organisationsByPrincipal: ReadonlyMap<PrincipalKey, readonly Organisation[]>;
  /** The principal each organisation belongs to: itself or its nearest such ancestor via `parentId`. */
  readonly principalOfOrganisation: ReadonlyMap<string, PrincipalKey | null>;
  /** Names of the principals from the profile. */
  readonly principalNames: ReadonlyMap<PrincipalKey, string>;
  /** The principals of each leadership: its region, then each covered municipality, without repeats. */
  readonly principalsByLeadership: ReadonlyMap<string, readonly PrincipalRecord[]>;
}

/** Options every question over time takes. */
export interface StructureQueryOptions {
  /** The day the answer is for. A membership is active on it when `from <= asOf` and (`to` absent or `asOf <= to`). */
  readonly asOf: IsoDate;
  /** A shared index from {@link createStructureIndex} for the same workspace; built when absent. */
  readonly index?: StructureIndex;
}

/** What a question is asked about: one forum, or a leadership (the union of its forums). */
export type StructureTarget = { readonly forumId: string } | { readonly leadershipId: string };

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupSorted<T extends { readonly id: string }>(records: readonly T[], keyOf: (record: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [record]);
    else group.push(record);
  }
  for (const group of groups.values()) group.sort(byId);
  return groups;
}

/** The principal key of an organisation that is itself a principal, or null. */
export function principalKeyOf(organisation: Organisation): PrincipalKey | null {
  if ((organisation.kind === "region" || organisation.kind === "municipality") && organisation.code !== undefined) {
    return `${organisation.kind}:${organisation.code}`;
  }
  return null;
}

/**
 * Find each organisation's nearest principal by walking `parentId`. Results are memoised, so the whole
 * walk is linear; a cycle of parents (which the schema cannot rule out) ends the walk with null.
 */
function findPrincipals(organisationById: ReadonlyMap<string, Organisation>): Map<string, PrincipalKey | null> {
  const principalOf = new Map<string, PrincipalKey | null>();
  for (const start of organisationById.values()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: Organisation | undefined = start;
    let found: PrincipalKey | null = null;
    while (current !== undefined) {
      const known = principalOf.get(current.id);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (onPath.has(current.id)) break;
      path.push(current.id);
      onPath.add(current.id);
      const own = principalKeyOf(current);
      if (own !== null) {
        found = own;
        break;
      }
      current = current.parentId === undefined ? undefined : organisationById.get(current.parentId);
    }
    for (const id of path) principalOf.set(id, found);
  }
  return principalOf;
}

/**
 * Build the lookup maps of `ws` once, to share between questions (the dashboard asks every question of
 * every leadership). Linear in the size of the workspace, plus sorting each group by id.
 *
 * @example
 * const index = createStructureIndex(ws);
 * const overviews = ws.leaderships.map((l) => getLeadershipOverview(ws, l.id, { asOf: "2025-06-01", index }));
 */
export function createStructureIndex(ws: Workspace): StructureIndex {
  const organisationById = new Map(ws.organisations.map((o) => [o.id, o] as const));
  const organisationsByPrincipal = new Map<PrincipalKey, Organisation[]>();
  for (const organisation of [...ws.organisations].sort(byId)) {
    const key = principalKeyOf(organisation);
    if (key === null) continue;
    const group = organisationsByPrincipal.get(key);
    if (group === undefined) organisationsByPrincipal.set(key, [organisation]);
    else group.push(organisation);
  }
  const principalNames = new Map<PrincipalKey, string>();
  for (const region of ws.profile.regions) principalNames.set(`region:${region.code}`, region.name);
  for (const municipality of ws.profile.municipalities) principalNames.set(`municipality:${municipality.code}`, municipality.name);

  const principalsByLeadership = new Map<string, PrincipalRecord[]>();
  for (const leadership of ws.leaderships) {
    const keys = new Set<PrincipalKey>([`region:${leadership.regionCode}`]);
    for (const code of leadership.municipalityCodes) keys.add(`municipality:${code}`);
    const records = [...keys].map((key): PrincipalRecord => {
      const separator = key.indexOf(":");
      const code = key.slice(separator + 1);
      const organisations = organisationsByPrincipal.get(key) ?? [];
      const name = principalNames.get(key) ?? organisations[0]?.name ?? code;
      // Frozen because answers hand the same list out again and again.
      return { key, kind: key.slice(0, separator) as PrincipalKind, code, name, organisationIds: Object.freeze(organisations.map((o) => o.id)) };
    });
    principalsByLeadership.set(leadership.id, records);
  }

  return {
    workspace: ws,
    leadershipById: new Map(ws.leaderships.map((l) => [l.id, l] as const)),
    forumById: new Map(ws.forums.map((f) => [f.id, f] as const)),
    membershipById: new Map(ws.memberships.map((m) => [m.id, m] as const)),
    organisationById,
    personById: new Map(ws.people.map((p) => [p.id, p] as const)),
    sectorById: new Map(ws.profile.sectors.map((s) => [s.id, s] as const)),
    sectorPosition: new Map(ws.profile.sectors.map((s, position) => [s.id, position] as const)),
    membershipsByForum: groupSorted(ws.memberships, (m) => m.forumId),
    forumsByLeadership: groupSorted(ws.forums, (f) => f.leadershipId),
    substitutesByMembership: groupSorted(ws.memberships, (m) => (m.roles.includes("substitute") ? m.substituteForId : undefined)),
    chartersByLeadership: groupSorted(ws.charters, (c) => c.leadershipId),
    organisationsByPrincipal,
    principalOfOrganisation: findPrincipals(organisationById),
    principalNames,
    principalsByLeadership,
  };
}

/**
 * Whether `membership` is active on `asOf`: it has started (`from <= asOf`) and not ended
 * (`to` absent or `asOf <= to`). Both ends are inclusive.
 *
 * @example
 * isMembershipActive({ ...m, from: "2024-01-01", to: "2024-12-31" }, "2024-12-31"); // true
 */
export function isMembershipActive(membership: Pick<Membership, "from" | "to">, asOf: IsoDate): boolean {
  return membership.from <= asOf && (membership.to === undefined || asOf <= membership.to);
}

/**
 * Whether `membership` holds a seat of its own. A substitute stands in only when the member is absent,
 * so substitutes do not count towards representation.
 */
export function isSeated(membership: Membership): boolean {
  return !membership.roles.includes("substitute");
}

function invalidInput(path: readonly (string | number)[], code: "dangling_reference" | "invalid_format" | "invalid_value", params: Record<string, string>): SystemledningError {
  return new SystemledningError("invalidInput", [createIssue(path, code, params)]);
}

/**
 * Check the options of a question and return the index to use: the one given, or a new one.
 * Throws a {@link SystemledningError} with reason `invalidInput` when `asOf` is not a date or the index
 * was built from another workspace object.
 */
export function resolveIndex(ws: Workspace, options: StructureQueryOptions | { readonly index?: StructureIndex }): StructureIndex {
  if ("asOf" in options && !IsoDate.safeParse(options.asOf).success) {
    throw invalidInput(["options", "asOf"], "invalid_format", { format: "date" });
  }
  if (options.index === undefined) return createStructureIndex(ws);
  if (options.index.workspace !== ws) {
    throw invalidInput(["options", "index"], "invalid_value", { allowed: "createStructureIndex(ws) of the same workspace" });
  }
  return options.index;
}

/** The leadership with `leadershipId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireLeadership(index: StructureIndex, leadershipId: string, path: readonly (string | number)[] = ["leadershipId"]): Leadership {
  const leadership = index.leadershipById.get(leadershipId);
  if (leadership === undefined) throw invalidInput(path, "dangling_reference", { id: String(leadershipId), collection: "leaderships" });
  return leadership;
}

/** The forum with `forumId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireForum(index: StructureIndex, forumId: string, path: readonly (string | number)[] = ["forumId"]): Forum {
  const forum = index.forumById.get(forumId);
  if (forum === undefined) throw invalidInput(path, "dangling_reference", { id: String(forumId), collection: "forums" });
  return forum;
}

/** A target resolved to its leadership, its forums (by id) and all their memberships. */
export interface ResolvedTarget {
  readonly leadership: Leadership;
  readonly forums: readonly Forum[];
  readonly memberships: readonly Membership[];
}

/** Resolve a {@link StructureTarget}; unknown ids throw a {@link SystemledningError} with reason `invalidInput`. */
export function resolveTarget(index: StructureIndex, target: StructureTarget): ResolvedTarget {
  if ("forumId" in target && typeof target.forumId === "string") {
    const forum = requireForum(index, target.forumId, ["target", "forumId"]);
    const leadership = requireLeadership(index, forum.leadershipId, ["target", "forumId"]);
    return { leadership, forums: [forum], memberships: index.membershipsByForum.get(forum.id) ?? [] };
  }
  if ("leadershipId" in target && typeof target.leadershipId === "string") {
    const leadership = requireLeadership(index, target.leadershipId, ["target", "leadershipId"]);
    const forums = index.forumsByLeadership.get(leadership.id) ?? [];
    const memberships = forums.flatMap((forum) => index.membershipsByForum.get(forum.id) ?? []);
    return { leadership, forums, memberships };
  }
  throw invalidInput(["target"], "invalid_value", { allowed: "{ forumId } | { leadershipId }" });
}

const sharedFindingsByIndex = new WeakMap<StructureIndex, SharedFindings>();

/** The findings shared by every answer computed with `index` (made on first use). */
export function sharedFindingsOf(index: StructureIndex): SharedFindings {
  let shared = sharedFindingsByIndex.get(index);
  if (shared === undefined) {
    shared = new SharedFindings();
    sharedFindingsByIndex.set(index, shared);
  }
  return shared;
}

/** Compare ids (or any strings) by code unit, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
