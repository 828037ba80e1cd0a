/**
 * The one lookup index of a workspace: records by id, records grouped by the record they belong to, and each
 * organisation's and leadership's principals. Every module's questions read it, so asking every question of
 * every leadership of a national workspace stays linear.
 *
 * It is built once per workspace object and kept in a `WeakMap` (a workspace is immutable: a command returns a
 * new object, which gets its own index, and the old one is collected with its workspace). Each part is built
 * on first use, so a question that needs only the meetings never pays for the structure's maps. Lists are
 * ordered by id unless a part says otherwise, so no answer depends on the order of a document's collections.
 */
import { byId } from "../common/compare.js";
import type { AssessmentResponse, AssessmentRound } from "../assessment/schema.js";
import type { LogEntry, Meeting } from "../meetings/schema.js";
import type { Sector } from "../profile/schema.js";
import {
  findPrincipalsOfOrganisations,
  principalCodeOf,
  principalKeyOf,
  principalKeysOf,
  type PrincipalKey,
  type PrincipalKind,
  type PrincipalRecord,
} from "../structure/principals.js";
import type { Charter, Forum, Leadership, Membership, Organisation, Person } from "../structure/schema.js";
import type { Workspace } from "./schema.js";

/** Lookup maps over one workspace, each built on first use. */
export interface WorkspaceIndex {
  /** The workspace the maps describe. */
  readonly workspace: Workspace;
  readonly organisationById: ReadonlyMap<string, Organisation>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly leadershipById: ReadonlyMap<string, Leadership>;
  readonly forumById: ReadonlyMap<string, Forum>;
  readonly membershipById: ReadonlyMap<string, Membership>;
  readonly meetingById: ReadonlyMap<string, Meeting>;
  readonly roundById: ReadonlyMap<string, AssessmentRound>;
  readonly sectorById: ReadonlyMap<string, Sector>;
  /** Position of each sector in the profile's catalogue: the order in which answers list sectors. */
  readonly sectorPosition: ReadonlyMap<string, number>;
  /** Position of each meeting in `ws.meetings`, for the paths of findings. */
  readonly meetingPosition: ReadonlyMap<string, number>;
  /** A leadership's name by its id. */
  readonly leadershipNameById: ReadonlyMap<string, string>;
  readonly membershipsByForum: ReadonlyMap<string, readonly Membership[]>;
  readonly forumsByLeadership: ReadonlyMap<string, readonly Forum[]>;
  /** Substitute memberships by the id of the membership they stand in for. */
  readonly substitutesByMembership: ReadonlyMap<string, readonly Membership[]>;
  readonly chartersByLeadership: ReadonlyMap<string, readonly Charter[]>;
  /** Meetings per forum, in document order. */
  readonly meetingsByForum: ReadonlyMap<string, readonly Meeting[]>;
  /** Log entries per meeting, in log order. */
  readonly logByMeeting: ReadonlyMap<string, readonly LogEntry[]>;
  /** Each round's responses in document order; every round has a list, empty when none answered. */
  readonly responsesByRound: ReadonlyMap<string, readonly AssessmentResponse[]>;
  /** Organisations that are principals (kind region or municipality with a code), by their principal key. */
  readonly organisationsByPrincipal: ReadonlyMap<PrincipalKey, readonly Organisation[]>;
  /** The principal each organisation belongs to: itself or its nearest such ancestor via `parentId`, else null. */
  readonly principalOfOrganisation: ReadonlyMap<string, PrincipalKey | null>;
  /** Names of the principals from the profile. */
  readonly principalNames: ReadonlyMap<PrincipalKey, string>;
  /** The principals of each leadership: its region, then each covered municipality, without repeats. */
  readonly principalsByLeadership: ReadonlyMap<string, readonly PrincipalRecord[]>;
}

const indexes = new WeakMap<Workspace, WorkspaceIndex>();

