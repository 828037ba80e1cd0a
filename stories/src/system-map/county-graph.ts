/**
 * The graphs the system map's stories draw, built from whichever county the toolbar chose: its whole system, one local
 * leadership with its people, the hierarchy of that leadership's municipalities, or the system seen from the
 * profile's first citizen group. Every pick reads the workspace, never a county's ids.
 */
import { getSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { widestLocalLeadership } from "../county-picks.js";
import type { StoryCounty } from "../story-county.js";

/** What the map shows: a choice a person makes in the story's controls. */
export type CountyMapView = "system" | "leadership" | "hierarchy" | "perspective";

/** The Swedish words of each {@link CountyMapView}, for the control. */
export const COUNTY_MAP_VIEW_LABELS: Readonly<Record<CountyMapView, string>> = {
  system: "Hela systemet",
  leadership: "En lokal systemledning med personer",
  hierarchy: "Hierarkin i dess kommuner",
  perspective: "Ur en invånargrupps perspektiv",
};

/** The leadership a story looks closer at: the local one of the most municipalities, else the county's first. */
export function featuredLeadership(workspace: Workspace) {
  return widestLocalLeadership(workspace) ?? workspace.leaderships[0];
}

/** The municipality a reader of the story sits in: the featured leadership's first, with its organisation. */
export function featuredMunicipality(workspace: Workspace) {
  const code = featuredLeadership(workspace)?.municipalityCodes[0];
  const municipality = workspace.profile.municipalities.find((m) => m.code === code);
  const organisation = workspace.organisations.find((o) => o.kind === "municipality" && o.code === code);
  return municipality === undefined || organisation === undefined ? undefined : { municipality, organisation };
}

/** The county's graph in the chosen view, labelled in the chosen language. */
export function countyGraph(county: StoryCounty, view: CountyMapView, locale: "sv" | "en" = "sv"): SystemGraph {
  const { workspace, asOf } = county;
  const leadership = featuredLeadership(workspace);
  const base = { asOf, locale } as const;
  switch (view) {
    case "system":
      return getSystemGraph(workspace, { ...base, view: "system" });
    case "leadership":
      return getSystemGraph(workspace, {
        ...base,
        view: "system",
        leadershipIds: leadership === undefined ? [] : [leadership.id],
        includePeople: true,
      });
    case "hierarchy":
      return getSystemGraph(workspace, {
        ...base,
        view: "hierarchy",
        municipalityCodes: leadership?.municipalityCodes ?? [],
      });
    case "perspective": {
      const group = workspace.profile.systemMap?.citizenGroups[0];
      return group === undefined
        ? getSystemGraph(workspace, { ...base, view: "system" })
        : getSystemGraph(workspace, {
            ...base,
            view: "perspective",
            focus: `citizen-group:${group.id}`,
            maxDistance: 2,
          });
    }
  }
}
