import { describe, expect, it } from "vitest";
import { CHARTER_TEMPLATE_SECTIONS, getCharterCompleteness } from "@systemledning/core/structure";
import { createStructureBuilder } from "../../fixtures/structure-builder.js";

const leadership = () => createStructureBuilder().leadership({ id: "l" });

describe("getCharterCompleteness", () => {
  it("reports every item open with reason charter_missing when the leadership has no charter", () => {
    const answer = getCharterCompleteness(leadership().build(), "l");
    expect(answer).toMatchObject({ charterId: null, status: "missing", answeredCount: 0, total: 7 + 3, ratio: 0 });
    expect(answer.items.every((item) => !item.answered && item.reason === "charter_missing")).toBe(true);
    expect(answer.items[0]?.message.sv).toContain("ingen överenskommelse");
  });

  it("checks the seven template sections in order, then the profile's questions in order", () => {
    const answer = getCharterCompleteness(leadership().build(), "l");
    expect(answer.items.map((item) => (item.kind === "section" ? item.section : item.questionId))).toEqual([
      ...CHARTER_TEMPLATE_SECTIONS,
      "q-local-vision",
      "q-chair",
      "q-co-opted",
    ]);
  });

  it("counts non-blank texts as answered and blank ones (spaces, newlines) as open", () => {
    const ws = leadership()
      .charter({
        id: "c",
        leadershipId: "l",
        purpose: "Att skapa en sömlös helhet för invånarna.",
        why: "  \n\t",
        vision: "",
        principles: ["", "Vi lyssnar på varandra."],
        tasks: ["   "],
        answers: { "q-chair": "Roterar årsvis mellan huvudmännen.", "q-local-vision": " " },
      })
      .build();
    const answer = getCharterCompleteness(ws, "l");
    const answered = answer.items
      .filter((item) => item.answered)
      .map((item) => (item.kind === "section" ? item.section : item.questionId));
    expect(answered).toEqual(["purpose", "principles", "q-chair"]);
    expect(answer).toMatchObject({ charterId: "c", status: "warning", answeredCount: 3, total: 10, ratio: 0.3 });
    expect(answer.items.find((item) => !item.answered)?.reason).toBe("charter_item_open");
  });

  it("reports a complete charter as ok with ratio 1", () => {
    const ws = leadership()
      .charter({
        id: "c",
        leadershipId: "l",
        purpose: "a",
        why: "b",
        vision: "c",
        principles: ["d"],
        tasks: ["e"],
        meetingStructure: "f",
        followUpPlan: "g",
        answers: { "q-local-vision": "h", "q-chair": "i", "q-co-opted": "j" },
      })
      .build();
    expect(getCharterCompleteness(ws, "l")).toMatchObject({ status: "ok", answeredCount: 10, ratio: 1 });
  });

  it("uses the charter adopted last when a leadership has several, whatever their order", () => {
    const builder = leadership()
      .charter({ id: "new", leadershipId: "l", adoptedAt: "2025-02-01", purpose: "ny" })
      .charter({ id: "old", leadershipId: "l", adoptedAt: "2023-02-01" })
      .charter({ id: "undated", leadershipId: "l" });
    expect(getCharterCompleteness(builder.build(), "l").charterId).toBe("new");
  });

  it("throws for an unknown leadership", () => {
    expect(() => getCharterCompleteness(leadership().build(), "nope")).toThrow(/nope/);
  });
});
