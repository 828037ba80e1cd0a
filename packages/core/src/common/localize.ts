/**
 * The two languages of the project and the one rule for choosing a text: Swedish first, English when asked
 * for and present. Profiles keep every text a user reads as `{ sv, en? }` (the schemas' `LocalizedText`).
 */

/** The languages of the core's messages and the kit: Swedish first, English on request. */
export type Locale = "sv" | "en";

/** A text in Swedish and, optionally, English: the shape of every profile text. */
export interface LocalizedString {
  readonly sv: string;
  readonly en?: string | undefined;
}

/**
 * Pick the text for a locale, falling back to Swedish.
 *
 * @example
 * localize({ sv: "Nära för mig", en: "Close to me" }, "en") // "Close to me"
 * localize({ sv: "Välfärdsrådet" }, "en") // "Välfärdsrådet"
 */
export function localize(text: LocalizedString, locale: Locale): string {
  return locale === "en" && text.en !== undefined ? text.en : text.sv;
}
