/**
 * Placing records on the levels of the system logic by the profile's rules (first match wins, else the
 * default level). People are placed first, from their title and the seats they hold on the day; forums may
 * take the level most of their seated members stand on. Linear in the records and memberships, times the
 * number of rules.
 */
import type { Forum, Leadership, MemberKind, MembershipRole, Organisation } from "../structure/schema.js";
import { isMembershipActive, isSeated } from "../structure/queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";
import type {
  ForumPlacementRule,
  LeadershipPlacementRule,
  OrganisationPlacementRule,
  PersonPlacementRule,
  SectorPlacementRule,
  SystemMapProfileSettings,
} from "./schema.js";

/** The level (an index into the settings' `systemLevels`) of each kind of record, computed once per graph. */
export interface SystemPlacement {
  /** The level of a person who holds a seat on the day; people without one stand on the default level. */
  person(personId: string): number;
  forum(forum: Forum): number;
  leadership(leadership: Leadership): number;
  organisation(organisation: Organisation): number;
  sector(sectorId: string): number;
  /** The default level's index. */
  readonly defaultLevel: number;
}

/** Text for title matching: NFC and lower case, so "Socialchef" matches "chef" however it was typed. */
const fold = (text: string): string => text.normalize("NFC").toLowerCase();

const holds = <T>(criterion: readonly T[] | undefined, value: T): boolean =>
  criterion === undefined || criterion.includes(value);

/** Roles and member kinds as bits, so a person's seats on the day fold into two numbers. */
const ROLE_BITS: Readonly<Record<MembershipRole, number>> = {
  chair: 1,
  "vice-chair": 2,
  convener: 4,
  "process-leader": 8,
  secretary: 16,
  member: 32,
  substitute: 64,
  "co-opted": 128,
};
const KIND_BITS: Readonly<Record<MemberKind, number>> = {
  politician: 1,
  official: 2,
  "user-representative": 4,
  citizen: 8,
  other: 16,
};
const maskOf = <T extends string>(values: readonly T[] | undefined, bits: Readonly<Record<T, number>>): number =>
  values === undefined ? -1 : values.reduce((mask, value) => mask | bits[value], 0);

interface PersonFacts {
  readonly title: string;
  roles: number;
  kinds: number;
}

/**
 * Place every record of the workspace behind `index` on the levels of `settings` as of `asOf`.
 *
 * @example
 * const placement = createSystemPlacement(index, getSystemMapSettings(ws.profile), "2026-05-13");
 * settings.systemLevels[placement.forum(lgrs)].key; // "kommun-och-regiondirektorer"
 */
