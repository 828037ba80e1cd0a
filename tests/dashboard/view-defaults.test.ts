/**
 * What the dashboard's pages open on, read from the workspace (examples/dashboard/src/views/defaults.ts): for every
 * bundled county the choice is one of its own, and on Dalarna's sample it is what the pages showed when the ids were
 * written in (a partly written charter, the forum whose last meeting awaits its notes, the regional plan, a local leadership
 * checking in on its own plan).
 */
import { getReportingLeadershipIds } from "@systemledning/core/plan";
import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
import { getCharterCompleteness } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace, DALARNA_REGIONAL_PLAN_ID } from "@systemledning/core/profiles/dalarna";
import { describe, expect, it } from "vitest";
import {
  defaultCheckInLeadership,
  defaultMeetingForum,
  defaultPlan,
  defaultWorkbookLeadership,
  workbookLeaderships,
} from "../../examples/dashboard/src/views/defaults.js";

const countyAsOf = (id: string) => BUNDLED_COUNTIES.find((county) => county.id === id)?.sampleAsOf ?? "";

async function workspaceOf(id: string): Promise<Workspace> {
  const county = await loadBundledCounty(id);
  if (county === undefined) throw new Error(`${id} did not load`);
  return county.workspace;
}

const reportingOf = (workspace: Workspace) =>
  workspace.leaderships.filter((l) =>
    workspace.plans.some((p) => p.status !== "draft" && getReportingLeadershipIds(p).includes(l.id)),
  );

describe("each page's first choice is the workspace's own", () => {
  it.each(BUNDLED_COUNTIES.map((county) => [county.id]))("%s", async (id) => {
    const workspace = await workspaceOf(id);
    const offered = workbookLeaderships(workspace);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((l) => l.id)).toContain(defaultWorkbookLeadership(workspace, offered));
    const forum = defaultMeetingForum(workspace, countyAsOf(id));
    if (workspace.forums.length > 0) expect(workspace.forums.map((f) => f.id)).toContain(forum);
    const plan = defaultPlan(workspace);
    if (workspace.plans.length === 0) expect(plan).toBeUndefined();
    else expect(workspace.plans.map((p) => p.id)).toContain(plan);
  });
});

describe("on Dalarna's sample", () => {
  const workspace = createDalarnaSampleWorkspace();

  it("the workbook opens on the partly written charter nearest half answered", () => {
    const chosen = defaultWorkbookLeadership(workspace, workbookLeaderships(workspace));
    const ratio = (id: string) => getCharterCompleteness(workspace, id).ratio ?? 0;
    const partial = workbookLeaderships(workspace).filter((l) => ratio(l.id) > 0 && ratio(l.id) < 1);
    expect(partial.length).toBeGreaterThan(1);
    expect(chosen).toBeDefined();
    for (const other of partial)
      expect(Math.abs(ratio(chosen ?? "") - 0.5)).toBeLessThanOrEqual(Math.abs(ratio(other.id) - 0.5));
    expect(workspace.leaderships.find((l) => l.id === chosen)?.name).toBe("Lokal systemledning Mora");
  });

  it("the workbook offers every leadership when none is local", () => {
    const regionalOnly = { ...workspace, leaderships: workspace.leaderships.filter((l) => l.level !== "local") };
    expect(workbookLeaderships(regionalOnly)).toEqual(regionalOnly.leaderships);
  });

  it("the meetings page opens on the forum of the latest meeting held and not yet approved", () => {
    const forum = defaultMeetingForum(workspace, "2026-05-13");
    const waiting = workspace.meetings.filter(
      (m) => (m.status === "held" || m.status === "notes-in-review") && m.start.slice(0, 10) <= "2026-05-13",
    );
    expect(waiting.length).toBeGreaterThan(1);
    const latest = waiting.reduce((a, b) => (a.start > b.start ? a : b));
    expect(forum).toBe(latest.forumId);
    expect(workspace.forums.find((f) => f.id === forum)?.name).toBe("Systemledning Västerbergslagen");
  });

  it("without a meeting awaiting its notes, the forum with the most meetings in the year, then at all", () => {
    const noneWaiting = { ...workspace, meetings: workspace.meetings.filter((m) => m.status === "approved") };
    const count = (id: string, year: string) =>
      noneWaiting.meetings.filter((m) => m.forumId === id && m.start.startsWith(year)).length;
    const in2025 = defaultMeetingForum(noneWaiting, "2025-12-31");
    for (const other of noneWaiting.forums)
      expect(count(in2025, "2025")).toBeGreaterThanOrEqual(count(other.id, "2025"));
    expect(count(in2025, "2025")).toBeGreaterThan(0);
    const in1990 = defaultMeetingForum(noneWaiting, "1990-06-01");
    const total = (id: string) => noneWaiting.meetings.filter((m) => m.forumId === id).length;
    for (const other of noneWaiting.forums) expect(total(in1990)).toBeGreaterThanOrEqual(total(other.id));
  });

  it("the follow-up opens on the regional plan, and the check-ins on a local leadership with a plan of its own", () => {
    expect(defaultPlan(workspace)).toBe(DALARNA_REGIONAL_PLAN_ID);
    const leadership = defaultCheckInLeadership(reportingOf(workspace), workspace.plans);
    const chosen = workspace.leaderships.find((l) => l.id === leadership);
    expect(chosen?.level).toBe("local");
    expect(workspace.plans.some((p) => p.leadershipId === leadership && p.status !== "draft")).toBe(true);
  });

  it("an empty workspace has no first choices, and nothing throws", () => {
    const empty = { ...workspace, leaderships: [], forums: [], meetings: [], plans: [] };
    expect(defaultWorkbookLeadership(empty, workbookLeaderships(empty))).toBeUndefined();
    expect(defaultMeetingForum(empty, "2026-05-13")).toBe("");
    expect(defaultPlan(empty)).toBeUndefined();
    expect(defaultCheckInLeadership([], [])).toBeUndefined();
  });
});
