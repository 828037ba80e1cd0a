/**
 * The one lookup index of a workspace (docs/decisions, the record on one index per workspace): the same object
 * for the same workspace, a new one for a new workspace, each part built on first use, and the maps right —
 * principals found up `parentId` (none for an agency or a cycle), groups ordered by id, meetings and log
 * entries in document order, every round with its responses.
 */
import { describe, expect, it } from "vitest";
import { getAllLeadershipOverviews } from "@systemledning/core/structure";
import { checkAllMeetingsCompliance } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getWorkspaceIndex, type Workspace } from "@systemledning/core/workspace";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

/** A copy of `ws` whose collections count how often they are read. */
function counted(ws: Workspace): { readonly ws: Workspace; readonly reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const copy = { ...ws };
  for (const key of [
    "organisations",
    "memberships",
    "forums",
    "meetings",
    "decisionLog",
    "assessmentResponses",
  ] as const) {
    const value = ws[key];
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: () => {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return value;
      },
    });
  }
  return { ws: copy, reads };
}

describe("getWorkspaceIndex", () => {
  it("is the same object for the same workspace, and a new one for a copy", () => {
    const ws = createStructureBuilder().build();
    expect(getWorkspaceIndex(ws)).toBe(getWorkspaceIndex(ws));
    expect(getWorkspaceIndex({ ...ws })).not.toBe(getWorkspaceIndex(ws));
    expect(getWorkspaceIndex(ws).workspace).toBe(ws);
  });

  it("builds each part on first use, once: the README's example reads the meetings only when they are asked about", () => {
    const { ws, reads } = counted(createDalarnaSampleWorkspace());
    getWorkspaceIndex(ws);
    expect(reads.size).toBe(0);
    const overviews = getAllLeadershipOverviews(ws, { asOf: "2026-05-13" });
    expect(overviews.length).toBeGreaterThan(10);
    expect(reads.get("meetings")).toBeUndefined();
    const membershipReads = reads.get("memberships") ?? 0;
    const compliance = checkAllMeetingsCompliance(ws, { asOf: "2026-05-13" });
    expect(compliance.length).toBeGreaterThan(0);
    expect(reads.get("meetings")).toBeGreaterThan(0);
    // The memberships grouped by forum for the structure questions serve the quorum too: not read again for that.
    const index = getWorkspaceIndex(ws);
    const groups = index.membershipsByForum;
    expect(index.membershipsByForum).toBe(groups);
    expect(reads.get("memberships")).toBe(membershipReads);
  });

  it("finds each organisation's principal via parentId, and none for an agency or a cycle of parents", () => {
    const ws = createStructureBuilder()
      .organisation({ id: "falun-soc", kind: "other", parentId: ORG.falun })
      .organisation({ id: "loop-a", kind: "other", parentId: "loop-b" })
      .organisation({ id: "loop-b", kind: "other", parentId: "loop-a" })
      .build();
    const index = getWorkspaceIndex(ws);
    expect(index.principalOfOrganisation.get("falun-soc")).toBe("municipality:2080");
    expect(index.principalOfOrganisation.get(ORG.region)).toBe("region:0020");
    expect(index.principalOfOrganisation.get(ORG.police)).toBeNull();
    expect(index.principalOfOrganisation.get("loop-a")).toBeNull();
    expect(index.principalOfOrganisation.get("loop-b")).toBeNull();
    expect(index.organisationsByPrincipal.get("municipality:2080")?.map((o) => o.id)).toEqual([ORG.falun]);
  });

  it("orders memberships by id within their forum, and lists a leadership's principals region first", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l" })
      .membership({ id: "m2", forumId: "f", organisationId: ORG.falun })
      .membership({ id: "m1", forumId: "f", organisationId: ORG.falun })
      .build();
    const index = getWorkspaceIndex(ws);
    expect(index.membershipsByForum.get("f")?.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(index.principalsByLeadership.get("l")?.[0]).toMatchObject({
      key: "region:0020",
      kind: "region",
      code: "0020",
    });
  });

  it("keeps meetings and log entries in document order, and gives every round its responses (an empty list when none)", () => {
    const ws = createDalarnaSampleWorkspace();
    const index = getWorkspaceIndex(ws);
    const forumId = ws.meetings[0]!.forumId;
    expect(index.meetingsByForum.get(forumId)).toEqual(ws.meetings.filter((m) => m.forumId === forumId));
    const meetingId = ws.decisionLog[0]!.meetingId;
    expect(index.logByMeeting.get(meetingId)).toEqual(ws.decisionLog.filter((e) => e.meetingId === meetingId));
    for (const round of ws.assessmentRounds)
      expect(index.responsesByRound.get(round.id)).toEqual(
        ws.assessmentResponses.filter((r) => r.roundId === round.id),
      );
    const empty = { ...ws, assessmentResponses: [] };
    expect(getWorkspaceIndex(empty).responsesByRound.get(ws.assessmentRounds[0]!.id)).toEqual([]);
  });

  it("never changes the workspace it indexes", () => {
    const ws = createDalarnaSampleWorkspace();
    const before = JSON.stringify(ws);
    const index = getWorkspaceIndex(ws);
    void [
      index.principalsByLeadership,
      index.substitutesByMembership,
      index.chartersByLeadership,
      index.sectorPosition,
      index.meetingPosition,
    ];
    checkAllMeetingsCompliance(ws, { asOf: DALARNA_SAMPLE_AS_OF });
    getAllLeadershipOverviews(ws, { asOf: AS_OF });
    expect(JSON.stringify(ws)).toBe(before);
  });
});
