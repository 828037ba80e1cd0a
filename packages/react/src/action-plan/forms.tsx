/**
 * The action plan's forms, each the core's command bound to what was typed: add or change an activity
 * (`addPlanActivity` / `updatePlanActivity`: title, status, progress, dates, owner, responsible role), add a focus
 * area (`addFocusArea`); the goals' forms are in goal-forms.tsx. A refusal
 * shows at its fields and in the summary; a save calls `onDone` with the words to say.
 */
import {
  addFocusArea,
  addPlanActivity,
  newPlanActivityId,
  updatePlanActivity,
  type ActivityStatus,
  type FocusArea,
  type Plan,
  type PlanActivity,
} from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState } from "react";
import type { KitChangeHandler } from "../store/change.js";
import { errorOf, SelectField, TextField, type FieldOption } from "../structure/members-fields.js";
import { PlanForm, usePlanSave } from "./form-parts.js";
import type { ActionPlanTools } from "./messages.js";
import { ACTIVITY_STATUSES, statusWordOf, type ActionPlanChangeContext } from "./model.js";

/** What every form of the action plan is given. */
export interface PlanFormBaseProps {
  readonly workspace: Workspace;
  readonly plan: Plan;
  readonly tools: ActionPlanTools;
  readonly onChange: KitChangeHandler<ActionPlanChangeContext>;
  readonly announce: (message: string) => void;
  readonly headingLevel: number;
  /** Called with what to say once the change is saved. */
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}

