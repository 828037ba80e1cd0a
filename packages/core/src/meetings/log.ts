/**
 * The append-only, hash-chained log of decisions and approved notes (docs/quality.md D7). Each entry carries its
 * position (`sequence`), the previous entry's hash and its own: SHA-256 over the entry's canonical JSON
 * (one line, sorted keys, NFC) without the `hash` field, computed with Web Crypto (`crypto.subtle`), so the
 * same code runs in browsers and in Node. Any edit changes an entry's hash; any deletion or move breaks
 * the sequence or the chain. The chain cannot show its own end: entries cut off the end, a forged entry
 * appended with a correct hash, or an edit with every later hash recomputed leave a consistent chain. So the
 * last hash is kept outside the log (a store keeps it with each revision) and every {@link verifyLog} call
 * names it (`expectedHead`) or says it checks the chain only (`anchor: "unanchored"`).
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { toCanonicalJson } from "../io/canonical-json.js";
import { createMeetingsIssue } from "./issues.js";
import type { LogEntry } from "./schema.js";

/** A log entry before it is sealed: what the caller says; `sequence`, `previousHash` and `hash` are added by {@link appendToLog}. */
export type UnsealedLogEntry = LogEntry extends infer TEntry
  ? TEntry extends LogEntry
    ? Omit<TEntry, "sequence" | "previousHash" | "hash">
    : never
  : never;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (crypto?.subtle === undefined) {
    // Node 20 and every current browser have it; a page served over plain http (not localhost) does not.
    throw new SystemledningError("invalidInput", [
      createIssue(["globalThis", "crypto", "subtle"], "missing_field", {
        expected: "Web Crypto (crypto.subtle, a secure context)",
      }),
    ]);
  }
  return crypto.subtle;
}

/** The text an entry's hash is computed over: its canonical JSON on one line, without `hash`. */
export function logEntryHashInput(entry: Omit<LogEntry, "hash"> | LogEntry): string {
  const { hash: _ignored, ...rest } = entry as LogEntry;
  void _ignored;
  return toCanonicalJson(rest, { indent: 0 });
}

/**
 * SHA-256 (lower-case hex) of an entry's canonical JSON without `hash`.
 *
 * @example
 * await hashLogEntry(entry) === entry.hash // true for an untouched entry
 */
export async function hashLogEntry(entry: Omit<LogEntry, "hash"> | LogEntry): Promise<string> {
  return toHex(await subtle().digest("SHA-256", UTF8.encode(logEntryHashInput(entry))));
}

const UTF8 = new TextEncoder();

function toHex(digest: ArrayBuffer): string {
  const bytes = new Uint8Array(digest);
  let hex = "";
  for (const byte of bytes) hex += HEX[byte]!;
  return hex;
}

/**
 * Digests started at once by {@link verifyLog}. Web Crypto has no batch call, and each digest is a job on
 * the platform's thread pool; a few hundred in flight keep it busy without a promise and a job for every
 * entry of the log at once.
 */
const DIGEST_BATCH = 256;

/**
 * The SHA-256 (hex) of every input, in order. The bytes of every entry are made first, then digested in
 * batches: measured in Node 20, making the canonical JSON between the batches' digests costs about 1.7 times
 * as much as the two steps one after the other (10,000 entries: ~250 ms against ~145 ms).
 */
async function hashAll(inputs: readonly Uint8Array<ArrayBuffer>[]): Promise<string[]> {
  if (inputs.length === 0) return []; // an empty log verifies even where Web Crypto is missing, as before
  const crypto = subtle();
  const hashes: string[] = [];
  for (let startAt = 0; startAt < inputs.length; startAt += DIGEST_BATCH) {
    const batch = inputs.slice(startAt, startAt + DIGEST_BATCH).map((bytes) => crypto.digest("SHA-256", bytes));
    for (const digest of await Promise.all(batch)) hashes.push(toHex(digest));
  }
  return hashes;
}

/**
 * Append entries to a log: each gets the next `sequence`, the previous entry's hash and its own hash.
 * Returns a new array; `log` is not changed. The caller's entries are copied, never mutated.
 *
 * @example
 * const next = await appendToLog(ws.decisionLog, [{ id: "e-1", kind: "decision", meetingId, recordedAt, decision }]);
 */
export async function appendToLog(log: readonly LogEntry[], entries: readonly UnsealedLogEntry[]): Promise<LogEntry[]> {
  const out = log.slice();
  for (const entry of entries) {
    const previous = out.at(-1);
    const unsealed = {
      ...entry,
      sequence: out.length,
      previousHash: previous === undefined ? null : previous.hash,
    } as Omit<LogEntry, "hash">;
    out.push({ ...unsealed, hash: await hashLogEntry(unsealed) } as LogEntry);
  }
  return out;
}

