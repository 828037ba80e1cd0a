/**
 * One request of the HTTP store, sent through the `fetch` the host passed: each attempt under its own timeout,
 * the caller's signal aborting everything, and retries with exponential backoff and jitter on answers that
 * may mend by themselves (5xx, 408, 429, `Retry-After` honoured) and on network errors. It knows nothing of
 * workspaces: the store (`store-http.ts`) decides what each final answer means.
 */
import { SystemledningError } from "../common/errors.js";
import { createHttpStoreIssue } from "./store-http-issues.js";
import { throwIfAborted } from "./store.js";
import { abortableDelay } from "../common/abortable-delay.js";

/** What the store reads of an answer. The platform's `Response` fits, and so does SPFx's `SPHttpClientResponse`. */
export interface HttpStoreResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** What the store passes to `fetch`: the platform's `RequestInit` accepts it as it is. */
export interface HttpStoreRequestInit {
  readonly method: "GET" | "PUT";
  readonly headers: Readonly<Record<string, string>>;
  /** The document's canonical text, on a PUT. */
  readonly body?: string;
  /** Aborts this attempt: its timeout ran out or the caller aborted. */
  readonly signal: AbortSignal;
}

/**
 * The host's `fetch`: the platform's, or a wrapper that adds what the host's server needs (`credentials:
 * "include"`, SharePoint's `X-HTTP-Method`, SPFx's `spHttpClient`). The store uses no other network.
 */
export type HttpStoreFetch = (url: string, init: HttpStoreRequestInit) => Promise<HttpStoreResponse>;

/** Headers the host adds to every request (an `Authorization` token, SharePoint's `X-RequestDigest`). */
export type HttpStoreHeaders = Readonly<Record<string, string>>;

/** Wait `ms` milliseconds before a retry; resolve early when `signal` aborts. Injectable for tests. */
export type HttpStoreDelay = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/** How the store sends: the options of `createHttpStore` with their defaults filled in. */
export interface HttpRequestSettings {
  readonly url: string;
  readonly fetch: HttpStoreFetch;
  readonly headers: HttpStoreHeaders | (() => HttpStoreHeaders | Promise<HttpStoreHeaders>) | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly delay: HttpStoreDelay;
  readonly random: () => number;
}

/** The final answer of a request, with the body read and how many attempts it took. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: string;
  readonly attempts: number;
}

/** The default delay: a timer that ends early when the signal aborts (the one in `common/`). */
export const defaultHttpDelay: HttpStoreDelay = abortableDelay;

/** Statuses that may mend by themselves: the server is busy, restarting, or asks us to slow down. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delta-seconds or an HTTP date; null when absent
 * or unreadable (the backoff then decides alone).
 */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * The wait before retry number `retry` (1 for the first): exponential from `retryDelayMs`, at most
 * `maxRetryDelayMs`, with "equal jitter" (half fixed, half random) so that many clients failed by the same
 * outage do not all come back in the same instant.
 */
export function backoffMs(
  retry: number,
  settings: Pick<HttpRequestSettings, "retryDelayMs" | "maxRetryDelayMs" | "random">,
): number {
  const ceiling = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + settings.random() * (ceiling / 2));
}

/** Headers only the store sets: the conditions decide what a save may overwrite, so no host header replaces them. */
const STORE_HEADERS = new Set(["accept", "content-type", "if-match", "if-none-match"]);

/** The host's headers (without any the store sets), then the store's. */
async function requestHeaders(
  settings: HttpRequestSettings,
  own: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const host = typeof settings.headers === "function" ? await settings.headers() : (settings.headers ?? {});
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(host)) if (!STORE_HEADERS.has(name.toLowerCase())) merged[name] = value;
  return { ...merged, ...own };
}

type AttemptOutcome =
  | { kind: "answer"; status: number; headers: HttpStoreResponse["headers"]; body: string }
  | { kind: "timeout" }
  | { kind: "network"; error: unknown };

/** One attempt: `fetch` and read the body, both under the timeout and the caller's signal. */
async function attempt(
  settings: HttpRequestSettings,
  init: Omit<HttpStoreRequestInit, "signal">,
  callerSignal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  throwIfAborted(callerSignal); // aborted while the host's headers were read: send nothing
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  // Raced as well as passed on: a host's wrapper that ignores the signal must not outlast a timeout or an abort.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  try {
    const response = await Promise.race([
      settings.fetch(settings.url, { ...init, signal: controller.signal }),
      aborted,
    ]);
    const body = await Promise.race([response.text(), aborted]);
    return { kind: "answer", status: response.status, headers: response.headers, body };
  } catch (error) {
    throwIfAborted(callerSignal);
    return timedOut ? { kind: "timeout" } : { kind: "network", error };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

function describeOutcome(outcome: AttemptOutcome, timeoutMs: number): string {
  if (outcome.kind === "answer") return `HTTP ${outcome.status}`;
  if (outcome.kind === "timeout") return `no answer within ${timeoutMs} ms`;
  const { error } = outcome;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Send one request until an answer that is not worth retrying comes back, and return it (any status: the
 * caller decides what it means). After `retries` retries it rejects with a `SystemledningError` of reason
 * `"unavailable"` (`http_unavailable`); when `signal` aborts it rejects with the signal's reason (an
 * `AbortError`), at once, also while waiting to retry. The host's headers are read for every attempt, so a
 * token refreshed between attempts is the one sent.
 */
export async function sendWithRetries(
  settings: HttpRequestSettings,
  request: {
    readonly method: "GET" | "PUT";
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
  },
  signal: AbortSignal | undefined,
): Promise<HttpAnswer> {
  const attempts = settings.retries + 1;
  for (let attemptNumber = 1; ; attemptNumber++) {
    throwIfAborted(signal);
    const headers = await requestHeaders(settings, request.headers);
    const init = request.body === undefined ? { method: request.method, headers } : { ...request, headers };
    const outcome = await attempt(settings, init, signal);
    if (outcome.kind === "answer" && !isRetryableStatus(outcome.status)) {
      return { status: outcome.status, headers: outcome.headers, body: outcome.body, attempts: attemptNumber };
    }
    if (attemptNumber >= attempts) {
      const last = describeOutcome(outcome, settings.timeoutMs);
      throw new SystemledningError("unavailable", [
        createHttpStoreIssue("http_unavailable", { url: settings.url, method: request.method, attempts, last }),
      ]);
    }
    const asked = outcome.kind === "answer" ? retryAfterMs(outcome.headers.get("retry-after"), Date.now()) : null;
    // The server's own wait wins over a shorter backoff, within the same ceiling, so one answer cannot park the
    // store for an hour.
    const wait = Math.min(settings.maxRetryDelayMs, Math.max(backoffMs(attemptNumber, settings), asked ?? 0));
    await settings.delay(wait, signal);
  }
}
