import { describe, expect, it } from "vitest";
import { getForumKindCoverage } from "@systemledning/core/structure";
import { createStructureBuilder } from "../../fixtures/structure-builder.js";

describe("getForumKindCoverage", () => {
  it("reports all three compositions present for a regional leadership that has them", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "r", level: "regional" })
      .forum({ id: "vfr", leadershipId: "r", composition: "politicians" })
      .forum({ id: "lchnv", leadershipId: "r", composition: "officials" })
      .forum({ id: "schnv", leadershipId: "r", composition: "officials" })
      .forum({ id: "bdu", leadershipId: "r", composition: "joint" })
      .build();
    const answer = getForumKindCoverage(ws, "r");
    expect(answer.status).toBe("ok");
    expect(answer.kinds.map((k) => [k.composition, k.present, k.forumIds])).toEqual([
      ["politicians", true, ["vfr"]],
      ["officials", true, ["lchnv", "schnv"]],
      ["joint", true, ["bdu"]],
    ]);
  });

  it("reports a missing composition of a regional leadership as missing, saying why", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "r", level: "regional" })
      .forum({ id: "lchnv", leadershipId: "r", composition: "officials" })
      .build();
    const answer = getForumKindCoverage(ws, "r");
    expect(answer.status).toBe("missing");
    expect(answer.kinds.filter((k) => !k.present).map((k) => [k.composition, k.status, k.reason])).toEqual([
      ["politicians", "missing", "forum_kind_missing"],
      ["joint", "missing", "forum_kind_missing"],
    ]);
    expect(answer.kinds[0]?.message.en).toContain("living system leadership");
  });

  it("reports a composition a local leadership lacks as info only", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l", level: "local" })
      .forum({ id: "f", leadershipId: "l", composition: "joint" })
      .build();
    const answer = getForumKindCoverage(ws, "l");
    expect(answer.status).toBe("info");
    expect(answer.kinds[0]).toMatchObject({
      composition: "politicians",
      present: false,
      status: "info",
      reason: "forum_kind_absent",
    });
  });

  it("reports every composition missing for a regional leadership with no forum", () => {
    const ws = createStructureBuilder().leadership({ id: "r", level: "regional" }).build();
    expect(getForumKindCoverage(ws, "r").kinds.every((k) => k.status === "missing")).toBe(true);
  });

  it("throws for an unknown leadership", () => {
    const ws = createStructureBuilder().build();
    expect(() => getForumKindCoverage(ws, "nope")).toThrow(/nope/);
  });
});
