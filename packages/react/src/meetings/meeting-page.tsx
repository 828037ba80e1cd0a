/**
 * A meeting's page, as the forum's secretary and chair use it every month: the next step of its life,
 * its compliance with the forum's rules, attendance with the quorum worked out as boxes are ticked, and
 * the agenda with notes and decisions; once approved, the minutes from the log with corrections as new
 * entries. Every change goes through the core's commands and comes out through `onWorkspaceChange` (the new
 * workspace) and `onChange` (the change, for the host to save through `updateWorkspace`); a refusal shows the
 * core's reasons and keeps what was typed. Nothing is stored or sent by the page.
 */
import { checkMeetingCompliance, stockholmDateOf } from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { AgendaSection } from "./meeting-agenda.js";
import { AttendanceSection } from "./meeting-attendance.js";
import { LifecycleSection, LifecycleSteps } from "./meeting-lifecycle.js";
import { MinutesSection } from "./meeting-minutes.js";
import {
  Content,
  DateText,
  DeadlineList,
  FindingList,
  formatWeekdayDate,
  MEETING_MODE_KEYS,
  MeetingStatusBadge,
  TimeSpan,
} from "./shared.js";
import type { KitChangeHandler } from "../store/change.js";
import { useMeetingPage, type MeetingChangeContext } from "./use-meeting-page.js";
import { MEETING_VIEW_MESSAGES } from "./messages.js";

/** Props of {@link MeetingPage}. */
export interface MeetingPageProps extends WidgetProps {
  /** The workspace holding the meeting, its forum's members and rules, and the decisions log. */
  readonly workspace: Workspace;
  /** The meeting shown. */
  readonly meetingId: string;
  /** The day compliance is judged on (`YYYY-MM-DD`): deadlines after it are not yet due. */
  readonly asOf: string;
  /**
   * Receives the new workspace after each command the core accepted, with the command's name. The host
   * stores it and passes it back as `workspace`. Saving unsaved attendance or notes before a lifecycle step
   * is a command of its own (`updateMeeting`), handed over first. A host that saves through `onChange` need not
   * pass it.
   */
  readonly onWorkspaceChange?: ((next: Workspace, context: MeetingChangeContext) => void) | undefined;
  /**
   * Receives each change the core accepted on the shown workspace as the command itself, `(ws) => Result`, for
   * the host to apply to what its store holds now: `updateWorkspace(store, change)`, or `useWorkspaceUpdates`'s
   * `apply`. Its answer (that result) decides what the page says: a refusal shows its issues beside the button,
   * a clash shows nothing here (the clash dialog speaks), and only a save confirms. Called after
   * `onWorkspaceChange` when both are given; save in one of them.
   */
  readonly onChange?: KitChangeHandler<MeetingChangeContext> | undefined;
  /** The clock, for the times commands record (notice sent, notes sent, approved, cancelled, corrected). @default () => new Date() */
  readonly now?: (() => Date) | undefined;
  /** The heading level of the meeting's title; sections are one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The language titles, notes and names are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * A meeting's page: lifecycle, compliance, attendance and quorum, agenda with notes and decisions, minutes.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <MeetingPage workspace={workspace} meetingId="mt-vasterbergslagen-2026-05-07" asOf="2026-05-13"
 *   onChange={updates.apply} />
 */
export function MeetingPage(props: MeetingPageProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      {/* Another meeting is another page: what was typed for one never shows on the next. */}
      <MeetingPageBody key={props.meetingId} {...props} />
    </Widget>
  );
}

const clock = () => new Date();

function MeetingPageBody({
  workspace,
  meetingId,
  asOf,
  onWorkspaceChange,
  onChange,
  now = clock,
  headingLevel = 2,
  contentLanguage = "sv",
}: MeetingPageProps) {
  const tools = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const { t } = tools;
  const announce = useAnnounce();
  const titleId = useId();
  const meeting = workspace.meetings.find((m) => m.id === meetingId);
  if (meeting === undefined) throw new Error(`systemledning: the meeting "${meetingId}" is not in the workspace.`);
  const compliance = useMemo(
    () => checkMeetingCompliance(workspace, meetingId, { asOf }),
    [workspace, meetingId, asOf],
  );
  const page = useMeetingPage({ workspace, meeting, onWorkspaceChange, onChange, now, announce });
  const forum = workspace.forums.find((f) => f.id === meeting.forumId);
  const date = stockholmDateOf(meeting.start);
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3";
  const { status } = meeting;
  const editable = status === "notice-sent" || status === "held" || status === "notes-in-review";

  return (
    <article className="sl-meetings-page" aria-labelledby={titleId} data-sl-status={status}>
      <header className="sl-meetings-header">
        <p className="sl-meetings-eyebrow">
          <Content lang={contentLanguage}>{forum?.name ?? meeting.forumId}</Content>
        </p>
        <Heading id={titleId} className="sl-meetings-title sl-text">
          {meeting.title === undefined ? (
            t("meetingsMeetingOn", { date: formatWeekdayDate(date, tools.locale) })
          ) : (
            <Content lang={contentLanguage}>{meeting.title}</Content>
          )}
        </Heading>
        <p className="sl-meetings-meta">
          <span className="sl-meetings-badge-wrap">
            <span className="sl-visually-hidden">{t("meetingsStatusLabel")} </span>
            <MeetingStatusBadge status={status} />
          </span>
          <span>
            <DateText date={date} weekday /> <TimeSpan start={meeting.start} end={meeting.end} />
          </span>
          <span>{t(MEETING_MODE_KEYS[meeting.mode])}</span>
          {meeting.location === undefined ? null : <Content lang={contentLanguage}>{meeting.location}</Content>}
        </p>
        {status === "cancelled" ? null : <LifecycleSteps meeting={meeting} tools={tools} />}
      </header>

      <div className="sl-meetings-columns">
        <LifecycleSection
          workspace={workspace}
          meeting={meeting}
          compliance={compliance}
          page={page}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          tools={tools}
        />
        <section className="sl-meetings-section sl-meetings-compliance" aria-labelledby={`${titleId}-rules`}>
          <Sub id={`${titleId}-rules`} className="sl-meetings-subtitle">
            {t("meetingsComplianceTitle")}
          </Sub>
          <p className="sl-meetings-hint">
            {t("meetingsComplianceAsOf")} <DateText date={asOf} />
          </p>
          <FindingList findings={compliance.findings} tools={tools} />
          {status === "cancelled" ? null : <DeadlineList deadlines={compliance.deadlines} tools={tools} />}
        </section>
      </div>

      {editable ? (
        <AttendanceSection
          workspace={workspace}
          meeting={meeting}
          page={page}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          tools={tools}
        />
      ) : null}

      {status === "approved" ? (
        <MinutesSection
          workspace={workspace}
          meeting={meeting}
          page={page}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          tools={tools}
        />
      ) : (
        <AgendaSection
          meeting={meeting}
          page={page}
          editable={editable}
          showNotes={status !== "planned" && status !== "cancelled"}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          tools={tools}
        />
      )}
    </article>
  );
}
