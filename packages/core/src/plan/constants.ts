/**
 * Values of the follow-up model that pure code compares with, kept apart from the schemas (they build on them)
 * so that a function or a chart that needs one brings no schema library along.
 */

/** The code of the whole country in Kolada's municipality lists. */
export const COUNTRY_CODE = "0000";
