/**
 * The *Metodstöd för lokal systemledning* (RSS Dalarna) as a guided form for one leadership: one section per part
 * of the Metodstöd in its order, each with its charter text, its list (principles, tasks) and every question of the
 * county's profile in its own words; how much is answered, growing as answers are saved, and what is still open,
 * each linked to its field; the finished charter (the *överenskommelse*) to download as HTML or print. Every change
 * is one of the core's charter commands handed to the host through `onChange`; what is typed is kept as a draft
 * (`drafts.ts`) until it is saved, so navigation and reload lose nothing.
 */
import {
  CHARTER_PARTS,
  CHARTER_SECTION_NAMES,
  formatCharterHtml,
  getCharterCompleteness,
  type CharterItem,
  type CharterPart,
  type CharterTemplateSection,
} from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo, type MouseEvent } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { downloadText } from "../primitives/csv.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import type { DraftStorage } from "../primitives/drafts.js";
import { WORKBOOK_MESSAGES } from "./messages.js";
import { useWorkbook, type WorkbookChangeContext, type WorkbookFieldKey, type WorkbookState } from "./use-workbook.js";
import { WorkbookAdoption } from "./workbook-adoption.js";
import { WorkbookPartSection, fieldOfSection } from "./workbook-part.js";
import { fieldDomId, type WorkbookTools } from "./workbook-fields.js";

/** Props of {@link MetodstodWorkbook}. */
export interface MetodstodWorkbookProps extends WidgetProps {
  /** The workspace with the leadership, its charter, forums and the profile's questions. */
  readonly workspace: Workspace;
  /** The leadership whose charter is written. */
  readonly leadershipId: string;
  /** The forum whose sectors and meeting rules the composition and meeting sections write. @default its first forum */
  readonly forumId?: string | undefined;
  /** The day whose members the charter document lists (`YYYY-MM-DD`). */
  readonly asOf: string;
  /**
   * Receives each change as the core's command, `(ws) => Result`, with what it is, for the host to apply to what
   * its store holds now (`useWorkspaceUpdates`'s `apply`). A refusal it answers shows beside the field and keeps
   * what was typed; a clash keeps the draft (the clash dialog speaks).
   */
  readonly onChange?: KitChangeHandler<WorkbookChangeContext> | undefined;
  /** Where drafts are kept: one object for the page's life, not a new one each render. @default `localStorage` (memory where it is refused) */
  readonly draftStorage?: DraftStorage | null | undefined;
  /** The clock: today's date (in Stockholm) is the adoption day the last part offers. @default () => new Date() */
  readonly now?: (() => Date) | undefined;
  /** The heading level of the workbook's title; parts are one below. @default 2 */
  readonly headingLevel?: 2 | 3 | undefined;
  /** The language the charter's texts are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * The Metodstöd workbook of one leadership.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <MetodstodWorkbook workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" onChange={updates.apply} />
 */
export function MetodstodWorkbook(props: MetodstodWorkbookProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.leadershipId}
    >
      {/* Another leadership is another workbook: its drafts and refusals start afresh. */}
      <WorkbookBody key={props.leadershipId} {...props} />
    </Widget>
  );
}

/** The field an item of the completeness check is answered in. */
function fieldOfItem(item: CharterItem): WorkbookFieldKey {
  return item.kind === "question" ? `answer:${item.questionId}` : fieldOfSection(item.section);
}

/** Whether an item of the completeness check belongs to a part of the Metodstöd. */
function inPart(item: CharterItem, part: CharterPart): boolean {
  if (item.kind === "question") return item.section === part.section;
  return item.section === part.textField || item.section === part.listField;
}

/** The element a field's link moves focus to: its textarea, a list's first entry or its "use the county's" button. */
function targetIdOf(prefix: string, key: WorkbookFieldKey, book: WorkbookState): string {
  const id = fieldDomId(prefix, key);
  if (!key.startsWith("list:")) return id;
  return (book.valueOf(key) as readonly string[]).length === 0 ? `${id}-adopt` : `${id}-0`;
}

/** A link that moves focus to a field in the same tree (a hash route's `#` must not change the host's route). */
function focusLink(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = getElementInTree(event.currentTarget, id);
  if (target === null) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: "center" });
  target.focus();
}

const defaultNow = () => new Date();

