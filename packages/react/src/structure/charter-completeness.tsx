/**
 * How complete a leadership's charter (its *överenskommelse*) is against the Metodstöd: answered of all as a
 * progress bar with the count in words beside it ("12 av 35 besvarade", so the figure is never the bar
 * alone), then the template's parts and the profile's questions, each with its status and the core's
 * explanation, the open ones first (*Metodstöd för lokal systemledning*, RSS Dalarna).
 */
import {
  CHARTER_SECTION_NAMES,
  getCharterCompleteness,
  type CharterCompleteness as CharterCompletenessAnswer,
  type CharterItem,
  type CharterQuestionItem,
  type CharterSectionItem,
} from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, type ReactNode } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge } from "../primitives/status-badge.js";
import type { WidgetProps } from "../primitives/widget.js";
import { STRUCTURE_OVERVIEW_MESSAGES, type StructureOverviewTools } from "./messages-overview.js";
import { ProfileText } from "./overview-parts.js";
import { StructureWidget } from "./view-shared.js";

/**
 * The core's answer, under the component's name: `@systemledning/react` re-exports the whole core, whose
 * `CharterCompleteness` is this type, so the name keeps both meanings (the component as a value, the answer
 * as a type) and no host's `import type { CharterCompleteness }` breaks.
 */
export type CharterCompleteness = CharterCompletenessAnswer;

/** Props of {@link CharterCompleteness}. */
export interface CharterCompletenessProps extends WidgetProps {
  /** A validated workspace (through `parseWorkspace`). */
  readonly workspace: Workspace;
  readonly leadershipId: string;
  /** @default "Överenskommelsens fullständighet" */
  readonly title?: string | undefined;
  /** The level of the title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /**
   * Where an item is answered (the workbook's question, say): with it each item's name is a link there.
   * Return `undefined` for an item without a place. Keep it stable (module scope or `useCallback`).
   */
  readonly itemHref?: ((item: CharterItem) => string | undefined) | undefined;
}

/**
 * A leadership's charter: answered of all, and each part and question with its status, open ones first.
 *
 * @example
 * <CharterCompleteness workspace={workspace} leadershipId="ls-mora" />
 */
export function CharterCompleteness(props: CharterCompletenessProps) {
  return (
    <StructureWidget props={props}>
      <CharterBody {...props} />
    </StructureWidget>
  );
}

/** Open items first, each group in the core's order (the Metodstöd's). */
function openFirst<T extends CharterItem>(items: readonly T[]): T[] {
  return [...items.filter((item) => !item.answered), ...items.filter((item) => item.answered)];
}

function CharterBody({ workspace, leadershipId, title, headingLevel = 2, itemHref }: CharterCompletenessProps) {
  const tools = useKitLocale(undefined, STRUCTURE_OVERVIEW_MESSAGES);
  const { t, number, percent } = tools;
  const id = useId();
  const titleId = `${id}-title`;
  const progressId = `${id}-progress`;
  const answer = useMemo(() => getCharterCompleteness(workspace, leadershipId), [workspace, leadershipId]);
  const sections = useMemo(
    () => openFirst(answer.items.filter((item): item is CharterSectionItem => item.kind === "section")),
    [answer],
  );
  const questions = useMemo(
    () => openFirst(answer.items.filter((item): item is CharterQuestionItem => item.kind === "question")),
    [answer],
  );
  const sectionColumns = useMemo(() => itemColumns(tools, itemHref, false), [tools, itemHref]);
  const questionColumns = useMemo(() => itemColumns(tools, itemHref, true), [tools, itemHref]);
  const Heading = `h${headingLevel}` as const;
  const open = answer.total - answer.answeredCount;
  const progressText = t("charterProgress", { answered: number(answer.answeredCount), total: number(answer.total) });

  return (
    <section className="sl-structure-charter" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-structure-heading">
        {title ?? t("charterTitle")}
      </Heading>
      {answer.total === 0 ? (
        <p>{t("charterNothingAsked")}</p>
      ) : (
        <div className="sl-structure-progress">
          <label htmlFor={progressId} className="sl-structure-progress-label">
            {t("charterProgressLabel")}
          </label>
          <progress
            id={progressId}
            max={answer.total}
            value={answer.answeredCount}
            aria-valuetext={`${progressText} (${percent(answer.ratio ?? 0)})`}
          >
            {percent(answer.ratio ?? 0)}
          </progress>
          <p className="sl-structure-progress-text">
            <strong>{progressText}</strong> ({percent(answer.ratio ?? 0)})
          </p>
        </div>
      )}
      <p className="sl-structure-charter-status">
        <StatusBadge status={answer.status} />{" "}
        {answer.charterId === null
          ? t("charterNone")
          : open === 0
            ? t("charterAllAnswered")
            : open === 1
              ? t("charterOpenOne")
              : t("charterOpenCount", { count: number(open) })}
      </p>
      {answer.total === 0 ? null : (
        <>
          <DataTable
            caption={t("charterSectionsCaption")}
            columns={sectionColumns}
            data={sections}
            getRowId={(item) => `section:${item.section}`}
            filterable={false}
          />
          <DataTable
            caption={t("charterQuestionsCaption")}
            columns={questionColumns}
            data={questions}
            getRowId={(item) => `question:${item.questionId}`}
            emptyMessage={t("charterNothingAsked")}
          />
          {open === 0 ? null : <p className="sl-structure-hint">{t("charterOpenFirst")}</p>}
        </>
      )}
    </section>
  );
}

function partName(section: CharterQuestionItem["section"], tools: StructureOverviewTools): string {
  if (section === "composition") return tools.t("charterPartComposition");
  if (section === "followUp") return tools.t("charterPartFollowUp");
  return CHARTER_SECTION_NAMES[section][tools.locale];
}

function itemName(item: CharterItem, tools: StructureOverviewTools): string {
  return item.kind === "section" ? CHARTER_SECTION_NAMES[item.section][tools.locale] : tools.text(item.text);
}

function ItemName({
  item,
  tools,
  href,
}: {
  readonly item: CharterItem;
  readonly tools: StructureOverviewTools;
  readonly href: string | undefined;
}) {
  const name: ReactNode =
    item.kind === "section" ? CHARTER_SECTION_NAMES[item.section][tools.locale] : <ProfileText text={item.text} />;
  return href === undefined ? <>{name}</> : <a href={href}>{name}</a>;
}

function itemColumns<T extends CharterItem>(
  tools: StructureOverviewTools,
  itemHref: CharterCompletenessProps["itemHref"],
  withPart: boolean,
): DataTableColumn<T>[] {
  const { t } = tools;
  const answeredWord = (item: CharterItem) => (item.answered ? t("charterAnswered") : t("charterOpen"));
  const columns: DataTableColumn<T>[] = [
    {
      id: "item",
      header: t("structureOverviewColumnItem"),
      value: (item) => itemName(item, tools),
      isRowHeader: true,
      cell: (item) => <ItemName item={item} tools={tools} href={itemHref?.(item)} />,
    },
  ];
  if (withPart) {
    columns.push({
      id: "part",
      header: t("charterColumnSection"),
      value: (item) => (item.kind === "question" ? partName(item.section, tools) : null),
    });
  }
  columns.push(
    {
      id: "status",
      header: t("structureOverviewColumnStatus"),
      value: answeredWord,
      cell: (item) => <StatusBadge status={item.status} label={answeredWord(item)} />,
    },
    {
      id: "reason",
      header: t("structureOverviewColumnReason"),
      value: (item) => item.message[tools.locale],
      sortable: false,
    },
  );
  return columns;
}
