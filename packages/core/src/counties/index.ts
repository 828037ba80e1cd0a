/**
 * `@systemledning/core/counties`: the counties bundled with the package, listed without their data, and loaded
 * one at a time through the validating door. A host shows {@link BUNDLED_COUNTIES} in a picker and loads the one
 * chosen with {@link loadBundledCounty}; the data of the others is never fetched. The same files are in the package
 * as JSON (`@systemledning/core/counties/<id>/profile.json`, `…/sample.json`) for a host that fetches them itself
 * (docs/decisions/0018).
 *
 * @example
 * import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
 * const county = await loadBundledCounty("kalmar");
 * if (county) render(county.workspace, county.county.sampleAsOf);
 * @module
 */
import { BUNDLED_COUNTY_SOURCES } from "./bundled.js";
import type { BundledCounty, CountyData } from "./types.js";

export type { BundledCounty, CountyData } from "./types.js";

/** The counties bundled with the package, in the order a picker shows them (the default first). */
export const BUNDLED_COUNTIES: readonly BundledCounty[] = BUNDLED_COUNTY_SOURCES.map((source) => source.county);

/** The county a host gets when it names none. */
export const DEFAULT_COUNTY_ID = "dalarna";

/**
 * Load a bundled county's profile and sample workspace from its JSON files, through the doors
 * (`safeParseProfile`, `parseWorkspace`). Resolves to `undefined` when no bundled county has that id; it never
 * rejects for a bundled county (tests/core/counties prove every one passes the door). The doors and the county's
 * files are imported only here, so listing the counties costs neither.
 *
 * @example
 * const county = await loadBundledCounty("dalarna");
 * county?.workspace.leaderships.length; // 14
 */
export async function loadBundledCounty(id: string): Promise<CountyData | undefined> {
  const source = BUNDLED_COUNTY_SOURCES.find((entry) => entry.county.id === id);
  if (source === undefined) return undefined;
  const [profileFile, sampleFile, profileDoor, workspaceDoor] = await Promise.all([
    source.profile(),
    source.sample(),
    import("../profile/parse.js"),
    import("../workspace/parse.js"),
  ]);
  // A JSON module is one shared object: the doors get copies, so no load shares anything with another.
  const profile = profileDoor.safeParseProfile(structuredClone(profileFile.default));
  if (!profile.success) throw profile.error;
  const workspace = workspaceDoor.parseWorkspace(structuredClone(sampleFile.default));
  return { county: source.county, profile: profile.data, workspace };
}
