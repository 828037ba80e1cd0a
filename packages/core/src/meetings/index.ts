/**
 * `@systemledning/core/meetings`: see the README's section on this module.
 * @module
 */
export * from "./schema.js";
export { validateMeetingsReferences } from "./references.js";
