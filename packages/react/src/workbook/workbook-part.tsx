/**
 * One part of the Metodstöd in the workbook: a region with its heading, the charter text it holds, its list
 * (principles, tasks), the forum's sectors (composition) or meeting rules (meeting structure), every question of
 * the profile for it, and "Spara", which saves what is unsaved in the part.
 */
import type { CharterPart, CharterTemplateSection, Forum } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo, useRef, useState } from "react";
import { getElementInTree } from "../primitives/element-by-id.js";
import type { KitChangeHandler } from "../store/change.js";
import { MeetingRulesForm } from "./meeting-rules-form.js";
import { SectorChecklist } from "./sector-checklist.js";
import type { WorkbookChangeContext, WorkbookFieldKey, WorkbookState } from "./use-workbook.js";
import { WorkbookListField, WorkbookTextField, fieldDomId, type WorkbookTools } from "./workbook-fields.js";

/** The field of a section of the charter template. */
export function fieldOfSection(section: CharterTemplateSection): WorkbookFieldKey {
  return section === "principles" || section === "tasks" ? `list:${section}` : `text:${section}`;
}

/** The fields of a part: its text, its list, its questions. */
export function fieldsOfPart(part: CharterPart, workspace: Workspace): WorkbookFieldKey[] {
  return [
    ...(part.textField === undefined ? [] : [`text:${part.textField}` as const]),
    ...(part.listField === undefined ? [] : [`list:${part.listField}` as const]),
    ...workspace.profile.charterQuestions
      .filter((q) => q.section === part.section)
      .map((q): WorkbookFieldKey => `answer:${q.id}`),
  ];
}

/** What a text field shows and does, from the workbook's state: only what changes with the field re-renders it. */
function fieldState(book: WorkbookState, key: WorkbookFieldKey) {
  return {
    value: book.valueOf(key) as string,
    error: book.errors[key],
    restored: book.restored.has(key),
    edit: book.edit,
    save: book.save,
    discard: book.discard,
  };
}

/** Props of {@link WorkbookPartSection}. */
export interface WorkbookPartSectionProps {
  readonly part: CharterPart;
  readonly prefix: string;
  readonly workspace: Workspace;
  readonly leadershipId: string;
  readonly forum: Forum | undefined;
  readonly book: WorkbookState;
  readonly tools: WorkbookTools;
  readonly announce: (message: string) => void;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly asOf: string;
  /** The host's `onChange`, for the checklist and the meeting rules (the charter's fields save through `book`). */
  readonly onChange: KitChangeHandler<WorkbookChangeContext> | undefined;
}

/** One part of the Metodstöd, as a region with its fields and its "Spara". */
export function WorkbookPartSection({
  part,
  prefix,
  workspace,
  forum,
  book,
  tools,
  announce,
  headingLevel,
  contentLanguage,
  asOf,
  onChange,
}: WorkbookPartSectionProps) {
  const { t, locale } = tools;
  const sectionId = `${prefix}-part-${part.section}`;
  const headingId = `${sectionId}-heading`;
  const Heading = `h${headingLevel}` as "h3";
  const Sub = `h${headingLevel + 1}` as "h4";
  const questions = workspace.profile.charterQuestions.filter((q) => q.section === part.section);
  const [status, setStatus] = useState("");
  const ref = useRef<HTMLElement>(null);
  const title = part.title[locale];
  const year = Number(asOf.slice(0, 4));

  // The checklist and the meeting rules do not change while a text is typed: kept, not drawn again per keystroke.
  const forms = useMemo(() => {
    if (forum === undefined) return null;
    const save: KitChangeHandler<WorkbookChangeContext> = (change, context) => onChange?.(change, context);
    if (part.section === "composition")
      return (
        <SectorChecklist
          workspace={workspace}
          forumId={forum.id}
          asOf={asOf}
          locale={locale}
          title={t("workbookSectorsTitle", { forum: forum.name })}
          headingLevel={(headingLevel + 1) as 4}
          contentLanguage={contentLanguage}
          onChange={save}
        />
      );
    if (part.section === "meetingStructure")
      return (
        <MeetingRulesForm
          workspace={workspace}
          forumId={forum.id}
          year={year}
          locale={locale}
          title={t("workbookRulesTitle", { forum: forum.name })}
          headingLevel={(headingLevel + 1) as 4}
          onChange={save}
        />
      );
    return null;
  }, [part.section, forum, workspace, asOf, year, locale, t, headingLevel, contentLanguage, onChange]);

  const saveAll = async () => {
    const keys = fieldsOfPart(part, workspace);
    const dirty = keys.filter((key) => book.drafts[key] !== undefined);
    if (dirty.length === 0) {
      setStatus(t("workbookNothingToSave"));
      announce(t("workbookNothingToSave"));
      return;
    }
    setStatus(t("workbookSaving"));
    const { refused, clash } = await book.save(dirty);
    if (refused.length > 0) {
      setStatus(t("workbookNotSaved"));
      // The first refused field takes focus; its issues are linked to it and read with it.
      const first = refused[0]!;
      const id = fieldDomId(prefix, first);
      const target = first.startsWith("list:")
        ? (ref.current?.querySelector<HTMLElement>(`[id^="${id}-"][aria-invalid="true"], [id="${id}-adopt"]`) ?? null)
        : getElementInTree(ref.current, id);
      target?.focus();
      return;
    }
    const message = clash ? t("workbookNotSaved") : t("workbookSaved");
    setStatus(message);
    announce(message);
  };

  return (
    <section ref={ref} id={sectionId} className="sl-workbook-part" aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={-1} className="sl-workbook-part-title">
        {title}
      </Heading>
      {part.textField === undefined || part.textLabel === undefined ? null : (
        <WorkbookTextField
          fieldKey={`text:${part.textField}`}
          id={fieldDomId(prefix, `text:${part.textField}`)}
          label={part.textLabel[locale]}
          {...fieldState(book, `text:${part.textField}`)}
          tools={tools}
          contentLanguage={contentLanguage}
          rows={4}
        />
      )}
      {part.listField === undefined ? null : (
        <WorkbookListField
          list={part.listField}
          id={fieldDomId(prefix, `list:${part.listField}`)}
          book={book}
          tools={tools}
          contentLanguage={contentLanguage}
        />
      )}
      {(part.section === "composition" || part.section === "meetingStructure") && forum === undefined ? (
        <p className="sl-workbook-hint">{t("workbookNoForum")}</p>
      ) : null}
      {forms}
      {questions.length === 0 ? null : (
        <>
          <Sub className="sl-workbook-questions-title">{t("workbookQuestions")}</Sub>
          {questions.map((question) => {
            const key: WorkbookFieldKey = `answer:${question.id}`;
            const fallback = locale === "en" && question.text.en === undefined;
            return (
              <WorkbookTextField
                key={question.id}
                fieldKey={key}
                id={fieldDomId(prefix, key)}
                label={fallback ? <span lang="sv">{question.text.sv}</span> : tools.text(question.text)}
                {...fieldState(book, key)}
                tools={tools}
                contentLanguage={contentLanguage}
              />
            );
          })}
        </>
      )}
      <p className="sl-workbook-part-actions">
        {/* The name says which part (there is one "Spara" per part) and starts with the visible word. */}
        <button
          type="button"
          className="sl-button sl-button-primary"
          aria-label={t("workbookSaveLabel", { part: title })}
          onClick={() => void saveAll()}
        >
          {t("workbookSave")}
        </button>{" "}
        <span className="sl-workbook-status">{status}</span>
      </p>
    </section>
  );
}
