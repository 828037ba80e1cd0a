/**
 * A forum's members (the Metodstöd: who sits in the leadership, with or without mandate, and who is
 * co-opted): each seat with its person, title, organisation, sector, roles, kind, mandate, period and whom a
 * substitute stands in for, in the kit's sortable, filterable table. Seats that ended before the day are
 * kept (history is never deleted) but hidden until the reader asks for them.
 */
import { isMembershipActive, type Membership } from "@systemledning/core/structure";
import { getWorkspaceIndex, type WorkspaceIndex } from "@systemledning/core/workspace";
import { useId, useMemo, useState } from "react";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn, DataTableSorting } from "../primitives/data-table/types.js";
import type { StructureViewTools } from "./messages-views.js";
import {
  memberKindName,
  membershipPersonName,
  organisationName,
  periodText,
  roleName,
  useStructureTools,
  ViewSection,
  type StructureViewBaseProps,
  StructureWidget,
} from "./view-shared.js";

/** Props of {@link ForumMembers}. */
export interface ForumMembersProps extends StructureViewBaseProps {
  /** The forum whose members are listed. */
  readonly forumId: string;
  /** Show the seats that ended before `asOf` at first. @default false */
  readonly defaultShowEnded?: boolean | undefined;
  /** The sorting the table starts with. @default the workspace's order */
  readonly initialSorting?: DataTableSorting | undefined;
}

interface MemberRow {
  readonly membership: Membership;
  readonly person: string;
  readonly title: string | null;
  readonly organisation: string;
  readonly sector: string | null;
  readonly roles: string;
  readonly kind: string;
  readonly ended: boolean;
  readonly substituteFor: string | null;
}

/**
 * The members of a forum on a day in a sortable table; ended seats behind a toggle.
 *
 * @example
 * <ForumMembers workspace={workspace} forumId="f-lchnv" asOf="2026-05-13"
 *   initialSorting={{ columnId: "person", descending: false }} />
 */
export function ForumMembers(props: ForumMembersProps) {
  return (
    <StructureWidget props={props}>
      <ForumMembersBody {...props} />
    </StructureWidget>
  );
}

function memberRows(index: WorkspaceIndex, forumId: string, asOf: string, tools: StructureViewTools): MemberRow[] {
  return (index.membershipsByForum.get(forumId) ?? []).map((membership) => {
    const person = index.personById.get(membership.personId);
    const sector = membership.sectorId === undefined ? undefined : index.sectorById.get(membership.sectorId);
    return {
      membership,
      person: person?.name ?? membership.personId,
      title: person?.title ?? null,
      organisation: organisationName(index, membership.organisationId),
      sector: sector === undefined ? (membership.sectorId ?? null) : tools.text(sector.name),
      roles: membership.roles.map((role) => roleName(role, tools.locale)).join(", "),
      kind: memberKindName(membership.kind, tools),
      ended: membership.to !== undefined && membership.to < asOf,
      substituteFor:
        membership.substituteForId === undefined ? null : membershipPersonName(index, membership.substituteForId),
    };
  });
}

function ForumMembersBody(props: ForumMembersProps) {
  const { workspace, forumId, asOf, headingLevel = 2, title, defaultShowEnded = false, initialSorting } = props;
  const tools = useStructureTools();
  const { t, number } = tools;
  const toggleId = useId();
  const [showEnded, setShowEnded] = useState(defaultShowEnded);
  const index = getWorkspaceIndex(workspace);
  const all = useMemo(() => memberRows(index, forumId, asOf, tools), [index, forumId, asOf, tools]);
  const rows = useMemo(() => (showEnded ? all : all.filter((row) => !row.ended)), [all, showEnded]);
  const columns = useMemo(() => memberColumns(tools), [tools]);
  const forum = index.forumById.get(forumId);
  // An unknown forum is a host's mistake: the widget's boundary shows it instead of an empty table.
  if (forum === undefined) throw new Error(`Unknown forum "${forumId}".`);
  const ended = all.filter((row) => row.ended).length;
  const active = all.filter((row) => isMembershipActive(row.membership, asOf));
  return (
    <ViewSection
      className="sl-structure-members"
      heading={title ?? t("structureForumMembersTitle", { forum: forum.name })}
      headingLevel={headingLevel}
      about={forum.name}
      asOf={asOf}
    >
      <p className="sl-structure-summary">
        {t("structureForumMembersCount", {
          count: number(active.length),
          mandate: number(active.filter((row) => row.membership.hasMandate).length),
        })}
      </p>
      {ended === 0 ? null : (
        <p className="sl-structure-toggle">
          <input
            id={toggleId}
            type="checkbox"

            checked={showEnded}
            onChange={(event) => setShowEnded(event.currentTarget.checked)}
          />{" "}
          <label htmlFor={toggleId}>{t("structureForumMembersShowEnded", { count: number(ended) })}</label>
        </p>
      )}
      <DataTable
        caption={t("structureForumMembersCaption", { forum: forum.name })}
        columns={columns}
        data={rows}
        getRowId={(row) => row.membership.id}
        emptyMessage={t("structureForumMembersEmpty")}
        {...(initialSorting === undefined ? {} : { initialSorting })}
      />
    </ViewSection>
  );
}

const text = (value: string | null) => (value === null ? null : <span className="sl-text">{value}</span>);

function memberColumns(tools: StructureViewTools): DataTableColumn<MemberRow>[] {
  const { t } = tools;
  return [
    {
      id: "person",
      header: t("structureForumMembersColumnPerson"),
      value: (row) => row.person,
      isRowHeader: true,
      cell: (row) => text(row.person),
    },
    {
      id: "title",
      header: t("structureForumMembersColumnTitle"),
      value: (row) => row.title,
      cell: (row) => text(row.title) ?? "",
    },
    {
      id: "organisation",
      header: t("structureColumnOrganisation"),
      value: (row) => row.organisation,
      cell: (row) => text(row.organisation),
    },
    { id: "sector", header: t("structureForumMembersColumnSector"), value: (row) => row.sector },
    { id: "roles", header: t("structureForumMembersColumnRoles"), value: (row) => row.roles },
    { id: "kind", header: t("structureForumMembersColumnKind"), value: (row) => row.kind },
    {
      id: "mandate",
      header: t("structureForumMembersColumnMandate"),
      value: (row) => (row.membership.hasMandate ? t("structureYes") : t("structureNo")),
    },
    {
      id: "period",
      header: t("structureForumMembersColumnPeriod"),
      // ISO dates sort the seats by their start and keep both ends in the CSV; the cell says them in words.
      value: (row) => `${row.membership.from} – ${row.membership.to ?? ""}`.trim(),
      cell: (row) => (
        <>
          {periodText(row.membership.from, row.membership.to, tools)}
          {row.ended ? ` (${t("structureForumMembersEnded")})` : null}
        </>
      ),
    },
    {
      id: "substituteFor",
      header: t("structureForumMembersColumnSubstituteFor"),
      value: (row) => row.substituteFor,
      cell: (row) => text(row.substituteFor),
    },
  ];
}
