/**
 * The action plan's forms on goals: add a goal to a focus area (`addPlanGoal`: measurable with an indicator, or
 * qualitative with a criterion) and link a measurable goal's indicator (`linkGoalIndicator`).
 */
import { addPlanGoal, linkGoalIndicator, type FocusArea, type MeasurableGoal } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState } from "react";
import { errorOf, SelectField, TextField, type FieldOption } from "../structure/members-fields.js";
import { PlanForm, usePlanSave } from "./form-parts.js";
import type { PlanFormBaseProps } from "./forms.js";
import type { ActionPlanTools } from "./messages.js";

/** The profile's indicators as options, in the locale. */
function indicatorOptions(ws: Workspace, tools: ActionPlanTools): FieldOption[] {
  return (ws.profile.followUp?.indicators ?? []).map((indicator) => ({
    value: indicator.id,
    label: tools.text(indicator.title),
  }));
}

/** Add a goal to a focus area: measurable (with an indicator) or qualitative (with a criterion). */
export function GoalForm(props: PlanFormBaseProps & { readonly focusArea: FocusArea }) {
  const { workspace, plan, tools, focusArea, onDone, onCancel, headingLevel } = props;
  const { t } = tools;
  const id = useId();
  const task = usePlanSave(props);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<"measurable" | "qualitative">("measurable");
  const [indicatorId, setIndicatorId] = useState("");
  const [criterion, setCriterion] = useState("");
  const fieldIds = {
    title: `${id}-title`,
    kind: `${id}-kind`,
    indicatorId: `${id}-indicator`,
    criterion: `${id}-criterion`,
  };
  const submit = () => {
    const trimmed = title.trim() === "" ? title : title.trim();
    const goal =
      kind === "measurable"
        ? { kind, title: trimmed, ...(indicatorId === "" ? {} : { indicatorId }) }
        : { kind, title: trimmed, ...(criterion.trim() === "" ? {} : { criterion: criterion.trim() }) };
    void task
      .save((ws) => addPlanGoal(ws, { planId: plan.id, focusAreaId: focusArea.id, goal }), {
        command: "addPlanGoal",
        planId: plan.id,
        focusAreaId: focusArea.id,
      })
      .then((saved) => {
        if (saved) onDone(t("actionPlanSavedAdded", { title: trimmed }));
      });
  };
  return (
    <PlanForm
      id={id}
      headingLevel={headingLevel}
      title={t("actionPlanAddGoal")}
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
      <SelectField
        id={fieldIds.kind}
        label={t("actionPlanFieldKind")}
        error={errorOf(task.errors, "kind")}
        value={kind}
        onChange={(value) => setKind(value === "qualitative" ? "qualitative" : "measurable")}
        options={[
          { value: "measurable", label: t("actionPlanGoalMeasurable") },
          { value: "qualitative", label: t("actionPlanGoalQualitative") },
        ]}
      />
      {kind === "measurable" ? (
        <SelectField
          id={fieldIds.indicatorId}
          label={t("actionPlanFieldIndicator")}
          error={errorOf(task.errors, "indicatorId")}
          value={indicatorId}
          onChange={setIndicatorId}
          options={indicatorOptions(workspace, tools)}
          placeholder={t("actionPlanNone")}
        />
      ) : (
        <TextField
          id={fieldIds.criterion}
          label={t("actionPlanFieldCriterion")}
          hint={t("actionPlanFieldCriterionHint")}
          error={errorOf(task.errors, "criterion")}
          value={criterion}
          onChange={setCriterion}
        />
      )}
    </PlanForm>
  );
}

/** Link a measurable goal to one of the profile's indicators, or remove the link. */
export function LinkIndicatorForm(props: PlanFormBaseProps & { readonly goal: MeasurableGoal }) {
  const { workspace, plan, tools, goal, onDone, onCancel, headingLevel } = props;
  const { t } = tools;
  const id = useId();
  const task = usePlanSave(props);
  const [indicatorId, setIndicatorId] = useState(goal.indicatorId ?? "");
  const fieldIds = { indicatorId: `${id}-indicator` };
  const options = indicatorOptions(workspace, tools);
  const submit = () => {
    void task
      .save(
        (ws) =>
          linkGoalIndicator(ws, {
            planId: plan.id,
            goalId: goal.id,
            indicatorId: indicatorId === "" ? null : indicatorId,
          }),
        {
          command: "linkGoalIndicator",
          planId: plan.id,
          goalId: goal.id,
        },
      )
      .then((saved) => {
        if (saved) onDone(t("actionPlanSavedActivity", { title: goal.title }));
      });
  };
  return (
    <PlanForm
      id={id}
      headingLevel={headingLevel}
      title={t("actionPlanLinkIndicatorTo", { title: goal.title })}
      task={task}
      fieldIds={fieldIds}
      tools={tools}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {options.length === 0 ? <p>{t("actionPlanNoIndicators")}</p> : null}
      <SelectField
        id={fieldIds.indicatorId}
        label={t("actionPlanFieldIndicator")}
        error={errorOf(task.errors, "indicatorId")}
        value={indicatorId}
        onChange={setIndicatorId}
        options={options}
        placeholder={t("actionPlanNone")}
      />
    </PlanForm>
  );
}
