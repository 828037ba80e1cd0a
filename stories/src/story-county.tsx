/**
 * The county every story draws: the toolbar's "Län" switch (the `county` global) chooses a bundled county, the
 * preview's loader loads it once through the validating door, and a story reads it with {@link useStoryCounty}.
 */
import { createContext, useContext } from "react";
import { DEFAULT_COUNTY_ID, loadBundledCounty, type CountyData } from "@systemledning/core/counties";
import { parseWorkspace, serializeWorkspace } from "@systemledning/core/workspace";

/** A county as the stories use it: its entry, profile and sample workspace (through the door), and its day. */
export interface StoryCounty extends CountyData {
  /** The day the county's sample describes: stories evaluate on it, so they never change with the calendar. */
  readonly asOf: string;
}

const cache = new Map<string, Promise<StoryCounty>>();

/**
 * Load a bundled county for the stories, once per id, as a host would load its stored JSON (serialise, then
 * `parseWorkspace`). An unknown id falls back to the default county, so a stale address still shows a story.
 */
export function loadStoryCounty(id: string | undefined): Promise<StoryCounty> {
  const wanted = id ?? DEFAULT_COUNTY_ID;
  let loading = cache.get(wanted);
  if (!loading) {
    loading = (async () => {
      const county = (await loadBundledCounty(wanted)) ?? (await loadBundledCounty(DEFAULT_COUNTY_ID));
      if (!county) throw new Error(`The default county "${DEFAULT_COUNTY_ID}" is not bundled.`);
      const workspace = parseWorkspace(JSON.parse(serializeWorkspace(county.workspace)));
      return { ...county, workspace, asOf: county.county.sampleAsOf };
    })();
    cache.set(wanted, loading);
  }
  return loading;
}

/** @internal The preview's decorator provides the loaded county here. */
export const StoryCountyContext = createContext<StoryCounty | null>(null);

/**
 * The county the toolbar chose, inside a story's `render`.
 *
 * @example
 * render: (args) => <StructureOverview workspace={useStoryCounty().workspace} {...args} />
 */
export function useStoryCounty(): StoryCounty {
  const county = useContext(StoryCountyContext);
  if (!county) throw new Error("useStoryCounty() needs the preview's county loader (stories/.storybook/preview.tsx).");
  return county;
}
