import { describe, expect, it } from "vitest";
import { getMeetingQuorum, requiredForShare, type Attendance } from "@systemledning/core/meetings";
import { ALL_PRESENT, M, TEST_RULES, meeting, meetingsWorkspace } from "./meetings-builder.js";

const held = (attendance: Attendance[]) =>
  meeting("q", "2025-03-13", { status: "held", noticeSentAt: "2025-02-20T10:00:00+01:00", attendance });
const quorumOf = (attendance: Attendance[], rules = TEST_RULES) =>
  getMeetingQuorum(meetingsWorkspace([held(attendance)], rules), "q");
const check = (attendance: Attendance[], rule: string, rules = TEST_RULES) =>
  quorumOf(attendance, rules).checks.find((c) => c.rule === rule)!;
const present = (id: string): Attendance => ({ membershipId: id, status: "present" });
const absent = (id: string): Attendance => ({ membershipId: id, status: "absent" });

describe("requiredForShare", () => {
  it("counts 'more than half' and 'at least two thirds'", () => {
    const half = { numerator: 1, denominator: 2, strictlyMore: true };
    expect([1, 2, 3, 4, 9, 10].map((n) => requiredForShare(n, half))).toEqual([1, 2, 2, 3, 5, 6]);
    const twoThirds = { numerator: 2, denominator: 3, strictlyMore: false };
    expect([3, 4, 9, 10].map((n) => requiredForShare(n, twoThirds))).toEqual([2, 3, 6, 7]);
  });
});

describe("getMeetingQuorum", () => {
  it("is quorate when everyone is present", () => {
    const q = quorumOf(ALL_PRESENT);
    expect(q.quorate).toBe(true);
    expect(q.checks.map((c) => c.rule)).toEqual(["share", "every-principal", "chair-or-vice-chair"]);
    expect(q.participants.map((p) => p.via)).toEqual(["in-person", "in-person", "in-person", "in-person"]);
  });

  it("needs more than half of the mandate holders: 2 of 4 is not enough, 3 of 4 is", () => {
    expect(check([present(M.chair), present(M.b), absent(M.vice), absent(M.a)], "share")).toMatchObject({
      met: false,
      taking: 2,
      required: 3,
      mandateHolders: 4,
    });
    expect(check([present(M.chair), present(M.b), present(M.vice), absent(M.a)], "share").met).toBe(true);
  });

  it("counts a substitute standing in for an absent member", () => {
    const q = quorumOf([
      present(M.chair),
      present(M.b),
      absent(M.vice),
      { membershipId: M.a, status: "represented", substituteMembershipId: M.subA },
    ]);
    expect(q.participants.find((p) => p.membershipId === M.a)).toMatchObject({
      via: "substitute",
      substituteMembershipId: M.subA,
    });
    expect(q.checks.find((c) => c.rule === "share")).toMatchObject({ met: true, taking: 3 });
  });

  it("does not count a substitute who came while the member came too, nor count the member twice", () => {
    const q = quorumOf([present(M.chair), absent(M.b), absent(M.vice), present(M.a), present(M.subA)]);
    expect(q.checks.find((c) => c.rule === "share")).toMatchObject({ met: false, taking: 2 });
  });

  it("does not count a member absent without substitute, and names the principal left without a mandate holder", () => {
    const q = quorumOf([present(M.chair), present(M.a), absent(M.vice), absent(M.b)]);
    expect(q.absences).toEqual([
      { membershipId: M.b, reason: "absent" },
      { membershipId: M.vice, reason: "absent" },
    ]);
    const principals = q.checks.find((c) => c.rule === "every-principal");
    expect(principals).toMatchObject({ met: false, missing: [{ key: "region:0020", name: "Region Dalarna" }] });
    expect(q.quorate).toBe(false);
  });

  it("needs the chair or the vice chair in person", () => {
    expect(check([absent(M.chair), present(M.vice), present(M.a), present(M.b)], "chair-or-vice-chair")).toMatchObject({
      met: true,
      presentMembershipIds: [M.vice],
    });
    expect(check([absent(M.chair), absent(M.vice), present(M.a), present(M.b)], "chair-or-vice-chair").met).toBe(false);
  });

  it("combines only the rules the forum has", () => {
    const shareOnly = {
      ...TEST_RULES,
      quorum: {
        share: { numerator: 1, denominator: 2, strictlyMore: true },
        everyPrincipalRepresented: false,
        chairOrViceChairPresent: false,
      },
    };
    const q = quorumOf([absent(M.chair), absent(M.vice), present(M.a), present(M.b), present(M.secretary)], shareOnly);
    expect(q.checks.map((c) => c.rule)).toEqual(["share"]);
    expect(q.quorate).toBe(false);
    const none = { ...TEST_RULES, quorum: { everyPrincipalRepresented: false, chairOrViceChairPresent: false } };
    expect(quorumOf([], none).quorate).toBe(true);
  });

  it("counts a member not in the attendance as not recorded, and members whose period ended not at all", () => {
    const q = quorumOf([present(M.chair)]);
    expect(q.absences.map((a) => a.reason)).toEqual(["not-recorded", "not-recorded", "not-recorded"]);
  });
});
