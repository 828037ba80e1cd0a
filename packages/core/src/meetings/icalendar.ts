/**
 * iCalendar (RFC 5545) of a forum's annual plan or of single meetings, for Outlook, Google and Apple
 * calendars: stable UIDs, DTSTAMP, local times with TZID Europe/Stockholm and its VTIMEZONE, TEXT escaping
 * and line folding at 75 octets of UTF-8 that never splits a character.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import { isIsoDateTime } from "../common/iso-date.js";
import type { IsoDateTime } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { addDays } from "../common/day-numbers.js";
import { AGENDA_KIND_LABELS } from "./labels.js";
import { getMeetingRules } from "./rules.js";
import { getMeetingDeadlines, planMeetings, type PlannedMeeting } from "./schedule.js";
import type { Meeting } from "./schema.js";
import { isRepeatedStockholmTime, stockholmDateOf, toStockholm } from "../common/stockholm-time.js";

/** What to export: a forum's plan for a year, or meetings by id. */
export type ICalendarTarget =
  { readonly forumId: string; readonly year: number } | { readonly meetingIds: readonly string[] };

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The DTSTAMP of every event: when the calendar was made. A parameter, so the output is reproducible. */
  readonly dtstamp: IsoDateTime;
  /**
   * The notice deadline as a separate all-day event (`"event"`, the default) or not at all (`"none"`).
   * A separate event rather than a VALARM: an alarm would remind every member who imports the meeting
   * 14 days ahead, while the deadline is the secretary's task; Outlook also keeps only one reminder per
   * event and drops the rest. Export with `"none"` for members and `"event"` for the secretary.
   * @default "event"
   */
  readonly noticeDeadlines?: "event" | "none";
  /** The right-hand side of every UID (`<key>@<uidDomain>`). @default "systemledning" */
  readonly uidDomain?: string;
}

/**
 * Europe/Stockholm by the EU rule, as RFC 5545 wants it beside TZID references. The rules start in 1970, as
 * the core's own Stockholm time does (common/stockholm-time.ts): a client reading an instant before the first
 * observance has no offset to apply (ical.js then reads local time as UTC).
 */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Stockholm",
  "X-LIC-LOCATION:Europe/Stockholm",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, line breaks
 * become `\n`, and other control characters (which TEXT cannot hold) become spaces.
 *
 * @example
 * escapeICalText("Beslut; budget, 2025\nRapport") // "Beslut\\; budget\\, 2025\\nRapport"
 */
export function escapeICalText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, "\\n")
      // eslint-disable-next-line no-control-regex -- exactly the control characters TEXT may not contain
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, " ")
  );
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Fold a content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, continuation lines start
 * with one space, and a character (also a multi-byte one or a surrogate pair) is never split.
 *
 * @example
 * foldICalLine("DESCRIPTION:" + "å".repeat(40)).split("\r\n").length // 2
 */
export function foldICalLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const compact = (date: string): string => date.replaceAll("-", "");

/**
 * A DTSTART or DTEND line: Stockholm local time with its TZID, except in the hour that occurs twice when the
 * clocks go back in October. There a local time names two instants; RFC 5545 §3.3.5 reads it as the first,
 * some clients (ical.js) as the second, so either occurrence would be an hour off somewhere. UTC
 * (`DTSTART:20251026T013000Z`) names the instant in every client.
 */
