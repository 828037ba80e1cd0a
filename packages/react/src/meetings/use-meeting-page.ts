/**
 * The state and behaviour of a meeting's page, apart from its markup, so the markup can be replaced and the behaviour
 * tested on its own: the attendance and notes being written, and the commands that take the meeting through its life.
 * Every command is the core's; a success hands the new workspace to the host (`onWorkspaceChange`) and the change
 * itself (`onChange`, for `updateWorkspace`), a refusal keeps everything typed and shows the core's reasons. Unsaved attendance and notes are saved (`updateMeeting`) before a lifecycle command, so
 * "send for review" sends what the secretary sees.
 */
import {
  formatStockholmInstant,
  updateMeeting,
  type Meeting,
  type MeetingCommandResult,
} from "@systemledning/core/meetings";
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useCallback, useMemo, useRef, useState } from "react";
import { notSaved, refusalOf, type KitChangeHandler, type KitWorkspaceChange } from "../store/change.js";
import {
  agendaChanged,
  agendaWithDrafts,
  attendanceChanged,
  attendanceOfChecks,
  checksOfAttendance,
  getSeatGroups,
  type AgendaDrafts,
  type AttendanceChecks,
  type DecisionDraftText,
  type SeatGroup,
} from "./meeting-model.js";

/** The core command behind a change of the workspace. */
export type MeetingCommandName =
  | "sendMeetingNotice"
  | "markMeetingHeld"
  | "updateMeeting"
  | "sendNotesForReview"
  | "approveMeetingNotes"
  | "cancelMeeting"
  | "correctLogEntry";

/** What `onWorkspaceChange` is told besides the new workspace. */
export interface MeetingChangeContext {
  /** The command that made the change. */
  readonly command: MeetingCommandName;
  /** The meeting it concerns. */
  readonly meetingId: string;
}

/** The part of the page an outcome belongs to, so its message shows beside the button that was pressed. */
export type MeetingPageSection = "attendance" | "agenda" | "lifecycle" | "corrections";

/** A refusal of the core, shown in the section whose action it was. */
export interface MeetingRefusal {
  readonly section: MeetingPageSection;
  readonly issues: readonly ValidationIssue[];
}

/** A success to confirm: `focus` when the button pressed is gone (the page moved on), else announced only. */
export interface MeetingSuccess {
  readonly section: MeetingPageSection;
  readonly message: string;
  readonly focus: boolean;
  readonly id: number;
}

/** Options of {@link useMeetingPage}. */
export interface UseMeetingPageOptions {
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly onWorkspaceChange?: ((next: Workspace, context: MeetingChangeContext) => void) | undefined;
  readonly onChange?: KitChangeHandler<MeetingChangeContext> | undefined;
  readonly now: () => Date;
  readonly announce: (message: string) => void;
}

/** A command to run: its name, what it does to a workspace, and the words for its success. */
export interface MeetingCommand {
  readonly name: MeetingCommandName;
  readonly section: MeetingPageSection;
  readonly run: (workspace: Workspace, at: string) => MeetingCommandResult | Promise<MeetingCommandResult>;
  readonly success: string;
  /** Save unsaved attendance and notes first. @default false */
  readonly saveFirst?: boolean;
  /** Move focus to the confirmation (the button pressed goes away). @default false */
  readonly focus?: boolean;
}

/**
 * Drafts, pending commands and outcomes of a meeting's page.
 *
 * @example
 * const page = useMeetingPage({ workspace, meeting, onWorkspaceChange, now, announce });
 * page.toggle("m:f-falun:p-1", true); page.quorumAttendance; // attendance as ticked, for the live quorum
 */
