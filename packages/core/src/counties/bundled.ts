/**
 * The list of bundled counties: one entry per folder of `packages/core/counties/` (docs/decisions/0018). Adding a
 * county is adding its folder and one entry here; the tests, the dashboard's switch and Storybook's county switch
 * all iterate this list.
 *
 * The build inlines these JSON files (tsup.config.ts): `county.json` here, each `profile.json` and `sample.json`
 * in a chunk of its own that is fetched only when that county is loaded.
 */
import dalarna from "../../counties/dalarna/county.json";
import gavleborg from "../../counties/gavleborg/county.json";
import kalmar from "../../counties/kalmar/county.json";
import type { BundledCountySource } from "./types.js";

/** Every bundled county, in the order a picker shows them (the default first). */
export const BUNDLED_COUNTY_SOURCES: readonly BundledCountySource[] = [
  {
    county: dalarna,
    profile: () => import("../../counties/dalarna/profile.json"),
    sample: () => import("../../counties/dalarna/sample.json"),
  },
  {
    county: kalmar,
    profile: () => import("../../counties/kalmar/profile.json"),
    sample: () => import("../../counties/kalmar/sample.json"),
  },
  {
    county: gavleborg,
    profile: () => import("../../counties/gavleborg/profile.json"),
    sample: () => import("../../counties/gavleborg/sample.json"),
  },
];
