/**
 * The Metodstöd's meeting structure ("Mötesstruktur") as a form over a forum's meeting rules: how many meetings a
 * year, which weekday of which months and when, the notice, the mode, when the meeting is quorate, the notes and
 * their approval (*justering*), and the chair's term. Saving writes the rules through the core's
 * `setForumMeetingRules` ("Använd länets standard" writes none, so the county's rules apply); below the form the
 * year's meeting dates follow the rules as they are typed, so the annual plan and the compliance that the meeting
 * views show come from what the leadership decided.
 */
import { getMeetingRules, stockholmDateOf, type MeetingMode, type MeetingRules } from "@systemledning/core/meetings";
import { setForumMeetingRules } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useRef, useState } from "react";
import { INTL_LOCALE, type KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { fieldIssuesOf, fieldOfPath, FormErrorSummary, SavedNote } from "./form-feedback.js";
import { CheckField, ChoiceGroup, FormPart, SelectField, TextField, type FieldOption } from "./meeting-rules-fields.js";
import {
  draftOfRules,
  MEETING_MODES,
  MEETING_RULES_FIELDS,
  previewPlan,
  rulesOfDraft,
  shareOfValue,
  type MeetingRulesDraft,
  type MeetingRulesField,
} from "./meeting-rules-model.js";
import { MeetingRulesPreview } from "./meeting-rules-preview.js";
import { WORKBOOK_FORM_MESSAGES, type WorkbookFormMessageKey, type WorkbookFormTools } from "./messages-forms.js";
import { useFormSave } from "./use-form-save.js";

/** What `onChange` is told besides the change: the command and the forum. */
export interface MeetingRulesChangeContext {
  readonly command: "setForumMeetingRules";
  readonly forumId: string;
}

/** Props of {@link MeetingRulesForm}. */
export interface MeetingRulesFormProps extends WidgetProps {
  /** The workspace: its profile holds the meeting rules. */
  readonly workspace: Workspace;
  /** The forum whose meeting structure is decided. */
  readonly forumId: string;
  /** Hands the host the change (`setForumMeetingRules` with its intent bound) to save; its answer is shown. */
  readonly onChange: KitChangeHandler<MeetingRulesChangeContext>;
  /** The year whose meetings the preview shows. @default the current year in Stockholm */
  readonly year?: number | undefined;
  /** @default "Mötesstruktur" */
  readonly title?: string | undefined;
  /** The heading level of the title; the preview's is one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * A forum's meeting rules as a form, with the year's meeting dates they give.
 *
 * @example
 * <MeetingRulesForm workspace={workspace} forumId="f-mora" year={2027}
 *   onChange={(change) => updates.apply(change)} />
 */
export function MeetingRulesForm(props: MeetingRulesFormProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.forumId}
    >
      <MeetingRulesFormBody key={props.forumId} {...props} />
    </Widget>
  );
}

const ORDINALS: readonly { readonly value: string; readonly key: WorkbookFormMessageKey }[] = [
  { value: "1", key: "meetingRulesOrdinal1" },
  { value: "2", key: "meetingRulesOrdinal2" },
  { value: "3", key: "meetingRulesOrdinal3" },
  { value: "4", key: "meetingRulesOrdinal4" },
  { value: "-1", key: "meetingRulesOrdinalLast" },
];

const MODE_KEYS: Readonly<Record<MeetingMode, WorkbookFormMessageKey>> = {
  physical: "meetingRulesModePhysical",
  digital: "meetingRulesModeDigital",
  hybrid: "meetingRulesModeHybrid",
};

const SHARE_PRESETS = ["", "1/2+", "1/2", "2/3", "3/4"] as const;

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** The weekdays 1 (Monday) … 7 and the months 1 … 12 in the reader's language, from `Intl`. */
function calendarNames(locale: KitLocale): { weekdays: FieldOption[]; months: FieldOption[] } {
  const weekday = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", timeZone: "UTC" });
  // 5 January 2026 was a Monday.
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: capitalised(weekday.format(new Date(Date.UTC(2026, 0, 4 + day)))),
  }));
  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
    value: String(m),
    label: capitalised(month.format(new Date(Date.UTC(2026, m - 1, 15)))),
  }));
  return { weekdays, months };
}

