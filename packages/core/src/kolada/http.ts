/**
 * One GET to Kolada with a timeout, the caller's abort signal and retries, and the walk over `next_url`
 * pages. The network is reached only through the `fetch` the host passed; nothing here runs on import.
 */
import type * as z from "zod";
import { createIssue, issueWithMessage } from "../common/issues.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import { KoladaError } from "./errors.js";
import { abortableDelay } from "../common/abortable-delay.js";

/** What the adapter reads of an answer: the status and the body as text. The platform's `Response` fits. */
export interface KoladaFetchResponse {
  readonly status: number;
  text(): Promise<string>;
}

/** What the adapter passes to `fetch`. */
export interface KoladaFetchInit {
  readonly method: "GET";
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
}

/**
 * The `fetch` the host passes in: the platform's `fetch` fits, and so does any function of the same shape
 * (a proxy through the intranet, a cache, a recorded answer in a test).
 */
export type KoladaFetch = (url: string, init: KoladaFetchInit) => Promise<KoladaFetchResponse>;

/** Wait `ms` milliseconds before a retry; resolve early when `signal` aborts. Injectable for tests. */
export type KoladaDelay = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/** Settings of one request. */
export interface RequestSettings {
  readonly fetch: KoladaFetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly delay: KoladaDelay;
  readonly signals: readonly (AbortSignal | undefined)[];
}

/** The longest wait between two attempts, however many retries were asked for. */
const MAX_RETRY_DELAY_MS = 30_000;

/** The default delay: a timer that ends early when the signal aborts (the one in `common/`). */
export const defaultDelay: KoladaDelay = abortableDelay;

/** One signal that aborts when any of `signals` does (AbortSignal.any is not in every browser we support). */
function combineSignals(signals: readonly (AbortSignal | undefined)[]): {
  signal: AbortSignal | undefined;
  release: () => void;
} {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return { signal: present[0], release: () => undefined };
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  for (const s of present) {
    if (s.aborted) controller.abort();
    else s.addEventListener("abort", abort, { once: true });
  }
  return { signal: controller.signal, release: () => present.forEach((s) => s.removeEventListener("abort", abort)) };
}

type AttemptOutcome =
  { kind: "answer"; status: number; body: string } | { kind: "timeout" } | { kind: "network"; error: unknown };

/** One attempt: `fetch` and read the body, both under the timeout and the caller's signal. */
async function attempt(
  url: string,
  settings: RequestSettings,
  callerSignal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  try {
    const response = await settings.fetch(url, {
      method: "GET",
      headers: { accept: "application/json" },
      signal: controller.signal,
    });
    const body = await response.text();
    return { kind: "answer", status: response.status, body };
  } catch (error) {
    if (callerSignal?.aborted) throw new KoladaError({ reason: "aborted", url, cause: error });
    return timedOut ? { kind: "timeout" } : { kind: "network", error };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * GET `url` and parse its JSON. Retries with exponential backoff on 5xx, timeouts and network errors, never
 * on 4xx (asking again cannot mend a wrong request) and never after the caller aborts.
 */
export async function getJson(url: string, settings: RequestSettings): Promise<unknown> {
  const { signal, release } = combineSignals(settings.signals);
  try {
    const totalAttempts = settings.retries + 1;
    for (let attemptNumber = 1; ; attemptNumber++) {
      if (signal?.aborted) throw new KoladaError({ reason: "aborted", url, attempts: attemptNumber - 1 });
      const outcome = await attempt(url, settings, signal);
      const isLast = attemptNumber >= totalAttempts;
      if (outcome.kind === "answer" && outcome.status >= 200 && outcome.status < 300)
        return parseJson(url, outcome.body);
      if (outcome.kind === "answer" && (outcome.status < 500 || isLast)) {
        throw new KoladaError({ reason: "http-status", url, status: outcome.status, attempts: attemptNumber });
      }
      if (isLast && outcome.kind === "timeout")
        throw new KoladaError({ reason: "timeout", url, attempts: attemptNumber, timeoutMs: settings.timeoutMs });
      if (isLast && outcome.kind === "network") {
        throw new KoladaError({
          reason: "network",
          url,
          attempts: attemptNumber,
          detail: describe(outcome.error),
          cause: outcome.error,
        });
      }
      await settings.delay(Math.min(MAX_RETRY_DELAY_MS, settings.retryDelayMs * 2 ** (attemptNumber - 1)), signal);
    }
  } finally {
    release();
  }
}

function parseJson(url: string, body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KoladaError({
      reason: "malformed-response",
      url,
      issues: [createIssue([], "invalid_json", { reason })],
      cause: error,
    });
  }
}

/** Parse `json` with `schema`, or throw a malformed-response error with every issue and its path. */
export function parseAnswer<TSchema extends z.ZodType>(url: string, json: unknown, schema: TSchema): z.infer<TSchema> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new KoladaError({ reason: "malformed-response", url, issues: fromZodIssues(parsed.error.issues, json) });
}

/** A page of a list answer. */
interface Page<TItem> {
  readonly values: readonly TItem[];
  readonly next_url?: string | null | undefined;
}

/**
 * GET `firstUrl` and every page after it by `next_url`, validating each page with `schema`. A `next_url`
 * outside `baseUrl` is refused (the adapter talks to Kolada only), and so is one that was already visited.
 */
export async function getAllPages<TItem>(
  firstUrl: string,
  baseUrl: string,
  schema: z.ZodType<Page<TItem>>,
  settings: RequestSettings,
): Promise<TItem[]> {
  const items: TItem[] = [];
  const visited = new Set<string>();
  let url: string | undefined = firstUrl;
  while (url !== undefined) {
    visited.add(url);
    const page: Page<TItem> = parseAnswer(url, await getJson(url, settings), schema);
    items.push(...page.values);
    const next = page.next_url ?? undefined;
    if (next !== undefined && (!next.startsWith(`${baseUrl}/`) || visited.has(next))) {
      const en = visited.has(next) ? "points back to a page already read" : `leaves ${baseUrl}`;
      const sv = visited.has(next) ? "pekar tillbaka på en sida som redan lästs" : `leder utanför ${baseUrl}`;
      throw new KoladaError({
        reason: "malformed-response",
        url,
        issues: [
          issueWithMessage(
            ["next_url"],
            "invalid_value",
            { sv: `Nästa sida (${next}) ${sv}.`, en: `The next page (${next}) ${en}.` },
            { value: next },
          ),
        ],
      });
    }
    url = next;
  }
  return items;
}
