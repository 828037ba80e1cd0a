/**
 * The workbook's fields: a labelled text (a charter text or the answer to a question) and a list (principles,
 * tasks) whose entries are edited, added and removed. Each shows its refusal beside it (linked with
 * `aria-describedby`) and a restored draft with a way to throw it away.
 */
import type { CharterListField } from "@systemledning/core/structure";
import type { ValidationIssue } from "@systemledning/core/workspace";
import { memo, useEffect, useRef, type ReactNode } from "react";
import type { KitLocaleTools } from "../i18n/locale.js";
import type { WorkbookMessageKey } from "./messages.js";
import type { WorkbookFieldError, WorkbookFieldKey, WorkbookState } from "./use-workbook.js";

/** The translation tools of the workbook. */
export type WorkbookTools = KitLocaleTools<WorkbookMessageKey>;

/** The DOM id of a field (its textarea, or a list's first control), unique per leadership. */
export function fieldDomId(prefix: string, key: WorkbookFieldKey): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The ids in `aria-describedby`, or undefined when there are none. */
const describedBy = (...ids: readonly (string | false | undefined)[]): string | undefined =>
  ids.filter((id): id is string => typeof id === "string").join(" ") || undefined;

function IssueList({ id, issues, tools }: { id: string; issues: readonly ValidationIssue[]; tools: WorkbookTools }) {
  return (
    <ul id={id} className="sl-field-error sl-workbook-error">
      {issues.map((issue, i) => (
        <li key={i}>
          {tools.t("workbookRefused")} {issue.message[tools.locale]}
        </li>
      ))}
    </ul>
  );
}

function DraftNote({ id, onDiscard, tools }: { id: string; onDiscard: () => void; tools: WorkbookTools }) {
  return (
    <p className="sl-workbook-draft-note">
      <span id={id}>{tools.t("workbookDraftNote")}</span>{" "}
      <button type="button" className="sl-button sl-button-small" onClick={onDiscard}>
        {tools.t("workbookDiscardDraft")}
      </button>
    </p>
  );
}

/** Props of {@link WorkbookTextField}. */
export interface WorkbookTextFieldProps {
  readonly fieldKey: WorkbookFieldKey;
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly error: WorkbookFieldError | undefined;
  readonly restored: boolean;
  readonly edit: WorkbookState["edit"];
  readonly save: WorkbookState["save"];
  readonly discard: WorkbookState["discard"];
  readonly tools: WorkbookTools;
  readonly contentLanguage: string;
  readonly rows?: number;
}

/**
 * A labelled textarea that keeps a draft while typing and saves when left. Memoised: typing in one field draws
 * that field again, not every other.
 */
