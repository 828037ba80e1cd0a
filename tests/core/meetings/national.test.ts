import { describe, expect, it } from "vitest";
import { verifyLog } from "@systemledning/core/meetings";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { addNationalDecisionLog, addNationalMeetings } from "../../fixtures/national-meetings.js";

describe("addNationalMeetings and addNationalDecisionLog", () => {
  it("make a valid national workspace with the wanted number of meetings and a verified log, the same for the same seed", async () => {
    const base = createNationalWorkspace({ seed: 20261122, counties: ["20", "08"] });
    const ws = await addNationalDecisionLog(addNationalMeetings(base, { seed: 20261122, meetings: 400 }), {
      entries: 300,
    });
    expect(ws.meetings).toHaveLength(400);
    expect(ws.decisionLog).toHaveLength(300);
    const parsed = safeParseWorkspace(ws);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect((await verifyLog(ws.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    expect(addNationalMeetings(base, { seed: 20261122, meetings: 400 }).meetings).toEqual(ws.meetings);
    expect(new Set(ws.meetings.map((m) => m.status)).size).toBe(4);
  });
});
