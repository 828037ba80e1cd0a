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
import type { WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  membershipPersonName,
  messageColumn,
  namesColumn,
  statusColumn,
  StructureWidget,
  TargetViewSection,
  textColumn,
  useTargetView,
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
    <StructureWidget props={props}>
      <PrincipalMandateBody {...props} />
    </StructureWidget>
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
  const { workspace, asOf } = props;
  const { tools, coreTarget: target, index } = useTargetView(props);
  const { t, number } = tools;
  const answer = useMemo(() => getPrincipalMandateCoverage(workspace, target, { asOf }), [workspace, target, asOf]);
  const rows = useMemo(() => principalRows(answer, index, tools), [answer, index, tools]);
  const columns = useMemo(() => principalColumns(tools), [tools]);
  return (
    <TargetViewSection
      props={props}
      className="sl-structure-principals"
      titleKey="structurePrincipalTitle"
      index={index}
      target={target}
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
    </TargetViewSection>
  );
}

function principalColumns(tools: StructureViewTools): DataTableColumn<PrincipalRow>[] {
  const { t } = tools;
  return [
    textColumn<PrincipalRow>("principal", t("structurePrincipalColumnPrincipal"), (row) => row.item.name, true),
    {
      id: "kind",
      header: t("structurePrincipalColumnKind"),
      value: (row) =>
        t(row.item.principalKind === "region" ? "structurePrincipalKindRegion" : "structurePrincipalKindMunicipality"),
    },
    statusColumn(tools, (row) => row.item.status),
    namesColumn(tools, "with", t("structurePrincipalColumnWith"), (row) => row.withMandate),
    namesColumn(tools, "without", t("structurePrincipalColumnWithout"), (row) => row.withoutMandate),
    messageColumn(tools, (row) => row.message),
  ];
}
