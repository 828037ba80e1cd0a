import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  escapeICalText,
  foldICalLine,
  formatStockholmInstant,
  planMeetings,
  toICalendar,
} from "@systemledning/core/meetings";
import { isSystemledningError } from "@systemledning/core";
import { FORUM, meeting, meetingsWorkspace } from "./meetings-builder.js";

const SEED = 20261122;
const DTSTAMP = "2025-12-01T08:00:00Z";

/** Parse with ical.js, the independent parser, registering the file's own VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent("vtimezone");
  if (zone !== null) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c)) };
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe("toICalendar of a forum's annual plan", () => {
  const ws = meetingsWorkspace();
  const text = toICalendar(ws, { forumId: FORUM, year: 2026 }, { dtstamp: DTSTAMP });
  const plan = planMeetings(ws, FORUM, { year: 2026 });

  it("parses with ical.js: one event per meeting and one per notice deadline, each instant exact across DST", () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const meetings = events.filter((e) => !e.uid.includes("kallelse"));
    expect(meetings).toHaveLength(plan.meetings.length);
    meetings.forEach((event, i) => {
      expect(event.startDate.zone?.tzid).toBe("Europe/Stockholm");
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(plan.meetings[i]!.start));
      expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(plan.meetings[i]!.end));
      expect(event.uid).toBe(`plan-${FORUM}-2026-${i + 1}@systemledning`);
    });
    const deadlines = events.filter((e) => e.uid.includes("kallelse"));
    expect(deadlines.map((e) => e.startDate.toString())).toEqual(plan.meetings.map((m) => m.noticeDeadline));
    expect(deadlines.every((e) => e.startDate.isDate)).toBe(true);
  });

  it("has DTSTAMP, CRLF line ends, folded lines of at most 75 octets, and is the same on every call", () => {
    expect(text).toContain("DTSTAMP:20251201T080000Z\r\n");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "").includes("\n")).toBe(false);
    for (const line of text.split("\r\n")) expect(utf8(line)).toBeLessThanOrEqual(75);
    expect(toICalendar(ws, { forumId: FORUM, year: 2026 }, { dtstamp: DTSTAMP })).toBe(text);
  });

  it("leaves the notice deadlines out when asked", () => {
    const members = toICalendar(ws, { forumId: FORUM, year: 2026 }, { dtstamp: DTSTAMP, noticeDeadlines: "none" });
    expect(parse(members).events).toHaveLength(plan.meetings.length);
  });

  it("refuses an unknown forum and a bad DTSTAMP", () => {
    for (const [call, path] of [
      [() => toICalendar(ws, { forumId: "nope", year: 2026 }, { dtstamp: DTSTAMP }), "forumId"],
      [() => toICalendar(ws, { meetingIds: ["nope"] }, { dtstamp: DTSTAMP }), "target.meetingIds[0]"],
      [() => toICalendar(ws, { forumId: FORUM, year: 2026 }, { dtstamp: "igår" }), "options.dtstamp"],
    ] as const) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isSystemledningError(error) && error.issues[0]!.path).toBe(path);
      }
    }
  });
});

describe("toICalendar of meetings", () => {
  it("escapes text that ical.js reads back exactly, with status and location", () => {
    const title =
      'Beslut; budget, 2025 \\ "citat" — åäö 🙂 och en mycket lång rubrik som måste radbrytas flera gånger i filen';
    const m = meeting("mt", "2025-10-23", {
      title,
      location: "Rum 1, plan 2; Falun",
      agenda: [{ id: "i1", kind: "decision", title: "Rad ett\nRad två", attachments: [] }],
    });
    const ws = meetingsWorkspace([
      m,
      meeting("x", "2025-10-30", {
        status: "cancelled",
        cancelledAt: "2025-10-01T10:00:00+02:00",
        cancellationReason: "Sjukdom",
      }),
    ]);
    const { events } = parse(toICalendar(ws, { meetingIds: ["mt", "x"] }, { dtstamp: DTSTAMP }));
    const [event, cancelled] = events;
    expect(event!.summary).toBe(`Forum f1: ${title}`);
    expect(event!.location).toBe("Rum 1, plan 2; Falun");
    expect(event!.description).toContain("1. Beslut: Rad ett\nRad två");
    expect(event!.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(event!.uid).toBe("meeting-mt@systemledning");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2025-10-23T07:00:00.000Z");
    expect(cancelled!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events).toHaveLength(3);
  });
});

describe("foldICalLine", () => {
  it("never splits a character and unfolds to the original (any text)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeICalText(text)}`;
        const folded = foldICalLine(line);
        for (const part of folded.split("\r\n")) {
          expect(utf8(part)).toBeLessThanOrEqual(75);
          expect(part.includes("\uFFFD")).toBe(false);
        }
        expect(folded.replaceAll("\r\n ", "")).toBe(line);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("round-trips any text through escaping, folding and ical.js", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: 200 })
          // eslint-disable-next-line no-control-regex -- TEXT cannot hold these; escapeICalText turns them into spaces
          .filter((t) => !/[\x00-\x08\x0b-\x1f\x7f]/.test(t)),
        (text) => {
          const ics = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//t//t//SV",
            foldICalLine(`DESCRIPTION:${escapeICalText(text)}`),
            "END:VCALENDAR",
            "",
          ].join("\r\n");
          const component = new ICAL.Component(ICAL.parse(ics));
          const normalised = text.replace(/\r\n|\r/g, "\n");
          expect(component.getFirstProperty("description")!.getFirstValue()).toBe(normalised);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("toICalendar across the changes of summer time", () => {
  /** The instants (ms) summer time starts and ends in `year`: 01:00 UTC on the last Sundays of March and October. */
  function transitions(year: number): [number, number] {
    const lastSunday = (month: number): number => {
      const last = Date.UTC(year, month, 0); // the month's last day (month is 1-based here)
      return last - new Date(last).getUTCDay() * 86_400_000;
    };
    return [lastSunday(3) + 3_600_000, lastSunday(10) + 3_600_000];
  }

  it("writes the repeated hour of October (both occurrences) and the hours around March's gap so ical.js reads the very instant", () => {
    const meetingArb = fc.record({
      year: fc.integer({ min: 1996, max: 2099 }),
      october: fc.boolean(),
      // Minutes from the change, three hours either side: the gap, the repeated hour and their edges.
      at: fc.integer({ min: -180, max: 180 }),
      minutes: fc.integer({ min: 15, max: 240 }),
    });
    fc.assert(
      fc.property(fc.array(meetingArb, { minLength: 1, maxLength: 4 }), (specs) => {
        const meetings = specs.map(({ year, october, at, minutes }, i) => {
          const start = transitions(year)[october ? 1 : 0] + at * 60_000;
          return meeting(`mt-${i}`, "2025-01-01", {
            start: formatStockholmInstant(start),
            end: formatStockholmInstant(start + minutes * 60_000),
          });
        });
        const ws = meetingsWorkspace(meetings);
        const { events } = parse(
          toICalendar(ws, { meetingIds: meetings.map((m) => m.id) }, { dtstamp: DTSTAMP, noticeDeadlines: "none" }),
        );
        expect(events).toHaveLength(meetings.length);
        events.forEach((event, i) => {
          expect(new Date(event.startDate.toJSDate()).toISOString()).toBe(new Date(meetings[i]!.start).toISOString());
          expect(new Date(event.endDate.toJSDate()).toISOString()).toBe(new Date(meetings[i]!.end).toISOString());
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("writes either 02:30 of 2025-10-26 (summer time, then again in standard time) in UTC, which no client reads an hour off", () => {
    const ws = meetingsWorkspace([
      meeting("first", "2025-10-26", { start: "2025-10-26T02:30:00+02:00", end: "2025-10-26T02:45:00+02:00" }),
      meeting("second", "2025-10-26", { start: "2025-10-26T02:30:00+01:00", end: "2025-10-26T03:30:00+01:00" }),
    ]);
    const text = toICalendar(ws, { meetingIds: ["first", "second"] }, { dtstamp: DTSTAMP, noticeDeadlines: "none" });
    expect(text).toContain("DTSTART:20251026T003000Z\r\nDTEND:20251026T004500Z\r\n");
    expect(text).toContain("DTSTART:20251026T013000Z\r\nDTEND;TZID=Europe/Stockholm:20251026T033000\r\n");
    const { events } = parse(text);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2025-10-26T00:30:00.000Z",
      "2025-10-26T01:30:00.000Z",
    ]);
  });
});
