import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import type { Workspace } from "@systemledning/core/workspace";
import { AnnualPlan, ComplianceOverview, MeetingPage, Timeline, type TimelineLane } from "@systemledning/react";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../i18n.js";
import type { SaveChange } from "../store.js";
import { defaultMeetingForum } from "./defaults.js";

/** Props of {@link MeetingsView}. */
export interface MeetingsViewProps {
  readonly workspace: Workspace;
  readonly asOf: string;
  /** Save a meeting's change (the core's command) through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
}

type LaneChoice = "regional" | "all";

/**
 * The year and the meetings, as a forum's secretary and the regional support follow them: the timeline of the regional
 * forums and activities (*Regional årsrapport 2025*, Bilaga 2) or of every forum, a forum's annual plan with each
 * meeting's page, and the compliance overview of the year.
 */
export function MeetingsView({ workspace, asOf, onChange }: MeetingsViewProps) {
  const { locale, t } = useI18n();
  const laneSelectId = useId();
  const forumSelectId = useId();
  const [laneChoice, setLaneChoice] = useState<LaneChoice>("regional");
  const regionalLeadership = workspace.leaderships.find((leadership) => leadership.level === "regional");
  const regionalForumIds = useMemo(
    () => workspace.forums.filter((forum) => forum.leadershipId === regionalLeadership?.id).map((forum) => forum.id),
    [workspace, regionalLeadership],
  );
  const year = Number(asOf.slice(0, 4));
  const [forumId, setForumId] = useState(() => defaultMeetingForum(workspace, asOf));
  const [meetingId, setMeetingId] = useState<string | null>(null);

  const lanes = useMemo<TimelineLane[]>(() => {
    if (laneChoice === "all")
      return groupTimeline(workspace, getTimeline(workspace, { kinds: ["meeting", "decision", "event"] }), {
        by: "forum",
        locale,
      });
    // Bilaga 2: the regional forums' meetings and decisions, and the activities of the regional support.
    const forums = groupTimeline(
      workspace,
      getTimeline(workspace, { forumIds: regionalForumIds, kinds: ["meeting", "decision"] }),
      { by: "forum", locale },
    ).filter((group) => group.key !== "");
    return [
      ...forums,
      { key: "aktiviteter", label: t("timelineEvents"), items: getTimeline(workspace, { kinds: ["event"] }) },
    ];
  }, [workspace, laneChoice, regionalForumIds, locale, t]);

  const meeting = meetingId === null ? undefined : workspace.meetings.find((m) => m.id === meetingId);

  return (
    <>
      <h2>{t("meetingsHeading")}</h2>
      <p className="dash-lead">{t("meetingsLead")}</p>
      <div className="dash-stack">
        <section aria-labelledby="timeline-heading" className="dash-section">
          <h3 id="timeline-heading">{t("timelineHeading")}</h3>
          <p className="dash-field">
            <label htmlFor={laneSelectId}>{t("timelineLanesLabel")}</label>{" "}
            <select
              id={laneSelectId}
              className="sl-select dash-select"
              value={laneChoice}
              onChange={(event) => setLaneChoice(event.target.value as LaneChoice)}
            >
              <option value="regional">{t("timelineRegional")}</option>
              <option value="all">{t("timelineAllForums")}</option>
            </select>
          </p>
          {/* Bilaga 2 is the report of the year before; every forum's lanes start at today. The key starts each choice afresh. */}
          <Timeline
            key={laneChoice}
            lanes={lanes}
            asOf={asOf}
            defaultAnchor={laneChoice === "regional" ? `${year - 1}-07-01` : asOf}
            locale={locale}
            headingLevel={4}
          />
        </section>
        <section aria-labelledby="plan-heading" className="dash-section">
          <h3 id="plan-heading">{t("annualPlanHeading")}</h3>
          <p className="dash-field">
            <label htmlFor={forumSelectId}>{t("forum")}</label>{" "}
            <select
              id={forumSelectId}
              className="sl-select dash-select"
              value={forumId}
              onChange={(event) => {
                setForumId(event.target.value);
                setMeetingId(null);
              }}
            >
              {workspace.forums.map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {forum.name}
                </option>
              ))}
            </select>
          </p>
          <AnnualPlan
            workspace={workspace}
            forumId={forumId}
            year={year}
            asOf={asOf}
            locale={locale}
            headingLevel={4}
            onOpenMeeting={setMeetingId}
          />
          {meeting === undefined ? null : (
            <MeetingPage
              key={meeting.id}
              workspace={workspace}
              meetingId={meeting.id}
              asOf={asOf}
              locale={locale}
              headingLevel={4}
              onChange={onChange}
            />
          )}
        </section>
        <section aria-labelledby="compliance-heading" className="dash-section">
          <h3 id="compliance-heading">{t("complianceHeading")}</h3>
          <ComplianceOverview
            workspace={workspace}
            from={`${year - 1}-01-01`}
            to={`${year - 1}-12-31`}
            asOf={asOf}
            locale={locale}
            headingLevel={4}
          />
        </section>
      </div>
    </>
  );
}
