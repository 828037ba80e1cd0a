/**
 * The Dalarna sample's timeline against Bilaga 2 of the *Regional årsrapport 2025 – God och nära vård i
 * Dalarna* (the fixture of its two tables, which the sources check reads from the report and compares): the
 * agenda items, meetings and decisions of LCHNV, VfR and SCHNV in 2025 by day and kind, and the regional
 * activities of 2025 with their audience, purpose and the remark about the autumn.
 */
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace, DALARNA_EVENT_IDS, dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import { getTimeline, getTimelineBounds, groupTimeline, type TimelineItem } from "@systemledning/core/timeline";
import { BILAGA_2_ACTIVITIES, BILAGA_2_ITEMS } from "../../fixtures/sources/index.js";

const ws = createDalarnaSampleWorkspace();
const YEAR_2025 = { from: "2025-01-01", to: "2025-12-31" } as const;
const forumIdOf = new Map(ws.forums.map((f) => [f.shortName ?? f.name, f.id] as const));
const shortNameOf = new Map(ws.forums.map((f) => [f.id, f.shortName ?? f.name] as const));
/** The table's rows: forum, day, kind and title. */
const tableItems = BILAGA_2_ITEMS.map(({ forum, date, kind, title }) => ({ forum, date, kind, title }));
const tableForums = [...new Set(tableItems.map((row) => row.forum))];
const tableForumIds = tableForums.map((name) => forumIdOf.get(name)!);

const row = (item: TimelineItem) => ({
  forum: shortNameOf.get(item.forumId!)!,
  date: item.date,
  kind: item.agendaKind!,
  title: item.title,
});
const countBy = (keys: readonly string[]): Record<string, number> =>
  keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});

