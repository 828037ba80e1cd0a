/**
 * Cross-reference checks of the structure collections, run by the workspace's validating door after the
 * schemas pass: unique ids, references that resolve, codes that are in the profile, substitutes that
 * stand in for a member of the same forum, seats of an ended forum that end by its last day.
 */
import { findDuplicateIds } from "../common/ids.js";
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { createStructureIssue } from "./issues.js";
import type { Workspace } from "../workspace/schema.js";

function reportDuplicateValues(
  values: readonly string[],
  path: readonly PathSegment[],
  issues: ValidationIssue[],
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.push(createIssue([...path, index], "duplicate_value", { value }));
    seen.add(value);
  });
}

/** Check the profile's own consistency: unique codes and ids, municipalities in a known region. */
export function validateProfileReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { profile } = ws;
  reportDuplicateValues(
    profile.regions.map((r) => r.code),
    ["profile", "regions"],
    issues,
  );
  reportDuplicateValues(
    profile.municipalities.map((m) => m.code),
    ["profile", "municipalities"],
    issues,
  );
  findDuplicateIds(profile.sectors, ["profile", "sectors"], issues);
  findDuplicateIds(profile.goals, ["profile", "goals"], issues);
  findDuplicateIds(profile.charterQuestions, ["profile", "charterQuestions"], issues);
  const regionCodes = new Set(profile.regions.map((r) => r.code));
  profile.municipalities.forEach((m, i) => {
    if (!regionCodes.has(m.regionCode)) {
      issues.push(
        createIssue(["profile", "municipalities", i, "regionCode"], "dangling_reference", {
          id: m.regionCode,
          collection: "profile.regions",
        }),
      );
    }
  });
  reportDuplicateValues(profile.structure.keyRoles, ["profile", "structure", "keyRoles"], issues);
  return issues;
}