export const WorkbookTextField = memo(function WorkbookTextField({
  fieldKey,
  id,
  label,
  value,
  error,
  restored,
  edit,
  save,
  discard,
  tools,
  contentLanguage,
  rows = 3,
}: WorkbookTextFieldProps) {
  return (
    <div className={`sl-field sl-workbook-field${error === undefined ? "" : " sl-field-invalid"}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="sl-textarea"
        lang={contentLanguage === tools.locale ? undefined : contentLanguage}
        rows={rows}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(error !== undefined && `${id}-error`, restored && `${id}-draft`)}
        onChange={(event) => edit(fieldKey, event.target.value)}
        onBlur={() => void save([fieldKey])}
      />
      {restored ? <DraftNote id={`${id}-draft`} onDiscard={() => discard([fieldKey])} tools={tools} /> : null}
      {error === undefined ? null : <IssueList id={`${id}-error`} issues={error.issues} tools={tools} />}
    </div>
  );
});

/** Props of {@link WorkbookListField}. */
export interface WorkbookListFieldProps {
  readonly list: CharterListField;
  readonly id: string;
  readonly book: WorkbookState;
  readonly tools: WorkbookTools;
  readonly contentLanguage: string;
}

const LIST_WORDS = {
  principles: {
    item: "workbookPrinciple",
    add: "workbookAddPrinciple",
    adopt: "workbookUseDefaultPrinciples",
    empty: "workbookEmptyPrinciples",
  },
  tasks: {
    item: "workbookTask",
    add: "workbookAddTask",
    adopt: "workbookUseDefaultTasks",
    empty: "workbookEmptyTasks",
  },
} as const satisfies Record<CharterListField, Record<string, WorkbookMessageKey>>;

/**
 * A list of the charter (principles, tasks): empty, it offers the county's defaults ("Använd länets principer");
 * each entry is a labelled textarea with a button to remove it, and one may add entries of one's own.
 */
export function WorkbookListField({ list, id, book, tools, contentLanguage }: WorkbookListFieldProps) {
  const key: WorkbookFieldKey = `list:${list}`;
  const words = LIST_WORDS[list];
  const entries = book.valueOf(key) as readonly string[];
  const error = book.errors[key];
  const restored = book.restored.has(key);
  const listRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  // After adding, removing or adopting, focus goes where the user's next step is.
  useEffect(() => {
    if (focusNext.current === null) return;
    const target = listRef.current?.querySelector<HTMLElement>(`[id="${focusNext.current}"]`);
    if (target !== null && target !== undefined) {
      target.focus();
      focusNext.current = null;
    }
  });

  const setEntry = (index: number, text: string) =>
    book.edit(
      key,
      entries.map((entry, i) => (i === index ? text : entry)),
    );
  const remove = (index: number) => {
    const next = entries.filter((_, i) => i !== index);
    focusNext.current = next.length === 0 ? `${id}-adopt` : `${id}-${Math.min(index, next.length - 1)}`;
    book.edit(key, next);
    void book.save([key]);
  };
  const add = () => {
    focusNext.current = `${id}-${entries.length}`;
    book.edit(key, [...entries, ""]);
  };
  const adopt = async () => {
    focusNext.current = `${id}-0`;
    await book.adoptDefaults(list);
  };
  const errorId = `${id}-error`;

  return (
    <div ref={listRef} className={`sl-workbook-list${error === undefined ? "" : " sl-field-invalid"}`}>
      {entries.length === 0 ? (
        <p className="sl-workbook-empty">
          {tools.t(words.empty)}{" "}
          <button
            type="button"
            id={`${id}-adopt`}
            className="sl-button"
            aria-describedby={describedBy(error !== undefined && errorId)}
            onClick={() => void adopt()}
          >
            {tools.t(words.adopt)}
          </button>
        </p>
      ) : (
        <ol className="sl-workbook-entries">
          {entries.map((entry, index) => {
            const label = tools.t(words.item, { number: index + 1 });
            const invalid = error !== undefined && (error.item === undefined || error.item === index);
            return (
              <li key={index} className={`sl-field sl-workbook-entry${invalid ? " sl-field-invalid" : ""}`}>
                <label htmlFor={`${id}-${index}`}>{label}</label>
                <textarea
                  id={`${id}-${index}`}
                  className="sl-textarea"
                  lang={contentLanguage === tools.locale ? undefined : contentLanguage}
                  rows={2}
                  value={entry}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={describedBy(invalid && errorId, restored && `${id}-draft`)}
                  onChange={(event) => setEntry(index, event.target.value)}
                  onBlur={() => void book.save([key])}
                />
                <button
                  type="button"
                  className="sl-button sl-button-small"
                  aria-label={tools.t("workbookRemoveLabel", { label })}
                  onClick={() => remove(index)}
                >
                  {tools.t("workbookRemove")}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="sl-workbook-list-actions">
        <button type="button" className="sl-button" onClick={add}>
          {tools.t(words.add)}
        </button>
      </p>
      {restored ? <DraftNote id={`${id}-draft`} onDiscard={() => book.discard([key])} tools={tools} /> : null}
      {error === undefined ? null : <IssueList id={errorId} issues={error.issues} tools={tools} />}
    </div>
  );
}
