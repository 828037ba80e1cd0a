/**
 * One focus area of the action plan: its title and progress, the findings on it, its goals (each with its
 * indicator or criterion, its findings, and the task that links an indicator), and its activities (each with
 * owner, role, dates, status as word and shape, progress as bar and words, its findings, and the task that
 * changes it), the long list behind a disclosure.
 */
import type { FocusArea, FocusAreaProgress, PlanActivityMatch, PlanGoal } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { StatusBadge } from "../primitives/status-badge.js";
import { ActivityForm, type PlanFormBaseProps } from "./forms.js";
import { GoalForm, LinkIndicatorForm } from "./goal-forms.js";
import type { ActionPlanTools } from "./messages.js";
import { ACTIVITY_STATUS_BADGE, ownerName, statusWordOf, type PlacedFindings } from "./model.js";
import { FindingList, ProgressBar, TaskDisclosure, type PlanTasks } from "./parts.js";

/** How many activities of a focus area show before "Show more". */
export const ACTIVITIES_SHOWN = 8;

/** Props of {@link FocusAreaSection}. */
export interface FocusAreaSectionProps {
  readonly workspace: Workspace;
  readonly area: FocusArea;
  readonly progress: FocusAreaProgress | undefined;
  readonly matches: readonly PlanActivityMatch[];
  readonly placed: PlacedFindings;
  readonly tools: ActionPlanTools;
  readonly headingLevel: number;
  readonly tasks: PlanTasks;
  /** The forms' shared props, or null when the plan is read-only (no `onChange`). */
  readonly form: Omit<PlanFormBaseProps, "onDone" | "onCancel" | "headingLevel"> | null;
}

/** A focus area with its goals and activities. */
export function FocusAreaSection(props: FocusAreaSectionProps) {
  const { area, progress, matches, placed, tools, headingLevel, tasks, form } = props;
  const { t, number } = tools;
  const titleId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const Sub = `h${Math.min(6, headingLevel + 1)}` as "h4";
  const shown = showAll ? matches : matches.slice(0, ACTIVITIES_SHOWN);
  const hidden = matches.length - shown.length;
  return (
    <section className="sl-plan-area" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-plan-heading">
        {area.title}
      </Heading>
      {area.description === undefined ? null : <p className="sl-plan-subtle">{area.description}</p>}
      <ProgressBar label={t("actionPlanAreaProgressLabel")} share={progress?.progress ?? null} tools={tools} />
      <FindingList findings={placed.areas.get(area.id) ?? []} tools={tools} />

      <Sub className="sl-plan-subheading">{t("actionPlanGoals")}</Sub>
      {area.goals.length === 0 ? (
        <p>{t("actionPlanNoGoals")}</p>
      ) : (
        <ul className="sl-plan-goals">
          {area.goals.map((goal) => (
            <GoalItem key={goal.id} {...props} goal={goal} />
          ))}
        </ul>
      )}
      {form === null ? null : (
        <TaskDisclosure taskKey={`add-goal:${area.id}`} tasks={tasks} label={t("actionPlanAddGoal")}>
          {() => (
            <GoalForm
              {...form}
              focusArea={area}
              headingLevel={headingLevel + 2}
              onDone={tasks.done(`add-goal:${area.id}`)}
              onCancel={() => tasks.close(`add-goal:${area.id}`)}
            />
          )}
        </TaskDisclosure>
      )}

      <Sub className="sl-plan-subheading">
        {t("actionPlanActivitiesCount", { shown: number(matches.length), total: number(area.activities.length) })}
      </Sub>
      {matches.length === 0 ? (
        <p>{t("actionPlanNoActivities")}</p>
      ) : (
        <ul id={listId} className="sl-plan-activities">
          {shown.map((match) => (
            <ActivityItem key={match.activity.id} {...props} match={match} />
          ))}
        </ul>
      )}
      {matches.length > ACTIVITIES_SHOWN ? (
        <button
          type="button"
          className="sl-button sl-plan-more"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t("actionPlanShowFewer") : t("actionPlanShowMore", { count: number(hidden) })}
        </button>
      ) : null}
      {form === null ? null : (
        <TaskDisclosure taskKey={`add-activity:${area.id}`} tasks={tasks} label={t("actionPlanAddActivity")}>
          {() => (
            <ActivityForm
              {...form}
              focusArea={area}
              headingLevel={headingLevel + 2}
              onDone={tasks.done(`add-activity:${area.id}`)}
              onCancel={() => tasks.close(`add-activity:${area.id}`)}
            />
          )}
        </TaskDisclosure>
      )}
    </section>
  );
}

