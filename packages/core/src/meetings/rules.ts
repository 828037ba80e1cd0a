/**
 * The default meeting rules (the *Metodstöd*, "Mötesstruktur", its example) and how a forum's rules are found:
 * the forum's own rules in the profile, else the profile's defaults, else {@link DEFAULT_MEETING_RULES}.
 */
import type { Profile } from "../profile/schema.js";
import type { MeetingRules } from "./schema-rules.js";

/**
 * The Metodstöd's example meeting structure as rules (the *Metodstöd*, "Mötesstruktur", its "Exempel mötesstruktur"):
 * one meeting a month, dates fixed once a year, notice at least 14 days before, the chair and key persons prepare the
 * agenda between meetings, physical by default and digital when needed, notes sent to all members for reading and
 * adjustment.
 *
 * Plausible choices where the Metodstöd gives no figure (said in `notes`): the second Thursday 09:00–12:00,
 * no meeting in July, agenda prepared 7 days before the notice deadline and items pre-registered 3 days
 * before that, notes sent within 7 days and approved within 7 more, dates fixed by 1 December, a meeting
 * on a non-meeting day moved to the next meeting day, eves counted as non-meeting days, and quorum when
 * more than half of the mandate holders take part and every principal is represented.
 *
 * @example
 * DEFAULT_MEETING_RULES.noticeDays // 14
 */
export const DEFAULT_MEETING_RULES: MeetingRules = Object.freeze({
  meetingsPerYear: Object.freeze({ min: 10, max: 12 }),
  recurrence: Object.freeze({
    months: Object.freeze([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]) as number[],
    weekday: 4,
    ordinal: 2,
    startTime: "09:00",
    durationMinutes: 180,
  }),
  datesFixedBy: "12-01",
  holidayRule: "next-meeting-day",
  evesAreNonMeetingDays: true,
  noticeDays: 14,
  preparationDaysBeforeNotice: 7,
  preRegistrationDaysBeforeNotice: 10,
  defaultMode: "physical",
  allowedModes: Object.freeze(["physical", "digital", "hybrid"]) as MeetingRules["allowedModes"],
  notesWithinDays: 7,
  reviewDays: 7,
  quorum: Object.freeze({
    share: Object.freeze({ numerator: 1, denominator: 2, strictlyMore: true }),
    everyPrincipalRepresented: true,
    chairOrViceChairPresent: false,
  }),
  notes: Object.freeze([
    Object.freeze({
      sv: "Metodstödet (exempel på mötesstruktur): möte en gång per månad, datum bestäms årsvis, kallelse minst 14 dagar före, fysiska möten i första hand. Veckodag, tid, juliuppehåll, beredningens och föranmälans framförhållning, tider för anteckningar och justering samt beslutsförhet är rimliga antaganden.",
      en: "The Metodstöd (example meeting structure): one meeting a month, dates fixed yearly, notice at least 14 days before, physical meetings first. Weekday, time, no July meeting, the lead times of preparation and pre-registration, the notes and approval periods and the quorum rule are plausible assumptions.",
    }),
  ]) as MeetingRules["notes"],
}) as MeetingRules;

/** Where a forum's rules came from. */
export type MeetingRulesSource = "forum" | "profile-default" | "built-in-default";

/**
 * The meeting rules of a forum and where they came from: the profile's rules for the forum, else the
 * profile's defaults, else {@link DEFAULT_MEETING_RULES}.
 *
 * @example
 * getMeetingRules(ws.profile, "f-lchnv").rules.meetingsPerYear // { min: 5, max: 6 } in the Dalarna profile
 */
export function getMeetingRules(
  profile: Profile,
  forumId: string,
): { readonly rules: MeetingRules; readonly source: MeetingRulesSource } {
  const settings = profile.meetings;
  const own = settings !== undefined && Object.hasOwn(settings.forums, forumId) ? settings.forums[forumId] : undefined;
  if (own !== undefined) return { rules: own, source: "forum" };
  if (settings?.defaults !== undefined) return { rules: settings.defaults, source: "profile-default" };
  return { rules: DEFAULT_MEETING_RULES, source: "built-in-default" };
}