/** Check every reference in the structure collections. Linear in the size of the workspace. */
export function validateStructureReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { profile } = ws;
  const profileName = profile.id;
  const municipalityCodes = new Set(profile.municipalities.map((m) => m.code));
  const regionCodes = new Set(profile.regions.map((r) => r.code));
  const sectorIds = new Set(profile.sectors.map((s) => s.id));

  const organisationIds = findDuplicateIds(ws.organisations, ["organisations"], issues);
  const personIds = findDuplicateIds(ws.people, ["people"], issues);
  const leadershipIds = findDuplicateIds(ws.leaderships, ["leaderships"], issues);
  const forumIds = findDuplicateIds(ws.forums, ["forums"], issues);
  findDuplicateIds(ws.memberships, ["memberships"], issues);
  findDuplicateIds(ws.charters, ["charters"], issues);

  const dangling = (path: PathSegment[], id: string, collection: string): void => {
    issues.push(createIssue(path, "dangling_reference", { id, collection }));
  };

  ws.organisations.forEach((org, i) => {
    if (org.kind === "municipality" || org.kind === "region") {
      const known = org.kind === "municipality" ? municipalityCodes : regionCodes;
      // A body within a principal (with a tier) has no code of its own; the principal (with the code) has no tier.
      if (org.tier !== undefined) {
        if (org.code !== undefined)
          issues.push(
            createStructureIssue(["organisations", i, "tier"], "principal_with_tier", {
              code: org.code,
              tier: org.tier,
            }),
          );
      } else if (org.code === undefined)
        issues.push(createIssue(["organisations", i, "code"], "missing_field", { expected: "code" }));
      else if (!known.has(org.code))
        issues.push(
          createIssue(["organisations", i, "code"], "unknown_municipality", { code: org.code, profile: profileName }),
        );
    }
    if (org.parentId !== undefined) {
      if (org.parentId === org.id) issues.push(createIssue(["organisations", i, "parentId"], "self_reference"));
      else if (!organisationIds.has(org.parentId))
        dangling(["organisations", i, "parentId"], org.parentId, "organisations");
    }
  });

  ws.leaderships.forEach((leadership, i) => {
    if (!regionCodes.has(leadership.regionCode)) {
      issues.push(
        createIssue(["leaderships", i, "regionCode"], "unknown_municipality", {
          code: leadership.regionCode,
          profile: profileName,
        }),
      );
    }
    leadership.municipalityCodes.forEach((code, j) => {
      if (!municipalityCodes.has(code))
        issues.push(
          createIssue(["leaderships", i, "municipalityCodes", j], "unknown_municipality", {
            code,
            profile: profileName,
          }),
        );
    });
    reportDuplicateValues(leadership.municipalityCodes, ["leaderships", i, "municipalityCodes"], issues);
  });

  ws.forums.forEach((forum, i) => {
    if (!leadershipIds.has(forum.leadershipId))
      dangling(["forums", i, "leadershipId"], forum.leadershipId, "leaderships");
    for (const key of ["requiredSectorIds", "coOptedSectorIds"] as const) {
      forum[key].forEach((sectorId, j) => {
        if (!sectorIds.has(sectorId)) dangling(["forums", i, key, j], sectorId, "profile.sectors");
      });
      reportDuplicateValues(forum[key], ["forums", i, key], issues);
    }
  });

  const membershipById = new Map(ws.memberships.map((m) => [m.id, m] as const));
  const endedOnByForum = new Map(
    ws.forums.flatMap((forum) => (forum.endedOn === undefined ? [] : [[forum.id, forum.endedOn] as const])),
  );
  ws.memberships.forEach((membership, i) => {
    if (!forumIds.has(membership.forumId)) dangling(["memberships", i, "forumId"], membership.forumId, "forums");
    // An ended forum keeps its seats as history, each ended by the forum's last day (decision 0014).
    const endedOn = endedOnByForum.get(membership.forumId);
    if (endedOn !== undefined && (membership.to === undefined || membership.to > endedOn))
      issues.push(
        createStructureIssue(["memberships", i, "to"], "membership_after_forum_end", {
          forum: membership.forumId,
          endedOn,
          id: membership.id,
          to: membership.to ?? "",
        }),
      );
    if (!personIds.has(membership.personId)) dangling(["memberships", i, "personId"], membership.personId, "people");
    if (!organisationIds.has(membership.organisationId))
      dangling(["memberships", i, "organisationId"], membership.organisationId, "organisations");
    if (membership.sectorId !== undefined && !sectorIds.has(membership.sectorId))
      dangling(["memberships", i, "sectorId"], membership.sectorId, "profile.sectors");
    reportDuplicateValues(membership.roles, ["memberships", i, "roles"], issues);
    const isSubstitute = membership.roles.includes("substitute");
    if (membership.substituteForId !== undefined) {
      const target = membershipById.get(membership.substituteForId);
      const path = ["memberships", i, "substituteForId"];
      if (membership.substituteForId === membership.id) issues.push(createIssue(path, "self_reference"));
      else if (target === undefined) dangling(path, membership.substituteForId, "memberships");
      else if (target.forumId !== membership.forumId)
        issues.push(createStructureIssue(path, "invalid_substitute", { reason: "other forum" }));
      else if (target.roles.includes("substitute"))
        issues.push(createStructureIssue(path, "invalid_substitute", { reason: "a substitute of a substitute" }));
      if (!isSubstitute)
        issues.push(
          createStructureIssue(["memberships", i, "roles"], "invalid_substitute", {
            reason: 'the role "substitute" is missing',
          }),
        );
    } else if (isSubstitute) {
      issues.push(createIssue(["memberships", i, "substituteForId"], "missing_field", { expected: "substituteForId" }));
    }
  });

  const questionIds = new Set(profile.charterQuestions.map((q) => q.id));
  ws.charters.forEach((charter, i) => {
    if (!leadershipIds.has(charter.leadershipId))
      dangling(["charters", i, "leadershipId"], charter.leadershipId, "leaderships");
    for (const questionId of Object.keys(charter.answers)) {
      if (!questionIds.has(questionId))
        dangling(["charters", i, "answers", questionId], questionId, "profile.charterQuestions");
    }
  });

  return issues;
}
