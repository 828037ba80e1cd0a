/**
 * What the structure question views share: their props (the workspace, a forum or a leadership, the day),
 * the frame (a section with its heading and the day the answer is for), a status column and a "what to do"
 * column for their tables built from the core's findings, and the names of people, roles and kinds.
 */
import {
  MEMBERSHIP_ROLE_NAMES,
  type MemberKind,
  type MembershipRole,
  type StructureFinding,
  type StructureTarget,
} from "@systemledning/core/structure";
import type { Workspace, WorkspaceIndex } from "@systemledning/core/workspace";
import { useId, type ReactNode } from "react";
import { formatLocaleDate, type KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge, statusWord } from "../primitives/status-badge.js";
import type { WidgetProps } from "../primitives/widget.js";
import { STRUCTURE_VIEW_MESSAGES, type StructureViewMessageKey, type StructureViewTools } from "./messages-views.js";

/** Props every structure question view takes besides its target. */
export interface StructureViewBaseProps extends WidgetProps {
  /** The workspace the answer is computed from. */
  readonly workspace: Workspace;
  /** The day the answer is for, `YYYY-MM-DD`: memberships active on it count. */
  readonly asOf: string;
  /** The heading level of the view's title, to fit the host page's outline. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The view's title. @default the question's name, in the widget's language */
  readonly title?: string | undefined;
}

/** A view asked of one forum, or of a leadership (the union of its forums). */
export type StructureTargetProps =
  | { readonly forumId: string; readonly leadershipId?: undefined }
  | { readonly leadershipId: string; readonly forumId?: undefined };

/** The core's target for a view's props: the forum when given, else the leadership. */
export function targetOf(props: StructureTargetProps): StructureTarget {
  return props.forumId === undefined ? { leadershipId: props.leadershipId } : { forumId: props.forumId };
}

/** The name of a forum or leadership, for the view's header (the id when the workspace lacks it). */
export function targetName(index: WorkspaceIndex, target: StructureTarget): string {
  if ("forumId" in target) return index.forumById.get(target.forumId)?.name ?? target.forumId;
  return index.leadershipById.get(target.leadershipId)?.name ?? target.leadershipId;
}

/** The kit's locale with the structure views' texts. */
export function useStructureTools(): StructureViewTools {
  return useKitLocale(undefined, STRUCTURE_VIEW_MESSAGES);
}

/** A person's name, or the id when the workspace has no such person. */
export function personName(index: WorkspaceIndex, personId: string): string {
  return index.personById.get(personId)?.name ?? personId;
}

/** The person who holds a membership, or the membership's id. */
export function membershipPersonName(index: WorkspaceIndex, membershipId: string): string {
  const membership = index.membershipById.get(membershipId);
  return membership === undefined ? membershipId : personName(index, membership.personId);
}

/** An organisation's name, or its id. */
export function organisationName(index: WorkspaceIndex, organisationId: string): string {
  return index.organisationById.get(organisationId)?.name ?? organisationId;
}

/** "Ordförande", "Vice ordförande": a role's name with a capital, as it heads a cell. */
export function roleName(role: MembershipRole, locale: KitLocale): string {
  const name = MEMBERSHIP_ROLE_NAMES[role][locale];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

const MEMBER_KIND_KEYS: Readonly<Record<MemberKind, StructureViewMessageKey>> = {
  politician: "structureMemberKindPolitician",
  official: "structureMemberKindOfficial",
  "user-representative": "structureMemberKindUserRepresentative",
  citizen: "structureMemberKindCitizen",
  other: "structureMemberKindOther",
};

/** The word for a kind of member. */
export function memberKindName(kind: MemberKind, tools: StructureViewTools): string {
  return tools.t(MEMBER_KIND_KEYS[kind]);
}

/** "1 mars 2025 – 28 februari 2027", or "1 mars 2025 – tills vidare" for an open period. */
export function periodText(from: string, to: string | null | undefined, tools: StructureViewTools): string {
  const end = to === null || to === undefined ? tools.t("structureChairOpenEnded") : formatLocaleDate(to, tools.locale);
  return `${formatLocaleDate(from, tools.locale)} – ${end}`;
}

/** A finding's status and the core's message, in the widget's language. */
export interface FindingLike {
  readonly status: StructureFinding["status"];
  readonly message: StructureFinding["message"];
}

/** The status column of a findings table: the word in the CSV and for sorting, the badge on screen. */
export function statusColumn<TRow>(
  tools: StructureViewTools,
  statusOf: (row: TRow) => StructureFinding["status"],
): DataTableColumn<TRow> {
  return {
    id: "status",
    header: tools.t("structureColumnStatus"),
    value: (row) => statusWord(statusOf(row), tools.t),
    cell: (row) => <StatusBadge status={statusOf(row)} />,
  };
}

/** The column with the core's message: what holds and what to do about it. */
export function messageColumn<TRow>(
  tools: StructureViewTools,
  messageOf: (row: TRow) => string,
): DataTableColumn<TRow> {
  return {
    id: "message",
    header: tools.t("structureColumnWhatToDo"),
    value: messageOf,
    sortable: false,
    cell: (row) => <span className="sl-text">{messageOf(row)}</span>,
  };
}

/**
 * The frame of a view: a section named by its heading, with the day the answer is for and what it is about.
 */
export function ViewSection({
  className,
  heading,
  headingLevel,
  about,
  asOf,
  children,
}: {
  readonly className: string;
  readonly heading: string;
  readonly headingLevel: 2 | 3 | 4;
  readonly about: string;
  readonly asOf: string;
  readonly children: ReactNode;
}) {
  const tools = useStructureTools();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`sl-structure-view ${className}`} aria-labelledby={titleId}>
      <header className="sl-structure-header">
        <Heading id={titleId} className="sl-structure-title sl-text">
          {heading}
        </Heading>
        <p className="sl-structure-meta">
          <span className="sl-text">{about}</span>
          <span>
            {tools.t("structureAsOf")} <time dateTime={asOf}>{formatLocaleDate(asOf, tools.locale)}</time>
          </span>
        </p>
      </header>
      {children}
    </section>
  );
}

/**
 * The findings that ask for something, each as its status badge and the core's message; "nothing to act on"
 * when every finding is in place.
 */
export function FindingList({
  findings,
  headingLevel,
}: {
  readonly findings: readonly { readonly key: string; readonly finding: FindingLike }[];
  readonly headingLevel: 3 | 4 | 5;
}) {
  const tools = useStructureTools();
  const open = findings.filter((item) => item.finding.status !== "ok");
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="sl-structure-todo">
      <Heading className="sl-structure-subtitle">{tools.t("structureToDoTitle")}</Heading>
      {open.length === 0 ? (
        <p>
          <StatusBadge status="ok" label={tools.t("structureNothingToDo")} />
        </p>
      ) : (
        <ul className="sl-structure-findings">
          {open.map((item) => (
            <li key={item.key}>
              <StatusBadge status={item.finding.status} />{" "}
              <span className="sl-text">{tools.text(item.finding.message)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
