/**
 * The one error of the Kolada adapter: why a request failed, in Swedish and English, with the address and,
 * for a malformed answer, every issue with its exact path in the answer.
 */
import type { BilingualMessage, ValidationIssue } from "../common/issues.js";

const KOLADA_ERROR_BRAND = Symbol.for("systemledning.koladaError");

/** Why a Kolada request failed. */
export type KoladaErrorReason =
  /** Kolada answered 4xx (never retried) or, after every retry, 5xx. */
  | "http-status"
  /** The answer is not JSON, or not in the shape Kolada documents: see `issues`. */
  | "malformed-response"
  /** No answer within the timeout, after every retry. */
  | "timeout"
  /** The caller's signal aborted the request. */
  | "aborted"
  /** The network failed (no connection, DNS, TLS), after every retry. */
  | "network"
  /** The request itself is invalid (an empty id list, an id that cannot be part of an address). */
  | "invalid-request";

/** What the message of a {@link KoladaError} is built from. */
export interface KoladaErrorDetails {
  readonly reason: KoladaErrorReason;
  /** The address asked for (the last one, when pages were followed). */
  readonly url: string;
  /** The HTTP status, when Kolada answered. */
  readonly status?: number;
  /** How many times the address was tried. */
  readonly attempts?: number;
  /** The timeout that ran out, in milliseconds. */
  readonly timeoutMs?: number;
  /** The issues of a malformed answer, each with its path in the answer. */
  readonly issues?: readonly ValidationIssue[];
  /** The network error or the invalid input, in words. */
  readonly detail?: string;
  /** The underlying error. */
  readonly cause?: unknown;
}

function messageFor(details: KoladaErrorDetails): BilingualMessage {
  const { reason, url, status, attempts = 1, timeoutMs, issues = [], detail = "" } = details;
  const tries = {
    sv: attempts > 1 ? ` efter ${attempts} försök` : "",
    en: attempts > 1 ? ` after ${attempts} attempts` : "",
  };
  switch (reason) {
    case "http-status":
      return status !== undefined && status >= 400 && status < 500
        ? {
            sv: `Kolada svarade ${status} på ${url}. Frågan är felaktig eller avser något som inte finns: kontrollera nyckeltalets id, kommunkoderna och åren.`,
            en: `Kolada answered ${status} to ${url}. The request is wrong or asks for something that does not exist: check the KPI id, the municipality codes and the years.`,
          }
        : {
            sv: `Kolada svarade ${String(status)} på ${url}${tries.sv}. Tjänsten har problem just nu; försök igen senare.`,
            en: `Kolada answered ${String(status)} to ${url}${tries.en}. The service is having trouble; try again later.`,
          };
    case "malformed-response": {
      const first = issues[0];
      const where = first === undefined ? "" : ` (${first.path || "svaret"}: ${first.message.sv})`;
      const whereEn = first === undefined ? "" : ` (${first.path || "the answer"}: ${first.message.en})`;
      return {
        sv: `Svaret från Kolada på ${url} har inte det väntade formatet${where}. Inga värden har lästs in; kontrollera adressen (baseUrl) eller om Koladas API har ändrats.`,
        en: `The answer from Kolada to ${url} is not in the expected shape${whereEn}. No values were read; check the address (baseUrl) or whether the Kolada API has changed.`,
      };
    }
    case "timeout":
      return {
        sv: `Kolada svarade inte inom ${String(timeoutMs)} ms på ${url}${tries.sv}. Försök igen senare eller ge en längre tidsgräns (timeoutMs).`,
        en: `Kolada did not answer within ${String(timeoutMs)} ms to ${url}${tries.en}. Try again later or give a longer timeout (timeoutMs).`,
      };
    case "aborted":
      return { sv: `Hämtningen från Kolada (${url}) avbröts.`, en: `The request to Kolada (${url}) was aborted.` };
    case "network":
      return {
        sv: `Kolada kunde inte nås (${url})${tries.sv}: ${detail}. Kontrollera nätverket och att adressen är tillåten.`,
        en: `Kolada could not be reached (${url})${tries.en}: ${detail}. Check the network and that the address is allowed.`,
      };
    case "invalid-request":
      return { sv: `Ogiltig fråga till Kolada: ${detail}`, en: `Invalid request to Kolada: ${detail}` };
  }
}

/**
 * A failed Kolada request. `message` is English, `messageSv` Swedish; `reason` says why; a malformed answer
 * carries its `issues` with exact paths (`values[3].values[0].gender`). Test for it with {@link isKoladaError}.
 *
 * @example
 * try { await kolada.getData(query) } catch (e) {
 *   if (isKoladaError(e) && e.reason === "malformed-response") console.log(e.issues[0]?.path);
 * }
 */
export class KoladaError extends Error {
  /** Why it failed. */
  readonly reason: KoladaErrorReason;
  /** The address asked for. */
  readonly url: string;
  /** The HTTP status, or null when Kolada never answered. */
  readonly status: number | null;
  /** How many times the address was tried. */
  readonly attempts: number;
  /** Issues of a malformed answer, with their paths in the answer; empty otherwise. */
  readonly issues: readonly ValidationIssue[];
  /** The message in Swedish. */
  readonly messageSv: string;
  readonly [KOLADA_ERROR_BRAND] = true;

  constructor(details: KoladaErrorDetails) {
    const message = messageFor(details);
    super(message.en, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "KoladaError";
    this.reason = details.reason;
    this.url = details.url;
    this.status = details.status ?? null;
    this.attempts = details.attempts ?? 1;
    this.issues = details.issues ?? [];
    this.messageSv = message.sv;
  }
}

/** True when `value` is a {@link KoladaError}, also one from another copy of the package. */
export function isKoladaError(value: unknown): value is KoladaError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[KOLADA_ERROR_BRAND] === true;
}
