/**
 * The state and rules of the self-assessment form, apart from its markup, so the markup can be replaced and the rules
 * tested on their own. The form checks what a person can fix on the spot (an answer for every statement, a leadership,
 * the length of a comment) with messages that name the statement; the response is then validated by the core's door,
 * `safeParseAssessmentResponse`, against the workspace (scale, items, duplicate groupings), and only a response that
 * passes is handed to the host.
 */
import {
  replaceAssessmentResponse,
  safeParseAssessmentResponse,
  submitAssessmentResponse,
  type Answer,
  type AssessmentResponse,
  type AssessmentRound,
  type Instrument,
} from "@systemledning/core/assessment";
import type { Workspace } from "@systemledning/core/workspace";
import { useCallback, useMemo, useState } from "react";
import { refusalOf, type KitChangeHandler } from "../store/change.js";
import type { ScoringTools } from "./messages.js";

/** Where in the form a message belongs: a statement, the leadership list, or a comment. */
export type FormFieldKey = `answer:${string}` | `comment:${string}` | "leadership" | "grouping" | "form";

/** One message to show: its field and its words. */
export interface FormError {
  readonly field: FormFieldKey;
  readonly message: string;
}

/** The step the form is on. */
export type FormStep = "answering" | "review" | "submitted";

/** What the person has entered so far. */
export interface FormValues {
  readonly leadershipId: string;
  readonly grouping: string;
  /** The answer per item: a scale value, "dont-know", or absent. */
  readonly answers: Readonly<Record<string, Answer>>;
  readonly comments: Readonly<Record<string, string>>;
}

/** Options of {@link useAssessmentForm}. */
export interface UseAssessmentFormOptions {
  readonly workspace: Workspace;
  readonly round: AssessmentRound;
  readonly instrument: Instrument;
  readonly initial: FormValues;
  /** The response being corrected, when the form edits one. */
  readonly replacing: AssessmentResponse | undefined;
  readonly responseId: (values: FormValues) => string;
  readonly now: () => Date;
  readonly maxCommentLength: number;
  readonly tools: ScoringTools;
  readonly onSubmit?:
    ((response: AssessmentResponse, context: { readonly replaces: string | null }) => void) | undefined;
  readonly onChange?: KitChangeHandler<AssessmentChangeContext> | undefined;
}

/** What the form's `onChange` is told besides the change: the command and the response it stores. */
export interface AssessmentChangeContext {
  readonly command: "submitAssessmentResponse" | "replaceAssessmentResponse";
  /** The id of the response stored. */
  readonly responseId: string;
  /** The id of the response it replaces, or null for a new one. */
  readonly replaces: string | null;
}

/** The field of a core issue's path (`answers.<item>` → that statement; `freeTexts.<item>` → its comment). */
export function fieldOfPath(segments: readonly (string | number)[]): FormFieldKey {
  const [head, key] = segments;
  if (head === "answers" && typeof key === "string") return `answer:${key}`;
  if (head === "freeTexts" && typeof key === "string") return `comment:${key}`;
  if (head === "leadershipId") return "leadership";
  if (head === "grouping") return "grouping";
  return "form";
}

/**
 * The checks a person can act on, in the order of the form: the leadership, then each statement's answer
 * and comment. Returns no errors when the values may be sent for the core's validation.
 */
export function checkFormValues(
  values: FormValues,
  instrument: Instrument,
  options: { readonly needsLeadership: boolean; readonly maxCommentLength: number; readonly tools: ScoringTools },
): FormError[] {
  const { tools } = options;
  const errors: FormError[] = [];
  if (options.needsLeadership && values.leadershipId === "")
    errors.push({ field: "leadership", message: tools.t("formErrorLeadership") });
  instrument.items.forEach((item, index) => {
    if (values.answers[item.id] === undefined)
      errors.push({ field: `answer:${item.id}`, message: tools.t("formErrorRequired", { number: index + 1 }) });
    const comment = values.comments[item.id] ?? "";
    if (comment.length > options.maxCommentLength) {
      errors.push({
        field: `comment:${item.id}`,
        message: tools.t("formErrorTooLong", { number: index + 1, max: tools.number(options.maxCommentLength) }),
      });
    }
  });
  return errors;
}

/**
 * The response the values make: answers as given, comments trimmed and empty ones left out, the grouping
 * only when one is named. Plain data, to be validated by the core.
 */
export function buildResponseInput(
  values: FormValues,
  options: {
    readonly id: string;
    readonly roundId: string;
    readonly submittedAt: string;
    readonly instrument: Instrument;
    readonly anonymous?: boolean;
  },
): Record<string, unknown> {
  const freeTexts: Record<string, string> = {};
  for (const item of options.instrument.items) {
    const comment = (values.comments[item.id] ?? "").trim();
    if (item.freeText && comment !== "") freeTexts[item.id] = comment;
  }
  const grouping = values.grouping.trim();
  // An event poll's participant is anonymous: the response names no leadership and no grouping.
  const respondent =
    options.anonymous === true ? {} : { leadershipId: values.leadershipId, ...(grouping === "" ? {} : { grouping }) };
  return {
    id: options.id,
    roundId: options.roundId,
    ...respondent,
    submittedAt: options.submittedAt,
    answers: { ...values.answers },
    freeTexts,
  };
}

