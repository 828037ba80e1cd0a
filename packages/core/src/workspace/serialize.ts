import { toCanonicalJson, type CanonicalJsonOptions } from "../io/canonical-json.js";
import type { Workspace } from "./schema.js";

/**
 * How the workspace is written: every `ext` untouched (the host's metadata, keys and strings exactly as given),
 * except where `ext` is a key of a record keyed by ids (a charter's or a response's answers, free texts, the
 * check-in interval per leadership, the meeting rules per forum), since an id may be "ext" and the value there
 * is the document's own text. tests/core/workspace/serialize.test.ts proves both.
 */
const WORKSPACE_JSON: CanonicalJsonOptions = {
  untouched: { key: "ext", exceptUnder: new Set(["answers", "freeTexts", "byLeadership", "forums"]) },
};

/**
 * Serialise a workspace deterministically: sorted keys, ISO-8601 dates, NFC strings (every `ext` untouched:
 * the host's own keys and strings exactly as given), two-space indent.
 * `serializeWorkspace(parseWorkspace(JSON.parse(serializeWorkspace(ws))))` gives the same bytes, and the door
 * accepts the text again: it measures every text's length in NFC, as it is written here.
 *
 * @example
 * await writeFile("dalarna.json", serializeWorkspace(ws));
 */
export function serializeWorkspace(ws: Workspace): string {
  return toCanonicalJson(ws, WORKSPACE_JSON);
}
