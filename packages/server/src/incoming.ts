/**
 * What a save must pass before anything is written: the body is JSON, the door (`safeParseWorkspace`)
 * accepts it, its decisions log is a valid chain, and that chain extends the log of the revision the save
 * replaces (every earlier entry kept unchanged, in place). The stored text is the door's result written by
 * `serializeWorkspace`, so every revision reads back in the one canonical form.
 */
import { verifyLog } from "@systemledning/core/meetings";
import {
  createIssue,
  issueWithMessage,
  safeParseWorkspace,
  serializeWorkspace,
  WORKSPACE_STORE_ISSUE_MESSAGES,
  type ValidationIssue,
  type Workspace,
} from "@systemledning/core/workspace";
import type { RevisionInfo } from "./database.js";

/** A document that passed every check, ready to store. */
export interface AcceptedDocument {
  readonly workspace: Workspace;
  readonly body: string;
  readonly size: number;
  readonly logHead: string | null;
  readonly logLength: number;
}

/** The outcome of {@link checkIncomingDocument}: the document to store, or the issues to answer 422 with. */
export type IncomingCheck =
  | { readonly ok: true; readonly document: AcceptedDocument }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * The issue of a save whose log does not keep the stored log unchanged before its own entries: the core's
 * own `log_rewritten` (the stores refuse the same save with it), so a client shows one message for both.
 */
export function logRewrittenIssue(previous: Pick<RevisionInfo, "logLength">): ValidationIssue {
  const position = Math.max(previous.logLength - 1, 0);
  const params = { position };
  return issueWithMessage(
    ["decisionLog", position],
    "log_rewritten",
    WORKSPACE_STORE_ISSUE_MESSAGES.log_rewritten(params),
    params,
  );
}

/**
 * Check a request body as a new revision after `previous` (null when the workspace is created).
 * Never throws for any body: every refusal is an issue.
 *
 * @example
 * const checked = await checkIncomingDocument(body, head);
 * if (!checked.ok) return reply(422, { issues: checked.issues });
 */
export async function checkIncomingDocument(text: string, previous: RevisionInfo | null): Promise<IncomingCheck> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [createIssue([], "invalid_json", { reason: (error as Error).message })] };
  }
  const parsed = safeParseWorkspace(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const workspace = parsed.data;
  const log = workspace.decisionLog;
  // The chain only here: the anchor is the stored head, checked just below as the log's extension.
  const verified = await verifyLog(log, { anchor: "unanchored" });
  if (!verified.valid) return { ok: false, issues: verified.issues };
  if (previous !== null && previous.logLength > 0) {
    // The chain is valid, so its entry at the stored head's position carries the stored hash only if every
    // entry up to it is the stored one (each hash covers the entry and the hash before it).
    const kept = log[previous.logLength - 1];
    if (kept === undefined || kept.hash !== previous.logHead)
      return { ok: false, issues: [logRewrittenIssue(previous)] };
  }
  const body = serializeWorkspace(workspace);
  return {
    ok: true,
    document: {
      workspace,
      body,
      size: Buffer.byteLength(body, "utf8"),
      logHead: verified.headHash,
      logLength: log.length,
    },
  };
}