/** One goal: its kind, its indicator or criterion, its target, its findings, and linking an indicator. */
function GoalItem({
  workspace,
  goal,
  placed,
  tools,
  tasks,
  form,
  headingLevel,
}: FocusAreaSectionProps & { readonly goal: PlanGoal }) {
  const { t, text, locale, number } = tools;
  const indicator =
    goal.kind === "measurable" && goal.indicatorId !== undefined
      ? workspace.profile.followUp?.indicators.find((i) => i.id === goal.indicatorId)
      : undefined;
  return (
    <li className="sl-plan-goal">
      <p className="sl-plan-item-title">
        <strong>{goal.title}</strong>{" "}
        <span className="sl-plan-subtle">
          ({goal.kind === "measurable" ? t("actionPlanGoalMeasurable") : t("actionPlanGoalQualitative")})
        </span>
      </p>
      {goal.kind === "measurable" ? (
        <>
          <p>
            {indicator !== undefined
              ? t("actionPlanGoalIndicator", { indicator: text(indicator.title) })
              : goal.indicatorId !== undefined
                ? t("actionPlanGoalIndicator", { indicator: goal.indicatorId })
                : t("actionPlanGoalNoIndicator")}
          </p>
          {goal.target !== undefined && goal.targetDate !== undefined ? (
            <p>
              {t("actionPlanGoalTarget", {
                target: `${number(goal.target)}${indicator === undefined ? "" : ` ${indicator.unit}`}`,
                date: formatLocaleDate(goal.targetDate, locale),
              })}
            </p>
          ) : null}
        </>
      ) : goal.criterion === undefined ? null : (
        <p>{t("actionPlanGoalCriterion", { criterion: goal.criterion })}</p>
      )}
      <FindingList findings={placed.goals.get(goal.id) ?? []} tools={tools} />
      {form === null || goal.kind !== "measurable" ? null : (
        <TaskDisclosure
          taskKey={`link:${goal.id}`}
          tasks={tasks}
          label={t("actionPlanLinkIndicatorTo", { title: goal.title })}
        >
          {() => (
            <LinkIndicatorForm
              {...form}
              goal={goal}
              headingLevel={headingLevel + 3}
              onDone={tasks.done(`link:${goal.id}`)}
              onCancel={() => tasks.close(`link:${goal.id}`)}
            />
          )}
        </TaskDisclosure>
      )}
    </li>
  );
}

/** One activity: what it is, who owns it, when, how far it has come, what plan health says, and changing it. */
function ActivityItem({
  workspace,
  match,
  placed,
  tools,
  tasks,
  form,
  headingLevel,
}: FocusAreaSectionProps & { readonly match: PlanActivityMatch }) {
  const { t, locale } = tools;
  const { activity, overdue, focusArea } = match;
  const titleId = useId();
  const Title = `h${Math.min(6, headingLevel + 2)}` as "h5";
  const owner = ownerName(workspace, activity);
  const date = (value: string | undefined) =>
    value === undefined ? t("actionPlanNoDate") : formatLocaleDate(value, locale);
  const key = `activity:${activity.id}`;
  return (
    <li className="sl-plan-activity" data-overdue={overdue || undefined}>
      <article aria-labelledby={titleId}>
        <Title id={titleId} className="sl-plan-item-title">
          {activity.title}
        </Title>
        <dl className="sl-plan-facts">
          <div>
            <dt>{t("actionPlanStatus")}</dt>
            <dd>
              <StatusBadge
                status={ACTIVITY_STATUS_BADGE[activity.status]}
                label={statusWordOf(activity.status, locale)}
              />
              {overdue ? (
                <>
                  {" "}
                  <StatusBadge status="warning" label={t("actionPlanOverdue")} />
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t("actionPlanProgress")}</dt>
            <dd>
              <ProgressBar
                label={t("actionPlanProgress")}
                share={activity.status === "cancelled" ? null : activity.progress}
                tools={tools}
              />
            </dd>
          </div>
          <div>
            <dt>{t("actionPlanOwner")}</dt>
            <dd>{owner ?? t("actionPlanNoOwner")}</dd>
          </div>
          {activity.responsibleRole === undefined ? null : (
            <div>
              <dt>{t("actionPlanRole")}</dt>
              <dd>{activity.responsibleRole}</dd>
            </div>
          )}
          <div>
            <dt>{t("actionPlanStart")}</dt>
            <dd>{date(activity.start)}</dd>
          </div>
          <div>
            <dt>{t("actionPlanDue")}</dt>
            <dd>{date(activity.due)}</dd>
          </div>
        </dl>
        <FindingList findings={placed.activities.get(activity.id) ?? []} tools={tools} />
        {form === null ? null : (
          <TaskDisclosure taskKey={key} tasks={tasks} label={t("actionPlanEdit", { title: activity.title })}>
            {() => (
              <ActivityForm
                {...form}
                focusArea={focusArea}
                activity={activity}
                headingLevel={headingLevel + 3}
                onDone={tasks.done(key)}
                onCancel={() => tasks.close(key)}
              />
            )}
          </TaskDisclosure>
        )}
      </article>
    </li>
  );
}
