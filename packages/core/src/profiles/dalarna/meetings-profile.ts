/**
 * Dalarna's meeting rules as profile data (owned by the meetings module's county data). The frequencies of the
 * regional forums (LCHNV about 6 a year, SCHNV 9–10, VfR 5–6) are plausible, near the rhythm of the dates in
 * *Regional årsrapport 2025*, Bilaga 2; the sources give no frequencies for them. Local leaderships meet monthly,
 * as the *Metodstöd*'s example meeting structure has it ("Mötesstruktur"). Weekdays, months, times and quorum
 * rules are plausible choices, said so in the notes.
 */
import type { LocalizedText } from "../../schema/primitives.js";
import type { MeetingRules } from "../../meetings/schema.js";
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM as F } from "./forums.js";

/**
 * What every Dalarna forum shares: the *Metodstöd*'s notice ("Mötesstruktur"), physical first, notes for reading
 * and adjustment.
 */
const BASE = {
  datesFixedBy: "11-15",
  holidayRule: "next-meeting-day",
  evesAreNonMeetingDays: true,
  noticeDays: 14,
  preparationDaysBeforeNotice: 7,
  preRegistrationDaysBeforeNotice: 10,
  defaultMode: "physical",
  allowedModes: ["physical", "digital", "hybrid"],
  notesWithinDays: 7,
  reviewDays: 7,
} as const satisfies Partial<MeetingRules>;

/** Regional officials' networks: more than half of the mandate holders, chair or vice chair present. */
const REGIONAL_QUORUM: MeetingRules["quorum"] = {
  share: { numerator: 1, denominator: 2, strictlyMore: true },
  everyPrincipalRepresented: false,
  chairOrViceChairPresent: true,
};

/** Local leaderships: every principal (the municipality and Region Dalarna) must be at the table. */
const LOCAL_QUORUM: MeetingRules["quorum"] = {
  share: { numerator: 1, denominator: 2, strictlyMore: true },
  everyPrincipalRepresented: true,
  chairOrViceChairPresent: false,
};

const LOCAL_DEFAULTS: MeetingRules = {
  ...BASE,
  allowedModes: [...BASE.allowedModes],
  meetingsPerYear: { min: 10, max: 11 },
  recurrence: {
    months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
    weekday: 4,
    ordinal: 2,
    startTime: "13:00",
    durationMinutes: 150,
  },
  chair: { termMonths: 12, rotatesBetweenPrincipals: true },
  quorum: LOCAL_QUORUM,
};

function regional(
  meetingsPerYear: MeetingRules["meetingsPerYear"],
  recurrence: MeetingRules["recurrence"],
  chair: MeetingRules["chair"],
): MeetingRules {
  const rules: MeetingRules = {
    ...BASE,
    allowedModes: [...BASE.allowedModes],
    meetingsPerYear,
    recurrence,
    quorum: REGIONAL_QUORUM,
  };
  if (chair !== undefined) rules.chair = chair;
  return rules;
}

/** Statements about Dalarna's meeting rules, for the profile's notes. */
export const DALARNA_MEETINGS_NOTES: readonly LocalizedText[] = deepFreeze([
  {
    sv: "Mötesfrekvenserna följer årsrapporten 2025 och domänmodellen (LCHNV cirka 6 möten per år, SCHNV 9–10, VfR 5–6, lokala systemledningar en gång per månad). Veckodagar, månader och tider är rimliga antaganden; LCHNV:s fredagar och VfR:s torsdagar följer veckodagarna för mötena 2025 i årsrapportens bilaga 2.",
    en: "The meeting frequencies follow the annual report 2025 and the domain model (LCHNV about 6 a year, SCHNV 9–10, VfR 5–6, local leaderships monthly). Weekdays, months and times are plausible assumptions; LCHNV's Fridays and VfR's Thursdays follow the weekdays of the 2025 meetings in appendix 2 of the annual report.",
  },
  {
    sv: "Kallelse minst 14 dagar före och fysiska möten i första hand kommer från Metodstödet. Uppehåll i juli, beredning 7 dagar före kallelsen, föranmälan 10 dagar före kallelsen, anteckningar inom 7 dagar och justering inom 7 dagar därefter, datum fastställda senast 15 november året före samt beslutsförhetsreglerna är rimliga antaganden.",
    en: "Notice at least 14 days before and physical meetings first come from the Metodstöd. No meeting in July, preparation 7 days before the notice, pre-registration 10 days before the notice, notes within 7 days and approval within 7 days after that, dates fixed by 15 November of the year before, and the quorum rules are plausible assumptions.",
  },
]);

/**
 * The meetings part of the Dalarna profile: local defaults and the three regional forums of *Regional årsrapport
 * 2025*, Bilaga 2.
 */
export const DALARNA_MEETINGS_PROFILE: Pick<Profile, "meetings"> = deepFreeze({
  meetings: {
    defaults: LOCAL_DEFAULTS,
    forums: {
      [F.lchnv]: regional(
        { min: 5, max: 7 },
        { months: [2, 3, 5, 6, 9, 11], weekday: 5, ordinal: 2, startTime: "09:00", durationMinutes: 240 },
        { termMonths: 24, rotatesBetweenPrincipals: true },
      ),
      [F.vfr]: regional(
        { min: 5, max: 6 },
        { months: [2, 4, 6, 9, 11], weekday: 4, ordinal: 2, startTime: "13:00", durationMinutes: 180 },
        { termMonths: 24, rotatesBetweenPrincipals: true },
      ),
      [F.schnv]: regional(
        { min: 9, max: 10 },
        { months: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12], weekday: 5, ordinal: 2, startTime: "09:00", durationMinutes: 180 },
        { termMonths: 12, rotatesBetweenPrincipals: true },
      ),
    },
    notes: [...DALARNA_MEETINGS_NOTES],
  },
});
