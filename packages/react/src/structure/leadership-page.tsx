/**
 * One leadership in full: its level and municipalities, every question's status at a glance, the answers
 * over the union of its forums (sectors, principals with mandate, substitutes, forum kinds, the charter),
 * then each forum with its key roles, chair rotation and members (docs/domain.md, Structure). Each answer is
 * the kit's own view, so an intranet can show one of them alone or the whole page.
 */
import {
  FORUM_COMPOSITION_NAMES,
  getLeadershipOverview,
  type ForumKindItem,
  type ForumOverview,
} from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, type ReactNode, type Ref } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge, statusWord } from "../primitives/status-badge.js";
import type { WidgetProps } from "../primitives/widget.js";
import { ChairRotation } from "./chair-rotation.js";
import { CharterCompleteness } from "./charter-completeness.js";
import { ForumMembers } from "./forum-members.js";
import { KeyRoles } from "./key-roles.js";
import { STRUCTURE_OVERVIEW_MESSAGES, type StructureOverviewTools } from "./messages-overview.js";
import { FORUM_QUESTIONS, LEVEL_KEYS, STRUCTURE_QUESTIONS, municipalityNames } from "./overview-model.js";
import { ContentText, QuestionSummary } from "./overview-parts.js";
import { PrincipalMandate } from "./principal-mandate.js";
import { SectorCoverage } from "./sector-coverage.js";
import { Substitutes } from "./substitutes.js";
import { StructureWidget } from "./view-shared.js";

