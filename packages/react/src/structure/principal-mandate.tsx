/**
 * The principals' mandate (docs/domain.md, Structure; the Metodstöd: who sits in the leadership *with
 * mandate*): the region and each municipality of a leadership, who represents each, with or without a
 * decision mandate, and what to do when none can decide. A table: one row per principal, every value in words.
 */
import {
  getPrincipalMandateCoverage,
  type PrincipalMandateCoverage,
  type PrincipalMandateItem,
} from "@systemledning/core/structure";
import { getWorkspaceIndex, type WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { Widget } from "../primitives/widget.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  membershipPersonName,
  messageColumn,
  statusColumn,
  targetName,
  targetOf,
  useStructureTools,
  ViewSection,
  type StructureTargetProps,
  type StructureViewBaseProps,
} from "./view-shared.js";

/** Props of {@link PrincipalMandate}. */
export type PrincipalMandateProps = StructureViewBaseProps & StructureTargetProps;

interface PrincipalRow {
  readonly item: PrincipalMandateItem;
  readonly withMandate: readonly string[];
  readonly withoutMandate: readonly string[];
  readonly message: string;
}

/**
 * Each principal of a leadership (the region and its municipalities) and whether someone with a decision
 * mandate sits for it, in one forum or across the leadership's forums.
 *
 * @example
 * <PrincipalMandate workspace={workspace} leadershipId="ls-hedemora-sater" asOf="2026-05-13" />
 */
export function PrincipalMandate(props: PrincipalMandateProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <PrincipalMandateBody {...props} />
    </Widget>
  );
}

function principalRows(
  answer: PrincipalMandateCoverage,
  index: WorkspaceIndex,
  tools: StructureViewTools,
): PrincipalRow[] {
  return answer.principals.map((item) => ({
    item,
    withMandate: item.membershipIdsWithMandate.map((id) => membershipPersonName(index, id)),
    withoutMandate: item.membershipIdsWithoutMandate.map((id) => membershipPersonName(index, id)),
    message: tools.text(item.message),
  }));
}

function PrincipalMandateBody(props: PrincipalMandateProps) {
  const { workspace, asOf, headingLevel = 2, title, forumId, leadershipId } = props;
  const tools = useStructureTools();
  const { t, number } = tools;
  const target = useMemo(() => targetOf({ forumId, leadershipId } as StructureTargetProps), [forumId, leadershipId]);
  const answer = useMemo(() => getPrincipalMandateCoverage(workspace, target, { asOf }), [workspace, target, asOf]);
  const index = getWorkspaceIndex(workspace);
  const rows = useMemo(() => principalRows(answer, index, tools), [answer, index, tools]);
  const columns = useMemo(() => principalColumns(tools), [tools]);
  return (
    <ViewSection
      className="sl-structure-principals"
      heading={title ?? t("structurePrincipalTitle")}
      headingLevel={headingLevel}
      about={targetName(index, target)}
      asOf={asOf}
    >
      <p className="sl-structure-summary">
        {answer.principalCount === 0
          ? t("structurePrincipalNone")
          : t("structurePrincipalSummary", {
              count: number(answer.withMandateCount),
              total: number(answer.principalCount),
            })}
      </p>
      <DataTable
        caption={t("structurePrincipalCaption")}
        columns={columns}
        data={rows}
        getRowId={(row) => row.item.key}
        emptyMessage={t("structurePrincipalNone")}
      />
    </ViewSection>
  );
}

const names = (people: readonly string[]): string | null => (people.length === 0 ? null : people.join(", "));

function principalColumns(tools: StructureViewTools): DataTableColumn<PrincipalRow>[] {
  const { t } = tools;
  return [
    {
      id: "principal",
      header: t("structurePrincipalColumnPrincipal"),
      value: (row) => row.item.name,
      isRowHeader: true,
      cell: (row) => <span className="sl-text">{row.item.name}</span>,
    },
    {
      id: "kind",
      header: t("structurePrincipalColumnKind"),
      value: (row) =>
        t(row.item.principalKind === "region" ? "structurePrincipalKindRegion" : "structurePrincipalKindMunicipality"),
    },
    statusColumn(tools, (row) => row.item.status),
    {
      id: "with",
      header: t("structurePrincipalColumnWith"),
      value: (row) => names(row.withMandate),
      cell: (row) => <span className="sl-text">{names(row.withMandate) ?? t("structureNobody")}</span>,
    },
    {
      id: "without",
      header: t("structurePrincipalColumnWithout"),
      value: (row) => names(row.withoutMandate),
      cell: (row) => <span className="sl-text">{names(row.withoutMandate) ?? t("structureNobody")}</span>,
    },
    messageColumn(tools, (row) => row.message),
  ];
}
