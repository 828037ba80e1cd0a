/**
 * The reference server's HTTP contract on plain `node:http` (no framework: the whole contract is four routes):
 *
 * - `GET /workspaces/{id}` → 200, the document, `ETag: "<revision>"`, `X-Log-Head`; 404 when there is none.
 * - `PUT /workspaces/{id}` with `If-Match: "<revision>"` (or `If-None-Match: *` to create) → 200/201 with the
 *   new `ETag`; 428 without a precondition; 412 when the revision is not the latest (nothing written, answered
 *   before the body is read; its body `{ revision, logHead, issues, document }` carries the current document,
 *   named by the 412's `ETag` and `X-Log-Head`, so a client need not GET it); 422
 *   with the door's issues, or `log_rewritten`, before anything is written; 413 past the body limit.
 * - `GET /workspaces/{id}/revisions` → `[{ revision, savedAt, size, logHead }]`, oldest first, append-only.
 * - `GET /workspaces/{id}/revisions/{revision}` → that revision's document, as it was stored.
 *
 * Every answer carries CORS headers for the dashboard on another origin (`ETag` and `X-Log-Head` exposed,
 * `If-Match` allowed). A refusal's body is `{ issues: ValidationIssue[] }`, the core's issue shape.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ValidationIssue } from "@systemledning/core/workspace";
import type { RevisionInfo, StoredRevision, WorkspaceDatabase } from "./database.js";
import { checkIncomingDocument } from "./incoming.js";
import { createServerIssue } from "./issues.js";

/** Options of {@link createWorkspaceHandler}. */
export interface WorkspaceHandlerOptions {
  /** Largest request body accepted, in bytes. @default 16 MiB */
  readonly maxBodyBytes?: number;
  /**
   * Origins allowed to call from a browser: `"*"` (any, without credentials) or a list; a listed origin is
   * echoed back. @default "*"
   */
  readonly corsOrigins?: "*" | readonly string[];
  /** Where unexpected errors are reported. @default console.error */
  readonly logError?: (message: string, error: unknown) => void;
}

/** The default body limit: a national-scale workspace is a few MiB; this leaves room without inviting abuse. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A workspace id in the URL follows the core's rule for ids. */
const WORKSPACE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The revision an ETag names: `"12"` (or a bare `12`); null for anything else (weak tags never match). */
export function revisionOfEtag(tag: string): number | null {
  const match = /^\s*(?:"(\d{1,15})"|(\d{1,15}))\s*$/.exec(tag);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) return null;
  const revision = Number(digits);
  return revision >= 1 ? revision : null;
}

/** The ETag of a revision. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** The list item of a revision: the revision as the opaque token clients use (the ETag without quotes). */
const listed = ({ revision, savedAt, size, logHead }: RevisionInfo) => ({
  revision: String(revision),
  savedAt,
  size,
  logHead,
});

class BodyTooLarge extends Error {}

/** `decodeURIComponent`, or null for a malformed escape (`%E0%A4%A`), which is a bad address, not a failure. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Read a request's body as UTF-8 text, refusing it past `limit` bytes. */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? "0");
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Whether an error means the database cannot be reached now (a retry may succeed), not a bug. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return false;
  // Node's socket errors, PostgreSQL's connection and shutdown classes (08, 57P), and SQLite's busy/locked.
  return /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|08|57P|SQLITE_BUSY|SQLITE_LOCKED)/.test(code);
}

/**
 * The request handler of the reference server, for `http.createServer(handler)`.
 *
 * @example
 * const server = http.createServer(createWorkspaceHandler(await openDatabase("./systemledning.sqlite")));
 */