/** An ISO 8601 date-time with the local offset (`2025-10-14T09:30:00+02:00`), as the core's schema wants it. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** What {@link useAssessmentForm} gives the view. */
export interface AssessmentFormState {
  readonly step: FormStep;
  readonly values: FormValues;
  readonly errors: readonly FormError[];
  readonly submitted: AssessmentResponse | null;
  readonly setAnswer: (itemId: string, answer: Answer) => void;
  readonly setComment: (itemId: string, comment: string) => void;
  readonly setLeadership: (leadershipId: string) => void;
  readonly setGrouping: (grouping: string) => void;
  /** Check the values; go to the review when they pass. Returns the errors found. */
  readonly review: () => readonly FormError[];
  /** Back to the questions (from the review). */
  readonly edit: () => void;
  /** After sending: start again from an empty form, for another grouping or leadership. */
  readonly reset: () => void;
  /** Validate through the core and hand the response to the host. Returns the errors found. */
  readonly submit: () => readonly FormError[];
  readonly errorFor: (field: FormFieldKey) => FormError | undefined;
}

/**
 * The form's state and its transitions: answering → review → submitted, back to answering from the review
 * or when the core refuses the response.
 */
export function useAssessmentForm(options: UseAssessmentFormOptions): AssessmentFormState {
  const { workspace, round, instrument, replacing, tools, onSubmit, onChange } = options;
  const [step, setStep] = useState<FormStep>("answering");
  const [values, setValues] = useState<FormValues>(options.initial);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [submitted, setSubmitted] = useState<AssessmentResponse | null>(null);
  const needsLeadership = round.kind === "self-assessment";

  // A corrected field loses its message at once; the others stay until the next check.
  const clear = useCallback(
    (field: FormFieldKey) =>
      setErrors((previous) =>
        previous.some((e) => e.field === field) ? previous.filter((e) => e.field !== field) : previous,
      ),
    [],
  );

  const check = () =>
    checkFormValues(values, instrument, { needsLeadership, maxCommentLength: options.maxCommentLength, tools });

  const review = () => {
    const found = check();
    setErrors(found);
    if (found.length === 0) setStep("review");
    return found;
  };

  const submit = () => {
    const found = check();
    if (found.length > 0) {
      setErrors(found);
      setStep("answering");
      return found;
    }
    const input = buildResponseInput(values, {
      id: options.responseId(values),
      roundId: round.id,
      submittedAt: isoWithOffset(options.now()),
      instrument,
      anonymous: !needsLeadership,
    });
    const parsed = safeParseAssessmentResponse(
      workspace,
      input,
      replacing === undefined ? {} : { replacing: replacing.id },
    );
    if (!parsed.ok) {
      const refused = parsed.error.issues.map((issue) => ({
        field: fieldOfPath(issue.pathSegments),
        message: tools.text(issue.message),
      }));
      setErrors(refused);
      setStep("answering");
      return refused;
    }
    setErrors([]);
    setSubmitted(parsed.value);
    setStep("submitted");
    const response = parsed.value;
    const replaces = replacing?.id ?? null;
    onSubmit?.(response, { replaces });
    if (onChange !== undefined) void handOver(response, replaces);
    return [];
  };

  /**
   * Hand the response to a host that saves through `updateWorkspace`: the command that stores it, applied to what
   * the store holds now. A refusal there (the round closed, the grouping answered meanwhile) takes the person back
   * to the questions with the core's reasons, everything typed kept.
   */
  const handOver = async (response: AssessmentResponse, replaces: string | null) => {
    const outcome = await onChange?.(
      (ws) => (replaces === null ? submitAssessmentResponse(ws, response) : replaceAssessmentResponse(ws, response)),
      {
        command: replaces === null ? "submitAssessmentResponse" : "replaceAssessmentResponse",
        responseId: response.id,
        replaces,
      },
    );
    const refused = refusalOf(outcome);
    if (refused === null) return;
    setErrors(
      refused.issues.map((issue) => ({ field: fieldOfPath(issue.pathSegments), message: tools.text(issue.message) })),
    );
    setSubmitted(null);
    setStep("answering");
  };

  const errorFor = useMemo(() => {
    const byField = new Map<FormFieldKey, FormError>();
    for (const error of errors) if (!byField.has(error.field)) byField.set(error.field, error);
    return (field: FormFieldKey) => byField.get(field);
  }, [errors]);

  return {
    step,
    values,
    errors,
    submitted,
    setAnswer: (itemId, answer) => {
      setValues((v) => ({ ...v, answers: { ...v.answers, [itemId]: answer } }));
      clear(`answer:${itemId}`);
    },
    setComment: (itemId, comment) => {
      setValues((v) => ({ ...v, comments: { ...v.comments, [itemId]: comment } }));
      clear(`comment:${itemId}`);
    },
    setLeadership: (leadershipId) => {
      setValues((v) => ({ ...v, leadershipId }));
      clear("leadership");
    },
    setGrouping: (grouping) => {
      setValues((v) => ({ ...v, grouping }));
      clear("grouping");
    },
    review,
    edit: () => setStep("answering"),
    reset: () => {
      setValues(options.initial);
      setErrors([]);
      setSubmitted(null);
      setStep("answering");
    },
    submit,
    errorFor,
  };
}

/** The values a response fills in (when correcting one), or empty ones. */
export function initialValues(
  response: AssessmentResponse | undefined,
  leadershipId: string | undefined,
  grouping: string | undefined,
): FormValues {
  if (response === undefined)
    return { leadershipId: leadershipId ?? "", grouping: grouping ?? "", answers: {}, comments: {} };
  return {
    leadershipId: response.leadershipId ?? leadershipId ?? "",
    grouping: response.grouping ?? grouping ?? "",
    answers: { ...response.answers },
    comments: { ...response.freeTexts },
  };
}

/** A response id that is unique per leadership, grouping and moment, and valid as a core `Id`. */
export function defaultResponseId(roundId: string, values: FormValues, now: Date): string {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const parts = [
    roundId,
    values.leadershipId === "" ? "svar" : values.leadershipId,
    slug(values.grouping),
    String(now.getTime()),
  ].filter((part) => part !== "");
  return parts.join("-").slice(0, 128);
}
