/**
 * The key roles of a forum, or of each forum of a leadership (the Metodstöd's meeting structure: who chairs,
 * who convenes, who keeps the notes): each role the county asks for, filled or not, and by whom. A table:
 * one row per role (and forum), the status as a badge and the core's message on what to do.
 */
import { getKeyRoleStatus, type KeyRoleItem } from "@systemledning/core/structure";
import type { WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { forumsOf } from "./forums-of.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  messageColumn,
  namesColumn,
  personName,
  roleName,
  statusColumn,
  StructureWidget,
  TargetViewSection,
  textColumn,
  useTargetView,
  type StructureTargetProps,
  type StructureViewBaseProps,
} from "./view-shared.js";

/** Props of {@link KeyRoles}. */
export type KeyRolesProps = StructureViewBaseProps & StructureTargetProps;

interface KeyRoleRow {
  readonly key: string;
  readonly forumName: string;
  readonly item: KeyRoleItem;
  readonly holders: readonly string[];
  readonly message: string;
}

/**
 * Whether the key roles (chair, convener, secretary … as the county's profile lists them) are held in a forum,
 * or in each forum of a leadership, on a day, and by whom.
 *
 * @example
 * <KeyRoles workspace={workspace} forumId="f-borlange" asOf="2026-05-13" />
 * <KeyRoles workspace={workspace} leadershipId="ls-regional" asOf="2026-05-13" headingLevel={3} />
 */
export function KeyRoles(props: KeyRolesProps) {
  return (
    <StructureWidget props={props}>
      <KeyRolesBody {...props} />
    </StructureWidget>
  );
}

function keyRoleRows(
  workspace: KeyRolesProps["workspace"],
  index: WorkspaceIndex,
  target: StructureTargetProps,
  asOf: string,
  tools: StructureViewTools,
): KeyRoleRow[] {
  return forumsOf(workspace, index, target, asOf).flatMap((forum) =>
    getKeyRoleStatus(workspace, forum.forumId, { asOf }).roles.map((item) => ({
      key: `${forum.forumId}|${item.role}`,
      forumName: forum.name,
      item,
      // One person with two overlapping seats in the role is one holder.
      holders: [...new Set(item.holders.map((holder) => personName(index, holder.personId)))],
      message: tools.text(item.message),
    })),
  );
}

function KeyRolesBody(props: KeyRolesProps) {
  const { workspace, asOf, forumId } = props;
  const { tools, target, coreTarget, index } = useTargetView(props);
  const { t, number } = tools;
  const rows = useMemo(
    () => keyRoleRows(workspace, index, target, asOf, tools),
    [workspace, index, target, asOf, tools],
  );
  const byLeadership = forumId === undefined;
  const columns = useMemo(() => keyRoleColumns(tools, byLeadership), [tools, byLeadership]);
  const filled = rows.filter((row) => row.item.status === "ok").length;
  return (
    <TargetViewSection
      props={props}
      className="sl-structure-key-roles"
      titleKey="structureKeyRolesTitle"
      index={index}
      target={coreTarget}
    >
      <p className="sl-structure-summary">
        {rows.length === 0
          ? t("structureNoForums")
          : t("structureKeyRolesSummary", { count: number(filled), total: number(rows.length) })}
      </p>
      <DataTable
        caption={t("structureKeyRolesCaption")}
        columns={columns}
        data={rows}
        getRowId={(row) => row.key}
        emptyMessage={t("structureNoForums")}
      />
    </TargetViewSection>
  );
}

function keyRoleColumns(tools: StructureViewTools, byLeadership: boolean): DataTableColumn<KeyRoleRow>[] {
  const { t, locale } = tools;
  return [
    // Across a leadership, the forum and the role together name a row: both are row headers.
    ...(byLeadership ? [textColumn<KeyRoleRow>("forum", t("structureColumnForum"), (row) => row.forumName, true)] : []),
    {
      id: "role",
      header: t("structureKeyRolesColumnRole"),
      value: (row) => roleName(row.item.role, locale),
      isRowHeader: true,
    },
    statusColumn(tools, (row) => row.item.status),
    namesColumn(tools, "holders", t("structureKeyRolesColumnHolder"), (row) => row.holders),
    messageColumn(tools, (row) => row.message),
  ];
}
