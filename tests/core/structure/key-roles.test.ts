import { describe, expect, it } from "vitest";
import { getKeyRoleStatus } from "@systemledning/core/structure";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

const forum = () => createStructureBuilder().leadership({ id: "l" }).forum({ id: "f", leadershipId: "l" });

describe("getKeyRoleStatus", () => {
  it("reports every key role of the profile as missing in an empty forum, in the profile's order", () => {
    const answer = getKeyRoleStatus(forum().build(), "f", { asOf: AS_OF });
    expect(answer.roles.map((r) => [r.role, r.status, r.reason])).toEqual([
      ["chair", "missing", "key_role_missing"],
      ["convener", "missing", "key_role_missing"],
      ["secretary", "missing", "key_role_missing"],
    ]);
    expect(answer.status).toBe("missing");
    expect(answer.roles[2]?.message.sv).toContain("sekreterare");
    expect(answer.roles[2]?.message.en).toContain("secretary");
  });

  it("reports a role held by one active member as filled, naming the holder", () => {
    const ws = forum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair", "member"] })
      .membership({ id: "s", forumId: "f", organisationId: ORG.region, roles: ["secretary", "convener"] })
      .build();
    const answer = getKeyRoleStatus(ws, "f", { asOf: AS_OF });
    expect(answer.status).toBe("ok");
    expect(answer.roles[0]).toMatchObject({
      role: "chair",
      status: "ok",
      holders: [{ membershipId: "c", personId: "person-c" }],
    });
  });

  it("flags a role held by more than one active member", () => {
    const ws = forum()
      .membership({ id: "c1", forumId: "f", organisationId: ORG.falun, roles: ["chair"] })
      .membership({ id: "c2", forumId: "f", organisationId: ORG.region, roles: ["chair"] })
      .build();
    const chair = getKeyRoleStatus(ws, "f", { asOf: AS_OF }).roles[0];
    expect(chair).toMatchObject({ status: "warning", reason: "key_role_held_by_several", params: { count: 2 } });
    expect(chair?.holders.map((h) => h.membershipId)).toEqual(["c1", "c2"]);
  });

  it("counts one person with two overlapping memberships in the role once", () => {
    const ws = forum()
      .membership({ id: "c1", forumId: "f", organisationId: ORG.falun, roles: ["chair"], personId: "anna" })
      .membership({ id: "c2", forumId: "f", organisationId: ORG.falun, roles: ["chair"], personId: "anna" })
      .build();
    expect(getKeyRoleStatus(ws, "f", { asOf: AS_OF }).roles[0]?.status).toBe("ok");
  });

  it("does not count a role holder whose period has ended", () => {
    const ws = forum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], to: "2025-01-31" })
      .build();
    expect(getKeyRoleStatus(ws, "f", { asOf: AS_OF }).roles[0]?.status).toBe("missing");
    expect(getKeyRoleStatus(ws, "f", { asOf: "2025-01-31" }).roles[0]?.status).toBe("ok");
  });

  it("follows the profile's key roles, whatever they are", () => {
    const ws = forum()
      .profile((p) => ({ ...p, structure: { ...p.structure, keyRoles: ["process-leader"] } }))
      .build();
    expect(getKeyRoleStatus(ws, "f", { asOf: AS_OF }).roles.map((r) => r.role)).toEqual(["process-leader"]);
  });

  it("throws for an unknown forum", () => {
    expect(() => getKeyRoleStatus(forum().build(), "nope", { asOf: AS_OF })).toThrow(/nope/);
  });
});
