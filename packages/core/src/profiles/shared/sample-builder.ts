/**
 * The few functions every county's profile and sample workspace are built with. A county adds data files
 * that call these; it never adds code of its own (docs/domain.md, Context: "everything county-specific
 * is data").
 *
 * Only types are imported from the schemas, so a profile entry stays small: no zod at runtime. The document's
 * schema id and version come from the zod-free workspace/constants.ts, so a sample is always of the current version.
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import type { LogEntry, Meeting } from "../../meetings/schema.js";
import type { CheckIn, IndicatorValue, Plan } from "../../plan/schema.js";
import type { AnnualReportRecord } from "../../plan/report/schema.js";
import type { Profile } from "../../profile/schema.js";
import type { SystemAnnotation } from "../../system-map/schema.js";
import type { TimelineEvent } from "../../timeline/schema.js";
import type {
  Charter,
  Forum,
  Leadership,
  Membership,
  MemberKind,
  MembershipRole,
  Organisation,
  Person,
} from "../../structure/schema.js";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID } from "../../workspace/constants.js";
import type { Workspace } from "../../workspace/schema.js";

/**
 * Freeze `value` and everything reachable from it, and return it.
 *
 * County data is shared module state; freezing it makes an accidental write throw (in strict mode)
 * instead of silently changing every later sample workspace.
 *
 * @example
 * export const dalarnaProfile: Profile = deepFreeze({ id: "dalarna", … });
 */
export function deepFreeze<TValue>(value: TValue): TValue {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A person as one row: `[id, name, title]`. Rows read like a staff list and keep data files short. */
export type PersonRow = readonly [id: string, name: string, title: string];

/**
 * Turn person rows into {@link Person} records.
 *
 * @example
 * peopleFromRows([["p-rss-chef", "Karin Persbo", "Verksamhetschef"]]);
 */
export function peopleFromRows(rows: readonly PersonRow[]): Person[] {
  return rows.map(([id, name, title]) => ({ id, name, title }));
}

/**
 * One seat of a forum, written the way a member list reads: who, for which organisation and sector, in
 * which roles, with or without a decision mandate, and when.
 */
export interface SeatSpec {
  /** The person's id. */
  readonly person: string;
  /** The organisation represented. */
  readonly org: string;
  /** The sector represented (a profile sector id). */
  readonly sector?: string;
  readonly roles: readonly MembershipRole[];
  readonly kind: MemberKind;
  /** Whether the member may decide on behalf of the organisation. */
  readonly mandate: boolean;
  /** First day; the forum's default when absent. */
  readonly from?: string;
  /** Last day; open-ended when absent. */
  readonly to?: string;
  /** For a substitute: the person id of the member stood in for (their seat without a `key`). */
  readonly substituteFor?: string;
  /**
   * Distinguishes a second seat of the same person in the same forum (an ended chair term, say).
   * The seat without a key is the one substitutes refer to.
   */
  readonly key?: string;
}

/**
 * The membership id of a person's seat in a forum: `m:<forum>:<person>[:<key>]`. Stable, so charters,
 * tests and hosts can refer to seats of the sample.
 */
export function seatId(forumId: string, personId: string, key?: string): string {
  return key === undefined ? `m:${forumId}:${personId}` : `m:${forumId}:${personId}:${key}`;
}

/**
 * Turn the seats of one forum into {@link Membership} records.
 *
 * Ids come from {@link seatId}; a substitute's `substituteFor` (a person id) becomes the id of that
 * person's keyless seat in the same forum. Optional fields are left out rather than set to undefined.
 *
 * @example
 * seatsIn("f-lchnv", "2023-01-01", [
 *   { person: "p-falun-soc", org: "org-falun", sector: "socialtjanst", roles: ["chair", "member"], kind: "official", mandate: true },
 *   { person: "p-falun-ifo", org: "org-falun", sector: "socialtjanst", roles: ["substitute"], kind: "official", mandate: true, substituteFor: "p-falun-soc" },
 * ]);
 */
export function seatsIn(forumId: string, defaultFrom: string, seats: readonly SeatSpec[]): Membership[] {
  return seats.map((seat) => {
    const membership: Membership = {
      id: seatId(forumId, seat.person, seat.key),
      forumId,
      personId: seat.person,
      organisationId: seat.org,
      roles: [...seat.roles],
      kind: seat.kind,
      hasMandate: seat.mandate,
      from: seat.from ?? defaultFrom,
    };
    if (seat.sector !== undefined) membership.sectorId = seat.sector;
    if (seat.to !== undefined) membership.to = seat.to;
    if (seat.substituteFor !== undefined) membership.substituteForId = seatId(forumId, seat.substituteFor);
    return membership;
  });
}

/** Everything a sample workspace holds, as the data files of a county provide it. */
export interface SampleWorkspaceParts {
  readonly profile: Profile;
  readonly organisations: readonly Organisation[];
  readonly people: readonly Person[];
  readonly leaderships: readonly Leadership[];
  readonly forums: readonly Forum[];
  readonly memberships: readonly Membership[];
  readonly charters: readonly Charter[];
  readonly meetings?: readonly Meeting[];
  readonly decisionLog?: readonly LogEntry[];
  readonly assessmentRounds?: readonly AssessmentRound[];
  readonly assessmentResponses?: readonly AssessmentResponse[];
  readonly indicatorValues?: readonly IndicatorValue[];
  readonly plans?: readonly Plan[];
  readonly checkIns?: readonly CheckIn[];
  readonly events?: readonly TimelineEvent[];
  readonly annotations?: readonly SystemAnnotation[];
  readonly annualReports?: readonly AnnualReportRecord[];
}

/**
 * Assemble a workspace document (current version) from a county's parts.
 *
 * Every call returns a deep copy, so a caller may change its workspace freely without touching the
 * county's (frozen) data or any other workspace made from it.
 *
 * @example
 * export function createKalmarSampleWorkspace(): Workspace {
 *   return assembleSampleWorkspace({ profile: kalmarProfile, organisations, people, leaderships, forums, memberships, charters });
 * }
 */
export function assembleSampleWorkspace(parts: SampleWorkspaceParts): Workspace {
  const workspace: Workspace = {
    schema: WORKSPACE_SCHEMA_ID,
    version: CURRENT_WORKSPACE_VERSION,
    profile: parts.profile,
    organisations: [...parts.organisations],
    people: [...parts.people],
    leaderships: [...parts.leaderships],
    forums: [...parts.forums],
    memberships: [...parts.memberships],
    charters: [...parts.charters],
    meetings: [...(parts.meetings ?? [])],
    decisionLog: [...(parts.decisionLog ?? [])],
    assessmentRounds: [...(parts.assessmentRounds ?? [])],
    assessmentResponses: [...(parts.assessmentResponses ?? [])],
    indicatorValues: [...(parts.indicatorValues ?? [])],
    plans: [...(parts.plans ?? [])],
    checkIns: [...(parts.checkIns ?? [])],
    events: [...(parts.events ?? [])],
    annotations: [...(parts.annotations ?? [])],
    annualReports: [...(parts.annualReports ?? [])],
  };
  return structuredClone(workspace);
}
