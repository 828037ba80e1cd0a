/**
 * Schemas of the timeline module (docs/domain.md, The timeline; *Regional årsrapport 2025*, Bilaga 2): activities and
 * events outside the forums' meetings — the regional network, the information forum, the system leadership day,
 * national SKR activities — kept in the workspace's `events` collection (version 3). Each schema is also the type of
 * the same name. The export is `TimelineEvent`, never `Event`, which would shadow the DOM's `Event` in hosts.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams, type IssueParams } from "../common/issues.js";
import { Ext, Id, IsoDate, IsoDateTime, LongText, ShortText } from "../schema/primitives.js";
import { MeetingMode } from "../meetings/schema-rules.js";
import { addDays } from "../common/day-numbers.js";
import { stockholmDateOf, toStockholm } from "../common/stockholm-time.js";
import { TIMELINE_ISSUE_MESSAGES, type TimelineIssueCode } from "./issues.js";

/**
 * What kind of event it is:
 * - `network`: a network meeting (*Regionalt nätverk*: participants of the local leaderships, exchange and learning);
 * - `information-forum`: an information meeting open to many (*Regionalt informationsforum*);
 * - `leadership-day`: a system leadership day (*Systemledningsdag*);
 * - `conference`: a conference or a national forum (SKR's *Mötesforum Nära vård*, *Framtidsdagen*);
 * - `training`: a course, a seminar series;
 * - `other`: anything else.
 */
export const TimelineEventKind = z.enum([
  "network",
  "information-forum",
  "leadership-day",
  "conference",
  "training",
  "other",
]);
/** What kind of event it is. */
export type TimelineEventKind = z.infer<typeof TimelineEventKind>;

/** Whose event it is: the county's (`regional`), one or a few local leaderships' (`local`), or national (SKR). */
export const TimelineEventScope = z.enum(["regional", "local", "national"]);
/** Whose event it is. */
export type TimelineEventScope = z.infer<typeof TimelineEventScope>;

type CheckContext = { issues: { push(issue: unknown): void } };

function pushTimelineIssue(
  ctx: CheckContext,
  path: PropertyKey[],
  input: unknown,
  code: TimelineIssueCode,
  params: IssueParams,
): void {
  ctx.issues.push({
    code: "custom",
    input,
    path,
    params: customIssueParams(code, TIMELINE_ISSUE_MESSAGES[code](params), params),
  });
}

/**
 * An activity or event outside the forums' meetings. `date` is its (first) day in Sweden and the timeline's
 * sort key; `endDate` its last day when it spans days. `start` and `end` are the instants when known; the
 * start falls on `date` and the end within the event's days in Europe/Stockholm, and the end comes after the
 * start. `leadershipIds` are the leaderships the event is for (empty: open to all); `forumId` the forum that
 * holds it, when one does. A cancelled event keeps its record with `cancelledAt` and a reason.
 * References (`forumId`, `leadershipIds`) and `endDate` ≥ `date` are checked at the door after the schema.
 *
 * @example
 * TimelineEvent.parse({ id: "ev-1", title: "Systemledningsdag", kind: "leadership-day", scope: "regional", date: "2025-11-13", leadershipIds: [] });
 */
export const TimelineEvent = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      title: ShortText,
      kind: TimelineEventKind,
      scope: TimelineEventScope,
      /** The (first) day, `YYYY-MM-DD`, in Sweden. */
      date: IsoDate,
      /** The last day, when the event spans days. */
      endDate: IsoDate.optional(),
      /** The start instant, when known (ISO 8601 with offset). */
      start: IsoDateTime.optional(),
      /** The end instant, when known; after `start`. */
      end: IsoDateTime.optional(),
      /** Who arranges it, in free text ("RSS Dalarna", "SKR"). */
      organiser: ShortText.optional(),
      /** Who it is for (*målgrupp*), in the organiser's words. */
      audience: LongText.optional(),
      /** What it is for (*syfte och mål*), in the organiser's words. */
      purpose: LongText.optional(),
      /** Further remarks ("Inget möte under hösten …"). */
      notes: LongText.optional(),
      /** How it is held. */
      mode: MeetingMode.optional(),
      location: ShortText.optional(),
      /** The leaderships the event is for; empty when it is open to all. */
      leadershipIds: z.array(Id),
      /** The forum that holds the event, when one does. */
      forumId: Id.optional(),
      /** When the event was cancelled, and why. */
      cancelledAt: IsoDateTime.optional(),
      cancellationReason: LongText.optional(),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { date, endDate, start, end } = ctx.value;
      if (start !== undefined) {
        const startDate = stockholmDateOf(start);
        if (startDate !== date)
          pushTimelineIssue(ctx, ["start"], start, "event_start_off_date", { start, startDate, date });
        if (end !== undefined && Date.parse(end) <= Date.parse(start))
          pushTimelineIssue(ctx, ["end"], end, "event_end_before_start", { start, end });
      }
      if (end !== undefined) {
        // An end date before the date is the door's finding (endDate); here the end is judged against the days the event surely has.
        const last = endDate !== undefined && endDate > date ? endDate : date;
        const wall = toStockholm(Date.parse(end));
        const endOn = wall.date;
        // Midnight after the last day closes that day (24:00), so it is within the event's days.
        const closesLastDay = wall.time === "00:00:00" && endOn === addDays(last, 1);
        if (endOn < date || (endOn > last && !closesLastDay))
          pushTimelineIssue(ctx, ["end"], end, "event_end_off_dates", { end, endOn, date, last });
      }
    }),
);
/** An activity or event outside the forums' meetings. */
export type TimelineEvent = z.infer<typeof TimelineEvent>;