/** The words of a quorum share: "Mer än hälften", "Minst 3/5". */
function shareLabel(value: string, t: WorkbookFormTools["t"]): string {
  const share = shareOfValue(value);
  if (share === undefined) return t("meetingRulesShareNone");
  const fraction = `${share.numerator}/${share.denominator}`;
  const named: Readonly<Record<string, WorkbookFormMessageKey>> = {
    "1/2": "meetingRulesHalf",
    "2/3": "meetingRulesTwoThirds",
    "3/4": "meetingRulesThreeQuarters",
  };
  const words = named[fraction] === undefined ? fraction : t(named[fraction]);
  return t(share.strictlyMore ? "meetingRulesShareMore" : "meetingRulesShareAtLeast", { share: words });
}

/** The rules a draft starts from: the forum's own, or the county's without their notes (those speak of the county's). */
function baseRules(rules: MeetingRules, own: boolean): MeetingRules {
  if (own) return rules;
  const { notes: _notes, ...rest } = rules;
  return rest;
}

function MeetingRulesFormBody({ workspace, forumId, onChange, year, title, headingLevel = 2 }: MeetingRulesFormProps) {
  const tools = useKitLocale(undefined, WORKBOOK_FORM_MESSAGES);
  const { t, number, locale } = tools;
  const announce = useAnnounce();
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const form = useFormSave<MeetingRulesChangeContext>({ workspace, onChange, announce });
  const { rules, source } = getMeetingRules(workspace.profile, forumId);
  const saved = useMemo(() => draftOfRules(rules), [rules]);
  const [draft, setDraft] = useState<MeetingRulesDraft | null>(null);
  const shown = draft ?? saved;
  const planYear = year ?? Number(stockholmDateOf(new Date().toISOString()).slice(0, 4));
  const forum = workspace.forums.find((f) => f.id === forumId);
  const base = useMemo(() => baseRules(rules, source === "forum"), [rules, source]);
  const plan = useMemo(
    () => (forum === undefined ? null : previewPlan(workspace, forumId, planYear, shown, base)),
    [workspace, forum, forumId, planYear, shown, base],
  );
  const names = useMemo(() => calendarNames(locale), [locale]);
  const Heading = `h${headingLevel}` as const;

  if (forum === undefined)
    return (
      <p className="sl-alert" role="alert">
        {t("workbookFormsUnknownForum", { forumId })}
      </p>
    );

  const issues = fieldIssuesOf(form.issues, MEETING_RULES_FIELDS, (issue) =>
    fieldOfPath(issue, ["intent", "rules"], MEETING_RULES_FIELDS),
  );
  const fieldIdOf = (key: MeetingRulesField) => `${id}-${key.replace(/\./g, "-")}`;
  const field = (key: MeetingRulesField) => ({ id: fieldIdOf(key), issues: issues.byField.get(key) ?? [] });
  const update = (change: Partial<MeetingRulesDraft>) => {
    setDraft((previous) => ({ ...(previous ?? saved), ...change }));
    form.edited();
  };
  const refused = (count: number) =>
    count === 1 ? t("workbookFormsErrorsOne") : t("workbookFormsErrors", { count: number(count) });
  const context: MeetingRulesChangeContext = { command: "setForumMeetingRules", forumId };

  const save = () => {
    const intent = { forumId, rules: rulesOfDraft(shown, base) };
    const count = plan?.meetings.length ?? 0;
    void form.save(
      (ws) => setForumMeetingRules(ws, intent),
      context,
      t("meetingRulesSavedAnnounce", { count: number(count), year: planYear }),
      refused,
    );
  };
  const restoreDefaults = async () => {
    const kept = await form.save(
      (ws) => setForumMeetingRules(ws, { forumId, rules: null }),
      context,
      t("meetingRulesDefaultsAnnounce"),
      refused,
    );
    if (kept) setDraft(null);
  };

  const shareValues: string[] = [...SHARE_PRESETS];
  if (!shareValues.includes(shown.share)) shareValues.push(shown.share);
  const labels: Readonly<Record<MeetingRulesField, string>> = {
    "meetingsPerYear.min": t("meetingRulesMin"),
    "meetingsPerYear.max": t("meetingRulesMax"),
    "recurrence.ordinal": t("meetingRulesOrdinal"),
    "recurrence.weekday": t("meetingRulesWeekday"),
    "recurrence.months": t("meetingRulesMonths"),
    "recurrence.startTime": t("meetingRulesStartTime"),
    "recurrence.durationMinutes": t("meetingRulesDuration"),
    noticeDays: t("meetingRulesNoticeDays"),
    defaultMode: t("meetingRulesDefaultMode"),
    allowedModes: t("meetingRulesAllowedModes"),
    "quorum.share": t("meetingRulesShare"),
    "quorum.everyPrincipalRepresented": t("meetingRulesEveryPrincipal"),
    "quorum.chairOrViceChairPresent": t("meetingRulesChairPresent"),
    notesWithinDays: t("meetingRulesNotesWithin"),
    reviewDays: t("meetingRulesReviewDays"),
    "chair.termMonths": t("meetingRulesChairTerm"),
    "chair.rotatesBetweenPrincipals": t("meetingRulesChairRotates"),
  };
  const modeOptions = MEETING_MODES.map((mode) => ({ value: mode, label: t(MODE_KEYS[mode]) }));
  const sourceKey: WorkbookFormMessageKey =
    source === "forum"
      ? "meetingRulesSourceForum"
      : source === "profile-default"
        ? "meetingRulesSourceProfile"
        : "meetingRulesSourceBuiltIn";

  return (
    <section ref={rootRef} className="sl-workbook-form sl-workbook-rules" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="sl-workbook-form-title sl-text">
        {title ?? t("meetingRulesTitle")}
      </Heading>
      <p className="sl-text">{t("meetingRulesIntro", { forum: forum.shortName ?? forum.name })}</p>
      <p>{t(sourceKey)}</p>
      <form
        className="sl-form sl-workbook-rules-form"
        aria-labelledby={`${id}-title`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.pending) save();
        }}
      >
        <FormPart legend={t("meetingRulesHowOften")}>
          <TextField
            field={field("meetingsPerYear.min")}
            label={labels["meetingsPerYear.min"]}
            value={shown.meetingsMin}
            onChange={(meetingsMin) => update({ meetingsMin })}
          />
          <TextField
            field={field("meetingsPerYear.max")}
            label={labels["meetingsPerYear.max"]}
            value={shown.meetingsMax}
            onChange={(meetingsMax) => update({ meetingsMax })}
          />
        </FormPart>
        <FormPart legend={t("meetingRulesWhen")}>
          <SelectField
            field={field("recurrence.ordinal")}
            label={labels["recurrence.ordinal"]}
            options={ORDINALS.map((o) => ({ value: o.value, label: t(o.key) }))}
            value={shown.ordinal}
            onChange={(ordinal) => update({ ordinal })}
          />
          <SelectField
            field={field("recurrence.weekday")}
            label={labels["recurrence.weekday"]}
            options={names.weekdays}
            value={shown.weekday}
            onChange={(weekday) => update({ weekday })}
          />
          <ChoiceGroup
            field={field("recurrence.months")}
            legend={labels["recurrence.months"]}
            type="checkbox"
            options={names.months}
            chosen={shown.months.map(String)}
            onChange={(value, checked) => {
              const month = Number(value);
              const others = shown.months.filter((m) => m !== month);
              update({ months: checked ? [...others, month].sort((a, b) => a - b) : others });
            }}
          />
          <TextField
            field={field("recurrence.startTime")}
            label={labels["recurrence.startTime"]}
            hint={t("meetingRulesStartTimeHint")}
            numeric={false}
            value={shown.startTime}
            onChange={(startTime) => update({ startTime })}
          />
          <TextField
            field={field("recurrence.durationMinutes")}
            label={labels["recurrence.durationMinutes"]}
            value={shown.durationMinutes}
            onChange={(durationMinutes) => update({ durationMinutes })}
          />
          <TextField
            field={field("noticeDays")}
            label={labels.noticeDays}
            value={shown.noticeDays}
            onChange={(noticeDays) => update({ noticeDays })}
          />
        </FormPart>
        <FormPart legend={t("meetingRulesHow")}>
          <ChoiceGroup
            field={field("defaultMode")}
            legend={labels.defaultMode}
            type="radio"
            options={modeOptions}
            chosen={[shown.defaultMode]}
            onChange={(value) => update({ defaultMode: value as MeetingMode })}
          />
          <ChoiceGroup
            field={field("allowedModes")}
            legend={labels.allowedModes}
            type="checkbox"
            options={modeOptions}
            chosen={shown.allowedModes}
            onChange={(value, checked) => {
              const others = shown.allowedModes.filter((mode) => mode !== value);
              update({ allowedModes: checked ? [...others, value as MeetingMode] : others });
            }}
          />
        </FormPart>
        <FormPart legend={t("meetingRulesQuorum")}>
          <p className="sl-field-hint">{t("meetingRulesQuorumHint")}</p>
          <SelectField
            field={field("quorum.share")}
            label={labels["quorum.share"]}
            options={shareValues.map((value) => ({ value, label: shareLabel(value, t) }))}
            value={shown.share}
            onChange={(share) => update({ share })}
          />
          <CheckField
            field={field("quorum.everyPrincipalRepresented")}
            label={labels["quorum.everyPrincipalRepresented"]}
            checked={shown.everyPrincipalRepresented}
            onChange={(everyPrincipalRepresented) => update({ everyPrincipalRepresented })}
          />
          <CheckField
            field={field("quorum.chairOrViceChairPresent")}
            label={labels["quorum.chairOrViceChairPresent"]}
            checked={shown.chairOrViceChairPresent}
            onChange={(chairOrViceChairPresent) => update({ chairOrViceChairPresent })}
          />
        </FormPart>
        <FormPart legend={t("meetingRulesNotes")}>
          <TextField
            field={field("notesWithinDays")}
            label={labels.notesWithinDays}
            value={shown.notesWithinDays}
            onChange={(notesWithinDays) => update({ notesWithinDays })}
          />
          <TextField
            field={field("reviewDays")}
            label={labels.reviewDays}
            value={shown.reviewDays}
            onChange={(reviewDays) => update({ reviewDays })}
          />
        </FormPart>
        <FormPart legend={t("meetingRulesChair")}>
          <CheckField
            field={{ id: `${id}-chair-stated`, issues: [] }}
            label={t("meetingRulesChairStated")}
            checked={shown.chairStated}
            onChange={(chairStated) => update({ chairStated })}
          />
          {shown.chairStated ? (
            <>
              <TextField
                field={field("chair.termMonths")}
                label={labels["chair.termMonths"]}
                value={shown.chairTermMonths}
                onChange={(chairTermMonths) => update({ chairTermMonths })}
              />
              <CheckField
                field={field("chair.rotatesBetweenPrincipals")}
                label={labels["chair.rotatesBetweenPrincipals"]}
                checked={shown.chairRotates}
                onChange={(chairRotates) => update({ chairRotates })}
              />
            </>
          ) : null}
        </FormPart>
        <FormErrorSummary
          entries={[...issues.byField].map(([key, list]) => ({
            fieldId: fieldIdOf(key as MeetingRulesField),
            label: labels[key as MeetingRulesField],
            issues: list,
          }))}
          other={issues.other}
          attempt={form.attempt}
          root={rootRef}
        />
        <div className="sl-form-actions">
          <button type="submit" className="sl-button sl-button-primary" aria-disabled={form.pending || undefined}>
            {form.pending ? t("workbookFormsSaving") : t("meetingRulesSave")}
          </button>
          {source === "forum" ? (
            <button
              type="button"
              className="sl-button"
              aria-describedby={`${id}-defaults-hint`}
              onClick={() => {
                if (!form.pending) void restoreDefaults();
              }}
            >
              {t("meetingRulesUseDefaults")}
            </button>
          ) : null}
          <SavedNote saved={form.saved} />
        </div>
        {source === "forum" ? (
          <p id={`${id}-defaults-hint`} className="sl-field-hint">
            {t("meetingRulesUseDefaultsHint")}
          </p>
        ) : null}
      </form>
      <MeetingRulesPreview
        plan={plan}
        year={planYear}
        titleId={`${id}-preview`}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
      />
    </section>
  );
}
