/**
 * Which workspace the dashboard shows: a bundled county (`@systemledning/core/counties`), a file the user loaded,
 * or a document at an address (`?workspace=<address>`). Each choice has its own storage key, so what a user
 * entered in one is still there after switching to another and back; the choice itself is remembered in this
 * browser, so a reload opens the same workspace (docs/decisions/0019-dashboard-workspaces.md).
 */
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID } from "@systemledning/core/counties";

/** A workspace the dashboard can show. */
export type WorkspaceChoice =
  | { readonly kind: "county"; readonly id: string }
  /** A file read through the door; `key` tells one file's content from another's of the same name. */
  | { readonly kind: "file"; readonly name: string; readonly key: string }
  | { readonly kind: "address"; readonly address: string };

/** The default: the first bundled county a host gets when it names none. */
export const DEFAULT_CHOICE: WorkspaceChoice = { kind: "county", id: DEFAULT_COUNTY_ID };

/** Where the choice is remembered in `localStorage`. */
export const CHOICE_STORAGE_KEY = "systemledning-dashboard:workspace";

/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a text (an address, a file's content) in a storage
 * key. Not a security measure; two different files colliding would only share a stored copy.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let position = 0; position < text.length; position += 1) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The choice of a file: its name (as a key-safe slug) and the hash of its content, so loading the same file again
 * returns to the copy with the user's edits, and a changed file gets a copy of its own.
 *
 * @example
 * fileChoice("Gävleborg 2026.json", text).key; // "file:g-vleborg-2026.json-1a2b3c4d"
 */
export function fileChoice(name: string, content: string): WorkspaceChoice {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .slice(0, 80);
  return { kind: "file", name, key: `file:${slug}-${shortHash(content)}` };
}

/**
 * The key a choice is stored under: a county's id (so the reference server's `/workspaces/<county id>` stays the
 * county's document), `file:…` for a file, `address:<hash>` for an address. Every key matches the reference
 * server's workspace ids (`[A-Za-z0-9][A-Za-z0-9._:-]*`).
 */
export function storageKeyOf(choice: WorkspaceChoice): string {
  if (choice.kind === "county") return choice.id;
  if (choice.kind === "file") return choice.key;
  return `address:${shortHash(choice.address)}`;
}

/** Whether two choices name the same workspace. */
export function sameChoice(a: WorkspaceChoice, b: WorkspaceChoice): boolean {
  return storageKeyOf(a) === storageKeyOf(b);
}

/**
 * Read a remembered choice (the JSON `rememberChoice` wrote). Anything else, including a county that is no longer
 * bundled, is `null`: the caller falls back to {@link DEFAULT_CHOICE}.
 */
export function parseRememberedChoice(text: string | null): WorkspaceChoice | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.kind === "county" && typeof record.id === "string")
    return BUNDLED_COUNTIES.some((county) => county.id === record.id) ? { kind: "county", id: record.id } : null;
  if (record.kind === "file" && typeof record.name === "string" && typeof record.key === "string")
    return record.key.startsWith("file:") ? { kind: "file", name: record.name, key: record.key } : null;
  if (record.kind === "address" && typeof record.address === "string")
    return { kind: "address", address: record.address };
  return null;
}

/** The choice this browser remembers, or `null`. Storage that cannot be read (a private window) remembers none. */
export function readRememberedChoice(storage: Pick<Storage, "getItem"> | undefined): WorkspaceChoice | null {
  try {
    return parseRememberedChoice(storage?.getItem(CHOICE_STORAGE_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Remember a choice for the next visit; storage that refuses (full, private) only loses the memory. */
export function rememberChoice(storage: Pick<Storage, "setItem"> | undefined, choice: WorkspaceChoice): void {
  try {
    storage?.setItem(CHOICE_STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Nothing to do: the dashboard opens the default next time.
  }
}
