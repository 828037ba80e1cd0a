/**
 * `ActionPlan`: a plan from focus area to goal to activity (docs/domain.md, Action plan, indicators, follow-up and
 * the annual report). The plan's progress rolled up at each level (the core's `getPlanProgress`), its health
 * (`getPlanHealth`) summarised at the top and each finding beside the part its path names, filters by leadership,
 * status and overdue with the count shown announced, and — when the host gives `onChange` — the tasks that change
 * the plan through the core's commands: add and change an activity, add a focus area, add a goal, link a goal's
 * indicator. Nothing is stored or sent by the component; every change goes to the host as `(ws) => Result`.
 */
import type { ActivityStatus } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useAnnounce } from "../primitives/live-region.js";
import { StatusBadge } from "../primitives/status-badge.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { CheckboxField, SelectField } from "../structure/members-fields.js";
import { FocusAreaSection } from "./focus-area.js";
import { FocusAreaForm } from "./forms.js";
import { ACTION_PLAN_MESSAGES, type ActionPlanTools } from "./messages.js";
import {
  ACTIVITY_STATUSES,
  choosePlan,
  getActionPlanModel,
  NO_FILTER,
  statusWordOf,
  type ActionPlanChangeContext,
  type ActionPlanFilterState,
} from "./model.js";
import { HealthSummary, ProgressBar, TaskDisclosure, usePlanTasks } from "./parts.js";

