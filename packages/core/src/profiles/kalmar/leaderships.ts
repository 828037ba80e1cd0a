/** The Kalmar sample's one system leadership: Länsgemensam ledning, covering the whole county. */
import type { Leadership } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_MUNICIPALITIES, KALMAR_REGION_CODE } from "./municipalities.js";

/** The id of Länsgemensam ledning. */
export const KALMAR_LGL_LEADERSHIP_ID = "ls-lgl";

/** The leaderships of the Kalmar sample. */
export const KALMAR_LEADERSHIPS: readonly Leadership[] = deepFreeze([
  {
    id: KALMAR_LGL_LEADERSHIP_ID,
    name: "Länsgemensam ledning i Kalmar län",
    shortName: "LGL",
    level: "regional",
    regionCode: KALMAR_REGION_CODE,
    municipalityCodes: KALMAR_MUNICIPALITIES.map((m) => m.code),
    description:
      "Region Kalmar län och länets tolv kommuner leder tillsammans omställningen till Nära vård, med brukarrepresentanter.",
  },
]);
