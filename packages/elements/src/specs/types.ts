/**
 * The shape of an element's declarative spec: the one source of truth for the element's class (which
 * attributes it observes and reflects), its parsing of attribute text, the docs and `custom-elements.json`.
 */

/** How an attribute's text is read. */
export type AttributeKind =
  | { readonly kind: "string" }
  | { readonly kind: "boolean" }
  /** A calendar day, `YYYY-MM-DD`. */
  | { readonly kind: "date" }
  | { readonly kind: "integer" }
  /** Ids separated by spaces. */
  | { readonly kind: "list" }
  | { readonly kind: "enum"; readonly values: readonly string[] };

/** One attribute, reflected to the property `property`. */
export interface AttributeSpec {
  /** The attribute's name, kebab-case (`as-of`). */
  readonly name: string;
  /** The property it reflects to, camelCase (`asOf`). */
  readonly property: string;
  readonly type: AttributeKind;
  /** The value when the attribute is absent, as attribute text; none: the value is `undefined`. */
  readonly default?: string;
  /** When set, a missing attribute is an error the element shows and reports. */
  readonly required?: boolean;
  /** What it does, for the docs and `custom-elements.json`. */
  readonly description: string;
}

/** A property for rich data, not reflected to an attribute. */
export interface PropertySpec {
  readonly name: string;
  /** The TypeScript type, as text for the manifest. */
  readonly type: string;
  readonly description: string;
}

/** A DOM `CustomEvent` the element fires (always bubbling and composed). */
export interface EventSpec {
  readonly name: "sl-change" | "sl-error";
  /** The TypeScript type of `event.detail`, as text for the manifest. */
  readonly detailType: string;
  readonly description: string;
}

/** Everything about one element but how it renders. */
export interface ElementSpec {
  /** The tag, `sl-…`. */
  readonly tag: `sl-${string}`;
  /** The class name the bundle exports. */
  readonly className: string;
  /** The kit component it places. */
  readonly component: string;
  readonly summary: string;
  readonly attributes: readonly AttributeSpec[];
  readonly properties: readonly PropertySpec[];
  readonly events: readonly EventSpec[];
}
