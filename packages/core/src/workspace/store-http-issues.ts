/**
 * Codes and messages of the HTTP store's failures (`createHttpStore`): the server could not be reached, refused
 * who we are, or answered something the store cannot use. The door's own codes (a refused document) are in
 * `issues.ts`; these say what went wrong on the way, in Swedish and English, with what to do about it.
 */
import { issueWithMessage, type BilingualMessage, type IssueParams, type ValidationIssue } from "../common/issues.js";

/** Stable codes of the HTTP store's failures. Hosts may switch on them. */
export type HttpStoreIssueCode =
  /** No usable answer after every attempt (network error, timeout, 5xx, 408 or 429). */
  | "http_unavailable"
  /** 401 or 403: the host's credentials (a token, a cookie, a request digest) were missing or refused. */
  | "http_unauthorized"
  /** 428: the server (or a proxy) did not see the `If-Match` the store sent. */
  | "http_precondition_required"
  /** Any other status the store cannot act on (400, 404 on a save, 405, 413, …). */
  | "http_refused"
  /** An answer the store cannot read: no ETag, or a 422 whose body is not a list of issues. */
  | "http_malformed_answer";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the HTTP store. */
export const HTTP_STORE_ISSUE_MESSAGES: Readonly<Record<HttpStoreIssueCode, (p: IssueParams) => BilingualMessage>> = {
  http_unavailable: (p) => ({
    sv: `Arbetsdokumentet på ${str(p.url)} kunde inte nås efter ${str(p.attempts)} försök (senast: ${str(p.last)}). Försök ${p.method === "PUT" ? "spara" : "läsa in"} igen om en stund.`,
    en: `The workspace at ${str(p.url)} could not be reached after ${str(p.attempts)} attempts (last: ${str(p.last)}). Try the ${p.method === "PUT" ? "save" : "load"} again in a while.`,
  }),
  http_unauthorized: (p) => ({
    sv: `Servern nekade åtkomst till ${str(p.url)} (${str(p.status)}): inloggningen saknas, har gått ut eller ger inte rätt att ${p.method === "PUT" ? "spara" : "läsa"}. Logga in igen eller kontrollera behörigheten (token, cookie eller X-RequestDigest i headers).`,
    en: `The server refused access to ${str(p.url)} (${str(p.status)}): the authentication is missing, has expired or does not allow to ${p.method === "PUT" ? "save" : "read"}. Sign in again or check the permissions (the token, cookie or X-RequestDigest in headers).`,
  }),
  http_precondition_required: (p) => ({
    sv: `Servern kräver If-Match för att spara på ${str(p.url)} (428), men fick det inte. En proxy tar troligen bort huvudet; inget sparades.`,
    en: `The server requires If-Match to save to ${str(p.url)} (428) but did not receive it. A proxy probably strips the header; nothing was saved.`,
  }),
  http_refused: (p) => ({
    sv: `Servern svarade ${str(p.status)} på ${str(p.method)} ${str(p.url)}. Kontrollera adressen (url) och att servern tar emot arbetsdokument där.`,
    en: `The server answered ${str(p.status)} to ${str(p.method)} ${str(p.url)}. Check the address (url) and that the server keeps workspaces there.`,
  }),
  http_malformed_answer: (p) => ({
    sv: `Svaret från ${str(p.url)} (${str(p.status)}) går inte att använda: ${str(p.detailSv)}`,
    en: `The answer from ${str(p.url)} (${str(p.status)}) cannot be used: ${str(p.detailEn)}`,
  }),
};

/** Build an issue of the HTTP store about the whole request (its path is empty: it is about no field). */
export function createHttpStoreIssue(
  code: HttpStoreIssueCode,
  params: IssueParams,
): ValidationIssue<HttpStoreIssueCode> {
  return issueWithMessage([], code, HTTP_STORE_ISSUE_MESSAGES[code](params), params);
}
