/**
 * Kalmar's indicators, roadmap and plan-health limits as profile data (owned by the plan module's county data).
 * A small part: it shows that a second county's follow-up is data only. Every choice here is a plausible
 * assumption of the sample, stated in `notes`.
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The follow-up part of the Kalmar profile. */
export const KALMAR_FOLLOW_UP_PROFILE: Pick<Profile, "followUp"> = deepFreeze({
  followUp: {
    indicators: [
      {
        id: "aterinskrivning-65",
        title: {
          sv: "Återinskrivning inom 30 dagar, 65 år och äldre",
          en: "Readmission within 30 days, aged 65 and over",
        },
        unit: "%",
        direction: "lower-is-better",
        goalId: "samordning",
        sourceNote: {
          sv: "Kolada-id inte angivet: inget id har kunnat bekräftas.",
          en: "No Kolada id given: none could be confirmed.",
        },
      },
      {
        id: "brukarbedomning-hemtjanst",
        title: {
          sv: "Brukarbedömning hemtjänst äldre – helhetssyn",
          en: "Home-care users' overall satisfaction (older people)",
        },
        unit: "%",
        direction: "higher-is-better",
        goalId: "delaktighet",
        kolada: {
          kpiId: "U21468",
          verified: false,
          note: {
            sv: "Id:t kommer från sekundära källor, inte från Kolada själv.",
            en: "The id comes from secondary sources, not from Kolada itself.",
          },
        },
        clearChange: { kind: "absolute", value: 2 },
      },
    ],
    roadmap: [
      {
        id: "fp-2022",
        year: 2022,
        title: {
          sv: "Gemensam målbild för nära vård beslutas i LGL",
          en: "A shared vision for close care is decided in LGL",
        },
      },
      {
        id: "fp-2025",
        year: 2025,
        title: {
          sv: "Gemensamma nyckeltal följs upp årligen i länet",
          en: "Shared indicators are followed up yearly in the county",
        },
      },
    ],
    maxFocusAreas: 4,
    maxIndicatorsPerPlan: 8,
    clearChange: { kind: "relative", share: 0.05 },
    checkInInterval: { months: 4 },
    notes: [
      {
        sv: "Kalmars nyckeltal, gränser och avstämningsintervall är rimliga antaganden för exempeldatan, inte uppgifter ur källorna.",
        en: "Kalmar's indicators, limits and check-in interval are plausible assumptions of the sample data, not facts of the sources.",
      },
    ],
  },
});
