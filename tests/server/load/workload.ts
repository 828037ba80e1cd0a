/**
 * The work of the load test and the bench: a county's week on one workspace, as real core commands. Thirteen
 * local leaderships submit their self-assessment (`submitAssessmentResponse`) to a new round, members of
 * Falun's local leadership mark their attendance at its two coming meetings (`updateMeeting`), a workshop
 * room places marks on the system map (`addAnnotation`), and the secretary approves the notes in review
 * (`approveMeetingNotes`, which grows the decisions log). Each change knows how to find itself in a document,
 * so what was acknowledged can be looked for afterwards.
 */
import { addAssessmentRound, submitAssessmentResponse } from "@systemledning/core/assessment";
import { approveMeetingNotes, updateMeeting } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace, DALARNA_ROUND_2025_ID } from "@systemledning/core/profiles/dalarna";
import { addAnnotation } from "@systemledning/core/system-map";
import { ok, type Result, type SystemledningError, type Workspace } from "@systemledning/core/workspace";

/** One change a client makes: the core command to run, and how to tell it is in a document. */
export interface LoadChange {
  /** Unique within the run, e.g. `response:ls-falun`. */
  readonly key: string;
  readonly kind: "response" | "attendance" | "annotation" | "approval";
  /**
   * The command. It runs again on a newer document after a conflict; on a document that already holds the
   * change (an earlier try landed although its answer was lost) it changes nothing, as a user pressing save
   * again would see.
   */
  readonly apply: (
    ws: Workspace,
  ) => Result<Workspace, SystemledningError> | Promise<Result<Workspace, SystemledningError>>;
  /** Whether `ws` holds the change. */
  readonly isIn: (ws: Workspace) => boolean;
}

/** A client: one person (or a leadership's secretary) and the changes they make, in order. */
export interface LoadClient {
  readonly name: string;
  readonly changes: readonly LoadChange[];
}

/** The round the leaderships answer in the load test. */
export const LOAD_ROUND_ID = "sjalvskattning-2026-lasttest";
const FALUN_MEETINGS = ["mt-falun-2026-05-21", "mt-falun-2026-06-11"] as const;
const IN_REVIEW = "mt-falun-2026-04-09";

/** The Dalarna sample with a 2026 round open to the thirteen local leaderships of the 2025 round. */
export function createLoadWorkspace(): Workspace {
  const ws = createDalarnaSampleWorkspace();
  const previous = ws.assessmentRounds.find((round) => round.id === DALARNA_ROUND_2025_ID)!;
  const added = addAssessmentRound(ws, {
    ...previous,
    id: LOAD_ROUND_ID,
    title: "Självskattning 2026 (lasttest)",
    period: { from: "2026-01-01", to: "2026-12-31" },
    opensAt: "2026-09-01",
    closesAt: "2026-10-31",
  });
  if (!added.ok) throw added.error;
  return added.value;
}

/** Run `command` unless the change is already in `ws`. */
const unlessIn =
  (isIn: (ws: Workspace) => boolean, command: LoadChange["apply"]): LoadChange["apply"] =>
  (ws) =>
    isIn(ws) ? ok(ws) : command(ws);

/**
 * The clients of a run on `ws` (from {@link createLoadWorkspace}): 13 leaderships, `members` members (each
 * marking one of the two coming meetings, or both), `room` workshop participants (`marksEach` marks each) and
 * one secretary: 52 clients and as many changes by default.
 */
export function createLoadClients(
  ws: Workspace,
  options: { members?: number; room?: number; marksEach?: number; meetingsEach?: 1 | 2 } = {},
): LoadClient[] {
  const round = ws.assessmentRounds.find((r) => r.id === LOAD_ROUND_ID)!;
  const template = ws.assessmentResponses.find((r) => r.roundId === DALARNA_ROUND_2025_ID)!;
  const leaderships: LoadClient[] = round.leadershipIds.map((leadershipId, n) => {
    const id = `lasttest-svar-${leadershipId}`;
    const isIn = (doc: Workspace) => doc.assessmentResponses.some((r) => r.id === id);
    const response = {
      id,
      roundId: LOAD_ROUND_ID,
      leadershipId,
      submittedAt: `2026-09-${String(10 + (n % 18)).padStart(2, "0")}T10:00:00+02:00`,
      answers: Object.fromEntries(Object.keys(template.answers).map((item, i) => [item, 1 + ((n + i) % 4)])),
      freeTexts: {},
    };
    return {
      name: leadershipId,
      changes: [
        {
          key: `response:${leadershipId}`,
          kind: "response",
          isIn,
          apply: unlessIn(isIn, (doc) => submitAssessmentResponse(doc, response)),
        },
      ],
    };
  });

  const forumId = ws.meetings.find((m) => m.id === FALUN_MEETINGS[0])!.forumId;
  const memberships = ws.memberships.filter((m) => m.forumId === forumId).slice(0, options.members ?? 18);
  const members: LoadClient[] = memberships.map((membership, n) => ({
    name: membership.id,
    // One meeting each (alternately), or both.
    changes: (options.meetingsEach === 2 ? FALUN_MEETINGS : [FALUN_MEETINGS[n % 2]!]).map(
      (meetingId, i): LoadChange => {
        const status = (n + i) % 3 === 0 ? "absent" : "present";
        const isIn = (doc: Workspace) =>
          doc.meetings
            .find((m) => m.id === meetingId)!
            .attendance.some((a) => a.membershipId === membership.id && a.status === status);
        return {
          key: `attendance:${meetingId}:${membership.id}`,
          kind: "attendance",
          isIn,
          apply: unlessIn(isIn, (doc) => {
            const meeting = doc.meetings.find((m) => m.id === meetingId)!;
            const others = meeting.attendance.filter((a) => a.membershipId !== membership.id);
            return updateMeeting(doc, {
              meetingId,
              changes: { attendance: [...others, { membershipId: membership.id, status }] },
            });
          }),
        };
      },
    ),
  }));

  const marks = ws.annotations.filter((a) => a.kind !== "position");
  const room: LoadClient[] = Array.from({ length: options.room ?? 20 }, (_, person) => ({
    name: `deltagare-${person + 1}`,
    changes: Array.from({ length: options.marksEach ?? 1 }, (_, i): LoadChange => {
      const template = marks[(person * 3 + i) % marks.length]!;
      const id = `lasttest-plupp-${person + 1}-${i + 1}`;
      const isIn = (doc: Workspace) => doc.annotations.some((a) => a.id === id);
      const minute = String((person * 2 + i) % 60).padStart(2, "0");
      const mark = { ...template, id, createdAt: `2026-03-12T10:${minute}:00+01:00` };
      return {
        key: `annotation:${id}`,
        kind: "annotation",
        isIn,
        apply: unlessIn(isIn, (doc) => addAnnotation(doc, mark)),
      };
    }),
  }));

  const approved = (doc: Workspace) => doc.meetings.find((m) => m.id === IN_REVIEW)!.status === "approved";
  const secretary: LoadClient = {
    name: "sekreterare-falun",
    changes: [
      {
        key: `approval:${IN_REVIEW}`,
        kind: "approval",
        isIn: approved,
        apply: unlessIn(approved, (doc) =>
          approveMeetingNotes(doc, { meetingId: IN_REVIEW, approvedAt: "2026-04-27T09:00:00+02:00" }),
        ),
      },
    ],
  };
  return [...leaderships, ...members, ...room, secretary];
}
