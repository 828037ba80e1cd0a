/**
 * Where the reader stands on the map ("Här finns jag", the ring of the workshop in *Att leda hela systemet*):
 * the part that stands for a person or an organisation, so the map can ring it and open its group.
 */
import { isMembershipActive } from "../structure/queries.js";
import type { Membership } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import type { SystemGraph } from "./model.js";

/** Who reads the map: a person of the workspace, or an organisation. */
export type SystemMapReader = { readonly personId: string } | { readonly organisationId: string };

/**
 * A person's seats, the ones active on `asOf` first (a seat held today says more about where one stands than
 * one held last year), otherwise in the workspace's order.
 */
function seatsOf(ws: Workspace, personId: string, asOf: string | undefined): Membership[] {
  const seats = ws.memberships.filter((membership) => membership.personId === personId);
  if (asOf === undefined) return seats;
  const active = seats.filter((membership) => isMembershipActive(membership, asOf));
  return [...active, ...seats.filter((membership) => !isMembershipActive(membership, asOf))];
}

/**
 * The node that stands for the reader: for a person, `person:<id>` when the map draws people; else the
 * organisation they represent in a seat (seats active on the graph's day first); else a forum they sit in — the
 * last two need the `workspace`, since a graph without people does not say who sits where. For an organisation,
 * `organisation:<id>`. `null` when none of these is on the map, or the reader names no one. Never throws.
 *
 * @example
 * findReaderNode(graph, { personId: "p-falun-soc" }, ws); // "organisation:org-falun" (people not drawn)
 * findReaderNode(graph, { organisationId: "org-mora" }); // "organisation:org-mora"
 */
export function findReaderNode(graph: SystemGraph, reader: SystemMapReader, workspace?: Workspace): string | null {
  const onMap = new Set(graph.nodes.map((node) => node.id));
  const found = (id: string): string | null => (onMap.has(id) ? id : null);
  if (reader === null || typeof reader !== "object") return null;
  if ("organisationId" in reader && typeof reader.organisationId === "string")
    return found(`organisation:${reader.organisationId}`);
  if (!("personId" in reader) || typeof reader.personId !== "string") return null;
  const person = found(`person:${reader.personId}`);
  if (person !== null || workspace === undefined) return person;
  const seats = seatsOf(workspace, reader.personId, graph.asOf);
  for (const seat of seats) {
    const organisation = found(`organisation:${seat.organisationId}`);
    if (organisation !== null) return organisation;
  }
  for (const seat of seats) {
    const forum = found(`forum:${seat.forumId}`);
    if (forum !== null) return forum;
  }
  return null;
}
