/**
 * `@systemledning/core/counties`: the counties bundled with the package, listed without their data, and loaded
 * one at a time through the validating door. A host shows {@link BUNDLED_COUNTIES} in a picker and loads the one
 * chosen with {@link loadBundledCounty}; the data of the others is never fetched.
 *
 * @example
 * import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
 * const county = await loadBundledCounty("kalmar");
 * if (county) render(county.workspace, county.county.sampleAsOf);
 * @module
 */
import type { Profile } from "../profile/schema.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";

/** A bundled county as a picker lists it: what it is called and the day its sample describes. */
export interface BundledCounty {
  /** The county's id, the same as its profile's `id` ("dalarna"). */
  readonly id: string;
  /** The county's name as a reader knows it ("Region Dalarna"), in Swedish and English. */
  readonly name: LocalizedText;
  /** The region's code in Kolada ("0020"). */
  readonly regionCode: string;
  /** The day the sample workspace is written for (ISO date): answers about it are evaluated on this day. */
  readonly sampleAsOf: string;
}

/** A loaded county: its entry, its profile and its sample workspace, both through the door. */
export interface CountyData {
  readonly county: BundledCounty;
  readonly profile: Profile;
  /** A new, independent workspace on every load: changing it never changes the next one loaded. */
  readonly workspace: Workspace;
}

/** The counties bundled with the package, in the order a picker shows them (the default first). */
export const BUNDLED_COUNTIES: readonly BundledCounty[] = [
  {
    id: "dalarna",
    name: { sv: "Region Dalarna", en: "Region Dalarna" },
    regionCode: "0020",
    sampleAsOf: "2026-05-13",
  },
  {
    id: "kalmar",
    name: { sv: "Region Kalmar län", en: "Region Kalmar County" },
    regionCode: "0008",
    sampleAsOf: "2022-01-28",
  },
];

/** The county a host gets when it names none. */
export const DEFAULT_COUNTY_ID = "dalarna";

// SKELETON: the loaders below call the TypeScript builders until the counties are JSON (issue 19, part 1).
const loaders: Readonly<Record<string, () => Promise<{ profile: Profile; workspace: Workspace }>>> = {
  dalarna: async () => {
    const m = await import("../profiles/dalarna/index.js");
    return { profile: m.dalarnaProfile, workspace: m.createDalarnaSampleWorkspace() };
  },
  kalmar: async () => {
    const m = await import("../profiles/kalmar/index.js");
    return { profile: m.kalmarProfile, workspace: m.createKalmarSampleWorkspace() };
  },
};

/**
 * Load a bundled county's profile and sample workspace. Resolves to `undefined` when no bundled county has
 * that id; it never rejects for a bundled county (tests/core/counties prove every one passes the door).
 *
 * @example
 * const county = await loadBundledCounty("dalarna");
 * county?.workspace.leaderships.length; // 14
 */
export async function loadBundledCounty(id: string): Promise<CountyData | undefined> {
  const county = BUNDLED_COUNTIES.find((entry) => entry.id === id);
  const load = loaders[id];
  if (!county || !load) return undefined;
  const { profile, workspace } = await load();
  return { county, profile, workspace };
}
