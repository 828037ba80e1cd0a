import { toCanonicalJson } from "../io/canonical-json.js";
import type { Workspace } from "./schema.js";

/**
 * Serialise a workspace deterministically: sorted keys, ISO-8601 dates, NFC strings, two-space indent.
 * `serializeWorkspace(parseWorkspace(JSON.parse(serializeWorkspace(ws))))` gives the same bytes.
 *
 * @example
 * await writeFile("dalarna.json", serializeWorkspace(ws));
 */
export function serializeWorkspace(ws: Workspace): string {
  return toCanonicalJson(ws);
}
