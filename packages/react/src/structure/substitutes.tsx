/**
 * Substitutes for mandate holders (the Metodstöd's meeting structure: who stands in when a member with
 * mandate cannot come): every member with a decision mandate on the day, their substitutes, and those who
 * have none, with the core's words on what to do; then substitutes whose member's seat has ended.
 */
import {
  getMandateHoldersWithoutSubstitute,
  isMembershipActive,
  type OrphanedSubstituteItem,
  type StructureStatus,
} from "@systemledning/core/structure";
import type { Workspace, WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { forumsOf } from "./forums-of.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  membershipPersonName,
  messageColumn,
  organisationName,
  personName,
  namesColumn,
  statusColumn,
  StructureWidget,
  targetOf,
  TargetViewSection,
  textColumn,
  useTargetView,
  type StructureTargetProps,
  type StructureViewBaseProps,
} from "./view-shared.js";

/** Props of {@link Substitutes}. */
export type SubstitutesProps = StructureViewBaseProps & StructureTargetProps;

interface HolderRow {
  readonly membershipId: string;
  readonly person: string;
  readonly organisation: string;
  readonly forumName: string;
  readonly substitutes: readonly string[];
  readonly status: StructureStatus;
  readonly message: string;
}

interface OrphanRow {
  readonly item: OrphanedSubstituteItem;
  readonly person: string;
  readonly forName: string;
  readonly forumName: string;
  readonly message: string;
}

/**
 * The mandate holders of a forum or a leadership on a day, each with their substitutes or the core's note
 * that one is missing, and substitutes left standing in for a seat that has ended.
 *
 * @example
 * <Substitutes workspace={workspace} leadershipId="ls-leksand" asOf="2026-05-13" />
 */
export function Substitutes(props: SubstitutesProps) {
  return (
    <StructureWidget props={props}>
      <SubstitutesBody {...props} />
    </StructureWidget>
  );
}

function substituteRows(
  workspace: Workspace,
  index: WorkspaceIndex,
  target: StructureTargetProps,
  asOf: string,
  tools: StructureViewTools,
) {
  const answer = getMandateHoldersWithoutSubstitute(workspace, targetOf(target), { asOf });
  const missing = new Map(answer.holders.map((holder) => [holder.membershipId, holder]));
  const holders: HolderRow[] = [];
  for (const forum of forumsOf(workspace, index, target, asOf)) {
    for (const membership of index.membershipsByForum.get(forum.forumId) ?? []) {
      // A mandate holder as the core counts one: active on the day, a seat of one's own, with a mandate.
      if (!isMembershipActive(membership, asOf) || membership.roles.includes("substitute") || !membership.hasMandate)
        continue;
      const finding = missing.get(membership.id);
      const substitutes = (index.substitutesByMembership.get(membership.id) ?? [])
        .filter((substitute) => isMembershipActive(substitute, asOf))
        .map((substitute) => personName(index, substitute.personId));
      holders.push({
        membershipId: membership.id,
        person: personName(index, membership.personId),
        organisation: organisationName(index, membership.organisationId),
        forumName: forum.name,
        substitutes,
        status: finding?.status ?? "ok",
        message: finding === undefined ? tools.t("structureSubstitutesHasSubstitute") : tools.text(finding.message),
      });
    }
  }
  const orphans: OrphanRow[] = answer.substitutesForInactiveMembers.map((item) => ({
    item,
    person: personName(index, item.personId),
    forName: membershipPersonName(index, item.substituteForId),
    forumName: index.forumById.get(item.forumId)?.name ?? item.forumId,
    message: tools.text(item.message),
  }));
  return { answer, holders, orphans };
}

function SubstitutesBody(props: SubstitutesProps) {
  const { workspace, asOf, forumId } = props;
  const { tools, target, coreTarget, index } = useTargetView(props);
  const { t, number } = tools;
  const { answer, holders, orphans } = useMemo(
    () => substituteRows(workspace, index, target, asOf, tools),
    [workspace, index, target, asOf, tools],
  );
  const byLeadership = forumId === undefined;
  const columns = useMemo(() => holderColumns(tools, byLeadership), [tools, byLeadership]);
  const orphanColumns = useMemo(() => orphanColumnsOf(tools), [tools]);
  return (
    <TargetViewSection
      props={props}
      className="sl-structure-substitutes"
      titleKey="structureSubstitutesTitle"
      index={index}
      target={coreTarget}
    >
      <p className="sl-structure-summary">
        {answer.mandateHolderCount === 0
          ? t("structureSubstitutesNone")
          : t("structureSubstitutesSummary", {
              count: number(answer.withSubstituteCount),
              total: number(answer.mandateHolderCount),
            })}
        {answer.substituteRequired ? null : ` ${t("structureSubstitutesNotRequired")}`}
      </p>
      <DataTable
        caption={t("structureSubstitutesCaption")}
        columns={columns}
        data={holders}
        getRowId={(row) => row.membershipId}
        emptyMessage={t("structureSubstitutesNone")}
      />
      {orphans.length === 0 ? null : (
        <DataTable
          caption={t("structureSubstitutesOrphansCaption")}
          columns={orphanColumns}
          data={orphans}
          getRowId={(row) => row.item.membershipId}
        />
      )}
    </TargetViewSection>
  );
}

function holderColumns(tools: StructureViewTools, byLeadership: boolean): DataTableColumn<HolderRow>[] {
  const { t } = tools;
  return [
    textColumn<HolderRow>("holder", t("structureSubstitutesColumnHolder"), (row) => row.person, true),
    textColumn<HolderRow>("organisation", t("structureColumnOrganisation"), (row) => row.organisation),
    ...(byLeadership ? [textColumn<HolderRow>("forum", t("structureColumnForum"), (row) => row.forumName)] : []),
    namesColumn(tools, "substitutes", t("structureSubstitutesColumnSubstitutes"), (row) => row.substitutes),
    statusColumn(tools, (row) => row.status),
    messageColumn(tools, (row) => row.message),
  ];
}

function orphanColumnsOf(tools: StructureViewTools): DataTableColumn<OrphanRow>[] {
  const { t } = tools;
  return [
    textColumn<OrphanRow>("substitute", t("structureSubstitutesColumnSubstitute"), (row) => row.person, true),
    textColumn<OrphanRow>("for", t("structureSubstitutesColumnFor"), (row) => row.forName),
    textColumn<OrphanRow>("forum", t("structureColumnForum"), (row) => row.forumName),
    statusColumn(tools, (row) => row.item.status),
    messageColumn(tools, (row) => row.message),
  ];
}
