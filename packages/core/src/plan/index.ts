/**
 * `@systemledning/core/plan`: see the README's section on this module.
 * @module
 */
export * from "./schema.js";
export { validatePlanReferences } from "./references.js";
