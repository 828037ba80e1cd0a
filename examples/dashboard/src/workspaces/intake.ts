/**
 * Outside workspaces into the dashboard: a file the user picked or dropped, or the document at a `?workspace=`
 * address, read as JSON and passed through the core's door (`safeParseWorkspace`). Every refusal is a list of
 * issues with a path, a stable code and Swedish and English text, the door's own or the few this module adds for
 * what happens before the door (no JSON, no answer, a file that cannot be read).
 */
import { safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";

/** A reason a workspace was refused, as the page lists it. */
export interface IntakeIssue {
  /** Where in the document (`leaderships[2].id`); empty for the document or the address itself. */
  readonly path: string;
  /** Stable code: the door's (`invalid_type`, `unknown_reference`, …) or this module's (`invalid_json`, …). */
  readonly code: string;
  readonly message: { readonly sv: string; readonly en: string };
}

/** A workspace that passed the door, or the issues that stopped it. */
export type IntakeResult =
  | { readonly ok: true; readonly workspace: Workspace }
  | { readonly ok: false; readonly issues: readonly IntakeIssue[] };

const refused = (code: string, sv: string, en: string): IntakeResult => ({
  ok: false,
  issues: [{ path: "", code, message: { sv, en } }],
});

/**
 * Read a workspace document's text: JSON first (a byte-order mark from a Windows editor is allowed), then the door.
 *
 * @example
 * const result = readWorkspaceText(await file.text());
 * if (!result.ok) show(result.issues);
 */
export function readWorkspaceText(text: string): IntakeResult {
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    return refused(
      "invalid_json",
      `Texten är inte JSON (${what}). En arbetsyta sparas som en JSON-fil.`,
      `The text is not JSON (${what}). A workspace is saved as a JSON file.`,
    );
  }
  const parsed = safeParseWorkspace(document);
  if (parsed.success) return { ok: true, workspace: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message })),
  };
}

/** A file read through the door, with its text (the storage key is made from it: `fileChoice`). */
export type FileIntake = IntakeResult & { readonly text: string };

/** Read a file the user picked or dropped. */
export async function readWorkspaceFile(file: Pick<File, "text" | "name">): Promise<FileIntake> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    const failure = refused(
      "file_unreadable",
      `Filen ${file.name} gick inte att läsa.`,
      `The file ${file.name} could not be read.`,
    );
    return { ...failure, text: "" };
  }
  return { ...readWorkspaceText(text), text };
}

/** What a fetch of the address answers, as much of it as is read here. */
export type AddressFetch = (url: string) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}>;

/**
 * Fetch the workspace at `address` (relative to `base`, the page's own address) and pass it through the door.
 * Only http(s) is fetched; the server must be this page's origin or allow it (CORS), and the host page's Content
 * Security Policy must allow it in `connect-src`, or the browser refuses before any answer (`fetch_failed`).
 */
export async function fetchWorkspace(address: string, base: string, fetchAddress: AddressFetch): Promise<IntakeResult> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return refused("invalid_address", `${address} är ingen adress.`, `${address} is not an address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return refused(
      "invalid_address",
      `Bara http- och https-adresser hämtas, inte ${url.protocol}.`,
      `Only http and https addresses are fetched, not ${url.protocol}.`,
    );
  let answer: Awaited<ReturnType<AddressFetch>>;
  try {
    answer = await fetchAddress(url.href);
  } catch {
    return refused(
      "fetch_failed",
      `Ingen arbetsyta kunde hämtas från ${url.href}: adressen svarar inte, eller tillåter inte den här sidan (CORS, Content Security Policy).`,
      `No workspace could be fetched from ${url.href}: the address does not answer, or does not allow this page (CORS, Content Security Policy).`,
    );
  }
  if (!answer.ok)
    return refused(
      "http_status",
      `${url.href} svarade ${answer.status} i stället för en arbetsyta.`,
      `${url.href} answered ${answer.status} instead of a workspace.`,
    );
  return readWorkspaceText(await answer.text());
}