export function useMeetingPage({
  workspace,
  meeting,
  onWorkspaceChange,
  onChange,
  now,
  announce,
}: UseMeetingPageOptions) {
  const groups = useMemo<SeatGroup[]>(() => getSeatGroups(workspace, meeting), [workspace, meeting]);
  const [checksDraft, setChecksDraft] = useState<AttendanceChecks | null>(null);
  const [agendaDrafts, setAgendaDrafts] = useState<AgendaDrafts>({ notes: {}, decisions: {} });
  const [pending, setPending] = useState<MeetingCommandName | null>(null);
  const [refusal, setRefusal] = useState<MeetingRefusal | null>(null);
  const [success, setSuccess] = useState<MeetingSuccess | null>(null);
  const running = useRef(false);

  const savedChecks = useMemo(() => checksOfAttendance(meeting.attendance), [meeting.attendance]);
  const checks = checksDraft ?? savedChecks;
  const attendanceDirty = checksDraft !== null && attendanceChanged(groups, checksDraft, meeting.attendance);
  const agendaDirty = agendaChanged(meeting.agenda, agendaDrafts);
  /** The attendance as ticked (what the live quorum is computed on), or null while nothing is recorded. */
  const quorumAttendance =
    checksDraft === null && meeting.attendance.length === 0
      ? null
      : attendanceOfChecks(groups, checks, meeting.attendance);

  const toggle = useCallback(
    (membershipId: string, checked: boolean) =>
      setChecksDraft((previous) => ({ ...(previous ?? savedChecks), [membershipId]: checked })),
    [savedChecks],
  );
  const setNotes = useCallback(
    (itemId: string, text: string) =>
      setAgendaDrafts((previous) => ({ ...previous, notes: { ...previous.notes, [itemId]: text } })),
    [],
  );
  const setDecision = useCallback(
    (itemId: string, change: Partial<DecisionDraftText>, current: DecisionDraftText) =>
      setAgendaDrafts((previous) => ({
        ...previous,
        decisions: { ...previous.decisions, [itemId]: { ...(previous.decisions[itemId] ?? current), ...change } },
      })),
    [],
  );

  /** The change of `updateMeeting` that saves `parts` of the drafts, or null when they change nothing. */
  const changesOf = (parts: { readonly attendance: boolean; readonly agenda: boolean }) => {
    const changes: { attendance?: Meeting["attendance"]; agenda?: Meeting["agenda"] } = {};
    if (parts.attendance && attendanceDirty && checksDraft !== null)
      changes.attendance = attendanceOfChecks(groups, checksDraft, meeting.attendance);
    if (parts.agenda && agendaDirty) changes.agenda = agendaWithDrafts(meeting.agenda, agendaDrafts);
    return Object.keys(changes).length === 0 ? null : changes;
  };

  const clearDrafts = (parts: { readonly attendance: boolean; readonly agenda: boolean }) => {
    if (parts.attendance) setChecksDraft(null);
    if (parts.agenda) setAgendaDrafts({ notes: {}, decisions: {} });
  };

  /**
   * Hand a change the core accepted on the shown workspace to the host: the result, and the change for the host to
   * apply to what its store holds now. False when the host's save refused it (its issues shown) or clashed.
   */
  const handOver = async (
    next: Workspace,
    change: KitWorkspaceChange,
    context: MeetingChangeContext,
    section: MeetingPageSection,
  ): Promise<boolean> => {
    onWorkspaceChange?.(next, context);
    if (onChange === undefined) return true;
    const outcome = await onChange(change, context);
    const refused = refusalOf(outcome);
    if (refused !== null) setRefusal({ section, issues: refused.issues });
    return !notSaved(outcome);
  };

  const execute = async (command: MeetingCommand): Promise<boolean> => {
    // A ref, not the state: two clicks in one frame both see the state before either render.
    if (running.current) return false;
    running.current = true;
    setPending(command.name);
    setRefusal(null);
    setSuccess(null);
    try {
      let current = workspace;
      const parts = { attendance: command.saveFirst === true, agenda: command.saveFirst === true };
      const changes = command.saveFirst === true ? changesOf(parts) : null;
      if (changes !== null) {
        const saved = updateMeeting(current, { meetingId: meeting.id, changes });
        if (!saved.ok) {
          setRefusal({ section: command.section, issues: saved.error.issues });
          return false;
        }
        current = saved.value;
        const kept = await handOver(
          current,
          (ws) => updateMeeting(ws, { meetingId: meeting.id, changes }),
          { command: "updateMeeting", meetingId: meeting.id },
          command.section,
        );
        if (!kept) return false;
        clearDrafts(parts);
      }
      // One moment for the command, so a change applied again to a newer document records the same time.
      const at = formatStockholmInstant(now().getTime());
      const result = await command.run(current, at);
      if (!result.ok) {
        setRefusal({ section: command.section, issues: result.error.issues });
        return false;
      }
      const kept = await handOver(
        result.value,
        (ws) => command.run(ws, at),
        { command: command.name, meetingId: meeting.id },
        command.section,
      );
      if (!kept) return false;
      setSuccess((previous) => ({
        section: command.section,
        message: command.success,
        focus: command.focus === true,
        id: (previous?.id ?? 0) + 1,
      }));
      if (command.focus !== true) announce(command.success);
      return true;
    } finally {
      running.current = false;
      setPending(null);
    }
  };

  /** Save the ticked attendance, or the notes and decisions, with `updateMeeting`. */
  const save = async (part: "attendance" | "agenda", successMessage: string): Promise<boolean> => {
    const parts = { attendance: part === "attendance", agenda: part === "agenda" };
    const changes = changesOf(parts);
    if (changes === null) {
      announce(successMessage);
      return true;
    }
    const ok = await execute({
      name: "updateMeeting",
      section: part,
      run: (ws) => updateMeeting(ws, { meetingId: meeting.id, changes }),
      success: successMessage,
    });
    if (ok) clearDrafts(parts);
    return ok;
  };

  return {
    groups,
    checks,
    quorumAttendance,
    attendanceDirty,
    agendaDrafts,
    agendaDirty,
    pending,
    refusal,
    success,
    toggle,
    setNotes,
    setDecision,
    execute,
    save,
    dismissRefusal: () => setRefusal(null),
  };
}

/** What {@link useMeetingPage} gives the page. */
export type MeetingPageState = ReturnType<typeof useMeetingPage>;
