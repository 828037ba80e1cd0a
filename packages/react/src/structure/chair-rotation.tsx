/**
 * Chair terms and rotation per forum (the Metodstöd's meeting structure: how the chair is chosen, for how
 * long and from which principal): every chair term with its principal, period and length against the
 * forum's rule and the county's maximum, whether the chair moved to another principal, and the core's
 * words on each term and on the forum.
 *
 * A table, not a drawn timeline: a forum has had one to three chairs, so a timeline would draw two or three
 * bars whose dates the reader still has to read, and what the question asks (is the term longer than the
 * rule, did the chair change principal) is a number and a yes or no, which a cell says exactly. A drawing
 * would add a second keyboard model and a table alternative that repeats this table.
 */
import {
  getChairRotation,
  type ChairRotation as ChairRotationAnswer,
  type ChairTerm,
} from "@systemledning/core/structure";
import type { WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge } from "../primitives/status-badge.js";
import { forumsOf, type ViewForum } from "./forums-of.js";
import type { StructureViewMessageKey, StructureViewTools } from "./messages-views.js";
import {
  messageColumn,
  periodText,
  personName,
  statusColumn,
  StructureWidget,
  TargetViewSection,
  textColumn,
  useStructureTools,
  useTargetView,
  type StructureTargetProps,
  type StructureViewBaseProps,
} from "./view-shared.js";

/**
 * The core's answer (`ChairRotation` of `@systemledning/core/structure`) under the component's name, so the
 * name from `@systemledning/react` is the view as a value and the core's answer as a type.
 */
export type ChairRotation = ChairRotationAnswer;

/** Props of {@link ChairRotation}. */
export type ChairRotationProps = StructureViewBaseProps & StructureTargetProps;

interface TermRow {
  readonly term: ChairTerm;
  readonly person: string;
  readonly message: string;
}

const STATE_KEYS: Readonly<Record<ChairTerm["state"], StructureViewMessageKey>> = {
  past: "structureChairStatePast",
  current: "structureChairStateCurrent",
  future: "structureChairStateFuture",
};

/**
 * The chair terms of a forum, or of each forum of a leadership, on a day: who chaired, from which principal,
 * for how long against the rules, and whether the chair rotated.
 *
 * @example
 * <ChairRotation workspace={workspace} forumId="f-lchnv" asOf="2026-05-13" />
 */
export function ChairRotation(props: ChairRotationProps) {
  return (
    <StructureWidget props={props}>
      <ChairRotationBody {...props} />
    </StructureWidget>
  );
}

function ChairRotationBody(props: ChairRotationProps) {
  const { workspace, asOf, headingLevel = 2, forumId } = props;
  const { tools, target, coreTarget, index } = useTargetView(props);
  const { t } = tools;
  const forums = useMemo(
    () =>
      forumsOf(workspace, index, target, asOf).map((forum) => ({
        forum,
        answer: getChairRotation(workspace, forum.forumId, { asOf }),
      })),
    [workspace, index, target, asOf],
  );
  const columns = useMemo(() => termColumns(tools), [tools]);
  const ForumHeading = `h${headingLevel + 1}` as "h3";
  return (
    <TargetViewSection
      props={props}
      className="sl-structure-chair"
      titleKey="structureChairTitle"
      index={index}
      target={coreTarget}
    >
      {forums.length === 0 ? <p className="sl-structure-summary">{t("structureNoForums")}</p> : null}
      {forums.map(({ forum, answer }) => (
        <ForumTerms
          key={forum.forumId}
          forum={forum}
          answer={answer}
          index={index}
          columns={columns}
          heading={forumId === undefined ? ForumHeading : null}
        />
      ))}
    </TargetViewSection>
  );
}

function ForumTerms({
  forum,
  answer,
  index,
  columns,
  heading: Heading,
}: {
  readonly forum: ViewForum;
  readonly answer: ChairRotationAnswer;
  readonly index: WorkspaceIndex;
  readonly columns: readonly DataTableColumn<TermRow>[];
  readonly heading: "h3" | "h4" | "h5" | null;
}) {
  const tools = useStructureTools();
  const { t, number, locale } = tools;
  const rows = answer.terms.map((term) => ({
    term,
    person: personName(index, term.personId),
    message: term.findings.map((finding) => tools.text(finding.message)).join(" "),
  }));
  const rules = [
    answer.forumTermMonths === null
      ? t("structureChairNoRule")
      : t("structureChairRule", { months: number(answer.forumTermMonths) }),
    answer.rotatesBetweenPrincipals ? t("structureChairRotates") : "",
    answer.profileMaxTermMonths === null
      ? ""
      : t("structureChairMaximum", { months: number(answer.profileMaxTermMonths) }),
  ].filter((part) => part !== "");
  const due = answer.currentTermDueToEndOn;
  return (
    <div className="sl-structure-chair-forum">
      {Heading === null ? null : <Heading className="sl-structure-subtitle sl-text">{forum.name}</Heading>}
      <p className="sl-structure-summary">{rules.join(" ")}</p>
      {due === null ? null : (
        <p className="sl-structure-summary">
          {answer.currentTermOverdue ? (
            <StatusBadge status="warning" label={t("structureChairOverdue", { date: formatLocaleDate(due, locale) })} />
          ) : (
            t("structureChairDue", { date: formatLocaleDate(due, locale) })
          )}
        </p>
      )}
      {answer.findings.length === 0 ? null : (
        <ul className="sl-structure-findings">
          {answer.findings.map((finding) => (
            <li key={finding.reason}>
              <StatusBadge status={finding.status} /> <span className="sl-text">{tools.text(finding.message)}</span>
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? null : (
        <DataTable
          caption={t("structureChairCaption", { forum: forum.name })}
          columns={columns}
          data={rows}
          getRowId={(row) => row.term.membershipId}
        />
      )}
    </div>
  );
}

function termColumns(tools: StructureViewTools): DataTableColumn<TermRow>[] {
  const { t } = tools;
  const yesNo = (value: boolean | null): string | null =>
    value === null ? null : value ? t("structureYes") : t("structureNo");
  return [
    textColumn<TermRow>("chair", t("structureChairColumnChair"), (row) => row.person, true),
    textColumn<TermRow>(
      "principal",
      t("structureChairColumnPrincipal"),
      (row) => row.term.principal?.name ?? t("structureChairUnknownPrincipal"),
    ),
    {
      id: "period",
      header: t("structureChairColumnPeriod"),
      // ISO dates sort the periods in time and keep both ends in the CSV; the cell shows them in words.
      value: (row) => `${row.term.from} – ${row.term.to ?? ""}`.trim(),
      cell: (row) => periodText(row.term.from, row.term.to, tools),
    },
    { id: "state", header: t("structureChairColumnState"), value: (row) => t(STATE_KEYS[row.term.state]) },
    {
      id: "length",
      header: t("structureChairColumnLength"),
      value: (row) => row.term.lengthMonths,
      kind: "number",
      maximumFractionDigits: 0,
    },
    { id: "rotated", header: t("structureChairColumnRotated"), value: (row) => yesNo(row.term.rotatedFromPrevious) },
    statusColumn(tools, (row) => row.term.status),
    messageColumn(tools, (row) => row.message),
  ];
}
