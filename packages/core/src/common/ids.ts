/**
 * Ids of records: their order and their uniqueness, the same for every collection of every module.
 */
import { compareStrings } from "./compare.js";
import { createIssue, type PathSegment, type ValidationIssue } from "./issues.js";

/**
 * Compare ids by code unit: the same order on every machine and in every locale.
 *
 * @example
 * ["m-10", "m-9", "M-1"].sort(compareIds) // ["M-1", "m-10", "m-9"]
 */
export const compareIds: (a: string, b: string) => number = compareStrings;

/**
 * Report every repeated id of `records` as a `duplicate_id` issue at `[...collection, position, "id"]`,
 * naming where the id was first used, and return each id's first position (the references checks use it
 * to point at records).
 *
 * @example
 * const issues: ValidationIssue[] = [];
 * findDuplicateIds([{ id: "a" }, { id: "a" }], ["forums"], issues); // Map { "a" => 0 }
 * issues[0].path; // "forums[1].id"
 */
export function findDuplicateIds(
  records: readonly { readonly id: string }[],
  collection: readonly PathSegment[],
  issues: ValidationIssue[],
): Map<string, number> {
  const firstPositions = new Map<string, number>();
  records.forEach((record, position) => {
    const first = firstPositions.get(record.id);
    if (first === undefined) firstPositions.set(record.id, position);
    else
      issues.push(
        createIssue([...collection, position, "id"], "duplicate_id", {
          id: record.id,
          first: `${collection.join(".")}[${first}]`,
        }),
      );
  });
  return firstPositions;
}
