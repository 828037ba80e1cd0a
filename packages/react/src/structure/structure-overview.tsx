/**
 * The county's structure at a glance: the regional leadership with each of its forums and every question's
 * status, then every local leadership in one table with a status per question and the next thing to do
 * (docs/domain.md, Structure). Statuses are words with a shape (`StatusBadge`), never colour alone
 * (docs/quality.md A8); the table is the kit's `DataTable` (sortable, filterable, in its own scroll region).
 */
import {
  FORUM_COMPOSITION_NAMES,
  getAllLeadershipOverviews,
  type LeadershipOverview,
} from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge, statusWord } from "../primitives/status-badge.js";
import type { WidgetProps } from "../primitives/widget.js";
import { STRUCTURE_OVERVIEW_MESSAGES, type StructureOverviewTools } from "./messages-overview.js";
import { FORUM_QUESTIONS, STRUCTURE_QUESTIONS, municipalityNames, nextStep } from "./overview-model.js";
import { ContentText, LeadershipLink, QuestionSummary, type LeadershipLinkProps } from "./overview-parts.js";
import { StructureWidget } from "./view-shared.js";

/** Props of {@link StructureOverview}. */
export interface StructureOverviewProps extends WidgetProps, LeadershipLinkProps {
  // Keep `leadershipHref` and `onSelectLeadership` stable (module scope or `useCallback`): a new function
  // rebuilds the table's columns.
  /** A validated workspace (through `parseWorkspace`). */
  readonly workspace: Workspace;
  /** The day the answers are for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The level of the two section headings; forums are one and two below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The language leadership and forum names are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * The regional leadership's forums and every local leadership with each structure question's status.
 *
 * @example
 * <StructureOverview workspace={workspace} asOf="2026-05-13" leadershipHref={(id) => `#/ledning/${id}`} />
 */
export function StructureOverview(props: StructureOverviewProps) {
  return (
    <StructureWidget props={props}>
      <OverviewBody {...props} />
    </StructureWidget>
  );
}

function OverviewBody({
  workspace,
  asOf,
  headingLevel = 2,
  contentLanguage = "sv",
  leadershipHref,
  onSelectLeadership,
}: StructureOverviewProps) {
  const tools = useKitLocale(undefined, STRUCTURE_OVERVIEW_MESSAGES);
  const { t } = tools;
  const localId = useId();
  const overviews = useMemo(() => getAllLeadershipOverviews(workspace, { asOf }), [workspace, asOf]);
  const regional = overviews.filter((o) => o.level === "regional");
  const local = useMemo(() => overviews.filter((o) => o.level !== "regional"), [overviews]);
  const link = useMemo(() => ({ leadershipHref, onSelectLeadership }), [leadershipHref, onSelectLeadership]);
  const columns = useMemo(
    () => localColumns(tools, workspace, contentLanguage, link),
    [tools, workspace, contentLanguage, link],
  );
  const Heading = `h${headingLevel}` as const;

  if (overviews.length === 0) return <p className="sl-structure-empty">{t("structureOverviewNoLeaderships")}</p>;

  return (
    <div className="sl-structure-overview">
      {regional.map((overview) => (
        <RegionalSection
          key={overview.leadershipId}
          overview={overview}
          headingLevel={headingLevel}
          contentLanguage={contentLanguage}
          link={link}
        />
      ))}
      <section className="sl-structure-section" aria-labelledby={localId}>
        <Heading id={localId} className="sl-structure-heading">
          {t("structureOverviewLocalHeading", { count: tools.number(local.length) })}
        </Heading>
        <DataTable
          caption={t("structureOverviewLocalCaption")}
          columns={columns}
          data={local}
          getRowId={(row) => row.leadershipId}
          className="sl-structure-local-table"
          emptyMessage={t("structureOverviewNoLocal")}
        />
        {local.length === 0 ? null : <p className="sl-structure-hint">{t("structureOverviewTableHint")}</p>}
      </section>
    </div>
  );
}

function RegionalSection({
  overview,
  headingLevel,
  contentLanguage,
  link,
}: {
  readonly overview: LeadershipOverview;
  readonly headingLevel: 2 | 3 | 4;
  readonly contentLanguage: string;
  readonly link: LeadershipLinkProps;
}) {
  const { t, locale } = useKitLocale(undefined, STRUCTURE_OVERVIEW_MESSAGES);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3";
  const Card = `h${headingLevel + 2}` as "h4";
  const hasLink = link.leadershipHref !== undefined || link.onSelectLeadership !== undefined;
  return (
    <section className="sl-structure-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-structure-heading">
        {t("structureOverviewRegionalHeading")}
      </Heading>
      <p>
        {hasLink ? (
          <LeadershipLink leadershipId={overview.leadershipId} {...link}>
            {t("structureOverviewShowDetails")} <ContentText lang={contentLanguage}>{overview.name}</ContentText>
          </LeadershipLink>
        ) : (
          <ContentText lang={contentLanguage}>{overview.name}</ContentText>
        )}
      </p>
      <QuestionSummary questions={STRUCTURE_QUESTIONS} summary={overview.summary} />
      <Sub className="sl-structure-subheading">{t("structureOverviewRegionalForums")}</Sub>
      {overview.forums.length === 0 ? (
        <p>{t("structureOverviewNoForums")}</p>
      ) : (
        <ul className="sl-structure-cards" aria-label={t("structureOverviewRegionalForums")}>
          {overview.forums.map((forum) => (
            <li key={forum.forumId} className="sl-structure-card">
              <Card className="sl-structure-card-heading">
                <ContentText lang={contentLanguage}>{forum.name}</ContentText>
              </Card>
              <p className="sl-structure-muted">
                {t("structureOverviewComposition")}: {FORUM_COMPOSITION_NAMES[forum.composition][locale]}
              </p>
              <QuestionSummary questions={FORUM_QUESTIONS} summary={forum.summary} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The next step in words: the question, the core's finding, and how many other questions need a look. */
function nextStepText(overview: LeadershipOverview, tools: StructureOverviewTools): string {
  const step = nextStep(overview);
  const { t, locale } = tools;
  if (step === null) return t("structureOverviewNothingToDo");
  const name = t(STRUCTURE_QUESTIONS.find((q) => q.key === step.question)!.nameKey);
  const what = step.finding === null ? statusWord(step.status, t) : step.finding.message[locale];
  const more =
    step.moreCount === 0
      ? ""
      : ` ${step.moreCount === 1 ? t("structureOverviewOneMoreToDo") : t("structureOverviewMoreToDo", { count: tools.number(step.moreCount) })}`;
  return `${name}: ${what}${more}`;
}

function localColumns(
  tools: StructureOverviewTools,
  workspace: Workspace,
  contentLanguage: string,
  link: LeadershipLinkProps,
): DataTableColumn<LeadershipOverview>[] {
  const { t } = tools;
  return [
    {
      id: "leadership",
      header: t("structureOverviewColumnLeadership"),
      value: (row) => row.name,
      isRowHeader: true,
      cell: (row) => (
        <LeadershipLink leadershipId={row.leadershipId} {...link}>
          <ContentText lang={contentLanguage}>{row.name}</ContentText>
        </LeadershipLink>
      ),
    },
    {
      id: "municipalities",
      header: t("structureOverviewColumnMunicipalities"),
      value: (row) => municipalityNames(workspace, row.leadershipId).join(", ") || null,
    },
    {
      id: "overall",
      header: t("structureOverviewColumnOverall"),
      value: (row) => statusWord(row.status, t),
      cell: (row) => <StatusBadge status={row.status} />,
    },
    ...STRUCTURE_QUESTIONS.map((question): DataTableColumn<LeadershipOverview> => ({
      id: question.key,
      header: t(question.nameKey),
      value: (row) => statusWord(row.summary[question.key], t),
      cell: (row) => <StatusBadge status={row.summary[question.key]} />,
    })),
    {
      id: "next",
      header: t("structureOverviewColumnNextStep"),
      value: (row) => nextStepText(row, tools),
      sortable: false,
    },
  ];
}
