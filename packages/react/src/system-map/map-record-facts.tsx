/**
 * What the workspace says about a forum or a leadership on the map's day, in its details: for a forum its
 * members with their roles, organisations and sectors; for both, the representation of the sectors the
 * profile requires (the core's `getSectorCoverage`), with what is missing by name. Shown when the host gives
 * the map its workspace and the graph has a day (`getSystemGraph(ws, { asOf })`).
 */
import {
  getSectorCoverage,
  isMembershipActive,
  MEMBERSHIP_ROLE_NAMES,
  type StructureTarget,
} from "@systemledning/core/structure";
import type { SystemNode } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo } from "react";
import type { MapTools } from "./messages.js";

/** A forum with more members than this shows them folded. */
const MEMBERS_OPEN_UP_TO = 8;

/** Props of {@link MapRecordFacts}. */
export interface MapRecordFactsProps {
  readonly node: SystemNode;
  readonly workspace: Workspace;
  /** The day the graph answers for. */
  readonly asOf: string;
  readonly tools: MapTools;
}

/** A forum's members and a forum's or leadership's sector coverage, or nothing for other parts. */
export function MapRecordFacts({ node, workspace, asOf, tools }: MapRecordFactsProps) {
  const { t } = tools;
  const facts = useMemo(() => {
    const source = node.source;
    if (source === null) return null;
    let target: StructureTarget;
    if (source.collection === "forums" && workspace.forums.some((forum) => forum.id === source.id))
      target = { forumId: source.id };
    else if (
      source.collection === "leaderships" &&
      workspace.leaderships.some((leadership) => leadership.id === source.id)
    )
      target = { leadershipId: source.id };
    else return null;
    const coverage = getSectorCoverage(workspace, target, { asOf });
    const people = new Map(workspace.people.map((person) => [person.id, person.name]));
    const organisations = new Map(workspace.organisations.map((organisation) => [organisation.id, organisation.name]));
    const sectors = new Map(workspace.profile.sectors.map((sector) => [sector.id, sector.name]));
    const members =
      "forumId" in target
        ? workspace.memberships
            .filter((membership) => membership.forumId === source.id && isMembershipActive(membership, asOf))
            .map((membership) => ({
              id: membership.id,
              name: people.get(membership.personId) ?? membership.personId,
              roles: membership.roles.map((role) => tools.text(MEMBERSHIP_ROLE_NAMES[role])).join(", "),
              organisation: organisations.get(membership.organisationId) ?? membership.organisationId,
              sector: membership.sectorId === undefined ? null : (sectors.get(membership.sectorId) ?? null),
            }))
            .sort((a, b) => a.name.localeCompare(b.name, tools.locale))
        : null;
    return { coverage, members };
  }, [node, workspace, asOf, tools]);
  if (facts === null) return null;
  const { coverage, members } = facts;
  const missing = coverage.required.filter((item) => !item.covered).map((item) => tools.text(item.sectorName));
  return (
    <>
      <p className="sl-map-details-label">{t("mapCoverage")}</p>
      <p className="sl-text" data-status={coverage.status}>
        {coverage.requiredCount === 0
          ? t("mapCoverageNoneRequired")
          : t("mapCoverageCount", {
              covered: tools.number(coverage.coveredCount),
              required: tools.number(coverage.requiredCount),
            })}
        {missing.length === 0 ? "" : ` ${t("mapCoverageMissing", { sectors: missing.join(", ") })}`}
      </p>
      {members === null ? null : members.length === 0 ? (
        <>
          <p className="sl-map-details-label">{t("mapMembers", { count: tools.number(0) })}</p>
          <p>{t("mapNoMembers")}</p>
        </>
      ) : (
        // Folded when long, so the connections and the workshop's form stay near the top.
        <details className="sl-map-members" open={members.length <= MEMBERS_OPEN_UP_TO}>
          <summary className="sl-map-details-label">{t("mapMembers", { count: tools.number(members.length) })}</summary>
          <ul className="sl-map-details-list">
            {members.map((member) => (
              <li key={member.id} className="sl-text">
                <strong>{member.name}</strong> ({member.roles}) · {member.organisation}
                {member.sector === null ? "" : ` · ${tools.text(member.sector)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
