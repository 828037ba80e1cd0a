/**
 * What every element shares: the attributes `lang`, `theme` and `src`, the property `workspace`, and the
 * events `sl-error` (always) and `sl-change` (for elements where the user changes the workspace).
 */
import type { AttributeSpec, EventSpec, PropertySpec } from "./types.js";

/** The attributes every element has. */
export const COMMON_ATTRIBUTES: readonly AttributeSpec[] = [
  {
    name: "lang",
    property: "lang",
    type: { kind: "enum", values: ["sv", "en"] },
    default: "sv",
    description: "The language of the element's texts: sv (Swedish) or en (English).",
  },
  {
    name: "theme",
    property: "theme",
    // The kit's KitTheme, value for value: tests/elements/element.test.ts holds the two lists equal.
    type: { kind: "enum", values: ["light", "dark", "high-contrast", "auto"] },
    default: "auto",
    description:
      "Light, dark, high-contrast (text at 7:1 or more, graphics at 4.5:1 or more), or auto (following the system's colour scheme).",
  },
  {
    name: "src",
    property: "src",
    type: { kind: "string" },
    description:
      "The address of a workspace JSON document on the host's own site. The element fetches it (its only request) and validates it; the last of `src` and the `workspace` property set wins.",
  },
];

/** The properties every element has. */
export const COMMON_PROPERTIES: readonly PropertySpec[] = [
  {
    name: "workspace",
    type: "Workspace | undefined",
    description:
      "The workspace to show. Set any object: it is validated at the core's door (`safeParseWorkspace`); reading gives the validated workspace, or undefined while there is none or it was invalid.",
  },
];

/** `sl-error`: fired by every element. */
export const ERROR_EVENT: EventSpec = {
  name: "sl-error",
  detailType: "{ issues: readonly ValidationIssue[] }",
  description:
    "An invalid workspace, a bad attribute value, a `src` that could not be loaded, or a component that failed to render. Each issue has path, code and the message in Swedish and English. The element shows the same as an alert.",
};

/** `sl-change`: fired where the user changes the workspace. */
export function changeEvent(what: string): EventSpec {
  return {
    name: "sl-change",
    detailType: "{ workspace: Workspace; [key: string]: unknown }",
    description: `${what} \`detail.workspace\` is the new, validated workspace, for the host to store.`,
  };
}

/** The `as-of` attribute: the day the element describes. */
export const AS_OF: AttributeSpec = {
  name: "as-of",
  property: "asOf",
  type: { kind: "date" },
  description: "The day the element describes, YYYY-MM-DD. Default: today.",
};