describe("getTimeline on the Dalarna sample (the annual report's Bilaga 2)", () => {
  it("compares with the table's three forums and 17 agenda items", () => {
    expect(tableForums).toEqual(["LCHNV", "VfR", "SCHNV"]);
    expect(tableItems).toHaveLength(17);
    expect(tableForumIds.every((id) => id !== undefined)).toBe(true);
  });

  it("gives the agenda items of LCHNV, VfR and SCHNV in 2025 exactly as the table has them: forum, day, kind and title, in agenda order", () => {
    const items = getTimeline(ws, { ...YEAR_2025, forumIds: tableForumIds, kinds: ["agenda-item"] });
    const byForum = groupTimeline(ws, items, { by: "forum" });
    expect(byForum.map((group) => group.key)).toEqual(tableForumIds);
    expect(byForum.flatMap((group) => group.items.map(row))).toEqual(tableItems);
  });

  it("starts with LCHNV's meeting of 7 February: information on the new ordinance, then the workshop", () => {
    const items = getTimeline(ws, { ...YEAR_2025, forumIds: [forumIdOf.get("LCHNV")!] });
    expect(items.slice(0, 3).map((i) => [i.date, i.kind, i.agendaKind, i.title])).toEqual([
      ["2025-02-07", "meeting", null, "Länschefsnätverket"],
      ["2025-02-07", "agenda-item", "information", "ny stadsbidragsförordning"],
      ["2025-02-07", "agenda-item", "workshop", "Regional systemlednings roll och uppdrag"],
    ]);
    expect(items[0]?.agenda.map((a) => a.kind)).toEqual(["information", "workshop"]);
  });

  it("has one meeting on each day the table names for a forum, and no other meeting of those forums in 2025", () => {
    const meetings = getTimeline(ws, { ...YEAR_2025, forumIds: tableForumIds, kinds: ["meeting"] });
    const expected = [...new Set(tableItems.map((r) => `${r.forum} ${r.date}`))].sort();
    expect(meetings.map((m) => `${shortNameOf.get(m.forumId!)} ${m.date}`).sort()).toEqual(expected);
    expect(meetings.every((m) => m.status === "approved" && m.start !== null && m.leadershipId === "ls-regional")).toBe(
      true,
    );
  });

  it("has the decisions of the log on the days of the table's Beslut items: LCHNV three on 14 March and one on 15 May, SCHNV one on 12 December", () => {
    const decisions = getTimeline(ws, { ...YEAR_2025, forumIds: tableForumIds, kinds: ["decision"] });
    const key = (forum: string, date: string) => `${forum} ${date}`;
    expect(countBy(decisions.map((d) => key(shortNameOf.get(d.forumId!)!, d.date)))).toEqual(
      countBy(tableItems.filter((r) => r.kind === "decision").map((r) => key(r.forum, r.date))),
    );
    expect(countBy(decisions.map((d) => key(shortNameOf.get(d.forumId!)!, d.date)))).toEqual({
      "LCHNV 2025-03-14": 3,
      "LCHNV 2025-05-15": 1,
      "SCHNV 2025-12-12": 1,
    });
    for (const decision of decisions) {
      const entry = ws.decisionLog.find((e) => e.id === decision.source.id);
      expect(entry?.kind).toBe("decision");
      expect(entry?.kind === "decision" ? entry.decision.diarienummer : undefined).toBe(
        decision.status === "corrected" ? "RSS 2025/16" : (decision.diarienummer ?? undefined),
      );
      expect(decision.id).toBe(`decision:${decision.source.id}`);
      // Titled as Bilaga 2 lists the decision: by its agenda item, in the report's own words.
      expect(
        tableItems.filter((r) => r.kind === "decision" && r.date === decision.date).map((r) => r.title.toLowerCase()),
      ).toContain(decision.title.toLowerCase());
    }
  });

  it("shows the corrected LPU decision once, as corrected, with the corrected diarienummer and its source the entry the correction names", () => {
    const decisions = getTimeline(ws, { kinds: ["decision"] }).filter((d) =>
      d.description?.includes("Lokal Praktikutveckling"),
    );
    expect(decisions).toHaveLength(1);
    const [lpu] = decisions;
    const correction = ws.decisionLog.find((e) => e.kind === "correction")!;
    const correctedId = correction.kind === "correction" ? correction.correctsId : "";
    const corrected = ws.decisionLog.findIndex((e) => e.id === correctedId);
    expect(lpu).toMatchObject({
      id: `decision:${correctedId}`,
      status: "corrected",
      diarienummer: "RSS 2025/17",
      source: { collection: "decisionLog", id: correctedId, path: `decisionLog[${corrected}]` },
    });
    expect(ws.decisionLog[corrected]?.kind === "decision" && ws.decisionLog[corrected].decision.diarienummer).toBe(
      "RSS 2025/16",
    );
    const others = getTimeline(ws, { kinds: ["decision"] }).filter((d) => d !== lpu && d.id !== lpu?.id);
    expect(others.every((d) => d.status === "approved")).toBe(true);
  });

  it("has the regional activities of 2025 on exactly the table's days, with no national SKR activity (the report gives them no dates)", () => {
    const events = getTimeline(ws, { ...YEAR_2025, kinds: ["event"] });
    const expected = BILAGA_2_ACTIVITIES.flatMap((a) => a.dates.map((date) => `${date} ${a.activity}`));
    expect(events.map((e) => `${e.date} ${e.title}`)).toEqual([...expected].sort());
    expect(events.every((e) => e.eventScope === "regional" && e.start === null)).toBe(true);
    expect(getTimeline(ws, { ...YEAR_2025, eventScopes: ["national"], kinds: ["event"] })).toEqual([]);
  });

  it("words each activity's audience, purpose and remark as the table does, adding nothing and leaving nothing out", () => {
    for (const activity of BILAGA_2_ACTIVITIES) {
      for (const date of activity.dates) {
        const event = ws.events.find((e) => e.title === activity.activity && e.date === date)!;
        let rest = activity.audienceAndPurpose;
        // The notes hold the cell's sentences on how the meetings are held and, last, the "När" remark.
        for (const part of [event.audience, event.purpose, ...(event.notes ?? "").split(/(?<=\.) /u)]) {
          if (part === undefined || part === "" || (activity.whenNote !== "" && part.startsWith(activity.whenNote)))
            continue;
          expect(rest).toContain(part);
          rest = rest.replace(part, "");
        }
        expect(rest.replace("Målgrupp:", "").replace("Syfte och mål:", "").trim()).toBe("");
        if (activity.whenNote !== "") expect(event.notes).toContain(activity.whenNote);
      }
    }
  });

  it("tells that the regional network had no autumn meeting because of the Systemledningsdag, and that the information forums were digital and open to all", () => {
    const [network] = getTimeline(ws, { kinds: ["event"], search: "regionalt nätverk", to: "2025-12-31" });
    expect(network?.id).toBe(`event:${DALARNA_EVENT_IDS.regionalNetwork2025}`);
    expect(network?.note).toContain("Inget möte under hösten-25 med hänvisning till Systemledningsdagen");
    const forums = getTimeline(ws, { ...YEAR_2025, kinds: ["event"] }).filter(
      (e) => e.eventKind === "information-forum",
    );
    expect(forums.map((f) => [f.date, f.mode, f.leadershipIds])).toEqual([
      ["2025-04-29", "digital", []],
      ["2025-10-07", "digital", []],
    ]);
    expect(ws.events.find((e) => e.id === DALARNA_EVENT_IDS.informationForumSpring2025)?.audience).toBe(
      "Digitalt forum, öppet för alla.",
    );
  });

  it("puts the Systemledningsdag 2025 in the lane of the regional and every local leadership", () => {
    const lanes = groupTimeline(ws, getTimeline(ws, { ...YEAR_2025, kinds: ["event"] }), { by: "leadership" });
    const day = `event:${DALARNA_EVENT_IDS.leadershipDay2025}`;
    const withDay = lanes.filter((lane) => lane.items.some((i) => i.id === day)).map((lane) => lane.key);
    expect(withDay).toEqual(ws.leaderships.map((l) => l.id));
  });

  it("says in the profile's notes which events are the report's and which are sample data", () => {
    const note = dalarnaProfile.notes?.find((n) => n.sv.includes("Regionalt informationsforum"));
    expect(note?.sv).toContain("Bilaga 2");
    expect(note?.sv).toContain("exempeldata");
    expect(note?.en).toContain("SKR's national forums have no dates in the report");
  });
});