function WorkbookBody({
  workspace,
  leadershipId,
  forumId,
  asOf,
  onChange,
  draftStorage,
  now = defaultNow,
  headingLevel = 2,
  contentLanguage = "sv",
}: MetodstodWorkbookProps) {
  const tools: WorkbookTools = useKitLocale(undefined, WORKBOOK_MESSAGES);
  const { t, locale } = tools;
  const announce = useAnnounce();
  const book = useWorkbook({ workspace, leadershipId, onChange, draftStorage });
  const completeness = useMemo(() => getCharterCompleteness(workspace, leadershipId), [workspace, leadershipId]);
  const leadership = workspace.leaderships.find((l) => l.id === leadershipId)!;
  // The forum asked for, else the leadership's first that has not ended.
  const forums = workspace.forums.filter(
    (f) => f.leadershipId === leadershipId && (f.endedOn === undefined || asOf <= f.endedOn),
  );
  const forum = forums.find((f) => f.id === forumId) ?? forums[0];
  const prefix = `sl-wb-${leadershipId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const Heading = `h${headingLevel}` as "h2";
  const Sub = `h${headingLevel + 1}` as "h3";
  const titleId = `${prefix}-title`;
  const progressId = `${prefix}-progress`;
  const open = completeness.items.filter((item) => !item.answered);
  const restoredCount = book.restored.size;

  const download = () => {
    const html = formatCharterHtml(workspace, leadershipId, { locale, asOf, contentLanguage });
    downloadText(html, `overenskommelse-${leadershipId}.html`, "text/html;charset=utf-8");
    announce(t("workbookDownloaded"));
  };

  const itemText = (item: CharterItem) =>
    item.kind === "question"
      ? tools.text(item.text)
      : CHARTER_SECTION_NAMES[item.section as CharterTemplateSection][locale];

  return (
    <article className="sl-workbook" aria-labelledby={titleId}>
      <header className="sl-workbook-header">
        <Heading id={titleId} className="sl-workbook-title sl-text">
          {t("workbookTitle", { name: leadership.name })}
        </Heading>
        <p className="sl-workbook-lead">{t("workbookLead")}</p>
        <p className="sl-workbook-progress">
          <label htmlFor={progressId}>{t("workbookCompletenessLabel")}</label>{" "}
          <progress id={progressId} max={completeness.total} value={completeness.answeredCount}>
            {t("workbookCompleteness", { answered: completeness.answeredCount, total: completeness.total })}
          </progress>{" "}
          <span className="sl-workbook-count">
            {t("workbookCompleteness", { answered: completeness.answeredCount, total: completeness.total })}
            {completeness.ratio === null ? null : ` (${tools.percent(completeness.ratio)})`}
          </span>
        </p>
        <p className="sl-workbook-document-actions">
          <button type="button" className="sl-button" onClick={download}>
            {t("workbookDownload")}
          </button>{" "}
          <button type="button" className="sl-button" onClick={() => window.print()}>
            {t("workbookPrint")}
          </button>
        </p>
        {restoredCount === 0 ? null : (
          <p className="sl-workbook-restored" role="status">
            {t("workbookDraftsRestored", { count: restoredCount })}{" "}
            <button
              type="button"
              className="sl-button sl-button-small"
              onClick={() => {
                book.discard([...book.restored]);
                announce(t("workbookDraftsDiscarded"));
              }}
            >
              {t("workbookDiscardAll")}
            </button>
          </p>
        )}
      </header>

      <div className="sl-workbook-guide">
        <nav className="sl-workbook-contents" aria-labelledby={`${prefix}-contents`}>
          <Sub id={`${prefix}-contents`}>{t("workbookContents")}</Sub>
          <ol>
            {CHARTER_PARTS.map((part) => {
              const items = completeness.items.filter((item) => inPart(item, part));
              const answered = items.filter((item) => item.answered).length;
              const sectionId = `${prefix}-part-${part.section}`;
              return (
                <li key={part.section}>
                  <a href={`#${sectionId}`} onClick={(event) => focusLink(event, `${sectionId}-heading`)}>
                    {part.title[locale]}
                  </a>{" "}
                  <span className="sl-workbook-part-count">
                    {items.length === 0 ? null : `(${t("workbookPartCount", { answered, total: items.length })})`}
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>

        <section className="sl-workbook-open" aria-labelledby={`${prefix}-open`}>
          <Sub id={`${prefix}-open`}>{t("workbookStillOpen")}</Sub>
          {open.length === 0 ? (
            <p>{t("workbookAllAnswered")}</p>
          ) : (
            <ul>
              {open.map((item) => {
                const target = targetIdOf(prefix, fieldOfItem(item), book);
                const part = CHARTER_PARTS.find((p) => inPart(item, p));
                return (
                  <li key={item.kind === "question" ? `q-${item.questionId}` : `s-${item.section}`}>
                    <a href={`#${target}`} onClick={(event) => focusLink(event, target)}>
                      {itemText(item)}
                    </a>
                    {part === undefined || part.title[locale] === itemText(item) ? null : (
                      <span className="sl-workbook-part-name"> ({part.title[locale]})</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>

      {CHARTER_PARTS.map((part) => (
        <WorkbookPartSection
          key={part.section}
          part={part}
          prefix={prefix}
          workspace={workspace}
          leadershipId={leadershipId}
          forum={forum}
          book={book}
          tools={tools}
          announce={announce}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          asOf={asOf}
          onChange={onChange}
        />
      ))}

      <WorkbookAdoption
        workspace={workspace}
        leadershipId={leadershipId}
        now={now}
        onChange={onChange}
        announce={announce}
        tools={tools}
        prefix={prefix}
        headingLevel={(headingLevel + 1) as 3 | 4}
      />
    </article>
  );
}
