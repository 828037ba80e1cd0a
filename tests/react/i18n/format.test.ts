import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { formatLocaleDate, formatLocaleNumber, formatLocalePercent } from "../../../packages/react/src/i18n/format.js";
import { KIT_MESSAGE_AREAS, KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import { fillTemplate } from "../../../packages/react/src/i18n/template.js";

/** The `{name}` placeholders of a template, sorted, so two languages can be compared. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

const NBSP = "\u00a0";
const SEED = 20261122;

describe("formatLocaleNumber", () => {
  it("groups Swedish thousands with a no-break space (U+00A0), never a narrow one or a plain space", () => {
    const text = formatLocaleNumber(12345, "sv");
    expect(text).toBe(`12${NBSP}345`);
    expect(text).not.toMatch(/[\u202f ]/);
  });

  it("writes a Swedish decimal comma and rounds to one decimal by default", () => {
    expect(formatLocaleNumber(2.8333333333333335, "sv")).toBe("2,8");
    expect(formatLocaleNumber(12345.678, "sv")).toBe(`12${NBSP}345,7`);
  });

  it("shows whole numbers without decimals and respects the fraction digit options", () => {
    expect(formatLocaleNumber(3, "sv")).toBe("3");
    expect(formatLocaleNumber(3.25, "sv", { maximumFractionDigits: 2 })).toBe("3,25");
    expect(formatLocaleNumber(3, "sv", { minimumFractionDigits: 1 })).toBe("3,0");
  });

  it("keeps the fewest decimals at or below the most, so contradicting options do not throw", () => {
    expect(() =>
      formatLocaleNumber(3.14159, "sv", { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
    ).not.toThrow();
    expect(formatLocaleNumber(3.14159, "sv", { minimumFractionDigits: 3, maximumFractionDigits: 1 })).toBe("3,1");
  });

  it("writes English with a comma for thousands and a decimal point", () => {
    expect(formatLocaleNumber(12345.678, "en")).toBe("12,345.7");
    expect(formatLocaleNumber(2.8333, "en", { maximumFractionDigits: 2 })).toBe("2.83");
  });

  it("gives the same text for the same value whether or not the formatter was cached", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom("sv" as const, "en" as const),
        fc.integer({ min: 0, max: 4 }),
        (value, locale, digits) => {
          const first = formatLocaleNumber(value, locale, { maximumFractionDigits: digits });
          const again = formatLocaleNumber(value, locale, { maximumFractionDigits: digits });
          expect(again).toBe(first);
          // Swedish text never carries a narrow no-break space (the group separator is U+00A0).
          if (locale === "sv") expect(first).not.toContain("\u202f");
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("formatLocalePercent", () => {
  it("writes a Swedish share as a whole percentage with a no-break space before the sign", () => {
    expect(formatLocalePercent(6 / 13, "sv")).toBe(`46${NBSP}%`);
  });

  it("writes an English percentage without a space", () => {
    expect(formatLocalePercent(6 / 13, "en")).toBe("46%");
  });

  it("rounds to a whole percent at both ends of the range", () => {
    expect(formatLocalePercent(0, "sv")).toBe(`0${NBSP}%`);
    expect(formatLocalePercent(1, "sv")).toBe(`100${NBSP}%`);
    expect(formatLocalePercent(0.005, "en")).toBe("1%");
  });
});

describe("formatLocaleDate", () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it("writes a calendar day in Swedish words", () => {
    expect(formatLocaleDate("2025-10-14", "sv")).toBe("14 oktober 2025");
  });

  it("writes a calendar day in English words", () => {
    expect(formatLocaleDate("2025-10-14", "en")).toBe("14 October 2025");
  });

  it("reads only the date of a date-time, so its time and offset do not move the day", () => {
    expect(formatLocaleDate("2025-10-14T23:30:00-10:00", "sv")).toBe("14 oktober 2025");
  });

  it("gives the same day in a time zone far west or far east of UTC", () => {
    for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Stockholm"]) {
      process.env.TZ = zone;
      expect(formatLocaleDate("2025-01-01", "sv")).toBe("1 januari 2025");
      expect(formatLocaleDate("2025-03-30", "en")).toBe("30 March 2025");
    }
  });

  it("writes every day of a year as its own day of the month", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [, , day] = iso.split("-").map(Number) as [number, number, number];
          expect(formatLocaleDate(iso, "sv").startsWith(`${day} `)).toBe(true);
          expect(formatLocaleDate(iso, "sv").endsWith(iso.slice(0, 4))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("fillTemplate", () => {
  it("fills every placeholder that has a value", () => {
    expect(fillTemplate("{answered} av {asked}", { answered: 6, asked: 13 })).toBe("6 av 13");
  });

  it("fills a placeholder used twice both times", () => {
    expect(fillTemplate("{a} och {a}", { a: "x" })).toBe("x och x");
  });

  it("fills the template only, in one pass: a value that people wrote is inserted exactly, {year}, $& and $1 included", () => {
    const people = "Plan för {year}: {name} sa $& och $1 $$ $` $'";
    expect(fillTemplate("{label} ({year})", { label: people, year: 2025, name: "Anna" })).toBe(`${people} (2025)`);
    expect(fillTemplate("{a}{b}", { a: "{b}", b: "{a}" })).toBe("{b}{a}");
  });

  it("leaves an unknown placeholder visible as written", () => {
    expect(fillTemplate("{answered} av {asked}", { answered: 6 })).toBe("6 av {asked}");
    expect(fillTemplate("Medel {mean}")).toBe("Medel {mean}");
  });

  it("leaves a placeholder visible even when its name is a property every object inherits", () => {
    // `name in params` also finds Object.prototype's members: {constructor} would become a function's source.
    for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"]) {
      expect(fillTemplate(`Värde: {${name}}`, { mean: 3 })).toBe(`Värde: {${name}}`);
    }
  });

  it("fills a value of 0 and an empty string (falsy values are values)", () => {
    expect(fillTemplate("{count} svar{suffix}", { count: 0, suffix: "" })).toBe("0 svar");
  });

  it("leaves text without placeholders untouched", () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/\{\w+\}/.test(text)),
        (text) => {
          expect(fillTemplate(text, { a: 1 })).toBe(text);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("KIT_MESSAGES", () => {
  const entries = Object.entries(KIT_MESSAGES) as [string, { readonly sv: string; readonly en: string }][];

  it("has a non-empty Swedish and English text for every entry", () => {
    expect(entries.length).toBeGreaterThan(50);
    const empty = entries
      .filter(([, message]) => message.sv.trim() === "" || message.en.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("has the same placeholders in Swedish and English for every entry", () => {
    const differing = entries
      .filter(([, message]) => placeholders(message.sv).join() !== placeholders(message.en).join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it("has no text with an unbalanced brace (a placeholder typed wrong)", () => {
    for (const [key, message] of entries) {
      for (const text of [message.sv, message.en]) {
        const stripped = text.replace(/\{\w+\}/g, "");
        expect({ key, text, braces: /[{}]/.test(stripped) }).toEqual({ key, text, braces: false });
      }
    }
  });

  it("holds no entry the kit does not use: every key appears in the kit's sources (a dead text would go stale untranslated)", () => {
    const kitSources = fileURLToPath(new URL("../../../packages/react/src/", import.meta.url));
    const files = (readdirSync(kitSources, { recursive: true }) as string[]).filter(
      (file) => /\.tsx?$/.test(file) && !file.endsWith("messages.ts"),
    );
    const text = files.map((file) => readFileSync(join(kitSources, file), "utf8")).join("\n");
    const unused = entries.map(([key]) => key).filter((key) => !text.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("takes each key from one area only: no area's text silently replaces another's", () => {
    const owners = new Map<string, string[]>();
    for (const [area, messages] of Object.entries(KIT_MESSAGE_AREAS))
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), area]);
    expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
    expect(owners.size).toBe(entries.length);
  });
});
