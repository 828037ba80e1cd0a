/**
 * Bad input, at the door (`safeParseWorkspace`) and through the commands: each case is refused with its
 * exact path, a stable code and a Swedish and English message; the input workspace is never changed.
 */
import { describe, expect, it } from "vitest";
import {
  addAssessmentRound,
  removeAssessmentResponse,
  replaceAssessmentResponse,
  submitAssessmentResponse,
  type AssessmentResponse,
} from "@systemledning/core/assessment";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

const fresh = (): Workspace => structuredClone(createDalarnaSampleWorkspace());
const ws = deepFreeze(fresh());

/** The issues the door reports for a workspace changed by `change`. */
function doorIssues(change: (w: Workspace) => void): { path: string; code: string; sv: string; en: string }[] {
  const w = fresh();
  change(w);
  const result = safeParseWorkspace(w);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path, code: i.code, sv: i.message.sv, en: i.message.en }));
}

const responseIndex = (w: Workspace, id: string): number => w.assessmentResponses.findIndex((r) => r.id === id);

describe("the door (validateAssessmentReferences and the schemas)", () => {
  it("accepts the Dalarna sample, whose declared maximum is a finding and not an error", () => {
    expect(doorIssues(() => undefined)).toEqual([]);
  });

  it.each([
    [
      "a value outside the scale",
      (w: Workspace) => (w.assessmentResponses[0]!.answers["nara-for-mig"] = 6),
      'assessmentResponses[0].answers["nara-for-mig"]',
      "value_outside_scale",
    ],
    [
      "a value between steps",
      (w: Workspace) => (w.assessmentResponses[0]!.answers["nara-for-mig"] = 3.5),
      'assessmentResponses[0].answers["nara-for-mig"]',
      "value_outside_scale",
    ],
    [
      "don't know where the instrument has none",
      (w: Workspace) => (w.assessmentResponses[0]!.answers["nara-for-mig"] = "dont-know"),
      'assessmentResponses[0].answers["nara-for-mig"]',
      "dont_know_not_allowed",
    ],
    [
      "an item not in the instrument",
      (w: Workspace) => (w.assessmentResponses[0]!.answers["nara-i-sverige"] = 3),
      'assessmentResponses[0].answers["nara-i-sverige"]',
      "item_not_in_instrument",
    ],
    [
      "a free text for an item not in the instrument",
      (w: Workspace) => (w.assessmentResponses[0]!.freeTexts["x"] = "text"),
      "assessmentResponses[0].freeTexts.x",
      "item_not_in_instrument",
    ],
    [
      "a leadership not asked in the round",
      (w: Workspace) => (w.assessmentResponses[0]!.leadershipId = "ls-regional"),
      "assessmentResponses[0].leadershipId",
      "leadership_not_asked",
    ],
    [
      "a leadership that does not exist",
      (w: Workspace) => (w.assessmentResponses[0]!.leadershipId = "ls-nowhere"),
      "assessmentResponses[0].leadershipId",
      "dangling_reference",
    ],
    [
      "a response to a round that does not exist",
      (w: Workspace) => (w.assessmentResponses[0]!.roundId = "nope"),
      "assessmentResponses[0].roundId",
      "dangling_reference",
    ],
    [
      "a round with an instrument version the profile lacks",
      (w: Workspace) => (w.assessmentRounds[0]!.instrumentVersion = 2),
      "assessmentRounds[0].instrumentVersion",
      "unknown_instrument",
    ],
    [
      "a round with an unknown instrument",
      (w: Workspace) => (w.assessmentRounds[0]!.instrumentId = "okand"),
      "assessmentRounds[0].instrumentId",
      "unknown_instrument",
    ],
    [
      "a round asking an unknown leadership",
      (w: Workspace) => w.assessmentRounds[0]!.leadershipIds.push("ls-nowhere"),
      "assessmentRounds[0].leadershipIds[13]",
      "dangling_reference",
    ],
    [
      "a round asking a leadership twice",
      (w: Workspace) => w.assessmentRounds[0]!.leadershipIds.push("ls-falun"),
      "assessmentRounds[0].leadershipIds[13]",
      "duplicate_value",
    ],
    [
      "a round that closes before it opens",
      (w: Workspace) => (w.assessmentRounds[0]!.closesAt = "2023-01-01"),
      "assessmentRounds[0].closesAt",
      "invalid_period",
    ],
    [
      "an item tied to a goal that does not exist",
      (w: Workspace) => (w.profile.assessment!.instruments[0]!.items[0]!.goalId = "nara-for-ingen"),
      "profile.assessment.instruments[0].items[0].goalId",
      "dangling_reference",
    ],
    [
      "a scale whose labels do not match its values",
      (w: Workspace) => w.profile.assessment!.instruments[0]!.scale.steps.pop(),
      "profile.assessment.instruments[0].scale.steps",
      "scale_steps",
    ],
    [
      "a scale with steps out of order",
      (w: Workspace) => (w.profile.assessment!.instruments[0]!.scale.steps[1]!.value = 7),
      "profile.assessment.instruments[0].scale.steps[1].value",
      "scale_step_order",
    ],
    [
      "an instrument version listed twice",
      (w: Workspace) => w.profile.assessment!.instruments.push(structuredClone(w.profile.assessment!.instruments[0]!)),
      "profile.assessment.instruments[2].version",
      "duplicate_instrument_version",
    ],
  ])("refuses %s", (_name, change, path, code) => {
    const issues = doorIssues(change);
    expect(issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
    const issue = issues.find((i) => i.path === path && i.code === code)!;
    expect(issue.sv.length).toBeGreaterThan(10);
    expect(issue.en.length).toBeGreaterThan(10);
  });

  it("refuses a second response from the same leadership and grouping, pointing at the first", () => {
    const issues = doorIssues((w) => {
      const i = responseIndex(w, "sa2025-vasterbergslagen-smedjebacken");
      w.assessmentResponses[i]!.grouping = "Ludvika";
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("duplicate_grouping");
    expect(issues[0]!.sv).toContain("Ludvika");
  });

  it("refuses a free text where the item takes none, and a named respondent in an event poll", () => {
    const issues = doorIssues((w) => {
      w.profile.assessment!.instruments[1]!.items[0]!.freeText = false;
      const poll = w.assessmentResponses.find((r) => r.roundId === "systemledningsdagen-2025-rustad")!;
      poll.leadershipId = "ls-falun";
      w.assessmentRounds.find((r) => r.kind === "event-poll")!.leadershipIds.push("ls-mora");
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      "free_text_not_allowed",
      "free_text_not_allowed",
      "free_text_not_allowed",
      "poll_leaderships_listed",
      "poll_respondent_named",
    ]);
  });

  it("refuses a self-assessment response that names no leadership", () => {
    const issues = doorIssues((w) => delete w.assessmentResponses[0]!.leadershipId);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["assessmentResponses[0].leadershipId", "leadership_required"],
    ]);
  });
});

const newResponse = (overrides: Partial<AssessmentResponse> = {}): AssessmentResponse => ({
  id: "sa2025-borlange",
  roundId: "sjalvskattning-2025",
  leadershipId: "ls-borlange",
  submittedAt: "2025-11-13T10:00:00+01:00",
  answers: { "nara-for-mig": 3, "nara-till-halsa": 4 },
  freeTexts: { "nara-for-mig": "Sent men glatt." },
  ...overrides,
});

function issuesOf(result: ReturnType<typeof submitAssessmentResponse>): [string, string][] {
  return result.ok ? [] : result.error.issues.map((i) => [i.path, i.code]);
}

describe("submitAssessmentResponse", () => {
  it("adds a valid response to a new workspace, leaving the input unchanged", () => {
    const result = submitAssessmentResponse(ws, newResponse());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.assessmentResponses).toHaveLength(ws.assessmentResponses.length + 1);
    expect(safeParseWorkspace(result.value).success).toBe(true);
  });

  it.each([
    [
      "a value outside the scale",
      newResponse({ answers: { "nara-for-mig": 0 } }),
      'answers["nara-for-mig"]',
      "value_outside_scale",
    ],
    [
      "an item not in the instrument",
      newResponse({ answers: { "nara-i-europa": 3 } }),
      'answers["nara-i-europa"]',
      "item_not_in_instrument",
    ],
    ["a leadership not asked", newResponse({ leadershipId: "ls-regional" }), "leadershipId", "leadership_not_asked"],
    [
      "a duplicate grouping",
      newResponse({ id: "ny", leadershipId: "ls-vasterbergslagen", grouping: "Ludvika" }),
      "grouping",
      "duplicate_grouping",
    ],
    ["a response id already used", newResponse({ id: "sa2025-falun" }), "id", "duplicate_id"],
    ["an unknown round", newResponse({ roundId: "sjalvskattning-1999" }), "roundId", "dangling_reference"],
    ["a malformed instant", { ...newResponse(), submittedAt: "igår" }, "submittedAt", "invalid_format"],
    ["an unknown field", { ...newResponse(), points: 5 }, "points", "unknown_field"],
  ])("refuses %s with its path", (_name, input, path, code) => {
    expect(issuesOf(submitAssessmentResponse(ws, input))).toContainEqual([path, code]);
  });

  it("refuses a whole leadership answering again without a grouping", () => {
    const result = submitAssessmentResponse(ws, newResponse({ id: "falun-igen", leadershipId: "ls-falun" }));
    expect(issuesOf(result)).toEqual([["grouping", "duplicate_grouping"]]);
    if (!result.ok) expect(result.error.issues[0]!.message.sv).toContain("utan gruppering");
  });
});

