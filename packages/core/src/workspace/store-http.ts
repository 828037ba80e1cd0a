/**
 * A {@link WorkspaceStore} over plain HTTP with ETags, the way SharePoint's REST API, the reference server
 * (`@systemledning/server`) and most back ends keep a document: `GET` reads it with its `ETag` (the revision),
 * `PUT` with `If-Match` writes it only over the revision it was based on. The network is reached only through
 * the `fetch` the host passes (the core has none of its own), and every document read passes the one door.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { parseWorkspace, type ParseWorkspaceOptions } from "./parse.js";
import type { Workspace } from "./schema.js";
import { serializeWorkspace } from "./serialize.js";
import { checkLogChain, checkLogExtends, logHeadOf, verifyStoredLog } from "./log-guard.js";
import { createHttpStoreIssue } from "./store-http-issues.js";
import {
  defaultHttpDelay,
  sendWithRetries,
  type HttpAnswer,
  type HttpRequestSettings,
  type HttpStoreDelay,
  type HttpStoreFetch,
  type HttpStoreHeaders,
} from "./store-http-request.js";
import {
  createSnapshotHolder,
  WorkspaceConflictError,
  type StoredWorkspace,
  type StoreLoadOptions,
  type StoreSaveOptions,
  type WorkspaceStore,
} from "./store.js";

/** Options of {@link createHttpStore}. */
export interface HttpStoreOptions {
  /** The document's address: `GET` reads it, `PUT` writes it (`https://…/workspaces/dalarna`). */
  readonly url: string;
  /**
   * The host's `fetch`: the platform's (`(url, init) => fetch(url, init)`), or a wrapper that adds what the
   * host's server needs (`credentials: "include"`, SharePoint's `X-HTTP-Method`). Required: the core has no
   * network of its own.
   */
  readonly fetch: HttpStoreFetch;
  /**
   * Headers added to every request: an object, or a function (async or not) called before every attempt, for a
   * token that expires. `Accept`, `Content-Type`, `If-Match` and `If-None-Match` are the store's own.
   */
  readonly headers?: HttpStoreHeaders | (() => HttpStoreHeaders | Promise<HttpStoreHeaders>);
  /** How long one attempt may take, answer and body, in milliseconds. @default 15000 */
  readonly timeoutMs?: number;
  /** How many times a request is tried again after a network error, a timeout, a 5xx, 408 or 429. @default 3 */
  readonly retries?: number;
  /** The wait before the first retry; each next one may wait twice as long, with jitter. @default 300 */
  readonly retryDelayMs?: number;
  /** The longest wait between two attempts, also when the server's `Retry-After` asks for more. @default 10000 */
  readonly maxRetryDelayMs?: number;
  /** How to wait before a retry; tests pass one that does not sleep. @default a timer */
  readonly delay?: HttpStoreDelay;
  /** A number in [0, 1) for the jitter; tests pass a fixed one. @default Math.random */
  readonly random?: () => number;
  /** Passed to `parseWorkspace` on every read (e.g. extra migrations). */
  readonly parseOptions?: ParseWorkspaceOptions;
}

