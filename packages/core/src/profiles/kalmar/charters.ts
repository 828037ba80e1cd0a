/**
 * LGL's charter as it stood on 2022-01-28: purpose and why written, the vision still being gathered
 * (to be decided in May 2022), principles not yet agreed. Texts paraphrase the LGL minutes of 2022-01-28
 * (*Protokoll Länsgemensam ledning 2022-01-28*, Region Kalmar län).
 */
import type { Charter } from "../../structure/schema.js";
import { KALMAR_LGL_LEADERSHIP_ID } from "./leaderships.js";

/** The charters of the Kalmar sample. */
export const KALMAR_CHARTERS: readonly Charter[] = [
  {
    id: "charter-lgl",
    leadershipId: KALMAR_LGL_LEADERSHIP_ID,
    purpose: "Att kommuner och region tillsammans hittar bästa möjliga lösningar där invånaren är i fokus.",
    why: "Region och kommun har varsin egen resa att göra, men den behöver göras i takt med varandra.",
    principles: [],
    tasks: [
      "Fastställa och besluta den gemensamma målbilden för Nära vård i maj och presentera den på presidiekonferensen i september.",
    ],
    answers: {
      why: "Gruppdialogerna 2022-01-28 var samstämmiga om varför fokusflyttningarna behövs.",
      needs: "Fortsatta öppna forum och dialogmöten, brukardialoger och delaktighet från medarbetarna.",
      position: "Ledamöterna skattade läget på en skala 1–10 i Menti vid mötet 2022-01-28.",
    },
  },
];
