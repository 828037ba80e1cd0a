/**
 * Kalmar's self-assessment instruments and comparability settings as profile data (owned by the
 * assessment module's county data). The source documents show no self-assessment tool for Kalmar, only
 * the event poll of LGL's meeting 2022-01-28 (the LGL minutes, item 4, "Mentifråga"), which is the instrument here.
 */
import type { Instrument } from "../../assessment/schema.js";
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The id of LGL's event-poll instrument "Var befinner sig Länsgemensam ledning i omställningen?". */
export const KALMAR_TRANSITION_POLL_ID = "lgl-omstallningen";

/**
 * LGL's question (the LGL minutes of 2022-01-28, item 4, "Mentifråga"): "Vart befinner sig länsgemensam ledning i
 * omställningen (1-10)? Var befinner sig Länsgemensam ledning i omställningen till nära vård?" asked of everyone at the
 * meeting, brukarrepresentanter included. The minutes name only the scale; the end labels are ours.
 */
export const KALMAR_TRANSITION_POLL_V1: Instrument = deepFreeze({
  id: KALMAR_TRANSITION_POLL_ID,
  version: 1,
  name: { sv: "Mentifråga: var befinner sig LGL i omställningen?", en: "Poll: where is LGL in the transition?" },
  items: [
    {
      id: "omstallningen",
      statement: {
        sv: "Var befinner sig Länsgemensam ledning i omställningen till nära vård?",
        en: "Where is the county's joint leadership (LGL) in the transition to close care?",
      },
      freeText: false,
    },
  ],
  scale: {
    min: 1,
    max: 10,
    steps: Array.from({ length: 10 }, (_, i) => {
      const value = i + 1;
      if (value === 1) return { value, label: { sv: "1 – i början", en: "1 – at the start" } };
      if (value === 10) return { value, label: { sv: "10 – framme", en: "10 – there" } };
      return { value, label: { sv: String(value), en: String(value) } };
    }),
  },
});

/**
 * The assessment part of the Kalmar profile. `minComparableCoverage: 0.6` is the same plausible minimum
 * as Dalarna's; the sources state none for Kalmar.
 */
export const KALMAR_ASSESSMENT_PROFILE: Pick<Profile, "assessment"> = deepFreeze({
  assessment: { instruments: [KALMAR_TRANSITION_POLL_V1], minComparableCoverage: 0.6 },
});
