// @vitest-environment jsdom
import { checkMeetingCompliance, planMeetings, toICalendar } from "@systemledning/core/meetings";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { formatLocaleDate } from "../../../packages/react/src/i18n/format.js";
import { AnnualPlan, type AnnualPlanProps } from "../../../packages/react/src/meetings/annual-plan.js";
import { getAnnualPlanRows } from "../../../packages/react/src/meetings/plan-rows.js";
import { formatWeekdayDate } from "../../../packages/react/src/meetings/shared.js";
import {
  extraMeetingSample,
  FORUM_WITHOUT_MEETINGS,
  longTitlesSample,
  meetingsSample,
  MEETINGS_AS_OF,
  MEETINGS_NOW,
  SAMPLE_MEETINGS,
} from "../../fixtures/meeting-views.js";

const workspace = meetingsSample();
const FORUM = "f-vasterbergslagen";

let createObjectURL: MockInstance<(blob: Blob) => string>;
let downloads: string[];

beforeEach(() => {
  // jsdom has no object URLs and does not download: stand in for both, and record the file names offered.
  URL.createObjectURL = () => "";
  URL.revokeObjectURL = () => undefined;
  createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:sl-test/1");
  vi.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderPlan(props: Partial<AnnualPlanProps> = {}) {
  const user = userEvent.setup();
  const view = render(
    <AnnualPlan
      workspace={workspace}
      forumId={FORUM}
      year={2026}
      asOf={MEETINGS_AS_OF}
      now={() => MEETINGS_NOW}
      {...props}
    />,
  );
  return { user, ...view };
}

/** The meeting cards, in order. */
const cards = () => screen.getAllByRole("listitem").filter((item) => item.classList.contains("sl-meetings-card"));
const cardOf = (date: string) => cards().find((card) => card.querySelector(`h3 time[datetime="${date}"]`) !== null)!;

describe("AnnualPlan", () => {
  it("lists every meeting the rules plan, in date order, each headed by its number and day as a <time>", () => {
    renderPlan();
    const plan = planMeetings(workspace, FORUM, { year: 2026 });
    expect(screen.getByRole("heading", { level: 2, name: "Årsplan 2026" })).toBeTruthy();
    const all = cards();
    expect(all).toHaveLength(plan.meetings.length);
    all.forEach((card, index) => {
      const planned = plan.meetings[index]!;
      const heading = within(card).getByRole("heading", { level: 3 });
      expect(heading.textContent).toBe(`Möte ${index + 1} ${formatWeekdayDate(planned.date, "sv")}`);
      expect(heading.querySelector("time")?.getAttribute("datetime")).toBe(planned.date);
    });
  });

  it("gives every derived date as a <time datetime>, in the order they fall", () => {
    renderPlan();
    const plan = planMeetings(workspace, FORUM, { year: 2026 });
    cards().forEach((card, index) => {
      const planned = plan.meetings[index]!;
      const terms = within(card)
        .getAllByRole("term")
        .map((term) => term.textContent);
      expect(terms).toEqual([
        "Föranmälan av ärenden senast",
        "Beredning av dagordningen",
        "Kallelse senast",
        "Anteckningar senast",
        "Justering senast",
      ]);
      const times = within(card)
        .getAllByRole("definition")
        .map((definition) => definition.querySelector("time")!);
      const expected = [
        planned.preRegistrationDeadline,
        planned.preparationOn,
        planned.noticeDeadline,
        planned.notesDue,
        planned.approvalDue,
      ];
      expect(times.map((time) => time.getAttribute("datetime"))).toEqual(expected);
      expect(times.map((time) => time.textContent)).toEqual(expected.map((date) => formatLocaleDate(date, "sv")));
      const [start, end] = [...card.querySelectorAll(".sl-meetings-card-time time")];
      expect([start?.getAttribute("datetime"), end?.getAttribute("datetime")]).toEqual([planned.start, planned.end]);
    });
  });

  it("says why a meeting moved, with the day it moved from", () => {
    renderPlan();
    const may = cardOf("2026-05-15");
    const moved = within(may).getByText(/Kristi himmelsfärdsdag/);
    expect(moved.textContent).toBe("Flyttat från torsdag 14 maj 2026 (Kristi himmelsfärdsdag)");
    expect(moved.querySelector('time[datetime="2026-05-14"]')).not.toBeNull();
    expect(within(may).getByText("Flyttat").getAttribute("data-status")).toBe("info");
  });

  it("shows a recorded meeting's status and the core's findings in words, each with its status shape", () => {
    renderPlan();
    const march = cardOf("2026-03-12");
    expect(within(march).getByText("Genomfört").getAttribute("data-sl-meeting-status")).toBe("held");
    const compliance = checkMeetingCompliance(workspace, SAMPLE_MEETINGS.notQuorate, { asOf: MEETINGS_AS_OF });
    const items = within(march).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(
      compliance.findings.map(
        (f) => `${{ error: "Avvikelse", warning: "Bör ses över", note: "Att känna till" }[f.severity]} ${f.message.sv}`,
      ),
    );
    expect(items.map((item) => item.querySelector(".sl-status")?.getAttribute("data-status"))).toEqual([
      "missing",
      "warning",
      "warning",
    ]);
  });

  it("matches a meeting held on another day of the month to its planned date, and says so", () => {
    renderPlan();
    const may = cardOf("2026-05-15");
    const other = within(may)
      .getByText(/Annan dag:/)
      .closest("p")!;
    expect(other.querySelector('time[datetime="2026-05-07"]')?.textContent).toBe("torsdag 7 maj 2026");
  });

  it("flags a passed date without a meeting, and marks the next meeting still to come", () => {
    renderPlan();
    const january = cardOf("2026-01-08");
    expect(within(january).getByText("Inget möte registrerat för datumet").getAttribute("data-status")).toBe("warning");
    const next = cards().filter((card) => card.hasAttribute("data-sl-next"));
    expect(next).toHaveLength(1);
    // May's meeting was held on the 7th, so June's is the next to come on 13 May.
    expect(within(next[0]!).getByText("Nästa möte")).toBeTruthy();
    expect(next[0]!.querySelector("h3 time")?.getAttribute("datetime")).toBe("2026-06-11");
    expect(screen.getByText("2 planerade datum har passerat utan registrerat möte")).toBeTruthy();
  });

  it("says how many meetings the rules plan against their target, and where the rules come from", () => {
    renderPlan();
    expect(screen.getByText("11 möten planerade").getAttribute("data-status")).toBe("ok");
    expect(screen.getByText(/som anger 10–11 möten per år/)).toBeTruthy();
    expect(screen.getByText(/Länets gemensamma mötesregler/)).toBeTruthy();
    expect(
      screen
        .getByText(/Årets datum ska vara fastställda senast/)
        .querySelector("time")
        ?.getAttribute("datetime"),
    ).toBe("2025-11-15");
  });

  it("downloads the plan as iCalendar from the core, stamped with the given clock, and announces the file", async () => {
    const { user } = renderPlan();
    await user.click(screen.getByRole("button", { name: "Ladda ner årsplanen till kalendern" }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe("text/calendar;charset=utf-8");
    const text = await blob.text();
    expect(text).toBe(toICalendar(workspace, { forumId: FORUM, year: 2026 }, { dtstamp: MEETINGS_NOW.toISOString() }));
    expect(text).toContain("DTSTAMP:20260513T080000Z");
    // A calendar program reads it: eleven meetings and eleven notice deadlines, the moved one on 15 May.
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents("vevent")
      .map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(22);
    expect(events.filter((event) => event.summary.startsWith("Sista dag för kallelse"))).toHaveLength(11);
    expect(events.some((event) => event.startDate.toString().startsWith("2026-05-15T13:00:00"))).toBe(true);
    expect(downloads).toEqual(["systemledning-västerbergslagen-2026.ics"]);
    expect(screen.getByRole("status").textContent).toBe(
      "Kalenderfilen systemledning-västerbergslagen-2026.ics laddades ner.",
    );
  });

  it("downloads the members' version without the secretary's notice deadlines", async () => {
    const { user } = renderPlan();
    await user.click(screen.getByRole("button", { name: "Ladda ner för ledamöterna" }));
    const text = await createObjectURL.mock.calls[0]![0].text();
    expect(text).toBe(
      toICalendar(
        workspace,
        { forumId: FORUM, year: 2026 },
        { dtstamp: MEETINGS_NOW.toISOString(), noticeDeadlines: "none" },
      ),
    );
    expect(text).not.toContain("Sista dag för kallelse");
    expect(downloads).toEqual(["systemledning-västerbergslagen-2026-ledamöter.ics"]);
  });

  it("stamps the calendar with the clock when no clock is given", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-02T03:04:05Z"), toFake: ["Date"] });
    try {
      const user = userEvent.setup();
      render(<AnnualPlan workspace={workspace} forumId={FORUM} year={2026} asOf={MEETINGS_AS_OF} />);
      await user.click(screen.getByRole("button", { name: "Ladda ner årsplanen till kalendern" }));
      expect(await createObjectURL.mock.calls[0]![0].text()).toContain("DTSTAMP:20260102T030405Z");
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands a recorded meeting's id to onOpenMeeting, from a button named by the meeting's day", async () => {
    const onOpenMeeting = vi.fn();
    const { user } = renderPlan({ onOpenMeeting });
    const buttons = screen.getAllByRole("button", { name: /^Öppna mötet/ });
    expect(buttons.map((button) => button.textContent)).toEqual([
      "Öppna mötet 12 mars 2026",
      "Öppna mötet 9 april 2026",
      "Öppna mötet 7 maj 2026",
    ]);
    await user.click(buttons[2]!);
    expect(onOpenMeeting).toHaveBeenCalledWith(SAMPLE_MEETINGS.held);
  });

  it("shows the plan of a forum without meetings, every passed date flagged", () => {
    renderPlan({ forumId: FORUM_WITHOUT_MEETINGS });
    const rows = getAnnualPlanRows(workspace, FORUM_WITHOUT_MEETINGS, 2026, MEETINGS_AS_OF).rows;
    expect(cards()).toHaveLength(rows.length);
    expect(screen.getAllByText("Inget möte registrerat för datumet")).toHaveLength(
      rows.filter((row) => row.past).length,
    );
    expect(screen.getByText("0 möten är registrerade hittills.")).toBeTruthy();
  });

  it("lists a meeting on no planned date apart, as outside the plan", () => {
    renderPlan({ workspace: extraMeetingSample() });
    const section = screen.getByRole("region", { name: "Möten utanför årsplanen" });
    expect(within(section).getByText("Extra möte om sommarens bemanning")).toBeTruthy();
    expect(within(section).getByText("Planerat").getAttribute("data-sl-meeting-status")).toBe("planned");
  });

  it("keeps hostile and very long titles as text", () => {
    const { container } = renderPlan({ workspace: longTitlesSample() });
    expect(screen.getByText(/– möte i maj med extra lång rubrik$/)).toBeTruthy();
    expect(container.querySelector("img, script")).toBeNull();
  });

  it("speaks English when asked, marking the Swedish names with their language", () => {
    renderPlan({ locale: "en" });
    expect(screen.getByRole("heading", { level: 2, name: "Annual plan 2026" })).toBeTruthy();
    expect(cardOf("2026-05-15").textContent).toContain("Moved from Thursday, 14 May 2026 (Ascension Day)");
    const forum = screen.getByText("Systemledning Västerbergslagen");
    expect(forum.getAttribute("lang")).toBe("sv");
    expect(forum.closest(".sl-root")?.getAttribute("lang")).toBe("en");
  });

  it("shows an alert instead of the plan for an unknown forum, leaving the page alive", () => {
    // React reports the caught error on the console as well; the test keeps its output clean.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    renderPlan({ forumId: "f-does-not-exist", onError });
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe("getAnnualPlanRows", () => {
  it("matches meetings on the day first, then within the month, and leaves the rest unplanned", () => {
    const { rows, unplanned } = getAnnualPlanRows(extraMeetingSample(), FORUM, 2026, MEETINGS_AS_OF);
    const matched = rows
      .filter((row) => row.recorded !== null)
      .map((row) => [row.planned.date, row.recorded!.meeting.id]);
    expect(matched).toEqual([
      ["2026-03-12", SAMPLE_MEETINGS.notQuorate],
      ["2026-04-09", SAMPLE_MEETINGS.cancelled],
      ["2026-05-15", SAMPLE_MEETINGS.held],
    ]);
    expect(unplanned.map((entry) => entry.meeting.id)).toEqual(["mt-vasterbergslagen-2026-07-02"]);
  });

  it("puts Falun's May meeting, moved to the 21st, on the plan's May date and makes it the next meeting", () => {
    const { rows } = getAnnualPlanRows(workspace, "f-falun", 2026, MEETINGS_AS_OF);
    const may = rows.find((row) => row.planned.date.startsWith("2026-05"))!;
    expect(may.recorded?.meeting.id).toBe(SAMPLE_MEETINGS.noticeSent);
    expect(may.next).toBe(true);
    expect(rows.filter((row) => row.next)).toHaveLength(1);
  });

  it("computes each recorded meeting's compliance on the day asked", () => {
    const { rows } = getAnnualPlanRows(workspace, FORUM, 2026, "2026-03-13");
    const march = rows.find((row) => row.planned.date === "2026-03-12")!;
    // On the day after, the notes are not yet due: only the quorum is a finding.
    expect(march.recorded!.compliance.findings.map((f) => f.code)).toEqual(["no_quorum"]);
    expect(march.recorded!.compliance.asOf).toBe("2026-03-13");
  });
});
