/**
 * Values of the structure model that pure code lists or compares with, kept apart from the schemas (schema.ts
 * builds its enums on them) so that a function that needs one brings no schema library along.
 */

/** Who sits in a forum: politicians only, officials only, or both (joint), in the order answers list them. */
export const FORUM_COMPOSITIONS = ["politicians", "officials", "joint"] as const;
