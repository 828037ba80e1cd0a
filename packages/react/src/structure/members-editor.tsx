/**
 * `MembersEditor`: a forum's seats on a day (name, organisation, sector, roles, mandate, substitute) and the
 * three tasks that change them, each a form behind a disclosure button: add a member, set or remove a
 * substitute, end a seat. Every change is the core's structure commands bound to what was typed, handed to the
 * host through `onChange` (a new person and their seat as one change); a refusal shows at its fields and in an
 * error summary that takes focus, and a save says "Sparat" through the widget's live region and returns focus
 * to the button that opened the form. Nothing is stored or sent by the editor.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { toStockholm } from "@systemledning/core/workspace";
import { useId, useMemo, useRef, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useAnnounce } from "../primitives/live-region.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { AddMemberForm } from "./add-member-form.js";
import { EndMembershipForm } from "./end-membership-form.js";
import type { MembersFormProps } from "./members-form-props.js";
import { getMemberRows, type MemberRow, type MembersChangeContext } from "./members-model.js";
import { roleList } from "./members-names.js";
import { MEMBERS_EDITOR_MESSAGES, type MembersEditorMessageKey, type MembersEditorTools } from "./messages-members.js";
import { SubstituteForm } from "./substitute-form.js";

/** Props of {@link MembersEditor}. */
export interface MembersEditorProps extends WidgetProps {
  /** The workspace holding the forum, its seats, the people and organisations, and the profile's sectors. */
  readonly workspace: Workspace;
  /** The forum whose members are shown and changed. */
  readonly forumId: string;
  /** The day the list is for (`YYYY-MM-DD`): seats active on it are shown. */
  readonly asOf: string;
  /**
   * Receives each change the core accepted on the shown workspace, `(ws) => Result`, with what it is, for the
   * host to apply to what its store holds now (`useWorkspaceUpdates`'s `apply`, or `updateWorkspace`). Its
   * answer decides what the editor says: a refusal shows its issues at their fields, a clash says nothing (the
   * clash dialog speaks), and a save (or no answer) says "Sparat". The host passes the new workspace back.
   */
  readonly onChange: KitChangeHandler<MembersChangeContext>;
  /** The clock, for the day the date fields start at. @default () => new Date() */
  readonly now?: (() => Date) | undefined;
  /** The heading level of the editor's title; the tasks are one below, each form two below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

const TASKS = [
  { task: "add", key: "membersEditorTaskAdd", Form: AddMemberForm },
  { task: "substitute", key: "membersEditorTaskSubstitute", Form: SubstituteForm },
  { task: "end", key: "membersEditorTaskEnd", Form: EndMembershipForm },
] as const;

type TaskName = (typeof TASKS)[number]["task"];

/**
 * A forum's members with the forms that add one, set a substitute and end a seat.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <MembersEditor workspace={workspace} forumId="f-falun" asOf="2026-05-13" onChange={updates.apply} />
 */
export function MembersEditor(props: MembersEditorProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      {/* Another forum is another editor: what was typed for one never shows for the next. */}
      <MembersEditorBody key={props.forumId} {...props} />
    </Widget>
  );
}

const clock = () => new Date();

