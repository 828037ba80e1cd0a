/**
 * The store's guard of the decisions log (docs/quality.md D7): a save may only extend the stored log, and a
 * load checks the stored copy against the head the store kept beside it. `verifyLog` alone cannot see a
 * forged entry appended with a correct hash, or an edit with every later hash recomputed; a head kept
 * outside the document can, so every store keeps one with each revision and these checks use it.
 */
import { SystemledningError } from "../common/errors.js";
import type { ValidationIssue } from "../common/issues.js";
import { verifyLog } from "../meetings/log.js";
import type { LogEntry } from "../meetings/schema.js";
import { createWorkspaceStoreIssue } from "./issues.js";

/**
 * Logs whose whole chain was verified (on load or on save). Workspaces are immutable and a command keeps the
 * log's array when it does not touch it, so a save that leaves the log alone costs no hashing.
 */
const verifiedLogs = new WeakSet<readonly LogEntry[]>();

/** The hash of the log's last entry, or null for an empty log: the head a store keeps with a revision. */
export function logHeadOf(log: readonly LogEntry[]): string | null {
  return log.at(-1)?.hash ?? null;
}

/**
 * Verify a stored log against the head kept beside it (`undefined`: none was kept, as in a store written
 * before revisions); rejects with a {@link SystemledningError} (`invalidDocument`) carrying `verifyLog`'s issues.
 */
export async function verifyStoredLog(
  log: readonly LogEntry[],
  expectedHead: string | null | undefined,
): Promise<void> {
  // A store written before revisions kept no head: only the chain can be checked, and the call says so.
  const result = await verifyLog(log, expectedHead === undefined ? { anchor: "unanchored" } : { expectedHead });
  if (!result.valid) throw new SystemledningError("invalidDocument", result.issues);
  verifiedLogs.add(log);
}

/**
 * Verify the chain of a log about to be saved (hashes, sequence, links), so a store never writes a log its
 * next `load` would refuse. An entry found broken below `storedLength` is an entry of the stored log that was
 * changed: the refusal then starts with `log_rewritten`.
 */
export async function checkLogChain(log: readonly LogEntry[], storedLength: number): Promise<void> {
  if (verifiedLogs.has(log)) return;
  // The chain only: whether the log extends the stored head is checkLogExtends' question.
  const result = await verifyLog(log, { anchor: "unanchored" });
  if (result.valid) {
    verifiedLogs.add(log);
    return;
  }
  const positions = result.issues.map((issue) => issue.pathSegments[1]).filter((p) => typeof p === "number");
  const first = Math.min(...positions);
  const rewritten: ValidationIssue[] =
    first < storedLength
      ? [createWorkspaceStoreIssue(["decisionLog", first], "log_rewritten", { position: first })]
      : [];
  throw new SystemledningError("invalidDocument", [...rewritten, ...result.issues]);
}

/**
 * Refuse (`invalidDocument`, `log_rewritten`) a log that does not extend the stored one: it is shorter, or
 * its entry where the stored head was is not the stored head. With a verified chain (see
 * {@link checkLogChain}) that proves every entry up to the stored head unchanged, unmoved and kept.
 * Synchronous, so a store can run it between reading its revision and writing the new one.
 */
export function checkLogExtends(log: readonly LogEntry[], storedHead: string | null, storedLength: number): void {
  if (storedLength === 0 && storedHead === null) return;
  const position = storedLength - 1;
  if (log.length < storedLength || log[position]?.hash !== storedHead) {
    throw new SystemledningError("invalidDocument", [
      createWorkspaceStoreIssue(["decisionLog", Math.max(position, 0)], "log_rewritten", {
        position: Math.max(position, 0),
      }),
    ]);
  }
}
