/**
 * The elements' specs, without React: the build's manifest generator and the tests read them alone.
 * @module
 */
export { ELEMENT_SPECS } from "./elements.js";
export { AS_OF, changeEvent, COMMON_ATTRIBUTES, COMMON_PROPERTIES, ERROR_EVENT } from "./common.js";
export type { AttributeKind, AttributeSpec, ElementSpec, EventSpec, PropertySpec } from "./types.js";
