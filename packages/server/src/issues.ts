/**
 * The reference server's own issue codes, each with a Swedish and an English message, in the same shape as
 * the core's issues (`ValidationIssue`), so a client shows a refusal by the server as it shows the door's.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type ValidationIssue,
} from "@systemledning/core/workspace";

/** Codes of the server's refusals (the door's own codes come from the core). */
export type ServerIssueCode =
  | "not_found"
  | "workspace_not_found"
  | "revision_not_found"
  | "invalid_workspace_id"
  | "method_not_allowed"
  | "precondition_required"
  | "revision_conflict"
  | "body_too_large"
  | "unavailable"
  | "internal_error";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code. */
export const SERVER_ISSUE_MESSAGES: Readonly<Record<ServerIssueCode, (p: IssueParams) => BilingualMessage>> = {
  not_found: (p) => ({
    sv: `Adressen ${str(p.path)} finns inte. Servern svarar på /workspaces/{id}, /workspaces/{id}/revisions och /workspaces/{id}/revisions/{version}.`,
    en: `There is nothing at ${str(p.path)}. The server answers /workspaces/{id}, /workspaces/{id}/revisions and /workspaces/{id}/revisions/{revision}.`,
  }),
  workspace_not_found: (p) => ({
    sv: `Arbetsytan "${str(p.id)}" finns inte. Skapa den med PUT och If-None-Match: *.`,
    en: `The workspace "${str(p.id)}" does not exist. Create it with PUT and If-None-Match: *.`,
  }),
  revision_not_found: (p) => ({
    sv: `Arbetsytan "${str(p.id)}" har ingen version ${str(p.revision)}.`,
    en: `The workspace "${str(p.id)}" has no revision ${str(p.revision)}.`,
  }),
  invalid_workspace_id: () => ({
    sv: "Ogiltigt id för arbetsytan: 1–128 tecken, bokstäver a–z, siffror och . _ : -, och det första tecknet en bokstav eller siffra.",
    en: "Invalid workspace id: 1–128 characters of letters a–z, digits and . _ : -, starting with a letter or digit.",
  }),
  method_not_allowed: (p) => ({
    sv: `Metoden ${str(p.method)} går inte här. Tillåtna: ${str(p.allowed)}.`,
    en: `The method ${str(p.method)} is not allowed here. Allowed: ${str(p.allowed)}.`,
  }),
  precondition_required: () => ({
    sv: "En ändring måste säga vilken version den bygger på: skicka If-Match med den ETag som hämtningen gav, eller If-None-Match: * för att skapa en ny arbetsyta. Utan den skulle en sparning kunna skriva över andras.",
    en: "A change must say which revision it is based on: send If-Match with the ETag the load gave, or If-None-Match: * to create a new workspace. Without it a save could overwrite what others saved.",
  }),
  revision_conflict: (p) => ({
    sv: `Någon annan har sparat under tiden: ändringen bygger på version ${str(p.base)}, men den senaste är ${str(p.current)}. Läs in den senaste och gör ändringen igen.`,
    en: `Someone else saved in the meantime: the change is based on revision ${str(p.base)}, but the latest is ${str(p.current)}. Load the latest and make the change again.`,
  }),
  body_too_large: (p) => ({
    sv: `Dokumentet är för stort: högst ${str(p.maximum)} byte tas emot.`,
    en: `The document is too large: at most ${str(p.maximum)} bytes are accepted.`,
  }),
  unavailable: () => ({
    sv: "Databasen svarar inte just nu. Försök igen om en stund; inget har sparats.",
    en: "The database is not answering right now. Try again shortly; nothing was saved.",
  }),
  internal_error: () => ({
    sv: "Ett fel uppstod i servern; inget har sparats. Försök igen, och meddela förvaltaren om det upprepas.",
    en: "The server failed; nothing was saved. Try again, and tell the administrator if it happens again.",
  }),
};

/**
 * Build an issue of the server's own.
 *
 * @example
 * createServerIssue([], "workspace_not_found", { id: "dalarna" })
 */
export function createServerIssue(
  pathSegments: readonly (string | number)[],
  code: ServerIssueCode,
  params: IssueParams = {},
): ValidationIssue<ServerIssueCode> {
  return issueWithMessage(pathSegments, code, SERVER_ISSUE_MESSAGES[code](params), params);
}