function dateTimeLine(name: "DTSTART" | "DTEND", instant: string): string {
  const { date, time } = toStockholm(Date.parse(instant));
  if (isRepeatedStockholmTime(date, time)) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=Europe/Stockholm:${compact(date)}T${time.replaceAll(":", "")}`;
}

function utcStamp(instant: string): string {
  return new Date(Date.parse(instant))
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll("-", "")
    .replaceAll(":", "");
}

interface EventSpec {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
}

/**
 * An iCalendar text of a forum's annual plan (`{ forumId, year }`, from {@link planMeetings}) or of single
 * meetings (`{ meetingIds }`). Every event has a stable UID (`plan-<forum>-<year>-<n>@…` for the plan,
 * `meeting-<id>@…` for meetings), the given DTSTAMP, and local start and end with TZID Europe/Stockholm,
 * defined by the VTIMEZONE in the file (in UTC instead when the local time occurs twice, in the hour the
 * clocks go back, so every client reads the very instant). A planned meeting is TENTATIVE, one whose notice went out is
 * CONFIRMED, a cancelled one CANCELLED. The notice deadline is a separate all-day event unless
 * `noticeDeadlines: "none"` (see {@link ICalendarOptions.noticeDeadlines} for why not a VALARM).
 * Lines end with CRLF and are folded at 75 octets. Throws a {@link SystemledningError} (`invalidInput`)
 * for an unknown forum or meeting or a DTSTAMP that is not an ISO instant.
 *
 * @example
 * const ics = toICalendar(ws, { forumId: "f-lchnv", year: 2026 }, { dtstamp: "2025-12-01T08:00:00Z" });
 */
export function toICalendar(ws: Workspace, target: ICalendarTarget, options: ICalendarOptions): string {
  if (!isIsoDateTime(options.dtstamp))
    throw new SystemledningError("invalidInput", [
      createIssue(["options", "dtstamp"], "invalid_format", { format: "datetime" }),
    ]);
  const domain = options.uidDomain ?? "systemledning";
  const withNotice = (options.noticeDeadlines ?? "event") === "event";
  const forumName = new Map(ws.forums.map((f) => [f.id, f.shortName ?? f.name] as const));
  const events: EventSpec[] = [];
  const notice: { uid: string; date: string; summary: string }[] = [];
  let calendarName: string;

  if ("forumId" in target) {
    const plan = planMeetings(ws, target.forumId, { year: target.year });
    const name = forumName.get(target.forumId) ?? target.forumId;
    calendarName = `${name} ${target.year}`;
    for (const meeting of plan.meetings) {
      const key = `plan-${target.forumId}-${target.year}-${meeting.sequence}`;
      events.push({
        uid: `${key}@${domain}`,
        start: meeting.start,
        end: meeting.end,
        summary: `${name}: möte ${meeting.sequence} (planerat)`,
        description: planDescription(meeting),
        status: "TENTATIVE",
      });
      notice.push({
        uid: `${key}-kallelse@${domain}`,
        date: meeting.noticeDeadline,
        summary: `Sista dag för kallelse: ${name} ${meeting.date}`,
      });
    }
  } else {
    const byId = new Map(ws.meetings.map((m) => [m.id, m] as const));
    const meetings = target.meetingIds.map((id, i) => {
      const meeting = byId.get(id);
      if (meeting === undefined)
        throw new SystemledningError("invalidInput", [
          createIssue(["target", "meetingIds", i], "dangling_reference", { id: String(id), collection: "meetings" }),
        ]);
      return meeting;
    });
    calendarName =
      meetings.length === 1
        ? `${forumName.get(meetings[0]!.forumId) ?? meetings[0]!.forumId} ${stockholmDateOf(meetings[0]!.start)}`
        : "Möten";
    for (const meeting of meetings) {
      const name = forumName.get(meeting.forumId) ?? meeting.forumId;
      const event: EventSpec = {
        uid: `meeting-${meeting.id}@${domain}`,
        start: meeting.start,
        end: meeting.end,
        summary: meeting.title === undefined ? name : `${name}: ${meeting.title}`,
        description: meetingDescription(meeting),
        status: meeting.status === "cancelled" ? "CANCELLED" : meeting.status === "planned" ? "TENTATIVE" : "CONFIRMED",
      };
      events.push(meeting.location === undefined ? event : { ...event, location: meeting.location });
      if (meeting.status !== "cancelled") {
        const { noticeDeadline } = getMeetingDeadlines(
          stockholmDateOf(meeting.start),
          getMeetingRules(ws.profile, meeting.forumId).rules,
        );
        notice.push({
          uid: `meeting-${meeting.id}-kallelse@${domain}`,
          date: noticeDeadline,
          summary: `Sista dag för kallelse: ${name} ${stockholmDateOf(meeting.start)}`,
        });
      }
    }
  }

  const dtstamp = utcStamp(options.dtstamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//systemledning//core//SV",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeICalText(calendarName)}`,
    "X-WR-TIMEZONE:Europe/Stockholm",
    ...VTIMEZONE,
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      dateTimeLine("DTSTART", event.start),
      dateTimeLine("DTEND", event.end),
    );
    lines.push(`SUMMARY:${escapeICalText(event.summary)}`);
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeICalText(event.description)}`);
    if (event.location !== undefined) lines.push(`LOCATION:${escapeICalText(event.location)}`);
    lines.push(`STATUS:${event.status}`, "END:VEVENT");
  }
  if (withNotice) {
    for (const n of notice) {
      lines.push(
        "BEGIN:VEVENT",
        `UID:${n.uid}`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART;VALUE=DATE:${compact(n.date)}`,
        `DTEND;VALUE=DATE:${compact(addDays(n.date, 1))}`,
      );
      lines.push(`SUMMARY:${escapeICalText(n.summary)}`, "TRANSP:TRANSPARENT", "END:VEVENT");
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldICalLine).join("\r\n") + "\r\n";
}

function planDescription(meeting: PlannedMeeting): string {
  const moved =
    meeting.movedBecause === null ? "" : `\nFlyttat från ${meeting.scheduledDate} (${meeting.movedBecause.sv}).`;
  return `Planerat möte enligt mötesreglerna.${moved}\nFöranmälan av ärenden senast ${meeting.preRegistrationDeadline}.\nBeredning av dagordning ${meeting.preparationOn}.\nKallelse senast ${meeting.noticeDeadline}.\nMinnesanteckningar senast ${meeting.notesDue}, justering senast ${meeting.approvalDue}.`;
}

function meetingDescription(meeting: Meeting): string {
  const items = meeting.agenda.map(
    (item, i) =>
      `${i + 1}. ${AGENDA_KIND_LABELS[item.kind].sv}: ${item.title}${item.presenter === undefined ? "" : ` (${item.presenter})`}`,
  );
  const cancelled =
    meeting.status === "cancelled"
      ? [`Inställt${meeting.cancellationReason === undefined ? "" : `: ${meeting.cancellationReason}`}.`]
      : [];
  return [...cancelled, items.length === 0 ? "Dagordning kommer med kallelsen." : "Dagordning:", ...items].join("\n");
}
