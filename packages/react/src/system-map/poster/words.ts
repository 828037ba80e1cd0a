/**
 * The poster's words in Swedish and English. They live beside the poster, not in the map's messages, because
 * the poster is loaded only when a reader asks for it: its words travel in the same chunk. The kinds of part and
 * connection use the map's own words (messages.ts), so the poster and the map name things alike.
 */
import { fillTemplate } from "../../i18n/template.js";
import { MAP_VIEW_MESSAGES, type MapMessageKey } from "../messages.js";

/** The poster's locales. */
export type PosterLocale = "sv" | "en";

const POSTER_WORDS = {
  legend: { sv: "Teckenförklaring", en: "Legend" },
  group: { sv: "Grupp av delar", en: "A group of parts" },
  groupCount: { sv: "{count} delar", en: "{count} parts" },
  bundle: { sv: "Flera förbindelser: tjockare linje", en: "Several connections: a thicker line" },
  gap: { sv: "Glapp som workshopen markerat", en: "A gap the workshop marked" },
  worksWell: { sv: "Styrningen fungerar bra här (grön)", en: "Governance works well here (green)" },
  needsImprovement: { sv: "Styrningen behöver förbättras här (röd)", en: "Governance needs improvement here (red)" },
  position: { sv: "Här finns någon från workshopen", en: "Someone from the workshop is here" },
  ringKey: {
    sv: "Här finns jag — ringa in din del och skriv din roll",
    en: "This is where I am — circle your part and write your role",
  },
  role: { sv: "Min roll:", en: "My role:" },
  source: {
    sv: "Källa: Att leda hela systemet (Hälsolabb) · Läget {date}",
    en: "Source: Att leda hela systemet (Hälsolabb) · As of {date}",
  },
  description: {
    sv: "{title}: {parts} delar och {edges} förbindelser på {levels} nivåer, med teckenförklaring och plats att ringa in sin del.",
    en: "{title}: {parts} parts and {edges} connections on {levels} levels, with a legend and room to circle your part.",
  },
  labelsCut: {
    sv: "{count} av {total} etiketter skulle behöva mindre text än {pt} pt för att rymmas mellan delarna; de är satta i {pt} pt och avkortade. Fäll ihop fler grupper eller välj A1.",
    en: "{count} of {total} labels would need type smaller than {pt} pt to fit between the parts; they are set at {pt} pt and shortened. Fold more groups or choose A1.",
  },
  legendLong: {
    sv: "Teckenförklaringen är längre än sidan och är avkortad.",
    en: "The legend is longer than the page and is shortened.",
  },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** A poster word in a locale, with its `{placeholders}` filled. */
export function posterWord(
  key: keyof typeof POSTER_WORDS,
  locale: PosterLocale,
  params?: Readonly<Record<string, string | number>>,
): string {
  return fillTemplate(POSTER_WORDS[key][locale], params);
}

/** A word of the map's catalogue (the kinds of part and connection) in a locale. */
export function mapWord(key: MapMessageKey, locale: PosterLocale): string {
  const words: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = MAP_VIEW_MESSAGES;
  return words[key]?.[locale] ?? key;
}
