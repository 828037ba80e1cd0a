/**
 * The last step of the Metodstöd workbook: the leadership adopts its charter (*antar överenskommelsen*) on a day,
 * which the core's `adoptCharter` records as the charter's `adoptedAt`. The day defaults to today in Stockholm (the
 * workbook's clock, `now`), and can be another: a leadership often records a decision taken at its last meeting.
 */
import { stockholmDateOf } from "@systemledning/core/meetings";
import { adoptCharter, currentCharterOf } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import type { KitChangeHandler } from "../store/change.js";
import { FieldErrorText, SavedNote } from "./form-feedback.js";
import type { WorkbookChangeContext } from "./use-workbook.js";
import { useFormSave } from "./use-form-save.js";
import type { WorkbookTools } from "./workbook-fields.js";

/**
 * A typed day in words for the message said once it is saved. The message is made before the core judges the day,
 * and a day that is not a date (an emptied field) must reach the core's refusal rather than throw here.
 */
function readableDay(day: string, locale: WorkbookTools["locale"]): string {
  try {
    return formatLocaleDate(day, locale);
  } catch {
    return day;
  }
}

/** Props of {@link WorkbookAdoption}. */
export interface WorkbookAdoptionProps {
  readonly workspace: Workspace;
  readonly leadershipId: string;
  readonly now: () => Date;
  readonly onChange: KitChangeHandler<WorkbookChangeContext> | undefined;
  readonly announce: (message: string) => void;
  readonly tools: WorkbookTools;
  readonly prefix: string;
  readonly headingLevel: 3 | 4;
}

/** The adoption of the charter: when it was adopted, and a form that records the day it is adopted (again). */
export function WorkbookAdoption({
  workspace,
  leadershipId,
  now,
  onChange,
  announce,
  tools,
  prefix,
  headingLevel,
}: WorkbookAdoptionProps) {
  const { t, locale } = tools;
  const form = useFormSave({ workspace, onChange, announce });
  const [day, setDay] = useState(() => stockholmDateOf(now().toISOString()));
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const adoptedAt = currentCharterOf(workspace, leadershipId)?.adoptedAt;
  const Heading = `h${headingLevel}` as "h3";
  const headingId = `${prefix}-adoption`;

  const adopt = () =>
    void form.save(
      (ws) => adoptCharter(ws, { leadershipId, on: day }),
      { command: "adoptCharter", leadershipId, on: day },
      t("workbookAdopted", { date: readableDay(day, locale) }),
      () => t("workbookNotSaved"),
    );

  return (
    <section className="sl-workbook-part sl-workbook-adoption" aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={-1} className="sl-workbook-part-title">
        {t("workbookAdoptionTitle")}
      </Heading>
      <p>
        {adoptedAt === undefined
          ? t("workbookNotAdopted")
          : t("workbookAdoptedOn", { date: formatLocaleDate(adoptedAt, locale) })}
      </p>
      <p className="sl-field">
        <label htmlFor={inputId}>{t("workbookAdoptionDay")}</label>{" "}
        <input
          id={inputId}
          type="date"
          className="sl-input"
          value={day}
          aria-invalid={form.issues.length > 0 ? true : undefined}
          aria-describedby={form.issues.length > 0 ? errorId : undefined}
          onChange={(event) => {
            setDay(event.currentTarget.value);
            form.edited();
          }}
        />
      </p>
      <FieldErrorText id={errorId} issues={form.issues} />
      <p>
        <button type="button" className="sl-button" disabled={form.pending} onClick={adopt}>
          {t("workbookAdopt")}
        </button>
      </p>
      <SavedNote saved={form.saved} />
    </section>
  );
}
