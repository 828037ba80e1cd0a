/**
 * The shapes of `@systemledning/core/counties`, apart from the list so that `bundled.ts` (data) and `index.ts`
 * (the loader) can both name them.
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

/** A JSON module as `import()` resolves it: the parsed file is its default export. */
export interface JsonModule {
  readonly default: unknown;
}

/**
 * One bundled county: its `county.json`, imported with the list, and its `profile.json` and `sample.json`, imported
 * only when the county is loaded (a bundler makes each a chunk of its own, so a page pays for the county it shows).
 */
export interface BundledCountySource {
  readonly county: BundledCounty;
  readonly profile: () => Promise<JsonModule>;
  readonly sample: () => Promise<JsonModule>;
}
