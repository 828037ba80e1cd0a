/**
 * The Metodstöd's representation checklist ("Finns representation från exempelvis: …") for one forum: each sector of
 * the profile's catalogue, in its order, as a group of three radios (must be represented, co-opted when needed, does
 * not apply) with who represents it today beside it. Saving writes the forum's required and co-opted sectors through
 * the core's `setForumSectors`.
 *
 * A fieldset per sector rather than a table of radios: a radio group needs a name of its own (the sector), which a
 * table row cannot give; a fieldset's legend does, arrow keys move within it and Tab moves to the next sector.
 */
import { stockholmDateOf } from "@systemledning/core/meetings";
import { isMembershipActive, isSeated, setForumSectors, type Forum } from "@systemledning/core/structure";
import type { Sector, ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useRef, useState } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import { classNames, Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { FieldErrorText, fieldIssuesOf, FormErrorSummary, SavedNote } from "./form-feedback.js";
import { WORKBOOK_FORM_MESSAGES, type WorkbookFormMessageKey } from "./messages-forms.js";
import { useFormSave } from "./use-form-save.js";

/** What a forum asks of a sector. */
export type SectorChoice = "required" | "coOpted" | "none";

/** What `onChange` is told besides the change: the command and the forum. */
export interface SectorChecklistChangeContext {
  readonly command: "setForumSectors";
  readonly forumId: string;
}

/** Props of {@link SectorChecklist}. */
export interface SectorChecklistProps extends WidgetProps {
  /** The workspace: its profile's sector catalogue, the forum and its memberships. */
  readonly workspace: Workspace;
  /** The forum whose representation is chosen. */
  readonly forumId: string;
  /** Hands the host the change (`setForumSectors` with its intent bound) to save; its answer is shown. */
  readonly onChange: KitChangeHandler<SectorChecklistChangeContext>;
  /** The day whose members are shown as representing each sector (`YYYY-MM-DD`). @default today in Stockholm */
  readonly asOf?: string | undefined;
  /** @default "Representation" */
  readonly title?: string | undefined;
  /** The heading level of the title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The language names of people and organisations are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * The representation checklist of a forum, saving its required and co-opted sectors.
 *
 * @example
 * <SectorChecklist workspace={workspace} forumId="f-mora" asOf="2026-05-13"
 *   onChange={(change) => updates.apply(change)} />
 */
export function SectorChecklist(props: SectorChecklistProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.forumId}
    >
      <SectorChecklistBody key={props.forumId} {...props} />
    </Widget>
  );
}

const CHOICES: readonly { readonly value: SectorChoice; readonly key: WorkbookFormMessageKey }[] = [
  { value: "required", key: "sectorChecklistRequired" },
  { value: "coOpted", key: "sectorChecklistCoOpted" },
  { value: "none", key: "sectorChecklistNone" },
];

/** What the forum asks of each sector now. */
export function sectorChoiceOf(forum: Pick<Forum, "requiredSectorIds" | "coOptedSectorIds">, sectorId: string) {
  if (forum.requiredSectorIds.includes(sectorId)) return "required";
  if (forum.coOptedSectorIds.includes(sectorId)) return "coOpted";
  return "none";
}

/** The people who represent each sector in the forum on `asOf`: active, seated members, "Name (Organisation)". */
export function representativesBySector(
  workspace: Workspace,
  forumId: string,
  asOf: string,
): ReadonlyMap<string, readonly string[]> {
  const people = new Map(workspace.people.map((person) => [person.id, person.name]));
  const organisations = new Map(workspace.organisations.map((org) => [org.id, org.shortName ?? org.name]));
  const bySector = new Map<string, string[]>();
  for (const membership of workspace.memberships) {
    if (membership.forumId !== forumId || membership.sectorId === undefined) continue;
    if (!isMembershipActive(membership, asOf) || !isSeated(membership)) continue;
    const organisation = organisations.get(membership.organisationId);
    const name = people.get(membership.personId) ?? membership.personId;
    const entry = organisation === undefined ? name : `${name} (${organisation})`;
    bySector.set(membership.sectorId, [...(bySector.get(membership.sectorId) ?? []), entry]);
  }
  return bySector;
}

