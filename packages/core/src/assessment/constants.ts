/**
 * Values of the assessment model that pure code compares with, kept apart from the schemas (schema.ts builds
 * on them) so that a function or a chart that needs one brings no schema library along.
 */

/** The "don't know" answer (*vet ej*): an answer, but never a value; excluded from every mean. */
export const DONT_KNOW = "dont-know";