/** What a call of {@link verifyLog} checks the log against; one of the two is required, so every call says it. */
export type VerifyLogOptions = AnchoredVerifyLogOptions | UnanchoredVerifyLogOptions;

/** Check the chain and its end against a head kept outside the log: the safe call. */
export interface AnchoredVerifyLogOptions {
  /**
   * The hash the last entry must have, kept outside the log (a store keeps it with each revision, a host
   * beside its copy, the printed minutes on paper); `null` when the log must be empty. Catches entries cut
   * off the end, entries appended with correct hashes and edits with every later hash recomputed.
   */
  readonly expectedHead: string | null;
  /** The path of the log in its document, for the issues' paths. @default ["decisionLog"] */
  readonly path?: readonly (string | number)[];
}

/**
 * Check the chain only, knowingly: nothing outside the log is compared, so a log cut at its end, or rewritten
 * from any entry onward with every later hash recomputed, still passes. For a log of unknown origin, to
 * find accidental damage, never as proof that nothing was changed.
 */
export interface UnanchoredVerifyLogOptions {
  readonly anchor: "unanchored";
  readonly expectedHead?: undefined;
  /** The path of the log in its document, for the issues' paths. @default ["decisionLog"] */
  readonly path?: readonly (string | number)[];
}

/**
 * What a valid {@link LogVerification} proves. `"chain-and-head"`: every entry is as it was written, in its
 * place, none is missing and none was added, relative to the head the caller kept. `"chain-only"`: the log
 * is consistent with itself; anyone able to write it could have rewritten its end.
 */
export type LogProof = "chain-and-head" | "chain-only";

/** The outcome of {@link verifyLog}. */
export interface LogVerification {
  /** True when no issue was found: see {@link LogVerification.proves} for what that means. */
  readonly valid: boolean;
  /** What `valid: true` proves: the chain against the given head, or the chain only. */
  readonly proves: LogProof;
  /** The number of entries checked (0 when `log` is not an array). */
  readonly entries: number;
  /** The last entry's hash (to keep as the next `expectedHead`), or null for an empty log or one without it. */
  readonly headHash: string | null;
  /** Every problem, with its path (`decisionLog[3].hash`), code and Swedish and English message. */
  readonly issues: readonly ValidationIssue[];
}

const DEFAULT_PATH: readonly PathSegment[] = ["decisionLog"];

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The issues of an entry that is not shaped as one: not an object, or `sequence`, `previousHash` or `hash` missing or of the wrong type. */
function shapeIssues(entry: unknown, at: readonly PathSegment[]): ValidationIssue[] {
  if (!isRecord(entry)) return [createIssue(at, "invalid_type", { expected: "object", received: typeName(entry) })];
  const issues: ValidationIssue[] = [];
  const field = (key: string, ok: (value: unknown) => boolean, expected: string): void => {
    if (!(key in entry)) issues.push(createIssue([...at, key], "missing_field", { expected }));
    else if (!ok(entry[key]))
      issues.push(createIssue([...at, key], "invalid_type", { expected, received: typeName(entry[key]) }));
  };
  field("sequence", (v) => Number.isInteger(v), "int");
  field("previousHash", (v) => v === null || typeof v === "string", "string");
  field("hash", (v) => typeof v === "string", "string");
  return issues;
}

/** The anchor the caller named, or undefined when the options name none (a call that would prove nothing about the end). */
function anchorOf(options: unknown): { proves: LogProof; expectedHead: string | null } | undefined {
  if (!isRecord(options)) return undefined;
  const head = options.expectedHead;
  if (head === null || typeof head === "string") return { proves: "chain-and-head", expectedHead: head };
  if (head === undefined && options.anchor === "unanchored") return { proves: "chain-only", expectedHead: null };
  return undefined;
}

function pathOf(options: unknown): readonly PathSegment[] {
  const path = isRecord(options) ? options.path : undefined;
  return Array.isArray(path) && path.every((s) => typeof s === "string" || typeof s === "number")
    ? (path as PathSegment[])
    : DEFAULT_PATH;
}

