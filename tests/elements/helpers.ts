/**
 * Helpers of the elements' jsdom tests: the Dalarna sample as JSON a host serves, a fresh element in the
 * page, queries inside its shadow root, and the events it fires.
 */
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { serializeWorkspace } from "@systemledning/core/workspace";
import { waitFor, within } from "@testing-library/dom";
import "../../packages/elements/src/index.js";

/** The sample's day: elements get it as `as-of`, so nothing changes with the calendar. */
export const AS_OF = DALARNA_SAMPLE_AS_OF;

/** The Dalarna sample as the JSON text a host stores and serves. */
export const SAMPLE_JSON = serializeWorkspace(createDalarnaSampleWorkspace());

/** The sample as plain data, as `JSON.parse` gives it to a host. */
export const sampleData = (): unknown => JSON.parse(SAMPLE_JSON);

/** A new element with `attributes`, appended to the body. */
export function place<T extends HTMLElement = HTMLElement>(tag: string, attributes: Record<string, string> = {}): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Testing Library's queries inside the element's shadow root. */
export function inShadow(element: HTMLElement) {
  const root = element.shadowRoot;
  if (root === null) throw new Error(`${element.tagName} has no open shadow root`);
  return within(root as unknown as HTMLElement);
}

/** The `CustomEvent`s of `name` that reach the document, in order. */
export function recordEvents(name: "sl-change" | "sl-error"): CustomEvent[] {
  const events: CustomEvent[] = [];
  document.addEventListener(name, (event) => events.push(event as CustomEvent));
  return events;
}

/** Wait until `events` has at least `count` entries. */
export async function eventsArrive(events: readonly CustomEvent[], count = 1): Promise<void> {
  await waitFor(() => {
    if (events.length < count) throw new Error(`${events.length} of ${count} events so far`);
  });
}