function MembersEditorBody({ workspace, forumId, asOf, onChange, now = clock, headingLevel = 2 }: MembersEditorProps) {
  const tools = useKitLocale(undefined, MEMBERS_EDITOR_MESSAGES);
  const { t, locale } = tools;
  const announce = useAnnounce();
  const id = useId();
  const forum = workspace.forums.find((f) => f.id === forumId);
  if (forum === undefined) throw new Error(`systemledning: the forum "${forumId}" is not in the workspace.`);
  const rows = useMemo(() => getMemberRows(workspace, forumId, asOf), [workspace, forumId, asOf]);
  const [open, setOpen] = useState<TaskName | null>(null);
  const [saved, setSaved] = useState<{ readonly message: string; readonly id: number } | null>(null);
  const [focusTask, setFocusTask] = useState<{ readonly task: TaskName; readonly id: number } | null>(null);
  const [today] = useState(() => toStockholm(now().getTime()).date);
  const buttons = useRef<Partial<Record<TaskName, HTMLButtonElement | null>>>({});

  // In the commit that removes the form, so focus never rests on the page's body.
  useClientLayoutEffect(() => {
    if (focusTask !== null) buttons.current[focusTask.task]?.focus();
  }, [focusTask]);

  const backTo = (task: TaskName) => {
    setOpen(null);
    setFocusTask((previous) => ({ task, id: (previous?.id ?? 0) + 1 }));
  };
  const done = (task: TaskName) => (message: string, options?: { readonly close: boolean }) => {
    setSaved((previous) => ({ message, id: (previous?.id ?? 0) + 1 }));
    announce(message);
    if (options?.close !== false) backTo(task);
  };

  const Heading = `h${headingLevel}` as "h2";
  const Sub = `h${headingLevel + 1}` as "h3";
  const date = formatLocaleDate(asOf, locale);
  const titleId = `${id}-title`;
  const formProps: Omit<MembersFormProps, "onDone" | "onCancel"> = {
    workspace,
    forum,
    rows,
    onChange,
    announce,
    tools,
    today,
    asOf,
    headingLevel: (headingLevel + 2) as 4,
  };

  return (
    <section className="sl-members-editor" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-members-title">
        {t("membersEditorTitle", { forum: forum.name })}
      </Heading>
      <p className="sl-members-count">
        {rows.length === 1
          ? t("membersEditorCountOne", { date })
          : t("membersEditorCount", { count: tools.number(rows.length), date })}
      </p>
      {forum.endedOn === undefined ? null : (
        <p className="sl-members-ended">
          {t("membersEditorForumEnded", { date: formatLocaleDate(forum.endedOn, locale) })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="sl-members-empty">{t("membersEditorEmpty", { date })}</p>
      ) : (
        <DataTable
          caption={t("membersEditorCaption", { date })}
          columns={memberColumns(workspace, tools)}
          data={rows}
          getRowId={(row) => row.membership.id}
        />
      )}
      <Sub className="sl-members-tasks-title">{t("membersEditorTasks")}</Sub>
      {saved === null ? null : (
        <p className="sl-members-saved">
          <span className="sl-status" data-status="ok">
            {saved.message}
          </span>
        </p>
      )}
      <div className="sl-members-tasks">
        {TASKS.map(({ task, key, Form }) => {
          const panelId = `${id}-${task}`;
          const isOpen = open === task;
          return (
            <div key={task} className="sl-members-task">
              <button
                ref={(element) => {
                  buttons.current[task] = element;
                }}
                type="button"
                className="sl-button"
                aria-expanded={isOpen}
                aria-controls={isOpen ? panelId : undefined}
                onClick={() => setOpen(isOpen ? null : task)}
              >
                {t(key as MembersEditorMessageKey)}
              </button>
              {isOpen ? (
                <div id={panelId} className="sl-members-panel">
                  <Form {...formProps} onDone={done(task)} onCancel={() => backTo(task)} />
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** The columns of the members' table: the name names the row; each seat's substitutes or whom it stands in for. */
function memberColumns(ws: Workspace, tools: MembersEditorTools): DataTableColumn<MemberRow>[] {
  const { t, text, locale } = tools;
  const sectors = new Map(ws.profile.sectors.map((s) => [s.id, s]));
  const substituteText = (row: MemberRow): string | null => {
    if (row.standsInFor !== undefined)
      return t("membersEditorStandsInFor", { name: nameOf(ws, row.standsInFor.personId) });
    if (row.substitutes.length === 0) return null;
    return row.substitutes.map((m) => nameOf(ws, m.personId)).join(", ");
  };
  return [
    { id: "name", header: t("membersEditorColumnName"), value: (row) => row.name, isRowHeader: true },
    {
      id: "organisation",
      header: t("membersEditorColumnOrganisation"),
      value: (row) => row.organisation?.name ?? row.membership.organisationId,
    },
    {
      id: "sector",
      header: t("membersEditorColumnSector"),
      value: (row) => {
        const sector = row.membership.sectorId === undefined ? undefined : sectors.get(row.membership.sectorId);
        return sector === undefined ? null : text(sector.name);
      },
    },
    { id: "roles", header: t("membersEditorColumnRoles"), value: (row) => roleList(row.membership.roles, locale) },
    {
      id: "mandate",
      header: t("membersEditorColumnMandate"),
      value: (row) => (row.membership.hasMandate ? t("membersEditorMandateYes") : t("membersEditorMandateNo")),
    },
    { id: "substitute", header: t("membersEditorColumnSubstitute"), value: substituteText },
  ];
}

function nameOf(ws: Workspace, personId: string): string {
  return ws.people.find((p) => p.id === personId)?.name ?? personId;
}