/** The owners an activity can have: the organisations, then the leaderships (values `org:` and `ls:`). */
function ownerOptions(ws: Workspace): FieldOption[] {
  const organisations = ws.organisations
    .map((o) => ({ value: `org:${o.id}`, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
  const leaderships = ws.leaderships.map((l) => ({ value: `ls:${l.id}`, label: l.name }));
  return [...organisations, ...leaderships];
}

const ownerValue = (activity: PlanActivity | undefined): string =>
  activity?.ownerOrganisationId !== undefined
    ? `org:${activity.ownerOrganisationId}`
    : activity?.ownerLeadershipId !== undefined
      ? `ls:${activity.ownerLeadershipId}`
      : "";

/** Props of {@link ActivityForm}. */
export interface ActivityFormProps extends PlanFormBaseProps {
  readonly focusArea: FocusArea;
  /** The activity to change; without it the form adds one to `focusArea`. */
  readonly activity?: PlanActivity | undefined;
}

/** Add an activity to a focus area, or change one: title, status, progress, dates, owner and role. */
export function ActivityForm(props: ActivityFormProps) {
  const { workspace, plan, tools, focusArea, activity, onDone, onCancel, headingLevel } = props;
  const { t, locale } = tools;
  const id = useId();
  const task = usePlanSave(props);
  const [title, setTitle] = useState(activity?.title ?? "");
  const [status, setStatus] = useState<string>(activity?.status ?? "not-started");
  const [progress, setProgress] = useState(String(Math.round((activity?.progress ?? 0) * 100)));
  const [start, setStart] = useState(activity?.start ?? "");
  const [due, setDue] = useState(activity?.due ?? "");
  const [owner, setOwner] = useState(ownerValue(activity));
  const [role, setRole] = useState(activity?.responsibleRole ?? "");
  const fieldIds = {
    title: `${id}-title`,
    status: `${id}-status`,
    progress: `${id}-progress`,
    start: `${id}-start`,
    due: `${id}-due`,
    ownerOrganisationId: `${id}-owner`,
    ownerLeadershipId: `${id}-owner`,
    responsibleRole: `${id}-role`,
  };
  const err = (field: string) => errorOf(task.errors, field);

  // A status that fixes the progress sets it, so the reader need not know the rule to be let through.
  const chooseStatus = (next: string) => {
    setStatus(next);
    if (next === "done") setProgress("100");
    if (next === "not-started") setProgress("0");
  };

  const submit = () => {
    const share = Number(progress.trim().replace(",", "."));
    if (progress.trim() === "" || !Number.isFinite(share) || share < 0 || share > 100) {
      task.fail([{ field: "progress", message: t("actionPlanProgressNotNumber") }]);
      return;
    }
    const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
    const fields = {
      title: title.trim() === "" ? title : title.trim(),
      status: status as ActivityStatus,
      progress: share / 100,
      start: optional(start),
      due: optional(due),
      responsibleRole: optional(role),
      ownerOrganisationId: owner.startsWith("org:") ? owner.slice(4) : undefined,
      ownerLeadershipId: owner.startsWith("ls:") ? owner.slice(3) : undefined,
    };
    if (activity === undefined) {
      const added = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const activityId = newPlanActivityId(plan, fields.title);
      void task
        .save(
          (ws) =>
            addPlanActivity(ws, { planId: plan.id, focusAreaId: focusArea.id, activity: { id: activityId, ...added } }),
          {
            command: "addPlanActivity",
            planId: plan.id,
            focusAreaId: focusArea.id,
          },
        )
        .then((saved) => {
          if (saved) onDone(t("actionPlanSavedAdded", { title: fields.title }));
        });
      return;
    }
    void task
      .save((ws) => updatePlanActivity(ws, { planId: plan.id, activityId: activity.id, changes: fields }), {
        command: "updatePlanActivity",
        planId: plan.id,
        focusAreaId: focusArea.id,
        activityId: activity.id,
      })
      .then((saved) => {
        if (saved) onDone(t("actionPlanSavedActivity", { title: fields.title }));
      });
  };

  return (
    <PlanForm
      id={id}
      headingLevel={headingLevel}
      title={activity === undefined ? t("actionPlanAddActivity") : t("actionPlanEdit", { title: activity.title })}
      task={task}
      fieldIds={fieldIds}
      tools={tools}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id={fieldIds.title}
        label={t("actionPlanFieldTitle")}
        error={err("title")}
        value={title}
        onChange={setTitle}
      />
      <SelectField
        id={fieldIds.status}
        label={t("actionPlanFieldStatus")}
        error={err("status")}
        value={status}
        onChange={chooseStatus}
        options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: statusWordOf(s, locale) }))}
      />
      <TextField
        id={fieldIds.progress}
        label={t("actionPlanFieldProgress")}
        hint={t("actionPlanFieldProgressHint")}
        error={err("progress")}
        value={progress}
        onChange={setProgress}
      />
      <TextField
        id={fieldIds.start}
        label={t("actionPlanFieldStart")}
        hint={t("actionPlanFieldDateHint")}
        error={err("start")}
        value={start}
        onChange={setStart}
      />
      <TextField
        id={fieldIds.due}
        label={t("actionPlanFieldDue")}
        hint={t("actionPlanFieldDateHint")}
        error={err("due")}
        value={due}
        onChange={setDue}
      />
      <SelectField
        id={fieldIds.ownerOrganisationId}
        label={t("actionPlanFieldOwner")}
        error={errorOf(
          task.errors.filter((e) => e.field === "ownerOrganisationId" || e.field === "ownerLeadershipId"),
          task.errors.find((e) => e.field === "ownerLeadershipId") === undefined
            ? "ownerOrganisationId"
            : "ownerLeadershipId",
        )}
        value={owner}
        onChange={setOwner}
        options={ownerOptions(workspace)}
        placeholder={t("actionPlanNone")}
      />
      <TextField
        id={fieldIds.responsibleRole}
        label={t("actionPlanFieldRole")}
        hint={t("actionPlanFieldRoleHint")}
        error={err("responsibleRole")}
        value={role}
        onChange={setRole}
      />
    </PlanForm>
  );
}

/** Add a focus area at the end of the plan. */
export function FocusAreaForm(props: PlanFormBaseProps) {
  const { plan, tools, onDone, onCancel, headingLevel } = props;
  const { t } = tools;
  const id = useId();
  const task = usePlanSave(props);
  const [title, setTitle] = useState("");
  const fieldIds = { title: `${id}-title` };
  const submit = () => {
    void task
      .save((ws) => addFocusArea(ws, { planId: plan.id, title: title.trim() === "" ? title : title.trim() }), {
        command: "addFocusArea",
        planId: plan.id,
      })
      .then((saved) => {
        if (saved) onDone(t("actionPlanSavedAdded", { title: title.trim() }));
      });
  };
  return (
    <PlanForm
      id={id}
      headingLevel={headingLevel}
      title={t("actionPlanAddFocusArea")}
      task={task}
      fieldIds={fieldIds}
      tools={tools}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id={fieldIds.title}
        label={t("actionPlanFieldTitle")}
        error={errorOf(task.errors, "title")}
        value={title}
        onChange={setTitle}
      />
    </PlanForm>
  );
}
