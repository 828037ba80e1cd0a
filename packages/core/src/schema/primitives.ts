/**
 * Building blocks shared by every module's schemas: ids, dates, localised text and the `ext` bag.
 *
 * Each schema here is also its type (`export const X = z…; export type X = z.infer<typeof X>`), so the
 * validating door and the static types can never drift apart. None of them is an object schema made at
 * import (see define-schema.ts): `LocalizedText` is made on its first parse.
 */
import * as z from "zod";
import { defineSchema } from "./define-schema.js";

/** Longest accepted short text (a name, a title). Generous, so real text is never refused. */
export const SHORT_TEXT_MAX = 10_000;
/** Longest accepted long text (a purpose, a note). */
export const LONG_TEXT_MAX = 1_000_000;

/**
 * An identifier of a record: 1–128 characters of letters, digits and `._:-`, starting with a letter or digit.
 * GUIDs and intranet item ids fit; a host that needs anything else keeps it in `ext`.
 */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { error: "invalid_id" });
/** An identifier of a record. */
export type Id = z.infer<typeof Id>;

/**
 * A string at most `max` UTF-16 code units long as it is given and as it is saved: serialisation writes NFC, which
 * makes some text longer (U+0344 becomes two code units, U+1D15E four), so a text just under the maximum could
 * come back too long. NFC is at most three times as long as its input, so shorter text skips the normalisation.
 */
function textWithin(max: number) {
  return z
    .string()
    .max(max)
    .check((ctx) => {
      if (ctx.value.length * 3 <= max || ctx.value.normalize("NFC").length <= max) return;
      ctx.issues.push({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: ctx.value });
    });
}

/** A name or title. Any characters, kept exactly as given; at most {@link SHORT_TEXT_MAX} long, also in NFC. */
export const ShortText = textWithin(SHORT_TEXT_MAX).min(1);
/** A name or title. */
export type ShortText = z.infer<typeof ShortText>;

/** A longer free text (purpose, description). May be empty; kept exactly as given; at most {@link LONG_TEXT_MAX} long, also in NFC. */
export const LongText = textWithin(LONG_TEXT_MAX);
/** A longer free text. */
export type LongText = z.infer<typeof LongText>;

/** A calendar date `YYYY-MM-DD` (no time zone: a day in Sweden). */
export const IsoDate = z.iso.date();
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant in ISO-8601 with `Z` or an explicit offset, e.g. `2025-03-14T09:00:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** An instant in ISO-8601. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** An official four-digit code of a municipality or region (SCB/Kolada): `2080` Falun, `0020` Region Dalarna. */
export const OfficialCode = z.string().regex(/^\d{4}$/, { error: "invalid_code" });
/** An official four-digit code. */
export type OfficialCode = z.infer<typeof OfficialCode>;

/** Text in Swedish and optionally English. Profiles use it for everything a user reads. */
export const LocalizedText = defineSchema(() => z.strictObject({ sv: ShortText, en: ShortText.optional() }));
/** Text in Swedish and optionally English. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Any JSON value. */
export const JsonValue = z.json();
/** Any JSON value. */
export type JsonValue = z.infer<typeof JsonValue>;

/**
 * The host's own metadata on a record (an intranet's item id, a SharePoint list key). We never read it;
 * it round-trips untouched through parse and serialise: its keys and strings are written exactly as given,
 * not in NFC as the rest of the document, so two keys equal after NFC stay two keys.
 */
export const Ext = z.record(z.string(), JsonValue);
/** The host's own metadata on a record. */
export type Ext = z.infer<typeof Ext>;