/**
 * Verify a hash-chained log. Every entry's hash must match its content (an edit is found), its sequence its
 * position and its `previousHash` the previous entry's hash (a deletion or reordering inside the log is
 * found). What the chain alone cannot show is its *end*: entries cut off the end, a forged entry appended
 * with a correct hash, or an edit with every later hash recomputed all leave a consistent chain. So every
 * call names what it checks against, and the result says what it proved (`proves`):
 *
 * - `{ expectedHead }`: the last hash must be the head kept outside the log (`null`: the log must be empty).
 *   A valid result proves the log is exactly the one whose head was kept: `proves: "chain-and-head"`. The
 *   stores keep the head with each revision and check it this way on load.
 * - `{ anchor: "unanchored" }`: the chain only, knowingly (`proves: "chain-only"`): it finds accidental
 *   damage and edits by someone who did not recompute the later hashes, nothing more.
 * - anything else (no options, from JavaScript): refused with `log_anchor_missing`, never passed.
 *
 * Never throws for any value given as `log` or `options`: a log that is not an array, an entry that is not
 * an object, a missing or mistyped `sequence`, `previousHash` or `hash`, and an entry that cannot be hashed
 * (a value JSON cannot hold, a string too long to write) are issues, with their paths. Hashes are computed
 * with Web Crypto, a batch of digests at a time; only a platform without Web Crypto throws (see
 * {@link hashLogEntry}).
 *
 * @example
 * const stored = await store.load(); // the store keeps the head with each revision
 * const result = await verifyLog(stored.workspace.decisionLog, { expectedHead: stored.logHead });
 * result.proves; // "chain-and-head"
 * if (!result.valid) for (const issue of result.issues) console.log(issue.path, issue.message.sv);
 */
export async function verifyLog(log: readonly LogEntry[], options: VerifyLogOptions): Promise<LogVerification> {
  const base = pathOf(options);
  const anchor = anchorOf(options);
  const proves = anchor?.proves ?? "chain-only";
  const issues: ValidationIssue[] = [];
  if (anchor === undefined) issues.push(createMeetingsIssue(base, "log_anchor_missing"));
  if (!Array.isArray(log)) {
    issues.push(createIssue(base, "invalid_type", { expected: "array", received: typeName(log) }));
    return { valid: false, proves, entries: 0, headHash: null, issues };
  }
  const entries: readonly unknown[] = log;
  // Shapes first, then the bytes of every well-shaped entry (made before any digest, see hashAll).
  const wellShaped: boolean[] = [];
  const inputs: Uint8Array<ArrayBuffer>[] = [];
  const inputAt: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const at = [...base, i];
    const shape = shapeIssues(entries[i], at);
    issues.push(...shape);
    wellShaped.push(shape.length === 0);
    if (shape.length > 0) continue;
    try {
      inputs.push(UTF8.encode(logEntryHashInput(entries[i] as LogEntry)));
      inputAt.push(i);
    } catch {
      // NaN, a cycle, a bigint, two keys equal after NFC, a string too long to write: no hash to compare.
      wellShaped[i] = false;
      issues.push(createMeetingsIssue(at, "log_entry_unhashable"));
    }
  }
  const hashes = await hashAll(inputs);
  const computed = new Map<number, string>();
  inputAt.forEach((i, k) => computed.set(i, hashes[k]!));
  for (let i = 0; i < entries.length; i++) {
    if (!isRecord(entries[i])) continue;
    const entry = entries[i] as Record<string, unknown>;
    if (Number.isInteger(entry.sequence) && entry.sequence !== i)
      issues.push(
        createMeetingsIssue([...base, i, "sequence"], "log_sequence", {
          expected: i,
          received: entry.sequence as number,
        }),
      );
    const previous = i === 0 ? null : (entries[i - 1] as { hash?: unknown } | null | undefined)?.hash;
    const previousKnown = previous === null || typeof previous === "string";
    if (previousKnown && (entry.previousHash === null || typeof entry.previousHash === "string"))
      if (entry.previousHash !== previous)
        issues.push(createMeetingsIssue([...base, i, "previousHash"], "log_chain_broken", { position: i }));
    const hash = computed.get(i);
    if (wellShaped[i] === true && hash !== entry.hash)
      issues.push(createMeetingsIssue([...base, i, "hash"], "log_hash_mismatch"));
  }
  const last = entries.at(-1);
  const lastHash = isRecord(last) ? last.hash : undefined;
  const headHash = typeof lastHash === "string" ? lastHash : null;
  if (anchor?.proves === "chain-and-head" && anchor.expectedHead !== headHash) {
    issues.push(
      createMeetingsIssue(base, "log_head_mismatch", {
        expected: anchor.expectedHead ?? "null",
        received: headHash ?? "null",
      }),
    );
  }
  return { valid: issues.length === 0, proves, entries: entries.length, headHash, issues };
}
