/**
 * The meetings module's words a reader sees: agenda item kinds as *Regional årsrapport 2025*, Bilaga 2, writes them.
 * The minutes, the calendar export and the annual report all label items from here.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { AgendaItemKind } from "./schema.js";

/** Labels of agenda item kinds, as Bilaga 2 writes them (Information, Beslut, Workshop, Rapport). */
export const AGENDA_KIND_LABELS: Readonly<Record<AgendaItemKind, BilingualMessage>> = Object.freeze({
  information: { sv: "Information", en: "Information" },
  decision: { sv: "Beslut", en: "Decision" },
  workshop: { sv: "Workshop", en: "Workshop" },
  report: { sv: "Rapport", en: "Report" },
  dialogue: { sv: "Dialog", en: "Dialogue" },
});
