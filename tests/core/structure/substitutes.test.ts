import { describe, expect, it } from "vitest";
import { getMandateHoldersWithoutSubstitute } from "@systemledning/core/structure";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

const forum = () =>
  createStructureBuilder()
    .leadership({ id: "l" })
    .forum({ id: "f", leadershipId: "l" })
    .membership({ id: "holder", forumId: "f", organisationId: ORG.falun, hasMandate: true });

describe("getMandateHoldersWithoutSubstitute", () => {
  it("lists an active mandate holder with no substitute as a warning when the profile requires substitutes", () => {
    const answer = getMandateHoldersWithoutSubstitute(forum().build(), { forumId: "f" }, { asOf: AS_OF });
    expect(answer).toMatchObject({
      status: "warning",
      substituteRequired: true,
      mandateHolderCount: 1,
      withSubstituteCount: 0,
    });
    expect(answer.holders).toMatchObject([
      {
        membershipId: "holder",
        personId: "person-holder",
        forumId: "f",
        status: "warning",
        reason: "mandate_holder_without_substitute",
      },
    ]);
    expect(answer.holders[0]?.message.sv).toContain("Utse en ersättare");
  });

  it("does not list a holder with an active substitute", () => {
    const ws = forum()
      .membership({
        id: "sub",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["substitute"],
        substituteForId: "holder",
      })
      .build();
    const answer = getMandateHoldersWithoutSubstitute(ws, { forumId: "f" }, { asOf: AS_OF });
    expect(answer).toMatchObject({ status: "ok", holders: [], mandateHolderCount: 1, withSubstituteCount: 1 });
  });

  it("lists a holder whose substitute's period has ended", () => {
    const ws = forum()
      .membership({
        id: "sub",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["substitute"],
        substituteForId: "holder",
        to: "2025-05-31",
      })
      .build();
    expect(
      getMandateHoldersWithoutSubstitute(ws, { forumId: "f" }, { asOf: AS_OF }).holders.map((h) => h.membershipId),
    ).toEqual(["holder"]);
  });

  it("still lists holders when substitutes are not required, with status info and no call to act", () => {
    const ws = forum()
      .profile((p) => ({ ...p, structure: { ...p.structure, substituteRequiredForMandateHolders: false } }))
      .build();
    const answer = getMandateHoldersWithoutSubstitute(ws, { forumId: "f" }, { asOf: AS_OF });
    expect(answer).toMatchObject({ status: "info", substituteRequired: false });
    expect(answer.holders[0]?.status).toBe("info");
    expect(answer.holders[0]?.message.sv).not.toContain("Utse");
  });

  it("ignores members without mandate and inactive mandate holders", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l" })
      .membership({ id: "plain", forumId: "f", organisationId: ORG.falun, hasMandate: false })
      .membership({ id: "gone", forumId: "f", organisationId: ORG.falun, hasMandate: true, to: "2024-12-31" })
      .build();
    expect(getMandateHoldersWithoutSubstitute(ws, { forumId: "f" }, { asOf: AS_OF })).toMatchObject({
      status: "ok",
      mandateHolderCount: 0,
      holders: [],
    });
  });

  it("reports an active substitute for an inactive member as info, and does not list the inactive member", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l" })
      .membership({ id: "gone", forumId: "f", organisationId: ORG.falun, hasMandate: true, to: "2024-12-31" })
      .membership({
        id: "sub",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["substitute"],
        substituteForId: "gone",
      })
      .build();
    const answer = getMandateHoldersWithoutSubstitute(ws, { forumId: "f" }, { asOf: AS_OF });
    expect(answer.holders).toEqual([]);
    expect(answer.substitutesForInactiveMembers).toMatchObject([
      { membershipId: "sub", substituteForId: "gone", status: "info", reason: "substitute_for_inactive_member" },
    ]);
    expect(answer.status).toBe("info");
  });

  it("takes a leadership as all its forums, ordering holders by membership id", () => {
    const ws = forum()
      .forum({ id: "g", leadershipId: "l" })
      .membership({ id: "another", forumId: "g", organisationId: ORG.region, hasMandate: true })
      .build();
    const answer = getMandateHoldersWithoutSubstitute(ws, { leadershipId: "l" }, { asOf: AS_OF });
    expect(answer.holders.map((h) => [h.membershipId, h.forumId])).toEqual([
      ["another", "g"],
      ["holder", "f"],
    ]);
  });
});
