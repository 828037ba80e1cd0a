/**
 * What the system map page offers, read from the workspace rather than written for one county: the municipalities
 * whose hierarchy the workspace holds, the citizen group the perspective starts from, and who a reader can be
 * ("Visa mig på kartan"). The `?jag=` value of a link (`#/systemkarta?jag=organisation:<id>`) is read and
 * written here too, so the page and its tests share one spelling.
 */
import type { SystemMapReader } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";

/**
 * The codes of the municipalities that have a body in the workspace (an organisation with a `parentId` whose
 * topmost ancestor is a municipality with a code): the hierarchy view has something to show only for them.
 * By name (Swedish order), as the view's title names them.
 *
 * @example
 * hierarchyMunicipalities(workspace).map((m) => m.code); // the codes of the municipalities with a hierarchy
 */
export function hierarchyMunicipalities(workspace: Workspace): { readonly code: string; readonly name: string }[] {
  const byId = new Map(workspace.organisations.map((organisation) => [organisation.id, organisation]));
  const codes = new Set<string>();
  for (const body of workspace.organisations) {
    if (body.parentId === undefined) continue;
    let top = body;
    // A parent chain is short (council → committee → administration → operation); the guard stops a broken cycle.
    for (let steps = 0; top.parentId !== undefined && steps < workspace.organisations.length; steps += 1) {
      const parent = byId.get(top.parentId);
      if (parent === undefined) break;
      top = parent;
    }
    if (top.kind === "municipality" && top.code !== undefined) codes.add(top.code);
  }
  return workspace.profile.municipalities
    .filter((municipality) => codes.has(municipality.code))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** The node id of the first citizen group of the profile's system map part (the perspective's start), or null. */
export function firstCitizenGroupNode(workspace: Workspace): string | null {
  const group = workspace.profile.systemMap?.citizenGroups[0];
  return group === undefined ? null : `citizen-group:${group.id}`;
}

/** One entry of the reader choice: the value kept in the address, and the words shown. */
export interface ReaderChoice {
  readonly value: string;
  readonly label: string;
}

/** The reader choice's entries: the workspace's organisations, then its people, each sorted by name (Swedish order). */
export function readerChoices(workspace: Workspace): {
  readonly organisations: ReaderChoice[];
  readonly people: ReaderChoice[];
} {
  const byName = (a: ReaderChoice, b: ReaderChoice) => a.label.localeCompare(b.label, "sv");
  return {
    organisations: workspace.organisations
      .map((organisation) => ({ value: `organisation:${organisation.id}`, label: organisation.name }))
      .sort(byName),
    people: workspace.people
      .map((person) => ({
        value: `person:${person.id}`,
        label: person.title === undefined ? person.name : `${person.name}, ${person.title}`,
      }))
      .sort(byName),
  };
}

/** The reader (the `reader` prop of `SystemMap`) a `?jag=` value names (`organisation:<id>` or `person:<id>`), or null. */
export function readerOf(value: string | null): SystemMapReader | null {
  if (value === null) return null;
  const colon = value.indexOf(":");
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (colon < 0 || id === "") return null;
  if (kind === "organisation") return { organisationId: id };
  if (kind === "person") return { personId: id };
  return null;
}
