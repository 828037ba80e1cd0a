/**
 * The Dalarna sample's decisions log, built from the approved sample meetings exactly as
 * `approveMeetingNotes` would write it (decisions in agenda order, then the notes), plus one correction.
 *
 * SHA-256 in Web Crypto is asynchronous and the sample workspace is built synchronously, so the hashes
 * are precomputed in `meetings-sample-hashes.ts`. `tests/core/meetings/sample.test.ts` recomputes them
 * with `verifyLog` and prints the right list when the sample changes and they go stale.
 */
import { stockholmDateOf } from "../../common/stockholm-time.js";
import type { DecisionRecord, LogEntry, Meeting } from "../../meetings/schema.js";
import type { UnsealedLogEntry } from "../../meetings/log.js";
import { DALARNA_SAMPLE_LOG_HASHES } from "./meetings-sample-hashes.js";

/** The log entries of one approved meeting, before sealing. */
function entriesOf(meeting: Meeting): UnsealedLogEntry[] {
  const recordedAt = meeting.approvedAt!;
  const decidedOn = stockholmDateOf(meeting.start);
  const out: UnsealedLogEntry[] = [];
  for (const item of meeting.agenda) {
    if (item.decision === undefined) continue;
    const decision: DecisionRecord = {
      itemId: item.id,
      text: item.decision.text,
      decidedOn,
      activityIds: [...item.decision.activityIds],
    };
    if (item.decision.diarienummer !== undefined) decision.diarienummer = item.decision.diarienummer;
    out.push({ id: "", kind: "decision", meetingId: meeting.id, recordedAt, decision });
  }
  out.push({
    id: "",
    kind: "approved-notes",
    meetingId: meeting.id,
    recordedAt,
    notes: {
      approvedOn: stockholmDateOf(recordedAt),
      items: meeting.agenda.map((item) => ({
        itemId: item.id,
        kind: item.kind,
        title: item.title,
        notes: item.notes ?? "",
      })),
      attendance: meeting.attendance.map((a) => ({ ...a })),
    },
  });
  return out;
}

/** A correction of the LPU decision's diarienummer, recorded after approval (the sample's correction). */
function lpuCorrection(entries: readonly UnsealedLogEntry[]): UnsealedLogEntry | null {
  const index = entries.findIndex((e) => e.kind === "decision" && e.decision.itemId === "mt-lchnv-2025-03-14-a3");
  const corrected = entries[index];
  if (corrected === undefined || corrected.kind !== "decision") return null;
  return {
    id: "",
    kind: "correction",
    meetingId: corrected.meetingId,
    recordedAt: "2025-04-10T10:00:00+02:00",
    correctsId: `log-${index}`,
    reason: "Fel diarienummer angavs vid justeringen; rätt nummer är RSS 2025/17.",
    decision: { ...corrected.decision, diarienummer: "RSS 2025/17" },
  };
}

const ZERO_HASH = "0".repeat(64);

/**
 * The sealed log of the approved `meetings`: entries in order of recording, ids `log-<n>`, each with its
 * precomputed hash (a zero hash where the list is stale, so verification fails loudly).
 */
export function buildSampleLog(meetings: readonly Meeting[]): LogEntry[] {
  const approved = meetings
    .filter((m) => m.status === "approved")
    .sort((a, b) => Date.parse(a.approvedAt!) - Date.parse(b.approvedAt!));
  const entries: UnsealedLogEntry[] = approved.flatMap(entriesOf);
  const correction = lpuCorrection(entries);
  if (correction !== null) {
    const at = entries.findIndex((e) => Date.parse(e.recordedAt) > Date.parse(correction.recordedAt));
    entries.splice(at < 0 ? entries.length : at, 0, correction);
  }
  return entries.map((entry, sequence) => ({
    ...entry,
    id: `log-${sequence}`,
    sequence,
    previousHash: sequence === 0 ? null : (DALARNA_SAMPLE_LOG_HASHES[sequence - 1] ?? ZERO_HASH),
    hash: DALARNA_SAMPLE_LOG_HASHES[sequence] ?? ZERO_HASH,
  })) as LogEntry[];
}
