/**
 * The element class, its attribute reading, its issues and its shadow styles.
 * @module
 */
export { createElementClass, type ElementChangeDetail, type ElementErrorDetail } from "./create-element-class.js";
export {
  attributeTextOf,
  readAttribute,
  readAttributes,
  type AttributeValue,
  type AttributeValues,
} from "./attributes.js";
export {
  invalidAttributeIssue,
  missingAttributeIssue,
  renderFailedIssue,
  sourceUnavailableIssue,
  type ElementIssueCode,
} from "./issues.js";
export type { ElementRenderer, RenderContext } from "./render-context.js";
