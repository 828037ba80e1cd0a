/**
 * The sector catalogue of Dalarna: the Metodstöd's representation checklist ("Finns representation från exempelvis: …",
 * the *Metodstöd*, "Systemledning"), in the Metodstöd's order, with English names. Forums of the sample refer to these
 * ids in their required and co-opted sectors.
 */
import type { Sector } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/**
 * The 20 sectors of the Metodstöd. "Folktandvård" is spelt correctly here; the Metodstöd's "Folkvandvård" is a
 * typo (see the profile's notes).
 */
export const DALARNA_SECTORS: readonly Sector[] = deepFreeze([
  { id: "socialtjanst", name: { sv: "Socialtjänst", en: "Social services" } },
  { id: "vard-och-omsorg", name: { sv: "Vård och omsorg", en: "Care services (elderly and disability care)" } },
  { id: "skolchef", name: { sv: "Skolchef", en: "Head of education" } },
  { id: "elevhalsa", name: { sv: "Elevhälsa", en: "Pupil health services" } },
  { id: "primarvard", name: { sv: "Primärvård", en: "Primary care" } },
  { id: "specialistvard", name: { sv: "Specialistvård", en: "Specialist care" } },
  { id: "fritidsforvaltning", name: { sv: "Fritidsförvaltning", en: "Leisure services" } },
  { id: "folktandvard", name: { sv: "Folktandvård", en: "Public dental service" } },
  { id: "politiker", name: { sv: "Politiker", en: "Politicians" } },
  {
    id: "civilsamhallet",
    name: { sv: "Civilsamhället", en: "Civil society" },
    examples: {
      sv: "Svenska kyrkan, Rädda Barnen, Röda korset, föreningslivet lokalt",
      en: "Church of Sweden, Save the Children, Red Cross, local associations",
    },
  },
  { id: "invanare", name: { sv: "Invånare", en: "Residents" } },
  { id: "arbetsformedling", name: { sv: "Arbetsförmedling", en: "Public Employment Service" } },
  { id: "forsakringskassa", name: { sv: "Försäkringskassa", en: "Social Insurance Agency" } },
  { id: "polis", name: { sv: "Polis", en: "Police" } },
  { id: "frivard", name: { sv: "Frivård", en: "Probation service" } },
  { id: "kriminalvard", name: { sv: "Kriminalvård", en: "Prison and Probation Service" } },
  { id: "naringsliv", name: { sv: "Näringsliv", en: "Business community" } },
  { id: "migrationsverket", name: { sv: "Migrationsverket", en: "Migration Agency" } },
  { id: "lansstyrelsen", name: { sv: "Länsstyrelsen", en: "County Administrative Board" } },
  { id: "finsam", name: { sv: "Finsam", en: "Financial coordination (Finsam)" } },
]);
