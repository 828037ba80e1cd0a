/**
 * The key roles of a forum, or of each forum of a leadership (the Metodstöd's meeting structure: who chairs,
 * who convenes, who keeps the notes): each role the county asks for, filled or not, and by whom. A table:
 * one row per role (and forum), the status as a badge and the core's message on what to do.
 */
import { getKeyRoleStatus, type KeyRoleItem } from "@systemledning/core/structure";
import { getWorkspaceIndex, type WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { Widget } from "../primitives/widget.js";
import { forumsOf } from "./forums-of.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  messageColumn,
  personName,
  roleName,
  statusColumn,
  targetName,
  targetOf,
  useStructureTools,
  ViewSection,
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
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <KeyRolesBody {...props} />
    </Widget>
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
  const { workspace, asOf, headingLevel = 2, title, forumId, leadershipId } = props;
  const tools = useStructureTools();
  const { t, number } = tools;
  const target = useMemo(() => ({ forumId, leadershipId }) as StructureTargetProps, [forumId, leadershipId]);
  const index = getWorkspaceIndex(workspace);
  const rows = useMemo(
    () => keyRoleRows(workspace, index, target, asOf, tools),
    [workspace, index, target, asOf, tools],
  );
  const byLeadership = forumId === undefined;
  const columns = useMemo(() => keyRoleColumns(tools, byLeadership), [tools, byLeadership]);
  const filled = rows.filter((row) => row.item.status === "ok").length;
  return (
    <ViewSection
      className="sl-structure-key-roles"
      heading={title ?? t("structureKeyRolesTitle")}
      headingLevel={headingLevel}
      about={targetName(index, targetOf(target))}
      asOf={asOf}
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
    </ViewSection>
  );
}

function keyRoleColumns(tools: StructureViewTools, byLeadership: boolean): DataTableColumn<KeyRoleRow>[] {
  const { t, locale } = tools;
  return [
    // Across a leadership, the forum and the role together name a row: both are row headers.
    ...(byLeadership
      ? [
          {
            id: "forum",
            header: t("structureColumnForum"),
            value: (row: KeyRoleRow) => row.forumName,
            isRowHeader: true,
            cell: (row: KeyRoleRow) => <span className="sl-text">{row.forumName}</span>,
          },
        ]
      : []),
    {
      id: "role",
      header: t("structureKeyRolesColumnRole"),
      value: (row) => roleName(row.item.role, locale),
      isRowHeader: true,
    },
    statusColumn(tools, (row) => row.item.status),
    {
      id: "holders",
      header: t("structureKeyRolesColumnHolder"),
      value: (row) => (row.holders.length === 0 ? null : row.holders.join(", ")),
      cell: (row) => (
        <span className="sl-text">{row.holders.length === 0 ? t("structureNobody") : row.holders.join(", ")}</span>
      ),
    },
    messageColumn(tools, (row) => row.message),
  ];
}
