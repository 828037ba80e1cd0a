/**
 * A forum's year of meetings as its rules plan them (`planMeetings`), beside what the workspace records:
 * each date with its time and the dates derived from it, a move off a holiday with its reason, and for a
 * date with a meeting its status and compliance in words. The plan downloads as iCalendar for Outlook.
 *
 * Cards rather than a table: each meeting carries its day and time, five derived dates, a possible move and
 * the recorded meeting's status and findings. As a table that is nine columns, which at 320 px scrolls
 * sideways and separates each date from its label; a card keeps every date beside its words and reads
 * top to bottom on a phone, while on a wide screen the cards sit side by side in a grid. The cards are an
 * ordered list in date order, so the order a screen reader reads is the order of the year.
 */
import { toICalendar, type MeetingRulesSource } from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { csvFileName, downloadText } from "../primitives/csv.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { getAnnualPlanRows, type AnnualPlanRow, type RecordedMeeting } from "./plan-rows.js";
import { Content, DateText, DeadlineList, FindingList, MeetingStatusBadge, TimeSpan } from "./shared.js";
import { MEETING_VIEW_MESSAGES, type MeetingMessageKey, type MeetingTools } from "./messages.js";

/** Props of {@link AnnualPlan}. */
export interface AnnualPlanProps extends WidgetProps {
  /** The workspace: its profile holds the meeting rules, its meetings what happened. */
  readonly workspace: Workspace;
  /** The forum whose year is shown. */
  readonly forumId: string;
  /** The calendar year. */
  readonly year: number;
  /** The day the plan is read on (`YYYY-MM-DD`): deadlines after it are not yet due, the next meeting is marked. */
  readonly asOf: string;
  /** The clock, for the calendar file's DTSTAMP. @default () => new Date() */
  readonly now?: (() => Date) | undefined;
  /** When given, each recorded meeting offers a button that hands its id here (to open its page). */
  readonly onOpenMeeting?: ((meetingId: string) => void) | undefined;
  /** @default "Årsplan {year}" with the forum's name */
  readonly title?: string | undefined;
  /** The heading level of the title; each meeting's heading is one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The language meeting titles and names are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * A forum's annual meeting plan, with the recorded meetings and their compliance, and an iCalendar download.
 *
 * @example
 * <AnnualPlan workspace={workspace} forumId="f-vasterbergslagen" year={2026} asOf="2026-05-13"
 *   onOpenMeeting={(id) => navigate(`/moten/${id}`)} />
 */
export function AnnualPlan(props: AnnualPlanProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <AnnualPlanBody {...props} />
    </Widget>
  );
}

const SOURCE_KEYS: Readonly<Record<MeetingRulesSource, MeetingMessageKey>> = {
  forum: "meetingsRulesForum",
  "profile-default": "meetingsRulesProfile",
  "built-in-default": "meetingsRulesBuiltIn",
};

