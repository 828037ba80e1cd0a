/**
 * `@systemledning/core/structure`: organisations, people, leaderships, forums, memberships, charters and
 * the questions users ask of them (coverage, mandates, key roles, chair rotation, charter completeness).
 * @module
 */
export * from "./schema.js";
export { validateStructureReferences } from "./references.js";