/**
 * The lookup index of `ws`: made on the first call for this workspace object, the same object afterwards.
 * Building a part is linear in the records it covers, plus sorting each group by id.
 *
 * @example
 * const index = getWorkspaceIndex(ws);
 * index.membershipsByForum.get("f-vfr"); // the Välfärdsråd's memberships, by id
 * getWorkspaceIndex(ws) === index; // true
 */
export function getWorkspaceIndex(ws: Workspace): WorkspaceIndex {
  let index = indexes.get(ws);
  if (index === undefined) {
    index = new LazyWorkspaceIndex(ws);
    indexes.set(ws, index);
  }
  return index;
}

function mapById<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record] as const));
}

/** Group records by a key (records without one are left out), each group in the records' order. */
function groupBy<T>(records: readonly T[], keyOf: (record: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [record]);
    else group.push(record);
  }
  return groups;
}

/** {@link groupBy}, each group sorted by id. */
function groupSortedById<T extends { readonly id: string }>(
  records: readonly T[],
  keyOf: (record: T) => string | undefined,
): Map<string, T[]> {
  const groups = groupBy(records, keyOf);
  for (const group of groups.values()) group.sort(byId);
  return groups;
}

/** The index: each part a getter that builds it on first use and keeps it in a private field. */
class LazyWorkspaceIndex implements WorkspaceIndex {
  readonly workspace: Workspace;
  #organisationById?: Map<string, Organisation>;
  #personById?: Map<string, Person>;
  #leadershipById?: Map<string, Leadership>;
  #forumById?: Map<string, Forum>;
  #membershipById?: Map<string, Membership>;
  #meetingById?: Map<string, Meeting>;
  #roundById?: Map<string, AssessmentRound>;
  #sectorById?: Map<string, Sector>;
  #sectorPosition?: Map<string, number>;
  #meetingPosition?: Map<string, number>;
  #leadershipNameById?: Map<string, string>;
  #membershipsByForum?: Map<string, Membership[]>;
  #forumsByLeadership?: Map<string, Forum[]>;
  #substitutesByMembership?: Map<string, Membership[]>;
  #chartersByLeadership?: Map<string, Charter[]>;
  #meetingsByForum?: Map<string, Meeting[]>;
  #logByMeeting?: Map<string, LogEntry[]>;
  #responsesByRound?: Map<string, AssessmentResponse[]>;
  #organisationsByPrincipal?: Map<PrincipalKey, Organisation[]>;
  #principalOfOrganisation?: Map<string, PrincipalKey | null>;
  #principalNames?: Map<PrincipalKey, string>;
  #principalsByLeadership?: Map<string, PrincipalRecord[]>;

  constructor(workspace: Workspace) {
    this.workspace = workspace;
  }

