/**
 * The digital form of the self-assessment tool: a leadership (or a grouping of it) answers a round of an
 * instrument. One native radio group per statement with the scale's words (and "don't know" where the
 * instrument allows it), a comment per statement, messages linked to their fields and announced, a review
 * of every answer before anything is sent, and the validated response handed to the host through
 * `onSubmit`. Native controls keep it keyboard-only friendly (Tab between groups, arrows within one).
 */
import type { Answer, AssessmentResponse } from "@systemledning/core/assessment";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useRef, type FormEvent } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { AnswerGroup, labelWithoutNumber } from "./assessment-answer-group.js";
import { ErrorSummary, errorSummaryTitle } from "./assessment-error-summary.js";
import { RespondentFields, respondentName } from "./assessment-respondent.js";
import { AnswerReview } from "./assessment-review.js";
import { itemTitle, type GoalLike } from "./labels.js";
import type { KitChangeHandler } from "../store/change.js";
import {
  defaultResponseId,
  initialValues,
  useAssessmentForm,
  type AssessmentChangeContext,
  type FormError,
  type FormFieldKey,
} from "./use-assessment-form.js";
import { SCORING_MESSAGES } from "./messages.js";

/** Props of {@link AssessmentForm}. */
export interface AssessmentFormProps extends WidgetProps {
  /** The workspace the response is validated against (its profile holds the instrument). */
  readonly workspace: Workspace;
  /** The round to answer. */
  readonly roundId: string;
  /** The leadership that answers; without it the form asks which of the round's leaderships it is. */
  readonly leadershipId?: string | undefined;
  /** The grouping that answers, when part of a leadership answers separately. */
  readonly grouping?: string | undefined;
  /** A response to correct: the form starts from its answers and keeps its id (`replaces` in `onSubmit`). */
  readonly response?: AssessmentResponse | undefined;
  /**
   * Receives the response once the core has validated it. The host stores it, e.g. with
   * `submitAssessmentResponse` (or `replaceAssessmentResponse` when `replaces` is set). A host that saves through
   * `onChange` need not pass it.
   */
  readonly onSubmit?:
    ((response: AssessmentResponse, context: { readonly replaces: string | null }) => void) | undefined;
  /**
   * Receives the validated response as the change that stores it (`submitAssessmentResponse`, or
   * `replaceAssessmentResponse` when correcting), for the host to apply to what its store holds now:
   * `updateWorkspace(store, change)`, or `useWorkspaceUpdates`'s `apply`. When its answer is a refusal, the form
   * goes back to the questions with the core's reasons. Called after `onSubmit` when both are given.
   */
  readonly onChange?: KitChangeHandler<AssessmentChangeContext> | undefined;
  /** The id of a new response. @default round, leadership, grouping and the moment of sending */
  readonly createResponseId?:
    | ((context: { readonly roundId: string; readonly leadershipId: string; readonly grouping: string }) => string)
    | undefined;
  /** The clock, for `submittedAt`. @default () => new Date() */
  readonly now?: (() => Date) | undefined;
  /** The longest comment accepted. @default 4000 */
  readonly maxCommentLength?: number | undefined;
  /** Titles for the statements ("Delmål 1 – Nära för mig"). @default the workspace profile's goals */
  readonly goals?: readonly GoalLike[] | undefined;
  /** Heading level of the form's title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * A round's self-assessment form, from the first answer to the validated response.
 *
 * @example
 * <AssessmentForm workspace={workspace} roundId="sjalvskattning-2025" leadershipId="ls-falun"
 *   onChange={updates.apply} />
 */
export function AssessmentForm(props: AssessmentFormProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <AssessmentFormBody {...props} />
    </Widget>
  );
}