describe("getTimeline, groupTimeline and getTimelineBounds as the README's Timeline section shows them", () => {
  it("gives the figures the README prints for LCHNV's 2025 and the forums' lanes", () => {
    const items = getTimeline(ws, { from: "2025-01-01", to: "2025-12-31", forumIds: ["f-lchnv"] });
    expect(items).toHaveLength(18);
    expect(countBy(items.map((i) => i.kind))).toEqual({ meeting: 5, "agenda-item": 9, decision: 4 });
    expect(
      items
        .filter((i) => i.kind === "agenda-item")
        .slice(0, 2)
        .map((i) => `${i.date} ${i.agendaKind}: ${i.title}`),
    ).toEqual([
      "2025-02-07 information: ny stadsbidragsförordning",
      "2025-02-07 workshop: Regional systemlednings roll och uppdrag",
    ]);
    expect(items.filter((i) => i.kind === "decision" && i.date === "2025-03-14")).toHaveLength(3);
    expect(items.find((i) => i.status === "corrected")?.diarienummer).toBe("RSS 2025/17");
    const lanes = groupTimeline(ws, getTimeline(ws, { from: "2025-01-01", to: "2025-12-31" }), { by: "forum" });
    expect(lanes.map((lane) => `${lane.label}: ${lane.items.length}`)).toEqual([
      "Länschefsnätverket: 18",
      "Välfärdsrådet: 9",
      "Socialchefsnätverket: 6",
      "Utan forum: 24",
    ]);
    expect(getTimeline(ws, { kinds: ["event"], to: "2025-12-31" }).map((e) => `${e.date} ${e.title}`)).toEqual([
      "2025-04-29 Regionalt informationsforum",
      "2025-05-06 Regionalt nätverk",
      "2025-10-07 Regionalt informationsforum",
      "2025-11-13 Systemledningsdag",
    ]);
    expect(getTimelineBounds(items)).toEqual({ first: "2025-02-07", last: "2025-11-21" });
  });
});