function SectorChecklistBody({
  workspace,
  forumId,
  onChange,
  asOf,
  title,
  headingLevel = 2,
  contentLanguage = "sv",
}: SectorChecklistProps) {
  const tools = useKitLocale(undefined, WORKBOOK_FORM_MESSAGES);
  const { t, number, text, locale } = tools;
  const announce = useAnnounce();
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const form = useFormSave<SectorChecklistChangeContext>({ workspace, onChange, announce });
  const [overrides, setOverrides] = useState<Readonly<Record<string, SectorChoice>>>({});
  // The lists last sent, so an issue's path (`requiredSectorIds[2]`) can be traced to its sector.
  const [sent, setSent] = useState<{ required: readonly string[]; coOpted: readonly string[] }>({
    required: [],
    coOpted: [],
  });
  const day = asOf ?? stockholmDateOf(new Date().toISOString());
  const forum = workspace.forums.find((f) => f.id === forumId);
  const sectors: readonly Sector[] = workspace.profile.sectors;
  const representatives = useMemo(() => representativesBySector(workspace, forumId, day), [workspace, forumId, day]);
  const Heading = `h${headingLevel}` as const;
  const contentLang = contentLanguage === locale ? undefined : contentLanguage;

  if (forum === undefined)
    return (
      <p className="sl-alert" role="alert">
        {t("workbookFormsUnknownForum", { forumId })}
      </p>
    );

  const choiceOf = (sectorId: string): SectorChoice => overrides[sectorId] ?? sectorChoiceOf(forum, sectorId);
  const required = sectors.filter((sector) => choiceOf(sector.id) === "required").map((sector) => sector.id);
  const coOpted = sectors.filter((sector) => choiceOf(sector.id) === "coOpted").map((sector) => sector.id);
  const sectorIds = sectors.map((sector) => sector.id);
  const issues = fieldIssuesOf(form.issues, sectorIds, (issue) => sectorOfIssue(issue, sent));
  const fieldIdOf = (sectorId: string) => `${id}-${sectorId}`;

  const choose = (sectorId: string, choice: SectorChoice) => {
    setOverrides((previous) => ({ ...previous, [sectorId]: choice }));
    form.edited();
  };

  const save = () => {
    const intent = { forumId, requiredSectorIds: required, coOptedSectorIds: coOpted };
    setSent({ required, coOpted });
    const counts = { required: number(required.length), coOpted: number(coOpted.length) };
    void form.save(
      (ws) => setForumSectors(ws, intent),
      { command: "setForumSectors", forumId },
      t("sectorChecklistSavedAnnounce", counts),
      (count) => (count === 1 ? t("workbookFormsErrorsOne") : t("workbookFormsErrors", { count: number(count) })),
    );
  };

  return (
    <section ref={rootRef} className="sl-workbook-form sl-workbook-sectors" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="sl-workbook-form-title sl-text">
        {title ?? t("sectorChecklistTitle")}
      </Heading>
      <p className="sl-text">{t("sectorChecklistIntro", { forum: forum.shortName ?? forum.name })}</p>
      {sectors.length === 0 ? <p>{t("sectorChecklistNoSectors")}</p> : null}
      <div className="sl-workbook-sector-list">
        {sectors.map((sector) => {
          const fieldId = fieldIdOf(sector.id);
          const sectorIssues = issues.byField.get(sector.id) ?? [];
          const errorId = `${fieldId}-error`;
          const todayId = `${fieldId}-today`;
          const names = representatives.get(sector.id) ?? [];
          const choice = choiceOf(sector.id);
          return (
            <fieldset
              key={sector.id}
              className={classNames("sl-fieldset", "sl-workbook-sector", sectorIssues.length > 0 && "sl-field-invalid")}
              aria-describedby={classNames(todayId, sectorIssues.length > 0 && errorId)}
            >
              <legend className="sl-legend-title sl-text">{text(sector.name)}</legend>
              {sector.examples === undefined ? null : (
                <p className="sl-field-hint sl-text">
                  {t("sectorChecklistExamples", { examples: text(sector.examples) })}
                </p>
              )}
              <FieldErrorText id={errorId} issues={sectorIssues} />
              <div className="sl-radios">
                {CHOICES.map((option, index) => {
                  const inputId = index === 0 ? fieldId : `${fieldId}-${option.value}`;
                  return (
                    <div key={option.value} className="sl-radio">
                      <input
                        id={inputId}
                        type="radio"
                        name={fieldId}
                        value={option.value}
                        checked={choice === option.value}
                        onChange={() => choose(sector.id, option.value)}
                      />
                      <label htmlFor={inputId}>{t(option.key)}</label>
                    </div>
                  );
                })}
              </div>
              <p id={todayId} className="sl-workbook-today sl-text">
                <span>{t("sectorChecklistToday")}</span>{" "}
                {names.length > 0 ? (
                  <span lang={contentLang}>{names.join(", ")}</span>
                ) : choice === "required" ? (
                  <span className="sl-status" data-status="missing">
                    {t("sectorChecklistNobodyRequired")}
                  </span>
                ) : (
                  <span>{t("sectorChecklistNobody")}</span>
                )}
              </p>
            </fieldset>
          );
        })}
      </div>
      <p className="sl-workbook-form-summary">
        {t("sectorChecklistSummary", { required: number(required.length), coOpted: number(coOpted.length) })}
      </p>
      <FormErrorSummary
        entries={[...issues.byField].map(([sectorId, list]) => ({
          fieldId: fieldIdOf(sectorId),
          label: text(sectors.find((sector) => sector.id === sectorId)?.name ?? { sv: sectorId }),
          issues: list,
        }))}
        other={issues.other}
        attempt={form.attempt}
        root={rootRef}
      />
      <div className="sl-form-actions">
        <button
          type="button"
          className="sl-button sl-button-primary"
          aria-disabled={form.pending || undefined}
          onClick={() => {
            if (!form.pending) save();
          }}
        >
          {form.pending ? t("workbookFormsSaving") : t("sectorChecklistSave")}
        </button>
        <SavedNote saved={form.saved} />
      </div>
    </section>
  );
}

/** The sector an issue of `setForumSectors` is about: `intent.requiredSectorIds[i]` is the i-th sector sent. */
function sectorOfIssue(
  issue: ValidationIssue,
  sent: { readonly required: readonly string[]; readonly coOpted: readonly string[] },
): string | null {
  const [root, list, index] = issue.pathSegments;
  if (root !== "intent" || typeof index !== "number") return null;
  if (list === "requiredSectorIds") return sent.required[index] ?? null;
  if (list === "coOptedSectorIds") return sent.coOpted[index] ?? null;
  return null;
}
