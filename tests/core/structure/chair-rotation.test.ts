import { describe, expect, it } from "vitest";
import { getChairRotation } from "@systemledning/core/structure";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

/** A forum whose chair serves 12 months and rotates between the region and the municipalities. */
const rotatingForum = () =>
  createStructureBuilder()
    .leadership({ id: "l", municipalityCodes: ["2080", "2085"] })
    .forum({ id: "f", leadershipId: "l", chairRule: { termMonths: 12, rotatesBetweenPrincipals: true } });

describe("getChairRotation", () => {
  it("orders the chair history by start date, with each term's principal and length in months", () => {
    const ws = rotatingForum()
      .membership({ id: "c2", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2025-01-01" })
      .membership({
        id: "c1",
        forumId: "f",
        organisationId: ORG.region,
        roles: ["chair"],
        from: "2024-01-01",
        to: "2024-12-31",
      })
      .membership({ id: "m", forumId: "f", organisationId: ORG.ludvika })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation.terms.map((t) => [t.membershipId, t.principal?.name, t.state, t.lengthMonths])).toEqual([
      ["c1", "Region Dalarna", "past", 12],
      ["c2", "Falun", "current", 5],
    ]);
    expect(rotation.terms[1]?.rotatedFromPrevious).toBe(true);
    expect(rotation.current?.membershipId).toBe("c2");
    expect(rotation.status).toBe("ok");
  });

  it("says when the current term is due to end: the limit when the term is open-ended", () => {
    const ws = rotatingForum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2025-01-01" })
      .build();
    expect(getChairRotation(ws, "f", { asOf: AS_OF }).currentTermDueToEndOn).toBe("2025-12-31");
  });

  it("says when the current term is due to end: its end date when that comes first", () => {
    const ws = rotatingForum()
      .membership({
        id: "c",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["chair"],
        from: "2025-01-01",
        to: "2025-08-31",
      })
      .build();
    expect(getChairRotation(ws, "f", { asOf: AS_OF }).currentTermDueToEndOn).toBe("2025-08-31");
  });

  it("says when a sitting chair's term has run over its limit", () => {
    const ws = rotatingForum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2024-01-01" })
      .build();
    expect(getChairRotation(ws, "f", { asOf: "2024-12-31" })).toMatchObject({
      currentTermDueToEndOn: "2024-12-31",
      currentTermOverdue: false,
    });
    expect(getChairRotation(ws, "f", { asOf: AS_OF })).toMatchObject({
      currentTermDueToEndOn: "2024-12-31",
      currentTermOverdue: true,
      status: "warning",
    });
  });

  it("flags a term longer than the forum's rule, and one longer than the county's maximum", () => {
    const ws = rotatingForum()
      .membership({
        id: "c",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["chair"],
        from: "2022-01-01",
        to: "2025-12-31",
      })
      .build();
    const term = getChairRotation(ws, "f", { asOf: AS_OF }).terms[0];
    expect(term).toMatchObject({
      lengthMonths: 48,
      exceedsForumTerm: true,
      exceedsProfileMaximum: true,
      status: "warning",
    });
    expect(term?.findings.map((f) => f.reason)).toEqual([
      "chair_term_exceeds_forum_rule",
      "chair_term_exceeds_profile_maximum",
    ]);
    expect(term?.findings[0]?.message.sv).toContain("48 månader");
  });

  it("measures an open-ended current term up to asOf: not exceeding on its last allowed day, exceeding the day after", () => {
    const ws = rotatingForum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2024-06-01" })
      .build();
    expect(getChairRotation(ws, "f", { asOf: "2025-05-31" }).terms[0]?.exceedsForumTerm).toBe(false);
    expect(getChairRotation(ws, "f", { asOf: "2025-06-01" }).terms[0]?.exceedsForumTerm).toBe(true);
  });

  it("flags consecutive chairs from the same principal when the chair should rotate", () => {
    const ws = rotatingForum()
      .organisation({ id: "falun-soc", kind: "other", parentId: ORG.falun })
      .membership({
        id: "c1",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["chair"],
        from: "2024-01-01",
        to: "2024-12-31",
      })
      .membership({ id: "c2", forumId: "f", organisationId: "falun-soc", roles: ["chair"], from: "2025-01-01" })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation.terms[1]).toMatchObject({ rotatedFromPrevious: false, status: "warning" });
    expect(rotation.terms[1]?.findings[0]).toMatchObject({ reason: "chair_not_rotated" });
    expect(rotation.terms[1]?.findings[0]?.message.en).toContain("Falun");
    expect(rotation.status).toBe("warning");
  });

  it("does not judge rotation when the forum's rule does not ask for it", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l", chairRule: { termMonths: 24, rotatesBetweenPrincipals: false } })
      .membership({
        id: "c1",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["chair"],
        from: "2023-01-01",
        to: "2023-12-31",
      })
      .membership({ id: "c2", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2024-01-01" })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation.terms.map((t) => t.rotatedFromPrevious)).toEqual([null, null]);
    expect(rotation.status).toBe("ok");
  });

  it("notes a chair whose organisation belongs to no principal when rotation is asked for", () => {
    const ws = rotatingForum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.police, roles: ["chair"], from: "2025-01-01" })
      .build();
    const term = getChairRotation(ws, "f", { asOf: AS_OF }).terms[0];
    expect(term).toMatchObject({ principal: null, status: "info" });
    expect(term?.findings[0]?.reason).toBe("chair_principal_unknown");
  });

  it("uses the county's maximum when the forum has no chair rule", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l" })
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2023-01-01" })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation).toMatchObject({
      forumTermMonths: null,
      profileMaxTermMonths: 24,
      currentTermDueToEndOn: "2024-12-31",
    });
    expect(rotation.terms[0]).toMatchObject({ exceedsForumTerm: null, exceedsProfileMaximum: true });
  });

  it("reports a vacant chair when every term has ended, and an empty history when there was none", () => {
    const ended = rotatingForum()
      .membership({
        id: "c",
        forumId: "f",
        organisationId: ORG.falun,
        roles: ["chair"],
        from: "2024-01-01",
        to: "2024-12-31",
      })
      .build();
    const vacant = getChairRotation(ended, "f", { asOf: AS_OF });
    expect(vacant).toMatchObject({ current: null, currentTermDueToEndOn: null, status: "warning" });
    expect(vacant.findings.map((f) => f.reason)).toEqual(["chair_vacant"]);
    const empty = getChairRotation(rotatingForum().build(), "f", { asOf: AS_OF });
    expect(empty.findings.map((f) => [f.reason, f.status])).toEqual([["chair_history_empty", "info"]]);
  });

  it("keeps a past term's problem in its own status without turning the present into a warning", () => {
    const ws = rotatingForum()
      .membership({
        id: "c1",
        forumId: "f",
        organisationId: ORG.region,
        roles: ["chair"],
        from: "2020-01-01",
        to: "2023-12-31",
      })
      .membership({ id: "c2", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2024-07-01" })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation.terms[0]?.status).toBe("warning");
    expect(rotation.status).toBe("ok");
  });

  it("lists a planned term as future with no length while it is open-ended", () => {
    const ws = rotatingForum()
      .membership({ id: "c", forumId: "f", organisationId: ORG.falun, roles: ["chair"], from: "2026-01-01" })
      .build();
    const rotation = getChairRotation(ws, "f", { asOf: AS_OF });
    expect(rotation.terms[0]).toMatchObject({ state: "future", lengthMonths: null, exceedsForumTerm: null });
    expect(rotation.current).toBeNull();
  });
});
