/**
 * A small valid workspace for the meetings tests: one local leadership (Region Dalarna and Falun), one
 * forum with a chair (Falun), a vice chair (the region), two members with mandate, a substitute for one of
 * them and a secretary, and meeting rules for the forum. People are fictitious ("Person m-a").
 */
import type { Meeting, MeetingRules } from "@systemledning/core/meetings";
import { DEFAULT_MEETING_RULES } from "@systemledning/core/meetings";
import { parseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { CODES, ORG, createStructureBuilder, type StructureDocument } from "../../fixtures/structure-builder.js";

/** The forum of the test workspace. */
export const FORUM = "f1";

/** Membership ids of the test forum. */
export const M = {
  chair: "m-chair",
  vice: "m-vice",
  a: "m-a",
  b: "m-b",
  subA: "m-sub-a",
  secretary: "m-sec",
} as const;

/** The test forum's rules: the defaults with every quorum rule switched on. */
export const TEST_RULES: MeetingRules = {
  ...structuredClone(DEFAULT_MEETING_RULES),
  quorum: {
    share: { numerator: 1, denominator: 2, strictlyMore: true },
    everyPrincipalRepresented: true,
    chairOrViceChairPresent: true,
  },
};

/** The document of the test workspace, before validation; `rules` replaces the forum's rules. */
export function meetingsDocument(rules: MeetingRules | null = TEST_RULES): StructureDocument {
  const doc = createStructureBuilder()
    .leadership({ id: "ls", municipalityCodes: [CODES.falun] })
    .forum({ id: FORUM, leadershipId: "ls" })
    .forum({ id: "f2", leadershipId: "ls" })
    .membership({
      id: M.chair,
      forumId: FORUM,
      organisationId: ORG.falun,
      roles: ["chair", "member"],
      hasMandate: true,
    })
    .membership({
      id: M.vice,
      forumId: FORUM,
      organisationId: ORG.region,
      roles: ["vice-chair", "member"],
      hasMandate: true,
    })
    .membership({ id: M.a, forumId: FORUM, organisationId: ORG.falun, hasMandate: true })
    .membership({ id: M.b, forumId: FORUM, organisationId: ORG.region, hasMandate: true })
    .membership({
      id: M.subA,
      forumId: FORUM,
      organisationId: ORG.falun,
      roles: ["substitute"],
      hasMandate: true,
      substituteForId: M.a,
    })
    .membership({ id: M.secretary, forumId: FORUM, organisationId: ORG.region, roles: ["secretary"] })
    .membership({ id: "m-other", forumId: "f2", organisationId: ORG.falun, hasMandate: true })
    .document();
  if (rules !== null) doc.profile = { ...doc.profile, meetings: { forums: { [FORUM]: rules } } };
  return doc;
}

/** A planned meeting of the test forum on a Stockholm date (09:00–12:00), with overrides. */
export function meeting(id: string, date: string, overrides: Partial<Meeting> = {}): Meeting {
  const summer = date >= "2025-03-30" && date < "2025-10-26";
  const offset = summer ? "+02:00" : "+01:00";
  return {
    id,
    forumId: FORUM,
    start: `${date}T09:00:00${offset}`,
    end: `${date}T12:00:00${offset}`,
    mode: "physical",
    status: "planned",
    agenda: [],
    attendance: [],
    ...overrides,
  };
}

/** Everyone present. */
export const ALL_PRESENT: Meeting["attendance"] = [M.chair, M.vice, M.a, M.b].map((membershipId) => ({
  membershipId,
  status: "present" as const,
}));

/** The validated test workspace with `meetings` (throws when invalid). */
export function meetingsWorkspace(
  meetings: readonly Meeting[] = [],
  rules: MeetingRules | null = TEST_RULES,
): Workspace {
  return parseWorkspace({ ...meetingsDocument(rules), meetings: structuredClone(meetings) });
}