/** The revision an `ETag` names: without the weak prefix `W/` and the quotes, so it is sent back the same way. */
export function revisionFromEtag(etag: string | null): string | null {
  if (etag === null) return null;
  const text = etag.trim().replace(/^W\//u, "");
  const unquoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  return unquoted === "" ? null : unquoted;
}

const ETAG_HELP = {
  sv: "den har ingen ETag. Servern måste skicka dokumentets revision i ETag, och om den ligger på en annan origin även lista ETag och X-Log-Head i Access-Control-Expose-Headers.",
  en: "it has no ETag. The server must send the document's revision in ETag and, on another origin, list ETag and X-Log-Head in Access-Control-Expose-Headers.",
};

function malformed(settings: HttpRequestSettings, answer: HttpAnswer, detail: { sv: string; en: string }) {
  return new SystemledningError("unavailable", [
    createHttpStoreIssue("http_malformed_answer", {
      url: settings.url,
      status: answer.status,
      detailSv: detail.sv,
      detailEn: detail.en,
    }),
  ]);
}

/** The error of an answer the store cannot act on: auth, a missing precondition, anything else. */
function refusal(settings: HttpRequestSettings, answer: HttpAnswer, method: "GET" | "PUT"): SystemledningError {
  const params = { url: settings.url, status: answer.status, method };
  if (answer.status === 401 || answer.status === 403)
    return new SystemledningError("unavailable", [createHttpStoreIssue("http_unauthorized", params)]);
  if (answer.status === 428)
    return new SystemledningError("unavailable", [createHttpStoreIssue("http_precondition_required", params)]);
  return new SystemledningError("unavailable", [createHttpStoreIssue("http_refused", params)]);
}

/** True when `value` has the shape of a {@link ValidationIssue}, as a server sends the door's issues. */
function isValidationIssue(value: unknown): value is ValidationIssue {
  if (typeof value !== "object" || value === null) return false;
  const issue = value as Record<string, unknown>;
  const message = issue.message as Record<string, unknown> | null | undefined;
  return (
    typeof issue.path === "string" &&
    typeof issue.code === "string" &&
    Array.isArray(issue.pathSegments) &&
    issue.pathSegments.every((s) => typeof s === "string" || typeof s === "number") &&
    typeof message === "object" &&
    message !== null &&
    typeof message.sv === "string" &&
    typeof message.en === "string" &&
    typeof issue.params === "object" &&
    issue.params !== null &&
    !Array.isArray(issue.params)
  );
}

/** The server's refusal of a document (422 `{ issues }`) as the door's error; a body of another shape says so. */
function refusedDocument(settings: HttpRequestSettings, answer: HttpAnswer): SystemledningError {
  let body: unknown;
  try {
    body = JSON.parse(answer.body) as unknown;
  } catch {
    body = undefined;
  }
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  if (Array.isArray(issues) && issues.length > 0 && issues.every(isValidationIssue)) {
    return new SystemledningError("invalidDocument", issues);
  }
  return malformed(settings, answer, {
    sv: "servern vägrade dokumentet (422) men svaret är ingen lista { issues } med sökväg, kod och meddelande på svenska och engelska.",
    en: "the server refused the document (422) but its answer is not a list { issues } with path, code and a Swedish and English message.",
  });
}

/**
 * Create a store that keeps the workspace at `url` over HTTP. `load` GETs it (`Accept: application/json`; 404 is
 * `null`), passes the body through `parseWorkspace`, takes the revision from `ETag` and the log head from
 * `X-Log-Head`, and verifies the decisions log against that head. `save(ws, { baseRevision })` PUTs
 * `serializeWorkspace(ws)` with `If-Match` (or `If-None-Match: *` when `baseRevision` is null); `412` rejects
 * with a {@link WorkspaceConflictError} carrying what the server holds (the document the 412's body carries
 * as `document` with its `ETag` and `X-Log-Head`, else a GET's), `422` with the server's issues (reason
 * `invalidDocument`). Network errors, timeouts, 5xx, 408 and 429 are retried with backoff; a retried save whose
 * earlier attempt landed (its answer lost) comes back 412 and is recognised as done, because the server then
 * holds exactly the text that was sent. Anything else rejects with reason `unavailable` and an `http_…` issue.
 *
 * @example
 * const store = createHttpStore({
 *   url: "https://intranet.example/api/workspaces/dalarna",
 *   fetch: (url, init) => fetch(url, init),
 *   headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 * });
 * const result = await updateWorkspace(store, (ws) => markMeetingHeld(ws, intent)); // runs again after a 412
 */
export function createHttpStore(options: HttpStoreOptions): WorkspaceStore {
  const settings: HttpRequestSettings = {
    url: options.url,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: Math.max(0, Math.floor(options.retries ?? 3)),
    retryDelayMs: options.retryDelayMs ?? 300,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
    delay: options.delay ?? defaultHttpDelay,
    random: options.random ?? Math.random,
  };
  const holder = createSnapshotHolder(null);
  // Each call takes a number when it starts; an answer is kept only when no later call's answer was kept
  // already, so a slow load that ends after a save cannot bring back the older document.
  let started = 0;
  let kept = 0;
  const keep = (call: number, next: StoredWorkspace | null): void => {
    if (call < kept) return;
    kept = call;
    holder.set(next);
  };

  /**
   * The stored workspace an answer names: `json` passes the door, the revision comes from `ETag` and the log is
   * verified against `X-Log-Head`.
   */
  const decode = async (answer: HttpAnswer, revision: string, json: unknown): Promise<StoredWorkspace> => {
    const workspace = parseWorkspace(json, options.parseOptions);
    const header = answer.headers.get("x-log-head");
    // The head the server keeps beside the document catches entries cut from the end of the log; without one
    // (a plain file server) the chain is still checked, and its own last hash is the head.
    const expectedHead = header === null ? undefined : header.trim() === "" ? null : header.trim();
    await verifyStoredLog(workspace.decisionLog, expectedHead);
    return { workspace, revision, logHead: logHeadOf(workspace.decisionLog), origin: "local" };
  };

  /** GET the document: null on 404, else the door's workspace with its revision and verified log head. */
  const read = async (signal: AbortSignal | undefined): Promise<StoredWorkspace | null> => {
    const answer = await sendWithRetries(settings, { method: "GET", headers: { Accept: "application/json" } }, signal);
    if (answer.status === 404) return null;
    if (answer.status !== 200) throw refusal(settings, answer, "GET");
    const revision = revisionFromEtag(answer.headers.get("etag"));
    if (revision === null) throw malformed(settings, answer, ETAG_HELP);
    let json: unknown;
    try {
      json = JSON.parse(answer.body) as unknown;
    } catch (error) {
      const type = answer.headers.get("content-type") ?? "no Content-Type";
      const reason = `${error instanceof Error ? error.message : String(error)}; ${type}`;
      throw new SystemledningError("invalidDocument", [createIssue([], "invalid_json", { reason })]);
    }
    return decode(answer, revision, json);
  };

  /**
   * The current document a 412 carries (the reference server sends `{ …, document }` with its `ETag` and
   * `X-Log-Head`), so no GET is needed; null when it carries none (another server), and the store GETs as before.
   * It passes the same door and log check as a GET.
   */
  const carried = async (answer: HttpAnswer): Promise<StoredWorkspace | null> => {
    const revision = revisionFromEtag(answer.headers.get("etag"));
    // Without its own head the document could not be checked for a cut log as a GET's is: read it instead.
    if (revision === null || answer.headers.get("x-log-head") === null) return null;
    let document: unknown;
    try {
      document = (JSON.parse(answer.body) as { document?: unknown } | null)?.document;
    } catch {
      return null;
    }
    return typeof document === "object" && document !== null ? decode(answer, revision, document) : null;
  };

  /** After a 412: did the lost answer of an earlier attempt hide our own save? Then the server holds our text. */
  const afterPreconditionFailed = async (
    answer: HttpAnswer,
    ws: Workspace,
    text: string,
    baseRevision: string | null,
    signal: AbortSignal | undefined,
  ): Promise<StoredWorkspace> => {
    let latest: StoredWorkspace | null;
    try {
      latest = (await carried(answer)) ?? (await read(signal));
    } catch (error) {
      // On a first attempt the 412 is certainly someone else's save; after a retry it may be ours, so an
      // unreadable server leaves the outcome unknown, and the read's own error says so.
      if (answer.attempts > 1 || signal?.aborted) throw error;
      throw new WorkspaceConflictError(null, baseRevision);
    }
    // Only a retry can meet its own earlier attempt; a first attempt's 412 is a conflict even over the same text
    // (a create where something is stored is refused, as by every store). Ours: keep the caller's object.
    if (answer.attempts > 1 && latest !== null && serializeWorkspace(latest.workspace) === text) {
      return { ...latest, workspace: ws };
    }
    throw new WorkspaceConflictError(latest, baseRevision);
  };

  /**
   * After a 2xx without an ETag: read the document back to learn its revision. When someone saved over ours
   * in between, what the server holds now is what the store has seen last, so that is the snapshot.
   */
  const readBack = async (
    answer: HttpAnswer,
    ws: Workspace,
    text: string,
    signal: AbortSignal | undefined,
  ): Promise<StoredWorkspace> => {
    const latest = await read(signal);
    if (latest === null) throw malformed(settings, answer, ETAG_HELP);
    return serializeWorkspace(latest.workspace) === text ? { ...latest, workspace: ws } : latest;
  };

  return {
    async load(loadOptions: StoreLoadOptions = {}): Promise<StoredWorkspace | null> {
      const call = ++started;
      const next = await read(loadOptions.signal);
      keep(call, next);
      return next;
    },
    async save(ws: Workspace, saveOptions: StoreSaveOptions): Promise<StoredWorkspace> {
      const call = ++started;
      const { baseRevision, signal } = saveOptions;
      // The server may be a plain file store (a SharePoint library) that checks nothing: as every store, this
      // one refuses to send a log that is broken or does not extend the one it last saw at baseRevision.
      const known = holder.get();
      const base = known !== null && known.revision === baseRevision ? known : null;
      await checkLogChain(ws.decisionLog, base?.workspace.decisionLog.length ?? 0);
      if (base !== null) checkLogExtends(ws.decisionLog, base.logHead, base.workspace.decisionLog.length);
      const text = serializeWorkspace(ws);
      const condition: Record<string, string> =
        baseRevision === null ? { "If-None-Match": "*" } : { "If-Match": `"${baseRevision}"` };
      const answer = await sendWithRetries(
        settings,
        {
          method: "PUT",
          headers: { Accept: "application/json", "Content-Type": "application/json", ...condition },
          body: text,
        },
        signal,
      );
      let next: StoredWorkspace;
      if (answer.status === 200 || answer.status === 201 || answer.status === 204) {
        const revision = revisionFromEtag(answer.headers.get("etag"));
        // The server holds exactly the text sent, so its log head is this document's.
        const logHead = logHeadOf(ws.decisionLog);
        next =
          revision === null
            ? await readBack(answer, ws, text, signal)
            : { workspace: ws, revision, logHead, origin: "local" };
      } else if (answer.status === 412) {
        next = await afterPreconditionFailed(answer, ws, text, baseRevision, signal);
      } else if (answer.status === 422) {
        throw refusedDocument(settings, answer);
      } else {
        throw refusal(settings, answer, "PUT");
      }
      keep(call, next);
      return next;
    },
    subscribe: (listener) => holder.subscribe(listener),
    getSnapshot: () => holder.workspace(),
    getStored: () => holder.get(),
  };
}