/** Props of {@link LeadershipPage}. */
export interface LeadershipPageProps extends WidgetProps {
  /** A validated workspace (through `parseWorkspace`). */
  readonly workspace: Workspace;
  readonly leadershipId: string;
  /** The day the answers are for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * The level of the leadership's name: a page's own title, an `h2` under the host's `h1`. Its parts are `h3` and
   * the question views inside them `h4`, the deepest level the views take. @default 2
   */
  readonly headingLevel?: 2 | undefined;
  /**
   * The heading with the leadership's name (focusable with `tabIndex={-1}`), so a host can move focus to it
   * after navigating.
   */
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** The language leadership and forum names are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * A leadership's page: level, municipalities, the questions' statuses, their answers, and every forum.
 *
 * @example
 * <LeadershipPage workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" />
 */
export function LeadershipPage(props: LeadershipPageProps) {
  return (
    <StructureWidget props={props}>
      <PageBody {...props} />
    </StructureWidget>
  );
}

function PageBody({
  workspace,
  leadershipId,
  asOf,
  headingLevel = 2,
  headingRef,
  contentLanguage = "sv",
}: LeadershipPageProps) {
  const tools = useKitLocale(undefined, STRUCTURE_OVERVIEW_MESSAGES);
  const { t } = tools;
  const id = useId();
  const known = workspace.leaderships.some((l) => l.id === leadershipId);
  const overview = useMemo(
    () => (known ? getLeadershipOverview(workspace, leadershipId, { asOf }) : null),
    [known, workspace, leadershipId, asOf],
  );
  const kindColumns = useMemo(() => forumKindColumns(tools), [tools]);
  const Heading = `h${headingLevel}` as const;

  if (overview === null) {
    return (
      <Heading ref={headingRef} tabIndex={-1} className="sl-structure-heading">
        {t("leadershipPageNotFound")}
      </Heading>
    );
  }
  const municipalities = municipalityNames(workspace, leadershipId);
  const view = { workspace, asOf, headingLevel: 4 } as const;

  return (
    <article className="sl-structure-page" aria-labelledby={`${id}-name`}>
      <Heading id={`${id}-name`} ref={headingRef} tabIndex={-1} className="sl-structure-heading">
        <ContentText lang={contentLanguage}>{overview.name}</ContentText>
      </Heading>
      <dl className="sl-structure-facts">
        <div>
          <dt>{t("leadershipPageLevel")}</dt>
          <dd>{t(LEVEL_KEYS[overview.level])}</dd>
        </div>
        {municipalities.length === 0 ? null : (
          <div>
            <dt>{t("leadershipPageMunicipalities")}</dt>
            <dd>
              <ContentText lang={contentLanguage}>{municipalities.join(", ")}</ContentText>
            </dd>
          </div>
        )}
      </dl>

      <section className="sl-structure-section" aria-labelledby={`${id}-summary`}>
        <h3 id={`${id}-summary`} className="sl-structure-subheading">
          {t("leadershipPageSummary")}
        </h3>
        <QuestionSummary questions={STRUCTURE_QUESTIONS} summary={overview.summary} />
      </section>

      <section className="sl-structure-section" aria-labelledby={`${id}-questions`}>
        <h3 id={`${id}-questions`} className="sl-structure-subheading">
          {t("leadershipPageQuestions")}
        </h3>
        <SectorCoverage {...view} leadershipId={leadershipId} />
        <PrincipalMandate {...view} leadershipId={leadershipId} />
        <Substitutes {...view} leadershipId={leadershipId} />
        <section className="sl-structure-section" aria-labelledby={`${id}-kinds`}>
          <h4 id={`${id}-kinds`} className="sl-structure-subheading">
            {t("structureQuestionForumKinds")}
          </h4>
          <DataTable
            caption={t("leadershipPageForumKindsCaption")}
            columns={kindColumns}
            data={overview.forumKinds.kinds}
            getRowId={(item) => item.composition}
            filterable={false}
            emptyMessage={t("leadershipPageForumKindsEmpty")}
          />
        </section>
        <CharterCompleteness workspace={workspace} leadershipId={leadershipId} headingLevel={4} />
      </section>

      {overview.forums.length === 0 ? (
        <section className="sl-structure-section" aria-labelledby={`${id}-forums`}>
          <h3 id={`${id}-forums`} className="sl-structure-subheading">
            {t("leadershipPageForums")}
          </h3>
          <p>{t("leadershipPageNoForums")}</p>
        </section>
      ) : (
        overview.forums.map((forum) => (
          <ForumSection key={forum.forumId} forum={forum} contentLanguage={contentLanguage} tools={tools}>
            <KeyRoles {...view} forumId={forum.forumId} />
            <ChairRotation {...view} forumId={forum.forumId} />
            <ForumMembers {...view} forumId={forum.forumId} />
          </ForumSection>
        ))
      )}
    </article>
  );
}

/** One forum of the leadership: its name (an `h3`), composition and questions, then its own views. */
function ForumSection({
  forum,
  contentLanguage,
  tools,
  children,
}: {
  readonly forum: ForumOverview;
  readonly contentLanguage: string;
  readonly tools: StructureOverviewTools;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="sl-structure-forum" aria-labelledby={headingId}>
      <h3 id={headingId} className="sl-structure-subheading">
        <ContentText lang={contentLanguage}>{forum.name}</ContentText>
      </h3>
      <p className="sl-structure-muted">
        {tools.t("structureOverviewComposition")}: {FORUM_COMPOSITION_NAMES[forum.composition][tools.locale]}
      </p>
      <QuestionSummary questions={FORUM_QUESTIONS} summary={forum.summary} />
      {children}
    </section>
  );
}

function forumKindColumns(tools: StructureOverviewTools): DataTableColumn<ForumKindItem>[] {
  const { t, locale } = tools;
  const kindName = (item: ForumKindItem) => {
    const name = FORUM_COMPOSITION_NAMES[item.composition][locale];
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  return [
    { id: "kind", header: t("structureOverviewColumnItem"), value: kindName, isRowHeader: true },
    {
      id: "status",
      header: t("structureOverviewColumnStatus"),
      value: (item) => statusWord(item.status, t),
      cell: (item) => <StatusBadge status={item.status} />,
    },
    {
      id: "reason",
      header: t("structureOverviewColumnReason"),
      value: (item) => item.message[locale],
      sortable: false,
    },
  ];
}
