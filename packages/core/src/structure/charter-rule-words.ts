/**
 * A forum's meeting rules in words, Swedish or English, for the charter document: the decisions of the
 * Metodstöd's "Mötesstruktur" (how often and when, notice, form, notes and approval, quorum, the chair's term)
 * as sentences a reader of the *överenskommelse* understands without knowing the data.
 */
import type { Locale } from "../common/localize.js";
import type { MeetingRules, QuorumRule } from "../meetings/schema-rules.js";

const WEEKDAYS = {
  sv: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
} as const;
const MONTHS = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;
const ORDINALS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  sv: { "1": "första", "2": "andra", "3": "tredje", "4": "fjärde", "-1": "sista" },
  en: { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" },
};
const MODES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  sv: { physical: "fysiskt", digital: "digitalt", hybrid: "hybrid" },
  en: { physical: "in person", digital: "online", hybrid: "hybrid" },
};

function list(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${locale === "sv" ? "och" : "and"} ${items.at(-1)!}`;
}

function monthsInWords(months: readonly number[], locale: Locale): string {
  const names = MONTHS[locale];
  if (months.length === 12) return locale === "sv" ? "varje månad" : "every month";
  const missing = names.filter((_, i) => !months.includes(i + 1));
  if (missing.length <= 3)
    return locale === "sv"
      ? `varje månad utom ${list(missing, locale)}`
      : `every month except ${list(missing, locale)}`;
  const chosen = months.map((m) => names[m - 1] ?? String(m));
  return locale === "sv" ? `i ${list(chosen, locale)}` : `in ${list(chosen, locale)}`;
}

function quorumInWords(quorum: QuorumRule, locale: Locale): string {
  const parts: string[] = [];
  if (quorum.share !== undefined) {
    const { numerator, denominator, strictlyMore } = quorum.share;
    const share =
      numerator * 2 === denominator ? (locale === "sv" ? "hälften" : "half") : `${numerator}/${denominator}`;
    parts.push(
      locale === "sv"
        ? `${strictlyMore ? "mer än" : "minst"} ${share} av ledamöterna med mandat deltar (själva eller genom ersättare)`
        : `${strictlyMore ? "more than" : "at least"} ${share} of the members with mandate take part (in person or through a substitute)`,
    );
  }
  if (quorum.everyPrincipalRepresented)
    parts.push(locale === "sv" ? "varje huvudman är företrädd" : "every principal is represented");
  if (quorum.chairOrViceChairPresent)
    parts.push(
      locale === "sv" ? "ordförande eller vice ordförande är närvarande" : "the chair or vice chair is present",
    );
  if (parts.length === 0) return locale === "sv" ? "Inget krav för beslutsförhet." : "No quorum requirement.";
  return locale === "sv" ? `Beslutsför när ${list(parts, locale)}.` : `Quorate when ${list(parts, locale)}.`;
}

/**
 * The rules as sentences, one per decision of the Metodstöd's meeting structure.
 *
 * @example
 * meetingRulesInWords(getMeetingRules(ws.profile, "f-mora").rules, "sv")[0]; // "5–6 möten per år."
 */
export function meetingRulesInWords(rules: MeetingRules, locale: Locale): string[] {
  const sv = locale === "sv";
  const { min, max } = rules.meetingsPerYear;
  const count = min === max ? String(min) : `${min}–${max}`;
  const r = rules.recurrence;
  const weekday = WEEKDAYS[locale][r.weekday - 1] ?? String(r.weekday);
  const ordinal = ORDINALS[locale][String(r.ordinal)] ?? String(r.ordinal);
  const others = rules.allowedModes.filter((mode) => mode !== rules.defaultMode).map((m) => MODES[locale][m] ?? m);
  const lines = [
    sv ? `${count} möten per år.` : `${count} meetings a year.`,
    sv
      ? `Den ${ordinal} ${weekday}en ${monthsInWords(r.months, locale)}, kl. ${r.startTime}, ${r.durationMinutes} minuter.`
      : `The ${ordinal} ${weekday} ${monthsInWords(r.months, locale)}, at ${r.startTime}, ${r.durationMinutes} minutes.`,
    sv
      ? `Kallelse senast ${rules.noticeDays} dagar före mötet; ärenden föranmäls senast ${rules.preRegistrationDaysBeforeNotice} dagar före kallelsen.`
      : `Notice at least ${rules.noticeDays} days before the meeting; items registered at least ${rules.preRegistrationDaysBeforeNotice} days before the notice.`,
    (sv ? `Mötesform: ${MODES.sv[rules.defaultMode]}` : `Meetings are held ${MODES.en[rules.defaultMode]}`) +
      (others.length === 0
        ? "."
        : sv
          ? ` (vid behov ${list(others, locale)}).`
          : ` (${list(others, locale)} when needed).`),
    sv
      ? `Minnesanteckningar skickas inom ${rules.notesWithinDays} dagar och justeras inom ${rules.reviewDays} dagar därefter.`
      : `Notes are sent within ${rules.notesWithinDays} days and approved within ${rules.reviewDays} days after that.`,
    quorumInWords(rules.quorum, locale),
  ];
  if (rules.chair !== undefined)
    lines.push(
      sv
        ? `Ordförande väljs för ${rules.chair.termMonths} månader${rules.chair.rotatesBetweenPrincipals ? " och växlar mellan huvudmännen" : ""}.`
        : `The chair is chosen for ${rules.chair.termMonths} months${rules.chair.rotatesBetweenPrincipals ? " and rotates between the principals" : ""}.`,
    );
  return lines;
}