function AnnualPlanBody({
  workspace,
  forumId,
  year,
  asOf,
  now,
  onOpenMeeting,
  title,
  headingLevel = 2,
  contentLanguage = "sv",
}: AnnualPlanProps) {
  const tools = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const { t, number } = tools;
  const announce = useAnnounce();
  const titleId = useId();
  const { plan, rows, unplanned } = useMemo(
    () => getAnnualPlanRows(workspace, forumId, year, asOf),
    [workspace, forumId, year, asOf],
  );
  const forum = workspace.forums.find((f) => f.id === forumId);
  const forumName = forum?.name ?? forumId;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3";
  const { rules } = plan;
  const recordedCount = rows.filter((row) => row.recorded !== null).length + unplanned.length;
  const missed = rows.filter((row) => row.past && row.recorded === null).length;

  const download = (forMembers: boolean) => {
    const dtstamp = (now ?? (() => new Date()))().toISOString();
    const text = toICalendar(workspace, { forumId, year }, { dtstamp, noticeDeadlines: forMembers ? "none" : "event" });
    const base = csvFileName(
      `${forum?.shortName ?? forumName} ${year}${forMembers ? ` ${t("meetingsPlanFileMembers")}` : ""}`,
    ).replace(/\.csv$/, "");
    const fileName = `${base}.ics`;
    downloadText(text, fileName, "text/calendar;charset=utf-8");
    announce(t("meetingsPlanDownloaded", { file: fileName }));
  };

  return (
    <section className="sl-meetings-plan" aria-labelledby={titleId}>
      <header className="sl-meetings-header">
        <p className="sl-meetings-eyebrow">
          <Content lang={contentLanguage}>{forumName}</Content>
        </p>
        <Heading id={titleId} className="sl-meetings-title sl-text">
          {title ?? t("meetingsPlanTitle", { year })}
        </Heading>
      </header>

      <div className="sl-meetings-plan-summary">
        <ul className="sl-meetings-facts">
          <li>
            <span className="sl-status" data-status={plan.withinTarget ? "ok" : "warning"}>
              {t("meetingsPlanCount", { count: number(plan.meetings.length) })}
            </span>{" "}
            {t(plan.withinTarget ? "meetingsPlanTarget" : "meetingsPlanOffTarget", {
              min: number(rules.meetingsPerYear.min),
              max: number(rules.meetingsPerYear.max),
            })}
          </li>
          <li>
            {t("meetingsPlanRecorded", { recorded: number(recordedCount) })}{" "}
            {missed > 0 ? (
              <span className="sl-status" data-status="warning">
                {t("meetingsPlanMissed", { count: number(missed) })}
              </span>
            ) : null}
          </li>
          <li>
            {t(plan.basis === "fixed-dates" ? "meetingsPlanFixedDates" : "meetingsPlanRecurrence")}{" "}
            {t("meetingsPlanFixedBy")} <DateText date={plan.datesFixedBy} />.
          </li>
          <li>
            {t("meetingsPlanRules", {
              notice: number(rules.noticeDays),
              notes: number(rules.notesWithinDays),
              review: number(rules.reviewDays),
            })}{" "}
            {t(SOURCE_KEYS[plan.rulesSource])}
          </li>
        </ul>
        <div className="sl-meetings-download">
          <div className="sl-form-actions">
            <button type="button" className="sl-button sl-button-small" onClick={() => download(false)}>
              {t("meetingsPlanDownload")}
            </button>
            <button type="button" className="sl-button sl-button-small" onClick={() => download(true)}>
              {t("meetingsPlanDownloadMembers")}
            </button>
          </div>
          <p className="sl-meetings-hint">{t("meetingsPlanDownloadHint")}</p>
        </div>
      </div>

      <ol className="sl-meetings-plan-list">
        {rows.map((row) => (
          <PlanCard
            key={row.planned.key}
            row={row}
            headingLevel={headingLevel + 1}
            onOpenMeeting={onOpenMeeting}
            contentLanguage={contentLanguage}
            tools={tools}
          />
        ))}
      </ol>

      {unplanned.length === 0 ? null : (
        <section className="sl-meetings-unplanned" aria-labelledby={`${titleId}-unplanned`}>
          <SubHeading id={`${titleId}-unplanned`} className="sl-meetings-subtitle">
            {t("meetingsPlanUnplanned")}
          </SubHeading>
          <p className="sl-meetings-hint">{t("meetingsPlanUnplannedHint")}</p>
          <ul className="sl-meetings-plan-list">
            {unplanned.map((entry) => (
              <li key={entry.meeting.id} className="sl-meetings-card">
                <p className="sl-meetings-card-title">
                  <DateText date={entry.date} weekday />{" "}
                  <TimeSpan start={entry.meeting.start} end={entry.meeting.end} />
                </p>
                <Outcome
                  recorded={entry}
                  plannedDate={null}
                  onOpenMeeting={onOpenMeeting}
                  contentLanguage={contentLanguage}
                  tools={tools}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

interface PlanCardProps {
  readonly row: AnnualPlanRow;
  readonly headingLevel: number;
  readonly onOpenMeeting: ((meetingId: string) => void) | undefined;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

function PlanCard({ row, headingLevel, onOpenMeeting, contentLanguage, tools }: PlanCardProps) {
  const { t, text, number } = tools;
  const { planned, recorded } = row;
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const cancelled = recorded?.meeting.status === "cancelled";
  return (
    <li
      className="sl-meetings-card"
      data-sl-next={row.next ? "" : undefined}
      data-sl-past={row.past ? "" : undefined}
      data-sl-cancelled={cancelled ? "" : undefined}
    >
      <Heading className="sl-meetings-card-title">
        <span className="sl-meetings-card-number">
          {t("meetingsPlanMeetingNumber", { number: number(planned.sequence) })}
        </span>{" "}
        <DateText date={planned.date} weekday />
      </Heading>
      {row.next ? <p className="sl-meetings-next">{t("meetingsPlanNext")}</p> : null}
      <p className="sl-meetings-card-time">
        {t("meetingsTimeLabel")} <TimeSpan start={planned.start} end={planned.end} />
      </p>
      {planned.movedBecause === null ? null : (
        <p className="sl-meetings-moved">
          <span className="sl-status" data-status="info">
            {t("meetingsPlanMoved")}
          </span>{" "}
          {t("meetingsPlanMovedFrom")} <DateText date={planned.scheduledDate} weekday /> ({text(planned.movedBecause)})
        </p>
      )}
      {planned.fixedOnNonMeetingDay === null ? null : (
        <p className="sl-meetings-moved">
          <span className="sl-status" data-status="warning">
            {t("meetingsPlanNonMeetingDay", { reason: text(planned.fixedOnNonMeetingDay) })}
          </span>
        </p>
      )}
      <DeadlineList deadlines={planned} tools={tools} />
      {recorded === null ? (
        <p className="sl-meetings-outcome-none">
          {row.past ? (
            <span className="sl-status" data-status="warning">
              {t("meetingsPlanNoMeetingPast")}
            </span>
          ) : (
            t("meetingsPlanNoMeetingYet")
          )}
        </p>
      ) : (
        <Outcome
          recorded={recorded}
          plannedDate={planned.date}
          onOpenMeeting={onOpenMeeting}
          contentLanguage={contentLanguage}
          tools={tools}
        />
      )}
    </li>
  );
}

interface OutcomeProps {
  readonly recorded: RecordedMeeting;
  /** The planned date, to say when the meeting lies on another day; null for an unplanned meeting. */
  readonly plannedDate: string | null;
  readonly onOpenMeeting: ((meetingId: string) => void) | undefined;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** What the workspace records for a planned date: status, title, another day, findings, a way to open it. */
function Outcome({ recorded, plannedDate, onOpenMeeting, contentLanguage, tools }: OutcomeProps) {
  const { t } = tools;
  const { meeting, compliance } = recorded;
  return (
    <div className="sl-meetings-outcome">
      <p className="sl-meetings-outcome-head">
        <span className="sl-visually-hidden">{t("meetingsStatusLabel")} </span>
        <MeetingStatusBadge status={meeting.status} />
        {meeting.title === undefined ? null : (
          <Content lang={contentLanguage} className="sl-meetings-outcome-title sl-text">
            {meeting.title}
          </Content>
        )}
      </p>
      {plannedDate !== null && recorded.date !== plannedDate ? (
        <p className="sl-meetings-moved">
          <span className="sl-status" data-status="info">
            {t("meetingsPlanOtherDay")}
          </span>{" "}
          <DateText date={recorded.date} weekday /> <TimeSpan start={meeting.start} end={meeting.end} />
        </p>
      ) : null}
      {meeting.status === "cancelled" && meeting.cancellationReason !== undefined ? (
        <p className="sl-meetings-cancel-reason">
          {t("meetingsCancelledBecause")}{" "}
          <Content lang={contentLanguage} className="sl-text">
            {meeting.cancellationReason}
          </Content>
        </p>
      ) : null}
      <FindingList findings={compliance.findings} tools={tools} />
      {onOpenMeeting === undefined ? null : (
        // The visible words begin the name (WCAG 2.5.3); the date tells the buttons of the list apart.
        <button type="button" className="sl-button sl-button-small" onClick={() => onOpenMeeting(meeting.id)}>
          {t("meetingsOpenMeeting")}
          <span className="sl-visually-hidden">
            {" "}
            <DateText date={recorded.date} />
          </span>
        </button>
      )}
    </div>
  );
}
