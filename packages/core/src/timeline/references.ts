/**
 * Cross-reference checks of the `events` collection, run by the workspace's validating door after the
 * schemas pass: unique ids, the forum and the leaderships exist, each leadership listed once, and an end
 * date on or after the first day. Linear in the size of the collection.
 */
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { findDuplicateIds } from "../common/ids.js";
import type { Workspace } from "../workspace/schema.js";
import { createTimelineIssue } from "./issues.js";

/**
 * Check every reference of the events: unique event ids (`duplicate_id`), `forumId` and each of
 * `leadershipIds` pointing at a record (`dangling_reference`), no leadership listed twice
 * (`duplicate_value`), and `endDate` not before `date` (`event_end_date_before_date`). Each issue names
 * its exact path (`events[3].leadershipIds[1]`) with Swedish and English messages.
 *
 * @example
 * validateTimelineReferences(ws); // [] for a consistent workspace
 */
export function validateTimelineReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const forumIds = new Set(ws.forums.map((f) => f.id));
  const leadershipIds = new Set(ws.leaderships.map((l) => l.id));
  findDuplicateIds(ws.events, ["events"], issues);
  ws.events.forEach((event, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["events", i, ...rest];
    if (event.forumId !== undefined && !forumIds.has(event.forumId))
      issues.push(createIssue(at("forumId"), "dangling_reference", { id: event.forumId, collection: "forums" }));
    const seen = new Set<string>();
    event.leadershipIds.forEach((id, j) => {
      if (!leadershipIds.has(id))
        issues.push(createIssue(at("leadershipIds", j), "dangling_reference", { id, collection: "leaderships" }));
      if (seen.has(id)) issues.push(createIssue(at("leadershipIds", j), "duplicate_value", { value: id }));
      seen.add(id);
    });
    if (event.endDate !== undefined && event.endDate < event.date) {
      issues.push(
        createTimelineIssue(at("endDate"), "event_end_date_before_date", { date: event.date, endDate: event.endDate }),
      );
    }
  });
  return issues;
}