export function createSystemPlacement(
  index: WorkspaceIndex,
  settings: SystemMapProfileSettings,
  asOf: string,
): SystemPlacement {
  const levelIndex = new Map(settings.systemLevels.map((level, i) => [level.key, i] as const));
  const defaultLevel = levelIndex.get(settings.defaultLevel) ?? settings.systemLevels.length - 1;
  const at = (key: string | undefined): number =>
    key === undefined ? defaultLevel : (levelIndex.get(key) ?? defaultLevel);

  const personRules: PersonPlacementRule[] = [];
  const forumRules: ForumPlacementRule[] = [];
  const leadershipRules: LeadershipPlacementRule[] = [];
  const organisationRules: OrganisationPlacementRule[] = [];
  const sectorRules: SectorPlacementRule[] = [];
  for (const rule of settings.placement) {
    if (rule.appliesTo === "person") personRules.push(rule);
    else if (rule.appliesTo === "forum") forumRules.push(rule);
    else if (rule.appliesTo === "leadership") leadershipRules.push(rule);
    else if (rule.appliesTo === "organisation") organisationRules.push(rule);
    else sectorRules.push(rule);
  }
  const compiledPersonRules = personRules.map((rule) => ({
    level: at(rule.level),
    personIds: rule.personIds,
    roles: maskOf(rule.roles, ROLE_BITS),
    kinds: maskOf(rule.memberKinds, KIND_BITS),
    words: rule.titleIncludes?.map(fold),
  }));

  // What each person is on the day: their title and the roles and kinds of their active seats.
  const facts = new Map<string, PersonFacts>();
  for (const membership of index.workspace.memberships) {
    if (!isMembershipActive(membership, asOf)) continue;
    let fact = facts.get(membership.personId);
    if (fact === undefined) {
      fact = { title: fold(index.personById.get(membership.personId)?.title ?? ""), roles: 0, kinds: 0 };
      facts.set(membership.personId, fact);
    }
    for (const role of membership.roles) fact.roles |= ROLE_BITS[role];
    fact.kinds |= KIND_BITS[membership.kind];
  }
  const placePerson = (personId: string, fact: PersonFacts): number => {
    for (const rule of compiledPersonRules) {
      if (rule.personIds !== undefined && !rule.personIds.includes(personId)) continue;
      // A criterion holds when the person has one of its values; a mask of -1 is no criterion, which always holds.
      if (
        (rule.kinds !== -1 && (rule.kinds & fact.kinds) === 0) ||
        (rule.roles !== -1 && (rule.roles & fact.roles) === 0)
      )
        continue;
      if (rule.words !== undefined && !rule.words.some((word) => fact.title.includes(word))) continue;
      return rule.level;
    }
    return defaultLevel;
  };
  const personLevel = new Map<string, number>();
  for (const [personId, fact] of facts) personLevel.set(personId, placePerson(personId, fact));
  const person = (personId: string): number => {
    const known = personLevel.get(personId);
    if (known !== undefined) return known;
    const level = placePerson(personId, {
      title: fold(index.personById.get(personId)?.title ?? ""),
      roles: 0,
      kinds: 0,
    });
    personLevel.set(personId, level);
    return level;
  };

  /** The level most of the forum's active, seated members stand on; ties to the upper level; null without any. */
  const levelOfMembers = (forum: Forum): number | null => {
    const counts = new Map<number, number>();
    for (const membership of index.membershipsByForum.get(forum.id) ?? []) {
      if (!isMembershipActive(membership, asOf) || !isSeated(membership)) continue;
      const level = person(membership.personId);
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestCount = 0;
    for (const [level, count] of counts) {
      if (count > bestCount || (count === bestCount && best !== null && level < best)) {
        best = level;
        bestCount = count;
      }
    }
    return best;
  };

  const forumLevel = new Map<string, number>();
  const forum = (record: Forum): number => {
    const known = forumLevel.get(record.id);
    if (known !== undefined) return known;
    const leadershipLevel = index.leadershipById.get(record.leadershipId)?.level;
    let level = defaultLevel;
    for (const rule of forumRules) {
      if (!holds(rule.forumIds, record.id) || !holds(rule.compositions, record.composition)) continue;
      if (
        rule.leadershipLevels !== undefined &&
        (leadershipLevel === undefined || !rule.leadershipLevels.includes(leadershipLevel))
      )
        continue;
      if (rule.levelFrom === "members") {
        const fromMembers = levelOfMembers(record);
        if (fromMembers === null) continue;
        level = fromMembers;
      } else level = at(rule.level);
      break;
    }
    forumLevel.set(record.id, level);
    return level;
  };

  const leadership = (record: Leadership): number => {
    for (const rule of leadershipRules) {
      if (holds(rule.leadershipIds, record.id) && holds(rule.leadershipLevels, record.level)) return at(rule.level);
    }
    return defaultLevel;
  };

  const organisation = (record: Organisation): number => {
    for (const rule of organisationRules) {
      if (!holds(rule.organisationIds, record.id) || !holds(rule.organisationKinds, record.kind)) continue;
      if (rule.tiers !== undefined && (record.tier === undefined || !rule.tiers.includes(record.tier))) continue;
      return at(rule.level);
    }
    return defaultLevel;
  };

  const sector = (sectorId: string): number => {
    for (const rule of sectorRules) if (holds(rule.sectorIds, sectorId)) return at(rule.level);
    return defaultLevel;
  };

  return { person, forum, leadership, organisation, sector, defaultLevel };
}
