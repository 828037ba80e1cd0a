/**
 * The words of a meeting's lifecycle status, in Swedish and English: part of the meeting views' texts, and
 * shared with the timeline, which names a meeting's status in the same words. A file of their own so the
 * timeline carries these six entries and not every text of the meeting views.
 */
export const MEETING_STATUS_MESSAGES = {
  meetingsStatusPlanned: { sv: "Planerat", en: "Planned" },
  meetingsStatusNoticeSent: { sv: "Kallelse skickad", en: "Notice sent" },
  meetingsStatusHeld: { sv: "Genomfört", en: "Held" },
  meetingsStatusNotesInReview: { sv: "Anteckningar på justering", en: "Notes in review" },
  meetingsStatusApproved: { sv: "Justerat", en: "Approved" },
  meetingsStatusCancelled: { sv: "Inställt", en: "Cancelled" },
} as const;
