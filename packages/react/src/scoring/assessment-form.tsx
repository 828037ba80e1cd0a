/**
 * The digital form of the self-assessment tool: a leadership (or a grouping of it) answers a round of an
 * instrument. One native radio group per statement with the scale's words (and "don't know" where the
 * instrument allows it), a comment per statement, messages linked to their fields and announced, a review
 * of every answer before anything is sent, and the validated response handed to the host through
 * `onSubmit`. Native controls keep it keyboard-only friendly (Tab between groups, arrows within one).
 */
import type { Answer, AssessmentResponse } from "@systemledning/core/assessment";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useId, useMemo, useRef, type FormEvent } from "react";
import { useKitLocale, type KitLocaleTools } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import { classNames, Widget, type WidgetProps } from "../primitives/widget.js";
import { AnswerReview } from "./assessment-review.js";
import { itemTitle, type GoalLike } from "./labels.js";
import {
  defaultResponseId,
  DONT_KNOW,
  initialValues,
  useAssessmentForm,
  type AssessmentFormState,
  type FormError,
  type FormFieldKey,
} from "./use-assessment-form.js";

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
   * `submitAssessmentResponse` (or `replaceAssessmentResponse` when `replaces` is set).
   */
  readonly onSubmit: (response: AssessmentResponse, context: { readonly replaces: string | null }) => void;
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
 *   onSubmit={(response) => store.save(submitAssessmentResponse(workspace, response))} />
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
  const tools = useKitLocale();
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
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(form.step);
  const changeTarget = useRef<string | null>(null);
  // A step change removes the button that was pressed: focus goes to the new step's heading (or, after
  // "change", to the statement to change), never to the top of the page.
  useEffect(() => {
    if (previousStep.current === form.step) return;
    previousStep.current = form.step;
    const target = changeTarget.current === null ? null : document.getElementById(changeTarget.current);
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

/** Scale labels of polls repeat their number ("1 – inte alls"); the radio shows the number once. */
function labelWithoutNumber(label: string, value: number): string {
  const number = String(value);
  if (label === number) return "";
  return label.startsWith(`${number} `) ? label.slice(number.length).replace(/^\s*[–-]\s*/, "") : label;
}

function respondentName(workspace: Workspace, leadershipId: string, grouping: string): string {
  const name = workspace.leaderships.find((l) => l.id === leadershipId)?.name ?? leadershipId;
  return grouping.trim() === "" ? name : `${name}, ${grouping.trim()}`;
}

/** The id of a field's first control, for the error summary's links. */
function fieldId(roundId: string, field: FormFieldKey, firstItemId: string | undefined): string {
  if (field === "form") return `${roundId}-${firstItemId === undefined ? "title" : `answer-${firstItemId}`}`;
  return `${roundId}-${field.replace(":", "-")}`;
}

function errorSummaryTitle(count: number, tools: KitLocaleTools): string {
  return count === 1 ? tools.t("formErrorSummaryOne") : tools.t("formErrorSummary", { count: tools.number(count) });
}

interface ErrorSummaryProps {
  readonly errors: readonly FormError[];
  readonly fieldId: (field: FormFieldKey) => string;
  readonly headingLevel: 3 | 4 | 5;
  readonly tools: KitLocaleTools;
}

function ErrorSummary({ errors, fieldId: idOf, headingLevel, tools }: ErrorSummaryProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="sl-error-summary" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-error-summary-title">
        {errorSummaryTitle(errors.length, tools)}
      </Heading>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.field}-${index}`}>
            <a
              href={`#${idOf(error.field)}`}
              onClick={(event) => {
                // The hash may belong to the host's router: move focus without changing the URL.
                event.preventDefault();
                document.getElementById(idOf(error.field))?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface RespondentFieldsProps {
  readonly form: AssessmentFormState;
  readonly workspace: Workspace;
  readonly roundId: string;
  readonly fixedLeadership: string | undefined;
  readonly tools: KitLocaleTools;
}

function RespondentFields({ form, workspace, roundId, fixedLeadership, tools }: RespondentFieldsProps) {
  const { t } = tools;
  const round = workspace.assessmentRounds.find((r) => r.id === roundId)!;
  const names = useMemo(() => new Map(workspace.leaderships.map((l) => [l.id, l.name])), [workspace]);
  const leadershipError = form.errorFor("leadership");
  const groupingError = form.errorFor("grouping");
  const leadershipId = `${roundId}-leadership`;
  const groupingId = `${roundId}-grouping`;
  return (
    <fieldset className="sl-fieldset sl-form-respondent">
      <legend className="sl-legend-title">{t("formRespondent")}</legend>
      {fixedLeadership === undefined ? (
        <div className={classNames("sl-field", leadershipError !== undefined && "sl-field-invalid")}>
          <label htmlFor={leadershipId}>{t("formLeadership")}</label>
          {leadershipError === undefined ? null : (
            <p id={`${leadershipId}-error`} className="sl-field-error">
              {leadershipError.message}
            </p>
          )}
          <select
            id={leadershipId}
            className="sl-select"
            value={form.values.leadershipId}
            aria-invalid={leadershipError === undefined ? undefined : true}
            aria-describedby={leadershipError === undefined ? undefined : `${leadershipId}-error`}
            onChange={(event) => form.setLeadership(event.target.value)}
          >
            <option value="">{t("formChooseLeadership")}</option>
            {round.leadershipIds.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="sl-field">
          <span className="sl-field-label">{t("formLeadership")}</span>{" "}
          <strong className="sl-text">{names.get(fixedLeadership) ?? fixedLeadership}</strong>
        </p>
      )}
      <div className={classNames("sl-field", groupingError !== undefined && "sl-field-invalid")}>
        <label htmlFor={groupingId}>{t("formGrouping")}</label>
        <p id={`${groupingId}-hint`} className="sl-field-hint">
          {t("formGroupingHint")}
        </p>
        {groupingError === undefined ? null : (
          <p id={`${groupingId}-error`} className="sl-field-error">
            {groupingError.message}
          </p>
        )}
        <input
          id={groupingId}
          className="sl-input"
          type="text"
          autoComplete="off"
          value={form.values.grouping}
          aria-invalid={groupingError === undefined ? undefined : true}
          aria-describedby={classNames(`${groupingId}-hint`, groupingError !== undefined && `${groupingId}-error`)}
          onChange={(event) => form.setGrouping(event.target.value)}
        />
      </div>
    </fieldset>
  );
}

interface AnswerGroupProps {
  readonly form: AssessmentFormState;
  readonly roundId: string;
  readonly itemId: string;
  readonly number: number;
  readonly total: number;
  readonly title: string;
  readonly statement: string | null;
  readonly steps: readonly { readonly value: Answer; readonly label: string }[];
  readonly dontKnow: string | null;
  readonly freeText: boolean;
  readonly tools: KitLocaleTools;
}

function AnswerGroup({
  form,
  roundId,
  itemId,
  number,
  total,
  title,
  statement,
  steps,
  dontKnow,
  freeText,
  tools,
}: AnswerGroupProps) {
  const { t } = tools;
  const answerError = form.errorFor(`answer:${itemId}`);
  const commentError = form.errorFor(`comment:${itemId}`);
  const base = `${roundId}-answer-${itemId}`;
  const commentId = `${roundId}-comment-${itemId}`;
  const options = dontKnow === null ? steps : [...steps, { value: DONT_KNOW as Answer, label: dontKnow }];
  const current = form.values.answers[itemId];
  return (
    <fieldset
      // A fieldset of radios may take the radiogroup role: screen readers then say "radio group" and its size.
      role="radiogroup"
      className={classNames("sl-fieldset", answerError !== undefined && "sl-field-invalid")}
      aria-describedby={classNames(
        statement !== null && `${base}-statement`,
        answerError !== undefined && `${base}-error`,
      )}
    >
      <legend className="sl-legend-title">
        <span className="sl-form-item-number">{t("formQuestionOf", { number, total })}</span>{" "}
        <span className="sl-text">{title}</span>
      </legend>
      {statement === null ? null : (
        <p id={`${base}-statement`} className="sl-form-statement sl-text">
          {statement}
        </p>
      )}
      {answerError === undefined ? null : (
        <p id={`${base}-error`} className="sl-field-error">
          {answerError.message}
        </p>
      )}
      <div className="sl-radios">
        {options.map((option, index) => {
          const id = index === 0 ? base : `${base}-${String(option.value)}`;
          return (
            <div
              key={String(option.value)}
              className={classNames("sl-radio", option.value === DONT_KNOW && "sl-radio-dont-know")}
            >
              <input
                id={id}
                type="radio"
                name={base}
                value={String(option.value)}
                checked={current === option.value}
                aria-invalid={answerError === undefined ? undefined : true}
                onChange={() => form.setAnswer(itemId, option.value)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {freeText ? (
        <div className={classNames("sl-field", commentError !== undefined && "sl-field-invalid")}>
          <label htmlFor={commentId}>{t("formFreeText")}</label>
          {commentError === undefined ? null : (
            <p id={`${commentId}-error`} className="sl-field-error">
              {commentError.message}
            </p>
          )}
          <textarea
            id={commentId}
            className="sl-textarea"
            rows={3}
            value={form.values.comments[itemId] ?? ""}
            aria-invalid={commentError === undefined ? undefined : true}
            aria-describedby={commentError === undefined ? undefined : `${commentId}-error`}
            onChange={(event) => form.setComment(itemId, event.target.value)}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
