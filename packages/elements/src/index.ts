/**
 * `@systemledning/elements`: the kit's components as custom elements (`sl-system-map`, `sl-timeline`, …),
 * each with its own React inside, so they run on a page with React 17, 18, 19 or none. Importing the module
 * (or loading the classic script) defines every element; defining twice is harmless.
 * @module
 */
import { createElementClass } from "./element/index.js";
import { RENDERERS } from "./renderers/index.js";
import { ELEMENT_SPECS } from "./specs/index.js";

export * from "./element/index.js";
export * from "./specs/index.js";
export { RENDERERS } from "./renderers/index.js";

/**
 * Define every element the page has not defined yet; returns the tags defined by this call.
 *
 * @example
 * defineSystemledningElements(); // already done on import
 */
export function defineSystemledningElements(registry: CustomElementRegistry = customElements): string[] {
  const defined: string[] = [];
  for (const spec of ELEMENT_SPECS) {
    const render = RENDERERS[spec.tag];
    if (render === undefined || registry.get(spec.tag) !== undefined) continue;
    registry.define(spec.tag, createElementClass(spec, render));
    defined.push(spec.tag);
  }
  return defined;
}

// On a server (no registry) importing does nothing: the elements exist only in a browser.
if (typeof customElements !== "undefined") defineSystemledningElements();
