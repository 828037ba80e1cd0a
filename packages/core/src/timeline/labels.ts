/**
 * The timeline module's words a reader sees: item kinds, event kinds and scopes, decision statuses and the
 * label of the group of items without a forum or leadership, in Swedish and English.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { TimelineItemKind } from "./model.js";
import type { TimelineEventKind, TimelineEventScope } from "./schema.js";

/** Labels of the timeline's item kinds. */
export const TIMELINE_ITEM_KIND_LABELS: Readonly<Record<TimelineItemKind, BilingualMessage>> = Object.freeze({
  meeting: { sv: "Möte", en: "Meeting" },
  "agenda-item": { sv: "Ärende", en: "Agenda item" },
  decision: { sv: "Beslut", en: "Decision" },
  event: { sv: "Aktivitet", en: "Event" },
  activity: { sv: "Planaktivitet", en: "Plan activity" },
  "check-in": { sv: "Avstämning", en: "Check-in" },
});

/** Labels of event kinds, in the words of *Regional årsrapport 2025*, Bilaga 2, where it has them. */
export const TIMELINE_EVENT_KIND_LABELS: Readonly<Record<TimelineEventKind, BilingualMessage>> = Object.freeze({
  network: { sv: "Nätverksträff", en: "Network meeting" },
  "information-forum": { sv: "Informationsforum", en: "Information forum" },
  "leadership-day": { sv: "Systemledningsdag", en: "System leadership day" },
  conference: { sv: "Konferens", en: "Conference" },
  training: { sv: "Utbildning", en: "Training" },
  other: { sv: "Övrigt", en: "Other" },
});

/** Labels of event scopes. */
export const TIMELINE_EVENT_SCOPE_LABELS: Readonly<Record<TimelineEventScope, BilingualMessage>> = Object.freeze({
  regional: { sv: "Regional", en: "Regional" },
  local: { sv: "Lokal", en: "Local" },
  national: { sv: "Nationell", en: "National" },
});

/**
 * Labels of the statuses only timeline items have: a decision in the log as approved, or as corrected by a
 * later entry. Meetings, activities and check-ins carry their own modules' statuses (meetings' statuses,
 * `ACTIVITY_STATUS_LABELS`, `RAG_LABELS`); a cancelled event has the status `cancelled`.
 */
export const TIMELINE_DECISION_STATUS_LABELS: Readonly<Record<"approved" | "corrected", BilingualMessage>> =
  Object.freeze({
    approved: { sv: "Justerat", en: "Approved" },
    corrected: { sv: "Rättat", en: "Corrected" },
  });

/** Texts of `groupTimeline`: the label of the last group, which holds the items without a forum or leadership. */
export const TIMELINE_GROUP_MESSAGES: Readonly<Record<"noForum" | "noLeadership", BilingualMessage>> = Object.freeze({
  noForum: { sv: "Utan forum", en: "No forum" },
  noLeadership: { sv: "Utan systemledning", en: "No leadership" },
});
