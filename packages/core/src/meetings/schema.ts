/**
 * Schemas of the meetings module (DOMAIN.md §2): meeting rules (profile data), meetings with their agenda,
 * attendance and notes, and the append-only, hash-chained log of decisions and approved notes.
 * Each schema is also the type of the same name.
 */
import { z } from "zod";
import { Ext, Id, IsoDateTime, LongText, ShortText } from "../common/primitives.js";

/** How a meeting is held. Physical is the Metodstöd's default; digital when needed. */
export const MeetingMode = z.enum(["physical", "digital", "hybrid"]);
/** How a meeting is held. */
export type MeetingMode = z.infer<typeof MeetingMode>;

/** The kind of an agenda item (*ärende*); seed 004 Bilaga 2 uses Information, Beslut, Workshop, Rapport. */
export const AgendaItemKind = z.enum(["information", "decision", "workshop", "report", "dialogue"]);
/** The kind of an agenda item. */
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** Where a meeting is in its life: planned → notice sent → held → notes in review → approved, or cancelled. */
export const MeetingStatus = z.enum(["planned", "notice-sent", "held", "notes-in-review", "approved", "cancelled"]);
/** Where a meeting is in its life. */
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** An attachment (*bilaga*) of an agenda item. A link is shown as a link only when it passes the allow-list. */
export const Attachment = z.strictObject({ id: Id, title: ShortText, href: ShortText.optional() });
/** An attachment of an agenda item. */
export type Attachment = z.infer<typeof Attachment>;

/** A decision proposed or taken under an agenda item, before it is approved into the log. */
export const DecisionDraft = z.strictObject({
  text: LongText,
  /** The registry number (*diarienummer*), when the decision is registered. */
  diarienummer: ShortText.optional(),
  /** Plan activities the decision starts (ids in the plan module). */
  activityIds: z.array(Id),
});
/** A decision under an agenda item. */
export type DecisionDraft = z.infer<typeof DecisionDraft>;

/** An agenda item (*ärende*). */
export const AgendaItem = z.strictObject({
  id: Id,
  kind: AgendaItemKind,
  title: ShortText,
  description: LongText.optional(),
  /** Who presents the item, in free text ("RSS Dalarna", a name and title). */
  presenter: ShortText.optional(),
  /** When the item was pre-registered (*föranmält*). */
  preRegisteredAt: IsoDateTime.optional(),
  attachments: z.array(Attachment),
  /** The notes (*minnesanteckningar*) of this item. */
  notes: LongText.optional(),
  decision: DecisionDraft.optional(),
  ext: Ext.optional(),
});
/** An agenda item. */
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Attendance of one member: present, absent, or represented by their substitute. */
export const Attendance = z.strictObject({
  membershipId: Id,
  status: z.enum(["present", "absent", "represented"]),
  /** For `represented`: the substitute's membership. */
  substituteMembershipId: Id.optional(),
});
/** Attendance of one member. */
export type Attendance = z.infer<typeof Attendance>;

/** A meeting of a forum. Times are instants; the forum meets in Europe/Stockholm. */
export const Meeting = z.strictObject({
  id: Id,
  forumId: Id,
  title: ShortText.optional(),
  start: IsoDateTime,
  end: IsoDateTime,
  mode: MeetingMode,
  location: ShortText.optional(),
  status: MeetingStatus,
  noticeSentAt: IsoDateTime.optional(),
  agenda: z.array(AgendaItem),
  attendance: z.array(Attendance),
  ext: Ext.optional(),
});
/** A meeting of a forum. */
export type Meeting = z.infer<typeof Meeting>;

/** An entry of the append-only log of decisions and approved notes. */
export const LogEntry = z.strictObject({
  id: Id,
  kind: z.enum(["decision", "approved-notes", "correction"]),
  meetingId: Id,
  recordedAt: IsoDateTime,
  /** The entry's content, hashed as canonical JSON. */
  payload: z.json(),
  /** For a correction: the entry it corrects. */
  correctsId: Id.optional(),
  /** SHA-256 (hex) of the previous entry; null for the first. */
  previousHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** SHA-256 (hex) over this entry's canonical JSON without `hash`. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
/** An entry of the decisions log. */
export type LogEntry = z.infer<typeof LogEntry>;

/** The meeting rules of a forum (seed 001 Mötesstruktur). */
export const MeetingRules = z.strictObject({
  /** Minimum days between notice (*kallelse*) and meeting. */
  noticeDays: z.int().min(0).max(365),
  defaultMode: MeetingMode,
});
/** The meeting rules of a forum. */
export type MeetingRules = z.infer<typeof MeetingRules>;

/** Meeting settings of a profile: defaults and per-forum rules (by forum id). */
export const MeetingsProfileSettings = z.strictObject({
  defaults: MeetingRules,
  forums: z.record(Id, MeetingRules),
});
/** Meeting settings of a profile. */
export type MeetingsProfileSettings = z.infer<typeof MeetingsProfileSettings>;
