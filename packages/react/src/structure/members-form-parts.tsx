/**
 * The parts the members editor's forms have in common, so each form holds only what is its own: the form's
 * frame (title, error summary, submit without the browser's own checks), the choice of a person already listed
 * or someone new (name and title) with what the form checks of it before anything is tried, and the buttons
 * that save and close.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useState, type ReactNode } from "react";
import { ErrorSummary, SelectField, TextField, type FieldOption, type FormError } from "./members-fields.js";
import type { PersonChoice } from "./members-model.js";
import type { MembersEditorTools } from "./messages-members.js";
import type { MembersTaskState } from "./use-members-task.js";

/** The workspace's people as options, by name, with their title to tell namesakes apart. */
export function personOptions(ws: Workspace): FieldOption[] {
  return ws.people
    .map((p) => ({ value: p.id, label: p.title === undefined ? p.name : `${p.name}, ${p.title}` }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
}

/** Props of {@link MembersForm}. */
export interface MembersFormFrameProps {
  /** The form's `useId`, from which the title's id is made. */
  readonly id: string;
  readonly headingLevel: 3 | 4 | 5 | 6;
  /** The form's title, which also names the form. */
  readonly title: string;
  readonly task: MembersTaskState;
  /** The id of the control a field's link in the error summary moves focus to (see {@link ErrorSummary}). */
  readonly targetOf: (field: string) => string | undefined;
  /** What a submit does; the browser's own submit is prevented. */
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}

/**
 * A form of the members editor: named by its title (a heading at `headingLevel`), the error summary first,
 * the browser's checks off (`noValidate`: the form says what is wrong in its own words), then its fields.
 */
export function MembersForm({ id, headingLevel, title, task, targetOf, onSubmit, children }: MembersFormFrameProps) {
  const Heading = `h${headingLevel}` as "h4";
  const headingId = `${id}-heading`;
  return (
    <form
      className="sl-form sl-members-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Heading id={headingId} className="sl-members-form-title">
        {title}
      </Heading>
      <ErrorSummary errors={task.errors} attempt={task.attempt} targetOf={targetOf} title={task.summaryTitle} />
      {children}
    </form>
  );
}

/**
 * The buttons at the end of a form: save (its label says "saving" while the change is on its way, and it is
 * `aria-disabled` rather than disabled so it keeps focus), left out when `submitLabel` is null, and close.
 */
export function SaveAndClose({
  submitLabel,
  pending,
  tools,
  onCancel,
}: {
  readonly submitLabel: string | null;
  readonly pending: boolean;
  readonly tools: MembersEditorTools;
  readonly onCancel: () => void;
}) {
  const { t } = tools;
  return (
    <div className="sl-form-actions">
      {submitLabel === null ? null : (
        <button type="submit" className="sl-button sl-button-primary" aria-disabled={pending || undefined}>
          {pending ? t("membersEditorSaving") : submitLabel}
        </button>
      )}
      <button type="button" className="sl-button" onClick={onCancel}>
        {t("membersEditorClose")}
      </button>
    </div>
  );
}

/** Whether a person is one already listed or someone new. */
export type PersonMode = "existing" | "new";

/**
 * The person fields' state: the chosen person, or a new person's name and title, with what follows from them
 * for a form whose choice is `mode`.
 */
export function usePersonFields(workspace: Workspace) {
  const [personId, setPersonId] = useState("");
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  return {
    personId,
    setPersonId,
    name,
    setName,
    title,
    setTitle,
    /** What the form checks before anything is tried: someone chosen, or a new person's name. */
    errors(mode: PersonMode, tools: MembersEditorTools): FormError[] {
      const { t } = tools;
      if (mode === "existing" && personId === "")
        return [{ field: "personId", message: t("membersEditorMissingPerson") }];
      if (mode === "new" && name.trim() === "") return [{ field: "name", message: t("membersEditorMissingName") }];
      return [];
    },
    /** The person for `seatChange`: the one chosen, or the new one (a title only when written). */
    choice(mode: PersonMode): PersonChoice {
      return mode === "existing"
        ? { existingId: personId }
        : { name: name.trim(), ...(title.trim() === "" ? {} : { title: title.trim() }) };
    },
    /** The person's name for the confirmation, or `unknown` for a chosen id the workspace does not have. */
    displayName(mode: PersonMode, unknown: string): string {
      return mode === "new" ? name.trim() : (workspace.people.find((p) => p.id === personId)?.name ?? unknown);
    },
  };
}

/** The state {@link usePersonFields} gives. */
export type PersonFieldsState = ReturnType<typeof usePersonFields>;

/**
 * The fields of the person: a list of the people already listed, or a new person's name and title (optional,
 * to tell namesakes apart), as `mode` says.
 */
export function PersonFields({
  mode,
  person,
  people,
  ids,
  error,
  nameError,
  tools,
}: {
  readonly mode: PersonMode;
  readonly person: PersonFieldsState;
  readonly people: readonly FieldOption[];
  readonly ids: { readonly personId: string; readonly name: string; readonly title: string };
  readonly error: (field: string) => string | null;
  /** The message at the name field: a form may add to it what it says of the person as a whole. */
  readonly nameError: string | null;
  readonly tools: MembersEditorTools;
}) {
  const { t } = tools;
  return mode === "existing" ? (
    <SelectField
      id={ids.personId}
      label={t("membersEditorPerson")}
      error={error("personId")}
      value={person.personId}
      onChange={person.setPersonId}
      options={people}
      placeholder={t("membersEditorChoose")}
    />
  ) : (
    <>
      <TextField
        id={ids.name}
        label={t("membersEditorName")}
        error={nameError}
        value={person.name}
        onChange={person.setName}
        autoComplete="name"
      />
      <TextField
        id={ids.title}
        label={`${t("membersEditorTitleField")} ${t("membersEditorOptional")}`}
        hint={t("membersEditorTitleHint")}
        error={error("title")}
        value={person.title}
        onChange={person.setTitle}
        autoComplete="organization-title"
      />
    </>
  );
}
