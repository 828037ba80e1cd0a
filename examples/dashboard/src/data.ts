/**
 * Where the dashboard's workspace comes from: the Dalarna sample, passed through the same validating door
 * a host's stored document would (serialise, then `parseWorkspace`), so the demo shows the door at work.
 */
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";

/**
 * Load the Dalarna sample workspace as a host would load its stored JSON.
 *
 * @example
 * const workspace = loadSampleWorkspace();
 */
export function loadSampleWorkspace(): Workspace {
  const stored = serializeWorkspace(createDalarnaSampleWorkspace());
  return parseWorkspace(JSON.parse(stored));
}

/** The day the sample describes; the dashboard answers for it unless the URL asks for another. */
export const SAMPLE_AS_OF: string = DALARNA_SAMPLE_AS_OF;
