/**
 * Workspaces for the structure overview's stories besides the Dalarna sample: Kalmar's sample through the door,
 * and Dalarna with one more local leadership that has nothing yet (no forum, no member, no charter).
 */
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { loadSample } from "../sample.js";

/** The day Kalmar's sample describes. */
export const KALMAR_AS_OF: string = KALMAR_SAMPLE_AS_OF;

/** Kalmar's sample workspace, through the validating door: one regional leadership, two forums. */
export function loadKalmarSample(): Workspace {
  return parseWorkspace(JSON.parse(serializeWorkspace(createKalmarSampleWorkspace())));
}

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
