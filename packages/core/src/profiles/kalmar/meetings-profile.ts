/**
 * Kalmar's meeting rules as profile data (owned by the meetings module's county data). The LGL minutes (*Protokoll
 * Länsgemensam ledning 2022-01-28*, their heading) show one meeting of Länsgemensam ledning (LGL): Friday 28 January
 * 2022, 09.00–12.00, digital via Zoom. The rest is a plausible choice, said so in the notes.
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_FORUM } from "./forums.js";

/** The meetings part of the Kalmar profile. */
export const KALMAR_MEETINGS_PROFILE: Pick<Profile, "meetings"> = deepFreeze({
  meetings: {
    forums: {
      [KALMAR_FORUM.lgl]: {
        meetingsPerYear: { min: 4, max: 6 },
        // The last Friday of January 2022 (the date of the LGL minutes) repeated every other month, without July.
        recurrence: { months: [1, 3, 5, 9, 11], weekday: 5, ordinal: -1, startTime: "09:00", durationMinutes: 180 },
        datesFixedBy: "12-01",
        holidayRule: "previous-meeting-day",
        evesAreNonMeetingDays: true,
        noticeDays: 14,
        preparationDaysBeforeNotice: 7,
        preRegistrationDaysBeforeNotice: 10,
        defaultMode: "physical",
        allowedModes: ["physical", "digital", "hybrid"],
        notesWithinDays: 10,
        reviewDays: 7,
        quorum: {
          share: { numerator: 1, denominator: 2, strictlyMore: true },
          everyPrincipalRepresented: true,
          chairOrViceChairPresent: true,
        },
      },
    },
    notes: [
      {
        sv: "Protokollet 2022-01-28 (fredag kl. 9.00–12.00, digitalt) är källan för veckodag och tid. Antal möten per år, månader, att ett möte på en helgdag flyttas till föregående mötesdag, tider för anteckningar och justering och beslutsförhetsregeln är rimliga antaganden.",
        en: "The minutes of 2022-01-28 (Friday 09.00–12.00, digital) are the source of weekday and time. Meetings a year, months, moving a meeting on a holiday to the previous meeting day, the notes and approval periods and the quorum rule are plausible assumptions.",
      },
    ],
  },
});
