/**
 * Schemas of the meetings module (docs/domain.md, Meetings and decisions): meetings with their agenda, attendance and
 * notes, and the append-only, hash-chained log of decisions and approved notes. Meeting rules (profile data) are in
 * `schema-rules.ts`. Each schema is also the type of the same name.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams } from "../common/issues.js";
import { Ext, Id, IsoDate, IsoDateTime, LongText, ShortText } from "../schema/primitives.js";
import { MEETINGS_ISSUE_MESSAGES, type MeetingsIssueCode } from "./issues.js";
import { MeetingMode } from "./schema-rules.js";

export * from "./schema-rules.js";

/**
 * The kind of an agenda item (*ärende*); *Regional årsrapport 2025*, Bilaga 2, uses Information, Beslut,
 * Workshop, Rapport.
 */
export const AgendaItemKind = z.enum(["information", "decision", "workshop", "report", "dialogue"]);
/** The kind of an agenda item. */
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** Where a meeting is in its life: planned → notice sent → held → notes in review → approved, or cancelled. */
export const MeetingStatus = z.enum(["planned", "notice-sent", "held", "notes-in-review", "approved", "cancelled"]);
/** Where a meeting is in its life. */
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** An attachment (*bilaga*) of an agenda item. A link is shown as a link only when it passes the allow-list. */
export const Attachment = defineSchema(() => z.strictObject({ id: Id, title: ShortText, href: ShortText.optional() }));
/** An attachment of an agenda item. */
export type Attachment = z.infer<typeof Attachment>;

/** A decision proposed or taken under an agenda item, before approval copies it into the log. */
export const DecisionDraft = defineSchema(() =>
  z.strictObject({
    text: LongText.min(1),
    /** The registry number (*diarienummer*), when the decision is registered. */
    diarienummer: ShortText.optional(),
    /** Plan activities the decision starts (ids in the plan module). */
    activityIds: z.array(Id),
  }),
);
/** A decision under an agenda item. */
export type DecisionDraft = z.infer<typeof DecisionDraft>;

/** An agenda item (*ärende*). */
export const AgendaItem = defineSchema(() =>
  z.strictObject({
    id: Id,
    kind: AgendaItemKind,
    title: ShortText,
    description: LongText.optional(),
    /** Who presents the item, in free text ("RSS Dalarna", a name and title). */
    presenter: ShortText.optional(),
    /** When the item was pre-registered (*föranmält*); absent for items the chair put on the agenda. */
    preRegisteredAt: IsoDateTime.optional(),
    attachments: z.array(Attachment),
    /** The notes (*minnesanteckningar*) of this item. */
    notes: LongText.optional(),
    decision: DecisionDraft.optional(),
    ext: Ext.optional(),
  }),
);
/** An agenda item. */
export type AgendaItem = z.infer<typeof AgendaItem>;

function rule(code: MeetingsIssueCode, params: Record<string, string | number> = {}): Record<string, unknown> {
  return customIssueParams(code, MEETINGS_ISSUE_MESSAGES[code](params), params);
}

/**
 * Attendance of one member: present, absent, or represented by their substitute (`substituteMembershipId`
 * is required for `represented` and refused otherwise).
 */
export const Attendance = defineSchema(() =>
  z
    .strictObject({
      membershipId: Id,
      status: z.enum(["present", "absent", "represented"]),
      /** For `represented`: the substitute's membership. */
      substituteMembershipId: Id.optional(),
    })
    .check((ctx) => {
      const { status, substituteMembershipId } = ctx.value;
      if (status === "represented" && substituteMembershipId === undefined) {
        ctx.issues.push({
          code: "custom",
          input: ctx.value,
          path: ["substituteMembershipId"],
          params: rule("substitute_missing"),
        });
      } else if (status !== "represented" && substituteMembershipId !== undefined) {
        ctx.issues.push({
          code: "custom",
          input: substituteMembershipId,
          path: ["substituteMembershipId"],
          params: rule("substitute_not_represented", { status }),
        });
      }
    }),
);
/** Attendance of one member. */
export type Attendance = z.infer<typeof Attendance>;

/** The field each lifecycle status needs: a meeting past `planned` says when its notice went out, and so on. */
const STATUS_FIELDS: Readonly<
  Record<MeetingStatus, readonly ("noticeSentAt" | "notesSentAt" | "approvedAt" | "cancelledAt")[]>
> = {
  planned: [],
  "notice-sent": ["noticeSentAt"],
  held: ["noticeSentAt"],
  "notes-in-review": ["noticeSentAt", "notesSentAt"],
  approved: ["noticeSentAt", "notesSentAt", "approvedAt"],
  cancelled: ["cancelledAt"],
};