  get organisationById() {
    return (this.#organisationById ??= mapById(this.workspace.organisations));
  }
  get personById() {
    return (this.#personById ??= mapById(this.workspace.people));
  }
  get leadershipById() {
    return (this.#leadershipById ??= mapById(this.workspace.leaderships));
  }
  get forumById() {
    return (this.#forumById ??= mapById(this.workspace.forums));
  }
  get membershipById() {
    return (this.#membershipById ??= mapById(this.workspace.memberships));
  }
  get meetingById() {
    return (this.#meetingById ??= mapById(this.workspace.meetings));
  }
  get roundById() {
    return (this.#roundById ??= mapById(this.workspace.assessmentRounds));
  }
  get sectorById() {
    return (this.#sectorById ??= mapById(this.workspace.profile.sectors));
  }
  get sectorPosition() {
    return (this.#sectorPosition ??= new Map(
      this.workspace.profile.sectors.map((sector, position) => [sector.id, position] as const),
    ));
  }
  get meetingPosition() {
    return (this.#meetingPosition ??= new Map(
      this.workspace.meetings.map((meeting, position) => [meeting.id, position] as const),
    ));
  }
  get leadershipNameById() {
    return (this.#leadershipNameById ??= new Map(
      this.workspace.leaderships.map((leadership) => [leadership.id, leadership.name] as const),
    ));
  }
  get membershipsByForum() {
    return (this.#membershipsByForum ??= groupSortedById(
      this.workspace.memberships,
      (membership) => membership.forumId,
    ));
  }
  get forumsByLeadership() {
    return (this.#forumsByLeadership ??= groupSortedById(this.workspace.forums, (forum) => forum.leadershipId));
  }
  get substitutesByMembership() {
    return (this.#substitutesByMembership ??= groupSortedById(this.workspace.memberships, (membership) =>
      membership.roles.includes("substitute") ? membership.substituteForId : undefined,
    ));
  }
  get chartersByLeadership() {
    return (this.#chartersByLeadership ??= groupSortedById(this.workspace.charters, (charter) => charter.leadershipId));
  }
  get meetingsByForum() {
    return (this.#meetingsByForum ??= groupBy(this.workspace.meetings, (meeting) => meeting.forumId));
  }
  get logByMeeting() {
    return (this.#logByMeeting ??= groupBy(this.workspace.decisionLog, (entry) => entry.meetingId));
  }
  get responsesByRound() {
    return (this.#responsesByRound ??= groupResponsesByRound(this.workspace));
  }
  get organisationsByPrincipal() {
    return (this.#organisationsByPrincipal ??= groupPrincipalOrganisations(this.workspace.organisations));
  }
  get principalOfOrganisation() {
    return (this.#principalOfOrganisation ??= findPrincipalsOfOrganisations(this.organisationById));
  }
  get principalNames() {
    return (this.#principalNames ??= namePrincipals(this.workspace));
  }
  get principalsByLeadership() {
    return (this.#principalsByLeadership ??= new Map(
      this.workspace.leaderships.map((leadership) => [leadership.id, this.#principalRecords(leadership)] as const),
    ));
  }

  #principalRecords(leadership: Leadership): PrincipalRecord[] {
    return principalKeysOf(leadership).map((key): PrincipalRecord => {
      const organisations = this.organisationsByPrincipal.get(key) ?? [];
      const code = principalCodeOf(key);
      const name = this.principalNames.get(key) ?? organisations[0]?.name ?? code;
      // Frozen because answers hand the same list out again and again.
      return {
        key,
        kind: key.slice(0, key.indexOf(":")) as PrincipalKind,
        code,
        name,
        organisationIds: Object.freeze(organisations.map((o) => o.id)),
      };
    });
  }
}

/** Every round's responses in document order (a list for every round, empty when none answered). */
function groupResponsesByRound(ws: Workspace): Map<string, AssessmentResponse[]> {
  const byRound = new Map<string, AssessmentResponse[]>(ws.assessmentRounds.map((round) => [round.id, []] as const));
  // Responses usually come in runs of one round, so the last round's list is kept at hand.
  let lastRoundId: string | undefined;
  let lastList: AssessmentResponse[] | undefined;
  for (const response of ws.assessmentResponses) {
    if (response.roundId !== lastRoundId) {
      lastRoundId = response.roundId;
      lastList = byRound.get(lastRoundId);
    }
    lastList?.push(response);
  }
  return byRound;
}

/** The organisations that are principals, by principal key, each group by id. */
function groupPrincipalOrganisations(organisations: readonly Organisation[]): Map<PrincipalKey, Organisation[]> {
  const byPrincipal = new Map<PrincipalKey, Organisation[]>();
  for (const organisation of [...organisations].sort(byId)) {
    const key = principalKeyOf(organisation);
    if (key === null) continue;
    const group = byPrincipal.get(key);
    if (group === undefined) byPrincipal.set(key, [organisation]);
    else group.push(organisation);
  }
  return byPrincipal;
}

/** The principals' names from the profile: its regions and municipalities. */
function namePrincipals(ws: Workspace): Map<PrincipalKey, string> {
  const names = new Map<PrincipalKey, string>();
  for (const region of ws.profile.regions) names.set(`region:${region.code}`, region.name);
  for (const municipality of ws.profile.municipalities)
    names.set(`municipality:${municipality.code}`, municipality.name);
  return names;
}
