/**
 * Helpers of the two-writers tests: real core commands as changes, each with a check that what it did is in
 * a document, and a store wrapper that lets a seeded list of delays decide how writers interleave.
 */
import { submitAssessmentResponse } from "@systemledning/core/assessment";
import { approveMeetingNotes, sendNotesForReview, updateMeeting } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { addAnnotation } from "@systemledning/core/system-map";
import { ok, type Workspace, type WorkspaceChange, type WorkspaceStore } from "@systemledning/core/workspace";

export const sample = createDalarnaSampleWorkspace();

/** Meetings whose notes a writer can approve: one in review, two held (sent for review first). */
export const APPROVABLE = ["mt-falun-2026-04-09", "mt-vasterbergslagen-2026-03-12", "mt-vasterbergslagen-2026-05-07"];

/** A change with the check that it is in a document. */
export interface Operation {
  readonly change: WorkspaceChange;
  readonly isIn: (ws: Workspace) => boolean;
}

/** Writer `w`'s `i`th self-assessment response: its own grouping, so none refuses another. */
export function respond(w: number, i: number): Operation {
  const id = `resp-w${w}-${i}`;
  return {
    change: (ws) =>
      submitAssessmentResponse(ws, {
        id,
        roundId: "sjalvskattning-2025",
        leadershipId: "ls-borlange",
        grouping: `Grupp ${w}-${i}`,
        submittedAt: "2025-11-13T10:00:00+01:00",
        answers: { "nara-for-mig": 1 + ((w + i) % 5) },
        freeTexts: {},
      }),
    isIn: (ws) => ws.assessmentResponses.some((r) => r.id === id),
  };
}

/** Writer `w`'s `i`th workshop mark on a forum of the map. */
export function mark(w: number, i: number): Operation {
  const id = `mark-w${w}-${i}`;
  return {
    change: (ws) =>
      addAnnotation(ws, {
        id,
        kind: "works-well",
        target: { type: "node", nodeId: "forum:f-lchnv" },
        createdAt: "2025-02-07T10:50:00+01:00",
      }),
    isIn: (ws) => ws.annotations.some((a) => a.id === id),
  };
}

/** Approve the notes of `meetingId` at `approvedAt`, sending them for review first when the meeting was held. */
export function approve(meetingId: string, approvedAt = "2026-06-01T10:00:00+02:00"): Operation {
  return {
    change: async (ws) => {
      const held = ws.meetings.find((m) => m.id === meetingId)?.status === "held";
      const sent = held ? sendNotesForReview(ws, { meetingId, sentAt: "2026-05-30T10:00:00+02:00" }) : ok(ws);
      return sent.ok ? approveMeetingNotes(sent.value, { meetingId, approvedAt }) : sent;
    },
    isIn: (ws) =>
      ws.meetings.find((m) => m.id === meetingId)?.status === "approved" &&
      ws.decisionLog.some((e) => e.meetingId === meetingId && e.recordedAt === approvedAt),
  };
}

/** Give `meetingId` a new title. */
export function retitle(meetingId: string, title: string): Operation {
  return {
    change: (ws) => updateMeeting(ws, { meetingId, changes: { title } }),
    isIn: (ws) => ws.meetings.find((m) => m.id === meetingId)?.title === title,
  };
}

/** The store with every load and save first waiting the next number of `delays` of microtask turns. */
export function interleaved(store: WorkspaceStore, delays: readonly number[]): WorkspaceStore {
  let n = 0;
  const wait = async (): Promise<void> => {
    const turns = delays.length === 0 ? 0 : delays[n++ % delays.length]!;
    for (let i = 0; i < turns; i++) await Promise.resolve();
  };
  return {
    load: async (options) => (await wait(), store.load(options)),
    save: async (ws, options) => (await wait(), store.save(ws, options)),
    subscribe: (listener) => store.subscribe(listener),
    getSnapshot: () => store.getSnapshot(),
    getStored: () => store.getStored(),
  };
}
