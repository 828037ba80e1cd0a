/**
 * `@systemledning/core/assessment`: see the README's section on this module.
 * @module
 */
export * from "./schema.js";
export { validateAssessmentReferences } from "./references.js";