function AssessmentFormBody(props: AssessmentFormProps) {
  const { workspace, roundId, headingLevel = 2 } = props;
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const announce = useAnnounce();
  const round = workspace.assessmentRounds.find((r) => r.id === roundId);
  if (round === undefined) throw new Error(`systemledning: the round "${roundId}" is not in the workspace.`);
  const instrument = workspace.profile.assessment?.instruments.find(
    (i) => i.id === round.instrumentId && i.version === round.instrumentVersion,
  );
  if (instrument === undefined)
    throw new Error(
      `systemledning: the instrument "${round.instrumentId}" version ${round.instrumentVersion} is not in the profile.`,
    );
  const goals = props.goals ?? workspace.profile.goals;
  const now = props.now ?? (() => new Date());
  const createResponseId = props.createResponseId;
  const fixedLeadership = props.leadershipId ?? props.response?.leadershipId;

  const form = useAssessmentForm({
    workspace,
    round,
    instrument,
    initial: initialValues(props.response, props.leadershipId, props.grouping),
    replacing: props.response,
    responseId: (values) =>
      props.response?.id ??
      (createResponseId === undefined
        ? defaultResponseId(round.id, values, now())
        : createResponseId({ roundId: round.id, leadershipId: values.leadershipId, grouping: values.grouping })),
    now,
    maxCommentLength: props.maxCommentLength ?? 4000,
    tools,
    onSubmit: props.onSubmit,
    onChange: props.onChange,
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(form.step);
  const changeTarget = useRef<string | null>(null);
  // A step change removes the button that was pressed: focus goes to the new step's heading (or, after
  // "change", to the statement to change), never to the top of the page.
  useEffect(() => {
    if (previousStep.current === form.step) return;
    previousStep.current = form.step;
    const target = changeTarget.current === null ? null : getElementInTree(headingRef.current, changeTarget.current);
    changeTarget.current = null;
    (target ?? headingRef.current)?.focus();
    if (form.step === "submitted") announce(t("formSubmitted"));
  }, [form.step, announce, t]);
  const changeItem = (itemId: string) => {
    changeTarget.current = `${roundId}-answer-${itemId}`;
    form.edit();
  };

  const announceErrors = (errors: readonly FormError[]) => {
    if (errors.length === 0) return;
    announce(`${errorSummaryTitle(errors.length, tools)}. ${errors[0]!.message}`);
  };

  const Heading = `h${headingLevel}` as const;
  const titles = instrument.items.map((item) => itemTitle(item, goals, tools));
  const roundTitle = round.title;

  if (form.step === "submitted" && form.submitted !== null) {
    return (
      <section className="sl-form sl-form-done" aria-labelledby={`${roundId}-done`}>
        <Heading id={`${roundId}-done`} ref={headingRef} tabIndex={-1} className="sl-form-title sl-text">
          {t("formSubmitted")}
        </Heading>
        <AnswerReview
          instrument={instrument}
          titles={titles}
          values={form.values}
          respondent={respondentName(workspace, form.values.leadershipId, form.values.grouping)}
          tools={tools}
        />
        <div className="sl-form-actions">
          <button type="button" className="sl-button" onClick={() => form.reset()}>
            {t("formAnother")}
          </button>
        </div>
      </section>
    );
  }

  if (form.step === "review") {
    return (
      <section className="sl-form sl-form-review" aria-labelledby={`${roundId}-review`}>
        <Heading id={`${roundId}-review`} ref={headingRef} tabIndex={-1} className="sl-form-title sl-text">
          {t("formReviewHeading")}
        </Heading>
        <p>{t("formReviewIntro")}</p>
        <AnswerReview
          instrument={instrument}
          titles={titles}
          values={form.values}
          respondent={respondentName(workspace, form.values.leadershipId, form.values.grouping)}
          tools={tools}
          onChange={changeItem}
        />
        <div className="sl-form-actions">
          <button type="button" className="sl-button sl-button-primary" onClick={() => announceErrors(form.submit())}>
            {t("formSubmit")}
          </button>
          <button type="button" className="sl-button" onClick={() => form.edit()}>
            {t("formBack")}
          </button>
        </div>
      </section>
    );
  }

  const answered = instrument.items.filter((item) => form.values.answers[item.id] !== undefined).length;
  const onReview = (event: FormEvent) => {
    event.preventDefault();
    announceErrors(form.review());
  };

  return (
    <form className="sl-form" noValidate onSubmit={onReview} aria-labelledby={`${roundId}-title`}>
      <Heading id={`${roundId}-title`} ref={headingRef} tabIndex={-1} className="sl-form-title sl-text">
        {roundTitle}
      </Heading>
      <p className="sl-form-intro">{t("formIntro")}</p>
      {form.errors.length > 0 ? (
        <ErrorSummary
          errors={form.errors}
          fieldId={(field) => fieldId(roundId, field, instrument.items[0]?.id)}
          headingLevel={(headingLevel + 1) as 3 | 4 | 5}
          tools={tools}
        />
      ) : null}
      {round.kind === "self-assessment" ? (
        <RespondentFields
          form={form}
          workspace={workspace}
          roundId={roundId}
          fixedLeadership={fixedLeadership}
          tools={tools}
        />
      ) : null}
      <ol className="sl-form-items">
        {instrument.items.map((item, index) => (
          <li key={item.id} className="sl-form-item">
            <AnswerGroup
              form={form}
              roundId={roundId}
              itemId={item.id}
              number={index + 1}
              total={instrument.items.length}
              title={titles[index]!}
              statement={titles[index] === tools.text(item.statement) ? null : tools.text(item.statement)}
              steps={instrument.scale.steps.map((step) => ({
                value: step.value as Answer,
                label: `${String(step.value)} ${labelWithoutNumber(tools.text(step.label), step.value)}`.trim(),
              }))}
              dontKnow={instrument.dontKnow === undefined ? null : tools.text(instrument.dontKnow)}
              freeText={item.freeText}
              tools={tools}
            />
          </li>
        ))}
      </ol>
      <p className="sl-form-progress">
        {t("formAnswered", { answered: tools.number(answered), total: tools.number(instrument.items.length) })}
      </p>
      <div className="sl-form-actions">
        <button type="submit" className="sl-button sl-button-primary">
          {t("formReview")}
        </button>
      </div>
    </form>
  );
}

/** The id of a field's first control, for the error summary's links. */
function fieldId(roundId: string, field: FormFieldKey, firstItemId: string | undefined): string {
  if (field === "form") return `${roundId}-${firstItemId === undefined ? "title" : `answer-${firstItemId}`}`;
  return `${roundId}-${field.replace(":", "-")}`;
}
