/**
 * Filling a message's `{name}` placeholders. Its own file, apart from the union of the catalogues
 * (`messages.ts`), so that the function every component needs does not bring every area's texts with it.
 */

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fill a template's `{name}` placeholders. A placeholder without a value stays as written, so a missing
 * parameter shows in the UI (and in a test) instead of vanishing.
 *
 * @example
 * fillTemplate("{answered} av {asked}", { answered: 6, asked: 13 }) // "6 av 13"
 */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  // Own keys only: a placeholder named like an inherited property ({constructor}) stays as written.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
