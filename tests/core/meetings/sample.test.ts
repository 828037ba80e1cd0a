import { describe, expect, it } from "vitest";
import {
  appendToLog,
  checkAllMeetingsCompliance,
  getForumCompliance,
  getMeetingQuorum,
  planMeetings,
  verifyLog,
  type UnsealedLogEntry,
} from "@systemledning/core/meetings";
import { parseWorkspace } from "@systemledning/core/workspace";
import {
  DALARNA_SAMPLE_AS_OF,
  createDalarnaSampleWorkspace,
  dalarnaProfile,
} from "@systemledning/core/profiles/dalarna";

const ws = createDalarnaSampleWorkspace();

describe("the Dalarna sample's meetings", () => {
  it("passes the door", () => {
    expect(parseWorkspace(structuredClone(ws)).meetings).toHaveLength(ws.meetings.length);
  });

  it("has a decisions log that verifies, with its precomputed hashes up to date", async () => {
    const result = await verifyLog(ws.decisionLog, { anchor: "unanchored" });
    if (!result.valid) {
      const unsealed = ws.decisionLog.map(
        ({ sequence: _s, previousHash: _p, hash: _h, ...rest }) => rest as UnsealedLogEntry,
      );
      const fresh = await appendToLog([], unsealed);
      // The entries' hashes to write into packages/core/counties/dalarna/sample.json's decisionLog.
      console.log(
        `DALARNA_SAMPLE_LOG_HASHES = ${JSON.stringify(
          fresh.map((e) => e.hash),
          null,
          2,
        )}`,
      );
    }
    expect(result.issues).toEqual([]);
    expect(result.entries).toBeGreaterThan(10);
  });

  it("holds the real 2025 timeline of LCHNV, VfR and SCHNV from the annual report's Bilaga 2", () => {
    const timeline = ws.meetings
      .filter((m) => ["f-lchnv", "f-vfr", "f-schnv"].includes(m.forumId))
      .map((m) => `${m.forumId} ${m.start.slice(0, 10)} ${m.agenda.map((i) => `${i.kind}:${i.title}`).join(" | ")}`);
    expect(timeline).toEqual([
      "f-lchnv 2025-02-07 information:ny stadsbidragsförordning | workshop:Regional systemlednings roll och uppdrag",
      "f-lchnv 2025-03-14 decision:prioriterat område 2025: sköra äldre | decision:uppdrag Regional handlingsplan | decision:Lokal Praktikutveckling (LPU) som stöd i omställningsarbetet",
      "f-lchnv 2025-05-15 decision:representant till LPU | report:Årsrapport och infografik 2024",
      "f-lchnv 2025-09-26 information:uppdrag Regional handlingsplan och kommande Systemledningsdag",
      "f-lchnv 2025-11-21 information:aktuellt läge uppdrag Regional handlingsplan",
      "f-vfr 2025-02-13 workshop:Regional systemlednings roll och uppdrag",
      "f-vfr 2025-06-12 report:Årsrapport och infografik 2024 | information:Nationell utveckling av nära vård",
      "f-vfr 2025-09-11 information:Systemledningsdag",
      "f-vfr 2025-11-20 information:Återkoppling Systemledningsdag",
      "f-schnv 2025-03-07 information:Gemensam finansiering av regionala insatser med stöd av kommunernas medel enligt överenskommelse god och nära vård",
      "f-schnv 2025-12-12 information:God och nära vård – återbetalning för utbetalda medel som inte använts | decision:Årlig uppföljning av God och nära vård",
    ]);
  });

  it("has local meetings in every lifecycle state", () => {
    const states = new Set(
      ws.meetings
        .filter((m) => !m.forumId.startsWith("f-lchnv") && !["f-vfr", "f-schnv"].includes(m.forumId))
        .map((m) => m.status),
    );
    expect([...states].sort()).toEqual(["approved", "cancelled", "held", "notes-in-review", "notice-sent", "planned"]);
  });

  it("gives the secretary's findings on the reference day: the late notice, the late notes, the meeting without quorum", () => {
    const findings = checkAllMeetingsCompliance(ws, { asOf: DALARNA_SAMPLE_AS_OF }).flatMap((c) =>
      c.findings.map((f) => `${c.meetingId} ${f.code}`),
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        "mt-schnv-2025-12-12 notice_late",
        "mt-falun-2026-04-09 notes_late",
        "mt-vasterbergslagen-2026-03-12 no_quorum",
        "mt-vfr-2025-11-20 mode_differs",
      ]),
    );
    expect(getMeetingQuorum(ws, "mt-lchnv-2025-03-14").quorate).toBe(true);
  });

  it("has rules for the regional forums with the frequencies of the domain model", () => {
    const rules = dalarnaProfile.meetings!.forums;
    expect(rules["f-lchnv"]!.meetingsPerYear).toEqual({ min: 5, max: 7 });
    expect(rules["f-schnv"]!.meetingsPerYear).toEqual({ min: 9, max: 10 });
    expect(rules["f-vfr"]!.meetingsPerYear).toEqual({ min: 5, max: 6 });
    for (const forumId of ["f-lchnv", "f-schnv", "f-vfr", "f-falun"])
      expect(planMeetings(ws, forumId, { year: 2026 }).withinTarget).toBe(true);
    expect(planMeetings(ws, "f-falun", { year: 2026 }).meetings.map((m) => m.date.slice(5, 7))).not.toContain("07");
  });

  it("reports LCHNV's year 2025: meetings, decisions and attendance", () => {
    const c = getForumCompliance(ws, "f-lchnv", { from: "2025-01-01", to: "2025-12-31" });
    expect(c.held).toBe(5);
    expect(c.decisions.map((d) => d.diarienummer)).toEqual([
      "RSS 2025/14",
      "RSS 2025/15",
      "RSS 2025/17",
      "RSS 2025/31",
    ]);
    expect(c.principals.every((p) => p.rate !== null && p.rate > 0.5)).toBe(true);
  });
});
