/**
 * A made-up workspace for the structure stories: Dalarna with one more local leadership that has nothing yet (no
 * forum, no member, no charter). The stories that use it are tagged "county-independent".
 */
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { loadSample } from "../sample.js";

/** The id of the empty leadership in {@link loadSampleWithEmptyLeadership}. */
export const EMPTY_LEADERSHIP_ID = "ls-ny";

/** Dalarna with a new local leadership that has no forum, no member and no charter yet. */
export function loadSampleWithEmptyLeadership(): Workspace {
  const sample = loadSample();
  const regional = sample.leaderships.find((l) => l.level === "regional");
  const empty = {
    id: EMPTY_LEADERSHIP_ID,
    name: "Lokal systemledning under uppbyggnad",
    level: "local" as const,
    regionCode: regional?.regionCode ?? "20",
    municipalityCodes: [],
  };
  return parseWorkspace(JSON.parse(serializeWorkspace({ ...sample, leaderships: [...sample.leaderships, empty] })));
}
