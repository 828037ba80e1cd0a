/**
 * Principals (*huvudmän*): the region and the municipalities a leadership covers, each known by its kind and
 * official code. An organisation belongs to the principal it is, or to its nearest principal up `parentId`
 * (a committee to its municipality, an administration to its region).
 */
import type { Leadership, Organisation } from "./schema.js";

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

/**
 * The principal key of an organisation that is itself a principal (a region or municipality with a code), or null.
 *
 * @example
 * principalKeyOf({ id: "falun", kind: "municipality", name: "Falu kommun", code: "2080" }) // "municipality:2080"
 */
export function principalKeyOf(organisation: Organisation): PrincipalKey | null {
  if ((organisation.kind === "region" || organisation.kind === "municipality") && organisation.code !== undefined) {
    return `${organisation.kind}:${organisation.code}`;
  }
  return null;
}

/**
 * The principals of a leadership, in order: its region, then each covered municipality, without repeats.
 *
 * @example
 * principalKeysOf({ regionCode: "0020", municipalityCodes: ["2085", "2061"] }) // ["region:0020", "municipality:2085", "municipality:2061"]
 */
export function principalKeysOf(leadership: Pick<Leadership, "regionCode" | "municipalityCodes">): PrincipalKey[] {
  const keys = new Set<PrincipalKey>([`region:${leadership.regionCode}`]);
  for (const code of leadership.municipalityCodes) keys.add(`municipality:${code}`);
  return [...keys];
}

/** The code part of a principal key (`"municipality:2080"` → `"2080"`). */
export function principalCodeOf(key: PrincipalKey): string {
  return key.slice(key.indexOf(":") + 1);
}

/**
 * Each organisation's principal: itself when it is one, else its nearest principal up `parentId`, else null.
 * Results are memoised, so the whole walk is linear; a cycle of parents (which the schema cannot rule out)
 * ends the walk with null.
 */
export function findPrincipalsOfOrganisations(
  organisationById: ReadonlyMap<string, Organisation>,
): Map<string, PrincipalKey | null> {
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
