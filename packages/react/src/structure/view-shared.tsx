/**
 * What the structure question views share: their props (the workspace, a forum or a leadership, the day),
 * the widget around them, what each view's body starts from (its texts, target and index), the frame (a
 * section with its heading and the day the answer is for), the columns their tables have in common (a status,
 * "what to do", a name, a list of names), and the names of people, roles and kinds.
 */
import {
  MEMBERSHIP_ROLE_NAMES,
  type MemberKind,
  type MembershipRole,
  type StructureFinding,
  type StructureTarget,
} from "@systemledning/core/structure";
import { getWorkspaceIndex, type Workspace, type WorkspaceIndex } from "@systemledning/core/workspace";
import { useId, useMemo, type ReactNode } from "react";
import { formatLocaleDate, type KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { StatusBadge, statusWord } from "../primitives/status-badge.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
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
 * The widget around a structure view (language, theme, error boundary), started afresh when the workspace is
 * another one, so a view's state never outlives the data it was about.
 */
export function StructureWidget({
  props,
  children,
}: {
  readonly props: WidgetProps & { readonly workspace: Workspace };
  readonly children: ReactNode;
}) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      {children}
    </Widget>
  );
}

/**
 * What the body of a view asked of a forum or a leadership starts from: its texts, the target as the props
 * give it and as the core takes it (each kept while the ids stay, so the answers computed from them are too),
 * and the workspace's index.
 */
export function useTargetView(props: StructureViewBaseProps & StructureTargetProps) {
  const { workspace, forumId, leadershipId } = props;
  const tools = useStructureTools();
  const target = useMemo(() => ({ forumId, leadershipId }) as StructureTargetProps, [forumId, leadershipId]);
  const coreTarget = useMemo(() => targetOf(target), [target]);
  const index = getWorkspaceIndex(workspace);
  return { tools, target, coreTarget, index };
}

/**
 * The frame of a view asked of a forum or a leadership: {@link ViewSection} titled by the host's `title` or
 * the question's name, at the host's heading level, about the target's name.
 */
export function TargetViewSection({
  props,
  className,
  titleKey,
  index,
  target,
  children,
}: {
  readonly props: StructureViewBaseProps;
  readonly className: string;
  /** The question's name, used when the host gives no `title`. */
  readonly titleKey: StructureViewMessageKey;
  readonly index: WorkspaceIndex;
  readonly target: StructureTarget;
  readonly children: ReactNode;
}) {
  const tools = useStructureTools();
  return (
    <ViewSection
      className={className}
      heading={props.title ?? tools.t(titleKey)}
      headingLevel={props.headingLevel ?? 2}
      about={targetName(index, target)}
      asOf={props.asOf}
    >
      {children}
    </ViewSection>
  );
}

/**
 * A column of a name or other words of the row: the text in the CSV and for sorting, in a cell that keeps the
 * words' language. A row header when `isRowHeader` (what names the row for a screen reader).
 */
export function textColumn<TRow>(
  id: string,
  header: string,
  textOf: (row: TRow) => string,
  isRowHeader = false,
): DataTableColumn<TRow> {
  return {
    id,
    header,
    value: textOf,
    ...(isRowHeader ? { isRowHeader: true } : {}),
    cell: (row) => <span className="sl-text">{textOf(row)}</span>,
  };
}

/**
 * A column of people's names, joined: empty in the CSV when there is nobody, and "nobody" in words on screen.
 */
export function namesColumn<TRow>(
  tools: StructureViewTools,
  id: string,
  header: string,
  namesOf: (row: TRow) => readonly string[],
): DataTableColumn<TRow> {
  const joined = (row: TRow): string | null => {
    const names = namesOf(row);
    return names.length === 0 ? null : names.join(", ");
  };
  return {
    id,
    header,
    value: joined,
    cell: (row) => <span className="sl-text">{joined(row) ?? tools.t("structureNobody")}</span>,
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
