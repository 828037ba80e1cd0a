/**
 * The parts of the *Metodstöd för lokal systemledning* (RSS Dalarna) in its order, as the charter (the
 * *överenskommelse*) and the workbook that writes it show them: each part's title, the charter's template text
 * it holds (if any) and its list (principles, tasks). One table, so the document and the workbook never disagree
 * on the order or the words.
 */
import type { CharterSection } from "../profile/schema.js";
import type { BilingualMessage } from "../common/issues.js";

/** A charter text field of the Metodstöd's template (the charter's own texts, not the answers). */
export type CharterTextField = "purpose" | "why" | "vision" | "meetingStructure" | "followUpPlan";

/** A charter list of the template. */
export type CharterListField = "principles" | "tasks";

/** One part of the Metodstöd: its section, title, what it asks for in a sentence, its text field and its list. */
export interface CharterPart {
  readonly section: CharterSection;
  readonly title: BilingualMessage;
  /** The charter's template text this part holds, if any. */
  readonly textField?: CharterTextField;
  /** The label of that text field. */
  readonly textLabel?: BilingualMessage;
  /** The charter's list this part holds, if any. */
  readonly listField?: CharterListField;
}

/** The Metodstöd's parts in its order, from "Syfte" to "Uppföljning och utvärdering". */
export const CHARTER_PARTS: readonly CharterPart[] = [
  {
    section: "purpose",
    title: { sv: "Syfte", en: "Purpose" },
    textField: "purpose",
    textLabel: { sv: "Systemledningens syfte", en: "The system leadership's purpose" },
  },
  {
    section: "why",
    title: { sv: "Varför systemledningen behövs", en: "Why the system leadership is needed" },
    textField: "why",
    textLabel: { sv: "Varför systemledningen behövs", en: "Why the system leadership is needed" },
  },
  {
    section: "vision",
    title: { sv: "Målbild", en: "Vision" },
    textField: "vision",
    textLabel: { sv: "Er lokala målbild", en: "Your local vision" },
  },
  {
    section: "principles",
    title: { sv: "Enkla principer för samverkan", en: "Simple principles for collaboration" },
    listField: "principles",
  },
  { section: "composition", title: { sv: "Systemledningens sammansättning", en: "Composition" } },
  {
    section: "tasks",
    title: { sv: "Uppgifter för systemledningen", en: "Tasks of the system leadership" },
    listField: "tasks",
  },
  {
    section: "meetingStructure",
    title: { sv: "Mötesstruktur", en: "Meeting structure" },
    textField: "meetingStructure",
    textLabel: { sv: "Mötesstrukturen i korthet", en: "The meeting structure in brief" },
  },
  {
    section: "followUp",
    title: { sv: "Uppföljning och utvärdering", en: "Follow-up and evaluation" },
    textField: "followUpPlan",
    textLabel: { sv: "Plan för uppföljning och egenvärdering", en: "Plan for follow-up and self-assessment" },
  },
];
