/**
 * A check-in (*avstämning*) as a form: a leadership reports each activity's status on a plan for a period, then
 * answers the Metodstöd's follow-up questions ("Uppföljning och utvärdering"). The activities start from their latest
 * reported statuses; saving runs the core's `recordCheckIn` on the shown workspace, so a refusal shows at once at
 * its fields with a summary that takes focus, and hands the command to the host. What is typed is kept as a draft
 * (`primitives/drafts.ts`) until the check-in is saved, so a reload or a closed tab loses nothing.
 */
import { getLatestActivityStatuses, recordCheckIn } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { createDraftStore, type DraftStorage, type DraftValue } from "../primitives/drafts.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { fieldIssuesOf, FormErrorSummary, SavedNote } from "../workbook/form-feedback.js";
import { ChoiceGroup, FormPart, TextField } from "../workbook/meeting-rules-fields.js";
import { useFormSave } from "../workbook/use-form-save.js";
import { ActivityReport, TextAreaField } from "./check-in-fields.js";
import {
  checkInFieldKeys,
  checkInOfValues,
  fieldOfCheckInPath,
  prefilledValues,
  reportedActivities,
  type ActivityPart,
  type CheckInFieldKey,
} from "./check-in-model.js";
import { CHECK_IN_MESSAGES, type CheckInMessageKey } from "./messages.js";

/** What `onChange` is told besides the change: the command, the plan, the leadership and the new check-in's id. */
export interface CheckInChangeContext {
  readonly command: "recordCheckIn";
  readonly planId: string;
  readonly leadershipId: string;
  readonly checkInId: string;
}

/** Props of {@link CheckInForm}. */
export interface CheckInFormProps extends WidgetProps {
  /** The workspace: its plans, activities and earlier check-ins. */
  readonly workspace: Workspace;
  /** The plan checked in on. */
  readonly planId: string;
  /** The leadership that checks in. */
  readonly leadershipId: string;
  /** Today, `YYYY-MM-DD`: the check-in's default date, and the day the latest statuses and the period are read on. */
  readonly asOf: string;
  /** Hands the host the change (`recordCheckIn` with the check-in bound) to save; its answer is shown. */
  readonly onChange: KitChangeHandler<CheckInChangeContext>;
  /** Where drafts are kept. @default localStorage, else memory */
  readonly draftStorage?: DraftStorage | null | undefined;
  /** The heading level of the title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * A leadership's check-in on a plan.
 *
 * @example
 * <CheckInForm workspace={workspace} planId="plan-lokal-falun" leadershipId="ls-falun" asOf="2026-05-13"
 *   onChange={(change) => updates.apply(change)} />
 */
export function CheckInForm(props: CheckInFormProps) {
  const key = `${props.planId}|${props.leadershipId}`;
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={key}
    >
      <CheckInFormBody key={key} {...props} />
    </Widget>
  );
}

const NO_DRAFTS: Readonly<Record<string, DraftValue>> = Object.freeze({});
/** The rating's choices and their words (named in full, so a test finds every text the kit uses). */
const RATINGS = {
  "1": "checkInVisionRating1",
  "2": "checkInVisionRating2",
  "3": "checkInVisionRating3",
  "4": "checkInVisionRating4",
  "5": "checkInVisionRating5",
} as const satisfies Record<string, CheckInMessageKey>;
const FOLLOW_UP_LABELS = {
  "followUp.activitiesAndResults": "checkInActivitiesAndResults",
  "followUp.lessons": "checkInLessons",
  "followUp.successFactors": "checkInSuccessFactors",
  "followUp.challenges": "checkInChallenges",
  "followUp.visionRating": "checkInVisionRating",
  "followUp.visionAssessment": "checkInVisionAssessment",
} as const satisfies Record<string, CheckInMessageKey>;
const PART_LABELS = {
  status: "checkInStatus",
  progress: "checkInProgress",
  rag: "checkInRag",
  comment: "checkInComment",
} as const satisfies Record<ActivityPart, CheckInMessageKey>;