describe("replaceAssessmentResponse and removeAssessmentResponse", () => {
  it("replaces a response in place, keeping its grouping free for itself", () => {
    const old = ws.assessmentResponses.find((r) => r.id === "sa2025-falun")!;
    const result = replaceAssessmentResponse(ws, { ...structuredClone(old), answers: { "nara-for-mig": 5 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const position = responseIndex(ws, "sa2025-falun");
    expect(result.value.assessmentResponses[position]!.answers).toEqual({ "nara-for-mig": 5 });
    expect(ws.assessmentResponses[position]!.answers["nara-for-mig"]).toBe(3);
  });

  it("refuses to replace an unknown response, or to move it onto another's grouping", () => {
    expect(issuesOf(replaceAssessmentResponse(ws, newResponse({ id: "saknas" })))).toEqual([
      ["id", "dangling_reference"],
    ]);
    const smedjebacken = structuredClone(
      ws.assessmentResponses.find((r) => r.id === "sa2025-vasterbergslagen-smedjebacken")!,
    );
    expect(issuesOf(replaceAssessmentResponse(ws, { ...smedjebacken, grouping: "Ludvika" }))).toEqual([
      ["grouping", "duplicate_grouping"],
    ]);
  });

  it("removes a response by id and refuses an unknown id", () => {
    const result = removeAssessmentResponse(ws, "sa2025-falun");
    expect(result.ok && result.value.assessmentResponses.length).toBe(ws.assessmentResponses.length - 1);
    expect(issuesOf(removeAssessmentResponse(ws, "saknas"))).toEqual([["responseId", "dangling_reference"]]);
  });
});

describe("addAssessmentRound", () => {
  const round2026 = {
    id: "sjalvskattning-2026",
    kind: "self-assessment",
    instrumentId: "dalarna-sjalvskattning",
    instrumentVersion: 1,
    title: "Självskattning 2026",
    period: { from: "2026-01-01", to: "2026-12-31" },
    leadershipIds: ["ls-falun", "ls-mora"],
    opensAt: "2026-09-01",
    closesAt: "2026-10-31",
  };

  it("adds a valid round", () => {
    const result = addAssessmentRound(ws, round2026);
    expect(result.ok && result.value.assessmentRounds.at(-1)!.id).toBe("sjalvskattning-2026");
  });

  it.each([
    ["an id already used", { ...round2026, id: "sjalvskattning-2025" }, "id", "duplicate_id"],
    [
      "an unknown instrument version",
      { ...round2026, instrumentVersion: 3 },
      "instrumentVersion",
      "unknown_instrument",
    ],
    [
      "an unknown leadership",
      { ...round2026, leadershipIds: ["ls-falun", "ls-x"] },
      "leadershipIds[1]",
      "dangling_reference",
    ],
    ["leaderships in an event poll", { ...round2026, kind: "event-poll" }, "leadershipIds", "poll_leaderships_listed"],
    ["an unknown meeting", { ...round2026, meetingId: "mote-x" }, "meetingId", "dangling_reference"],
    [
      "a period that ends before it starts",
      { ...round2026, period: { from: "2026-12-31", to: "2026-01-01" } },
      "period.to",
      "invalid_period",
    ],
  ])("refuses %s", (_name, input, path, code) => {
    expect(issuesOf(addAssessmentRound(ws, input))).toContainEqual([path, code]);
  });
});
