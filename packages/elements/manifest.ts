/**
 * The Custom Elements Manifest (`custom-elements.json`, schema 2.1.0) generated from the elements' specs, so
 * editors and Storybook know the tags, their attributes, properties and events. The build writes it into
 * dist; the committed copy beside this file is checked to be current by tests/elements/manifest.test.ts.
 */
import { ELEMENT_SPECS } from "./src/specs/index.js";
import type { AttributeKind, ElementSpec } from "./src/specs/index.js";

/** The TypeScript type of an attribute's value, as the manifest writes it. */
function typeText(type: AttributeKind): string {
  switch (type.kind) {
    case "enum":
      return type.values.map((value) => JSON.stringify(value)).join(" | ");
    case "boolean":
      return "boolean";
    case "integer":
      return "number";
    case "list":
      return "string[]";
    default:
      return "string";
  }
}

function declarationOf(spec: ElementSpec) {
  const attributes = spec.attributes.map((attribute) => ({
    name: attribute.name,
    fieldName: attribute.property,
    type: { text: typeText(attribute.type) },
    description: attribute.required === true ? `${attribute.description} Required.` : attribute.description,
    ...(attribute.default === undefined ? {} : { default: JSON.stringify(attribute.default) }),
  }));
  const fields = [
    ...spec.attributes.map((attribute) => ({
      kind: "field",
      name: attribute.property,
      type: { text: typeText(attribute.type) },
      description: attribute.description,
      attribute: attribute.name,
      reflects: true,
    })),
    ...spec.properties.map((property) => ({
      kind: "field",
      name: property.name,
      type: { text: property.type },
      description: property.description,
    })),
  ];
  return {
    kind: "class",
    name: spec.className,
    tagName: spec.tag,
    customElement: true,
    summary: spec.summary,
    description: `${spec.summary} Places the kit's ${spec.component}.`,
    attributes,
    members: fields,
    events: spec.events.map((event) => ({
      name: event.name,
      type: { text: `CustomEvent<${event.detailType}>` },
      description: event.description,
    })),
    cssProperties: [{ name: "--sl-*", description: "The kit's design tokens; set them on the element." }],
  };
}

/**
 * The manifest of every element, as the object to write with `JSON.stringify(…, null, 2)`.
 *
 * @example
 * writeFileSync("dist/custom-elements.json", `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
 */
export function customElementsManifest(specs: readonly ElementSpec[] = ELEMENT_SPECS) {
  return {
    schemaVersion: "2.1.0",
    readme: "",
    modules: [
      {
        kind: "javascript-module",
        path: "dist/systemledning-elements.js",
        declarations: specs.map(declarationOf),
        exports: specs.flatMap((spec) => [
          { kind: "custom-element-definition", name: spec.tag, declaration: { name: spec.className } },
        ]),
      },
    ],
  };
}

/** The manifest's text as written to disk: two-space JSON and a final newline. */
export function customElementsManifestText(specs: readonly ElementSpec[] = ELEMENT_SPECS): string {
  return `${JSON.stringify(customElementsManifest(specs), null, 2)}\n`;
}
