/**
 * Finding an element by id where the kit renders: in the page, or inside a custom element's shadow root
 * (`@systemledning/elements`), where `document.getElementById` cannot see it. Ids the kit makes with `useId`
 * are unique within that root, so the root is the place to look.
 */

/**
 * The element with `id` in the same tree as `from` (its document or shadow root); `null` when none.
 *
 * @example
 * getElementInTree(event.currentTarget, fieldId)?.focus();
 */
export function getElementInTree(from: Node | null | undefined, id: string): HTMLElement | null {
  if (from === null || from === undefined) return null;
  const root = from.getRootNode() as Document | ShadowRoot | Node;
  // A node not yet in a document has itself (or its detached ancestor) as root: nothing to find there.
  if (!("getElementById" in root) || typeof root.getElementById !== "function") return null;
  return root.getElementById(id);
}
