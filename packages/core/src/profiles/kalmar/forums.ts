/**
 * Forums of the Kalmar sample: Länsgemensam ledning's own meeting (the LGL minutes of 2022-01-28) and the presidium
 * conference where the shared vision was to be presented.
 */
import type { Forum } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_LGL_LEADERSHIP_ID } from "./leaderships.js";

/** Ids of the Kalmar forums. */
export const KALMAR_FORUM = { lgl: "f-lgl", presidiekonferens: "f-presidiekonferens" } as const;

/** The forums of the Kalmar sample. */
export const KALMAR_FORUMS: readonly Forum[] = deepFreeze([
  {
    id: KALMAR_FORUM.lgl,
    leadershipId: KALMAR_LGL_LEADERSHIP_ID,
    name: "Länsgemensam ledning i samverkan inom socialtjänst och angränsande område hälso- och sjukvård samt skolan",
    shortName: "LGL",
    composition: "joint",
    purpose:
      "Leder omställningen till Nära vård i länet i samverkan mellan region och kommuner, med brukarrepresentanter. Fastställer och beslutar den gemensamma målbilden för Nära vård.",
    requiredSectorIds: ["socialtjanst", "halso-och-sjukvard", "brukare", "politiker"],
    coOptedSectorIds: ["skola"],
    chairRule: {
      termMonths: 48,
      rotatesBetweenPrincipals: false,
      description: "Ordförande från Region Kalmar län under mandatperioden (exempeldata).",
    },
  },
  {
    id: KALMAR_FORUM.presidiekonferens,
    leadershipId: KALMAR_LGL_LEADERSHIP_ID,
    name: "Presidiekonferensen",
    composition: "politicians",
    purpose:
      "Konferens för presidierna i regionens och kommunernas berörda nämnder; här presenteras den gemensamma målbilden för Nära vård.",
    requiredSectorIds: ["politiker"],
    coOptedSectorIds: [],
  },
]);