function CheckInFormBody(props: CheckInFormProps) {
  const { workspace, planId, leadershipId, asOf, onChange, draftStorage, headingLevel = 2 } = props;
  const tools = useKitLocale(undefined, CHECK_IN_MESSAGES);
  const { t, number, locale } = tools;
  const announce = useAnnounce();
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const form = useFormSave<CheckInChangeContext>({ workspace, onChange, announce });
  const plan = workspace.plans.find((p) => p.id === planId);
  const leadership = workspace.leaderships.find((l) => l.id === leadershipId);
  const keys = useMemo(() => (plan === undefined ? [] : checkInFieldKeys(plan)), [plan]);
  const storeKeys = useMemo(() => keys.map((k) => `check-in:${planId}:${k}`), [keys, planId]);
  const store = useMemo(() => createDraftStore(leadershipId, draftStorage), [leadershipId, draftStorage]);
  // The drafts live in the storage (an external store): the server and hydration see none, the client its own.
  const drafts = useSyncExternalStore(
    store.subscribe,
    () => store.snapshot(storeKeys),
    () => NO_DRAFTS,
  );
  const prefilled = useMemo(
    () => (plan === undefined ? {} : prefilledValues(workspace, plan, leadershipId, asOf)),
    [workspace, plan, leadershipId, asOf],
  );
  const latest = useMemo(() => getLatestActivityStatuses(workspace, planId, asOf), [workspace, planId, asOf]);
  const restored = [...store.loaded()].some((k) => k in drafts);
  // A draft that says what is shown anyway is no draft: the storage forgets it.
  useEffect(() => {
    for (const [k, draft] of Object.entries(drafts)) {
      const field = k.slice(`check-in:${planId}:`.length);
      if (draft === (prefilled[field] ?? "")) store.remove(k);
    }
  }, [store, drafts, prefilled, planId]);
  const Heading = `h${headingLevel}` as const;

  if (plan === undefined) return <p className="sl-text">{t("checkInNoPlan")}</p>;
  if (leadership === undefined)
    return (
      <p className="sl-alert" role="alert">
        {t("checkInUnknownLeadership", { leadershipId })}
      </p>
    );

  const value = (key: CheckInFieldKey): string => {
    const draft = drafts[`check-in:${planId}:${key}`];
    return typeof draft === "string" ? draft : (prefilled[key] ?? "");
  };
  const edit = (key: CheckInFieldKey, next: string) => {
    store.write(`check-in:${planId}:${key}`, next);
    form.edited();
  };
  const formatDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatLocaleDate(iso, locale) : iso);
  const issues = fieldIssuesOf(form.issues, keys, (issue) => fieldOfCheckInPath(issue.pathSegments, plan));
  const fieldIdOf = (key: CheckInFieldKey) => `${id}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const field = (key: CheckInFieldKey) => ({ id: fieldIdOf(key), issues: issues.byField.get(key) ?? [] });
  const activities = reportedActivities(plan);
  const labelOf = (key: CheckInFieldKey): string => {
    if (key === "date") return t("checkInDate");
    if (key === "period.from") return t("checkInFrom");
    if (key === "period.to") return t("checkInTo");
    if (key.startsWith("followUp.")) return t(FOLLOW_UP_LABELS[key as keyof typeof FOLLOW_UP_LABELS]);
    const [, activityId, part] = key.split(":") as [string, string, ActivityPart];
    const title = activities.find((a) => a.id === activityId)?.title ?? activityId;
    return `${title}: ${t(PART_LABELS[part])}`;
  };

  const save = async () => {
    const checkIn = checkInOfValues(workspace, plan, leadershipId, value);
    const period = checkIn.period as { from: string; to: string };
    const kept = await form.save(
      (ws) => recordCheckIn(ws, checkIn),
      { command: "recordCheckIn", planId, leadershipId, checkInId: String(checkIn.id) },
      t("checkInSavedAnnounce", { from: formatDate(period.from), to: formatDate(period.to) }),
      (count) => (count === 1 ? t("checkInErrorsOne") : t("checkInErrors", { count: number(count) })),
    );
    // Saved: the drafts are done with; the next check-in starts from the statuses just reported.
    if (kept) for (const k of storeKeys) store.remove(k);
  };

  const text3 = (key: "followUp.lessons" | "followUp.successFactors" | "followUp.challenges") => (
    <TextAreaField field={field(key)} label={labelOf(key)} value={value(key)} onChange={(v) => edit(key, v)} />
  );

  return (
    <section ref={rootRef} className="sl-check-in-form" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="sl-check-in-title sl-text">
        {t("checkInFormTitle")}
      </Heading>
      <p className="sl-text">{t("checkInFormIntro", { leadership: leadership.name, plan: plan.title })}</p>
      {restored ? (
        <div className="sl-check-in-draft-note">
          <p>
            <span className="sl-status" data-status="info">
              {t("checkInDraftRestored")}
            </span>
          </p>
          <button
            type="button"
            className="sl-button"
            onClick={() => {
              for (const k of storeKeys) store.remove(k);
              announce(t("checkInDraftDiscarded"));
            }}
          >
            {t("checkInDiscardDraft")}
          </button>
        </div>
      ) : null}
      <form
        className="sl-form sl-check-in-fields"
        aria-labelledby={`${id}-title`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.pending) void save();
        }}
      >
        <FormPart legend={t("checkInWhen")}>
          {(["date", "period.from", "period.to"] as const).map((key) => (
            <TextField
              key={key}
              field={field(key)}
              label={labelOf(key)}
              hint={key === "date" ? t("checkInDateHint") : undefined}
              numeric={false}
              value={value(key)}
              onChange={(v) => edit(key, v)}
            />
          ))}
        </FormPart>
        <FormPart legend={t("checkInActivities")}>
          {activities.length === 0 ? <p>{t("checkInNoActivities")}</p> : null}
          {activities.map((activity) => {
            const keyOf = (part: ActivityPart): CheckInFieldKey => `activity:${activity.id}:${part}`;
            return (
              <ActivityReport
                key={activity.id}
                activity={activity}
                fields={{
                  status: field(keyOf("status")),
                  progress: field(keyOf("progress")),
                  rag: field(keyOf("rag")),
                  comment: field(keyOf("comment")),
                }}
                values={{
                  status: value(keyOf("status")),
                  progress: value(keyOf("progress")),
                  rag: value(keyOf("rag")),
                  comment: value(keyOf("comment")),
                }}
                latest={latest.get(activity.id)}
                tools={tools}
                formatDate={formatDate}
                onChange={(part, next) => {
                  edit(keyOf(part), next);
                  // Done is all done and not started nothing (the core's rule): the share follows the status.
                  if (part === "status" && next === "done") edit(keyOf("progress"), "100");
                  if (part === "status" && next === "not-started") edit(keyOf("progress"), "0");
                }}
              />
            );
          })}
        </FormPart>
        <FormPart legend={t("checkInFollowUp")}>
          <TextAreaField
            field={field("followUp.activitiesAndResults")}
            label={labelOf("followUp.activitiesAndResults")}
            rows={4}
            value={value("followUp.activitiesAndResults")}
            onChange={(v) => edit("followUp.activitiesAndResults", v)}
          />
          <fieldset className="sl-workbook-group">
            <legend className="sl-workbook-group-legend sl-text">{t("checkInReflection")}</legend>
            {text3("followUp.lessons")}
            {text3("followUp.successFactors")}
            {text3("followUp.challenges")}
          </fieldset>
          <fieldset className="sl-workbook-group">
            <legend className="sl-workbook-group-legend sl-text">{t("checkInVision")}</legend>
            <ChoiceGroup
              field={field("followUp.visionRating")}
              legend={labelOf("followUp.visionRating")}
              type="radio"
              options={Object.entries(RATINGS).map(([r, key]) => ({ value: r, label: t(key) }))}
              chosen={[value("followUp.visionRating")]}
              onChange={(v) => edit("followUp.visionRating", v)}
            />
            <TextAreaField
              field={field("followUp.visionAssessment")}
              label={labelOf("followUp.visionAssessment")}
              value={value("followUp.visionAssessment")}
              onChange={(v) => edit("followUp.visionAssessment", v)}
            />
          </fieldset>
        </FormPart>
        <FormErrorSummary
          entries={[...issues.byField].map(([key, list]) => ({
            fieldId: fieldIdOf(key as CheckInFieldKey),
            label: labelOf(key as CheckInFieldKey),
            issues: list,
          }))}
          other={issues.other}
          attempt={form.attempt}
          root={rootRef}
        />
        <div className="sl-form-actions">
          <button type="submit" className="sl-button sl-button-primary" aria-disabled={form.pending || undefined}>
            {form.pending ? t("checkInSaving") : t("checkInSave")}
          </button>
          <SavedNote saved={form.saved} />
        </div>
      </form>
    </section>
  );
}