/** Props of {@link ActionPlan}. */
export interface ActionPlanProps extends WidgetProps {
  /** The workspace holding the plan, the organisations and leaderships that own activities, and the profile's indicators. */
  readonly workspace: Workspace;
  /** The plan shown. @default the first regional plan, else the first plan */
  readonly planId?: string | undefined;
  /** The day the plan is judged on (`YYYY-MM-DD`): overdue activities, missing check-ins. */
  readonly asOf: string;
  /**
   * Receives each change the core accepted on the shown workspace, `(ws) => Result`, with what it is, for the
   * host to apply to what its store holds now (`useWorkspaceUpdates`'s `apply`, or `updateWorkspace`). A refusal
   * in its answer shows at the form's fields; a save (or no answer) says "Sparat". Without it the plan is read-only.
   */
  readonly onChange?: KitChangeHandler<ActionPlanChangeContext> | undefined;
  /** The level of the plan's title; focus areas are one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * An action plan with its progress, health, filters and the tasks that change it.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <ActionPlan workspace={workspace} planId="plan-regional-skora-aldre" asOf="2026-05-13" onChange={updates.apply} />
 */
export function ActionPlan(props: ActionPlanProps) {
  return (
    <Widget locale={props.locale} theme={props.theme} className={props.className} onError={props.onError}>
      {/* Another plan is another page: a filter or a form of one never shows for the next. */}
      <ActionPlanBody key={props.planId ?? ""} {...props} />
    </Widget>
  );
}

function ActionPlanBody({ workspace, planId, asOf, onChange, headingLevel = 2 }: ActionPlanProps) {
  const tools: ActionPlanTools = useKitLocale(undefined, ACTION_PLAN_MESSAGES);
  const { t, locale, number } = tools;
  const announce = useAnnounce();
  const id = useId();
  const savedLine = useRef<HTMLParagraphElement>(null);
  const tasks = usePlanTasks(announce, savedLine);
  const [filter, setFilter] = useState<ActionPlanFilterState>(NO_FILTER);
  const plan = choosePlan(workspace, planId);
  const model = useMemo(
    () => (plan === undefined ? null : getActionPlanModel(workspace, plan, asOf, filter)),
    [workspace, plan, asOf, filter],
  );

  // Say the count after a change of the filter, not on the first render.
  const filtered = useRef(false);
  const countText =
    model === null
      ? ""
      : model.shownCount === 0
        ? t("actionPlanShownNone")
        : t("actionPlanShown", { shown: number(model.shownCount), total: number(model.totalCount) });
  useEffect(() => {
    if (filtered.current) announce(countText);
    // Only the filter speaks: a save that changes the count says "Sparat" instead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const Heading = `h${headingLevel}` as "h2";
  const titleId = `${id}-title`;
  if (plan === undefined || model === null) {
    return (
      <section className="sl-action-plan" aria-labelledby={titleId}>
        <Heading id={titleId} className="sl-plan-title">
          {t("actionPlanTitle")}
        </Heading>
        <p className="sl-plan-empty">{t("actionPlanEmpty")}</p>
      </section>
    );
  }

  const change = (next: Partial<ActionPlanFilterState>) => {
    filtered.current = true;
    setFilter((current) => ({ ...current, ...next }));
  };
  const statusKey =
    plan.status === "draft"
      ? "actionPlanStatusDraft"
      : plan.status === "adopted"
        ? "actionPlanStatusAdopted"
        : "actionPlanStatusClosed";
  const counts = ACTIVITY_STATUSES.filter((s) => model.health.progress.statusCounts[s] > 0)
    .map((s) => `${number(model.health.progress.statusCounts[s])} ${statusWordOf(s, locale).toLocaleLowerCase(locale)}`)
    .join(", ");
  const isFiltered = filter.leadershipId !== "" || filter.status !== "" || filter.overdueOnly;
  const form = onChange === undefined ? null : { workspace, plan, tools, onChange, announce };
  const progressByArea = new Map(model.health.progress.focusAreas.map((p) => [p.focusAreaId, p] as const));

  return (
    <section className="sl-action-plan" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-plan-title">
        {plan.title}
      </Heading>
      <p className="sl-plan-meta">
        <StatusBadge status={plan.status === "adopted" ? "ok" : "info"} label={t(statusKey)} />{" "}
        {t("actionPlanPeriod", {
          from: formatLocaleDate(plan.period.from, locale),
          to: formatLocaleDate(plan.period.to, locale),
        })}
      </p>
      <ProgressBar label={t("actionPlanProgressLabel")} share={model.health.progress.progress} tools={tools} />
      {model.totalCount === 0 ? null : (
        <p className="sl-plan-subtle">{t("actionPlanStatusCounts", { total: number(model.totalCount), counts })}</p>
      )}
      <HealthSummary
        health={model.health}
        planFindings={model.placed.plan}
        headingLevel={headingLevel + 1}
        tools={tools}
      />

      <fieldset className="sl-fieldset sl-plan-filters">
        <legend className="sl-legend-title">{t("actionPlanFilters")}</legend>
        <SelectField
          id={`${id}-leadership`}
          label={t("actionPlanFilterLeadership")}
          error={null}
          value={filter.leadershipId}
          onChange={(leadershipId) => change({ leadershipId })}
          options={workspace.leaderships.map((l) => ({ value: l.id, label: l.name }))}
          placeholder={t("actionPlanFilterAllLeaderships")}
        />
        <SelectField
          id={`${id}-status`}
          label={t("actionPlanFilterStatus")}
          error={null}
          value={filter.status}
          onChange={(status) => change({ status: status as ActivityStatus | "" })}
          options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: statusWordOf(s, locale) }))}
          placeholder={t("actionPlanFilterAllStatuses")}
        />
        <CheckboxField
          id={`${id}-overdue`}
          label={t("actionPlanFilterOverdue")}
          error={null}
          checked={filter.overdueOnly}
          onChange={(overdueOnly) => change({ overdueOnly })}
        />
        <p className="sl-plan-count">
          <span>{countText}</span>{" "}
          {!isFiltered ? null : (
            <button
              type="button"
              className="sl-button sl-plan-clear"
              onClick={(event) => {
                change(NO_FILTER);
                // The button goes with the filter: focus moves to the first filter rather than the page's body.
                getElementInTree(event.currentTarget, `${id}-leadership`)?.focus();
              }}
            >
              {t("actionPlanFilterClear")}
            </button>
          )}
        </p>
      </fieldset>

      {tasks.saved === null ? null : (
        <p ref={savedLine} className="sl-plan-saved" tabIndex={-1}>
          <span className="sl-status" data-status="ok">
            {tasks.saved.message}
          </span>
        </p>
      )}

      {plan.focusAreas.map((area) => (
        <FocusAreaSection
          key={area.id}
          workspace={workspace}
          area={area}
          progress={progressByArea.get(area.id)}
          matches={model.shown.get(area.id) ?? []}
          placed={model.placed}
          tools={tools}
          headingLevel={headingLevel + 1}
          tasks={tasks}
          form={form}
        />
      ))}
      {form === null ? null : (
        <TaskDisclosure taskKey="add-area" tasks={tasks} label={t("actionPlanAddFocusArea")}>
          {() => (
            <FocusAreaForm
              {...form}
              headingLevel={headingLevel + 2}
              onDone={tasks.done("add-area")}
              onCancel={() => tasks.close("add-area")}
            />
          )}
        </TaskDisclosure>
      )}
    </section>
  );
}