export function createWorkspaceHandler(
  database: WorkspaceDatabase,
  options: WorkspaceHandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const corsOrigins = options.corsOrigins ?? "*";
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  const cors = (request: IncomingMessage, response: ServerResponse): void => {
    const origin = request.headers.origin;
    if (corsOrigins === "*") response.setHeader("Access-Control-Allow-Origin", "*");
    else {
      response.setHeader("Vary", "Origin");
      if (origin !== undefined && corsOrigins.includes(origin))
        response.setHeader("Access-Control-Allow-Origin", origin);
    }
    response.setHeader("Access-Control-Expose-Headers", "ETag, X-Log-Head, Location");
  };

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    response.writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(text, "utf8")),
      ...headers,
    });
    response.end(text);
  };
  const refuse = (response: ServerResponse, status: number, issues: readonly ValidationIssue[], headers = {}) =>
    send(response, status, { issues }, headers);

  const revisionHeaders = (revision: RevisionInfo): Record<string, string> => ({
    ETag: etagOf(revision.revision),
    // Sent empty for an empty log, never left out: a client reads a missing header as "no head kept" and
    // could then not see a log cut down to nothing.
    "X-Log-Head": revision.logHead ?? "",
  });

  const sendDocument = (request: IncomingMessage, response: ServerResponse, stored: StoredRevision, cache: string) => {
    const headers = { ...revisionHeaders(stored), "Cache-Control": cache };
    if (request.headers["if-none-match"] === etagOf(stored.revision)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    send(response, 200, stored.body, headers);
  };

  // The save on each workspace that holds the door now: the next one waits for it (see put).
  const doors = new Map<string, Promise<void>>();
  const enter = async (id: string): Promise<() => void> => {
    const before = doors.get(id) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    doors.set(id, mine);
    await before;
    return () => {
      if (doors.get(id) === mine) doors.delete(id);
      release();
    };
  };

  async function put(request: IncomingMessage, response: ServerResponse, id: string): Promise<void> {
    const ifMatch = request.headers["if-match"];
    const creating = ifMatch === undefined && request.headers["if-none-match"]?.trim() === "*";
    // `If-Match: *` would accept any revision, which is the silent overwrite this contract exists to prevent.
    const base = ifMatch === undefined ? null : revisionOfEtag(ifMatch);
    if (!creating && base === null) return refuse(response, 428, [createServerIssue([], "precondition_required")]);
    // A stale save is answered as soon as its headers are in, before its body is read or parsed: under
    // contention most saves are stale, and the door is the costliest step. The append below checks again
    // atomically, so this early answer only saves work.
    const stale = async (known: RevisionInfo | null) => {
      // The current document goes with the refusal, so the client runs its change again without a GET. It is
      // read after the refusal was decided, so it may be newer still: its own ETag and X-Log-Head name it.
      const current = known === null ? null : ((await database.latest(id)) ?? known);
      const fields = JSON.stringify({
        revision: current === null ? null : String(current.revision),
        logHead: current?.logHead ?? null,
        issues: [
          createServerIssue([], "revision_conflict", {
            base: base ?? "none",
            current: current?.revision ?? "none",
          }),
        ],
      });
      // The stored text is spliced in as it is: it is serializeWorkspace's JSON, so nothing is parsed again.
      const body =
        current !== null && "body" in current ? `${fields.slice(0, -1)},"document":${current.body}}` : fields;
      // The rest of the body is left unread: node:http drains it before the connection's next request.
      send(response, 412, body, current === null ? {} : revisionHeaders(current));
    };
    const head = await database.head(id);
    if ((head?.revision ?? null) !== base) return stale(head);
    let text: string;
    try {
      text = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      return refuse(response, 413, [createServerIssue([], "body_too_large", { maximum: maxBodyBytes })], {
        Connection: "close",
      });
    }
    // Saves on one workspace pass the door one at a time: of many saves on the same revision only one can land,
    // so each waits for the one before it and is refused on its If-Match, cheaply, when that one landed, instead
    // of every one of them paying for the door. Only work is saved: the append still checks atomically.
    const release = await enter(id);
    try {
      const latestHead = await database.head(id);
      if ((latestHead?.revision ?? null) !== base) return await stale(latestHead);
      const checked = await checkIncomingDocument(text, latestHead);
      if (!checked.ok) return refuse(response, 422, checked.issues);
      const { body, size, logHead, logLength } = checked.document;
      const appended = await database.append(id, base, {
        body,
        size,
        logHead,
        logLength,
        savedAt: new Date().toISOString(),
      });
      if (!appended.ok) return await stale(appended.current);
      const created = base === null;
      send(response, created ? 201 : 200, listed(appended.revision), {
        ...revisionHeaders(appended.revision),
        ...(created ? { Location: `/workspaces/${encodeURIComponent(id)}` } : {}),
      });
    } finally {
      release();
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    cors(request, response);
    const url = new URL(request.url ?? "/", "http://localhost");
    const parts = url.pathname.split("/").slice(1);
    const method = request.method ?? "GET";
    if (
      parts[0] !== "workspaces" ||
      parts.length < 2 ||
      parts.length > 4 ||
      (parts.length > 2 && parts[2] !== "revisions")
    )
      return refuse(response, 404, [createServerIssue([], "not_found", { path: url.pathname })]);
    const id = decodeSegment(parts[1]!) ?? "";
    if (!WORKSPACE_ID.test(id)) return refuse(response, 404, [createServerIssue([], "invalid_workspace_id")]);
    const allowed = parts.length === 2 ? "GET, PUT, OPTIONS" : "GET, OPTIONS";
    if (method === "OPTIONS") {
      response.writeHead(204, {
        Allow: allowed,
        "Access-Control-Allow-Methods": allowed,
        "Access-Control-Allow-Headers": "Content-Type, If-Match, If-None-Match, Authorization",
        "Access-Control-Max-Age": "600",
      });
      response.end();
      return;
    }
    if (!allowed.split(", ").includes(method))
      return refuse(response, 405, [createServerIssue([], "method_not_allowed", { method, allowed })], {
        Allow: allowed,
      });
    if (method === "PUT") return put(request, response, id);
    if (parts.length === 2) {
      const latest = await database.latest(id);
      if (latest === null) return refuse(response, 404, [createServerIssue([], "workspace_not_found", { id })]);
      return sendDocument(request, response, latest, "no-cache");
    }
    if (parts.length === 3) {
      const list = await database.revisions(id);
      if (list.length === 0) return refuse(response, 404, [createServerIssue([], "workspace_not_found", { id })]);
      return send(response, 200, list.map(listed), { "Cache-Control": "no-cache" });
    }
    const revision = revisionOfEtag(decodeSegment(parts[3]!) ?? "");
    const stored = revision === null ? null : await database.revision(id, revision);
    if (stored === null)
      return refuse(response, 404, [createServerIssue([], "revision_not_found", { id, revision: parts[3]! })]);
    // A stored revision never changes: any cache may keep it.
    return sendDocument(request, response, stored, "public, max-age=31536000, immutable");
  }

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      const unavailable = isUnavailable(error);
      if (!unavailable) logError(`systemledning server: ${request.method} ${request.url} failed`, error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const code = unavailable ? "unavailable" : "internal_error";
      refuse(
        response,
        unavailable ? 503 : 500,
        [createServerIssue([], code)],
        unavailable ? { "Retry-After": "1" } : {},
      );
    });
  };
}