/**
 * A meeting of a forum. Times are instants with an offset; the forum meets in Europe/Stockholm, so the
 * meeting's day is its Stockholm date. The lifecycle fields (`noticeSentAt`, `notesSentAt`, `approvedAt`,
 * `cancelledAt`) are set by the commands as the meeting moves on; a status without its field is refused.
 */
export const Meeting = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      forumId: Id,
      title: ShortText.optional(),
      start: IsoDateTime,
      end: IsoDateTime,
      mode: MeetingMode,
      location: ShortText.optional(),
      status: MeetingStatus,
      /** When the notice (*kallelse*) was sent. */
      noticeSentAt: IsoDateTime.optional(),
      /** When the notes were sent to the members for review (*justering*). */
      notesSentAt: IsoDateTime.optional(),
      /** When the notes were approved (*justerade*). */
      approvedAt: IsoDateTime.optional(),
      /** When the meeting was cancelled, and why. */
      cancelledAt: IsoDateTime.optional(),
      cancellationReason: LongText.optional(),
      agenda: z.array(AgendaItem),
      attendance: z.array(Attendance),
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { start, end, status } = ctx.value;
      if (Date.parse(end) <= Date.parse(start))
        ctx.issues.push({
          code: "custom",
          input: end,
          path: ["end"],
          params: rule("end_before_start", { start, end }),
        });
      for (const field of STATUS_FIELDS[status]) {
        if (ctx.value[field] === undefined)
          ctx.issues.push({
            code: "custom",
            input: ctx.value,
            path: [field],
            params: rule("status_field_missing", { status, field }),
          });
      }
    }),
);
/** A meeting of a forum. */
export type Meeting = z.infer<typeof Meeting>;

/** A decision as the log keeps it. */
export const DecisionRecord = defineSchema(() =>
  z.strictObject({
    /** The agenda item it was taken under. */
    itemId: Id,
    text: LongText.min(1),
    /** The day of the decision (the meeting's Stockholm date). */
    decidedOn: IsoDate,
    diarienummer: ShortText.optional(),
    /** Plan activities the decision starts (ids in the plan module). */
    activityIds: z.array(Id),
  }),
);
/** A decision as the log keeps it. */
export type DecisionRecord = z.infer<typeof DecisionRecord>;

/** One item of approved notes. */
export const NotesItemRecord = defineSchema(() =>
  z.strictObject({ itemId: Id, kind: AgendaItemKind, title: ShortText, notes: LongText }),
);
/** One item of approved notes. */
export type NotesItemRecord = z.infer<typeof NotesItemRecord>;

/** Approved notes (*justerade minnesanteckningar*) as the log keeps them: items and attendance as approved. */
export const NotesRecord = defineSchema(() =>
  z.strictObject({
    approvedOn: IsoDate,
    items: z.array(NotesItemRecord),
    attendance: z.array(Attendance),
  }),
);
/** Approved notes as the log keeps them. */
export type NotesRecord = z.infer<typeof NotesRecord>;

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/, { error: "invalid_format" });

const entryBase = {
  id: Id,
  /** Position in the log, from 0: a gap or a repeat shows a deleted or moved entry. */
  sequence: z.int().min(0),
  meetingId: Id,
  recordedAt: IsoDateTime,
  /** SHA-256 (hex) of the previous entry; null for the first. */
  previousHash: SHA256_HEX.nullable(),
  /** SHA-256 (hex) over this entry's canonical JSON (one line) without `hash`. */
  hash: SHA256_HEX,
};

/**
 * An entry of the append-only log of decisions and approved notes. A `correction` names the entry it
 * corrects and carries the corrected content (a decision or notes, the same kind as the corrected entry's).
 */
export const LogEntry = defineSchema(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ ...entryBase, kind: z.literal("decision"), decision: DecisionRecord }),
    z.strictObject({ ...entryBase, kind: z.literal("approved-notes"), notes: NotesRecord }),
    z.strictObject({
      ...entryBase,
      kind: z.literal("correction"),
      /** The entry corrected: an earlier entry of the same meeting. */
      correctsId: Id,
      /** Why the correction was made. */
      reason: LongText.min(1),
      decision: DecisionRecord.optional(),
      notes: NotesRecord.optional(),
    }),
  ]),
);
/** An entry of the decisions log. */
export type LogEntry = z.infer<typeof LogEntry>;
/** The kind of a log entry. */
export type LogEntryKind = LogEntry["kind"];
