/**
 * The intents of the meetings commands (commands.ts): what each command is asked to do, validated at the
 * command's door before anything changes. Each schema is also the type of the same name.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { IsoDateTime, LongText } from "../schema/primitives.js";
import { AgendaItem, Attendance, DecisionRecord, Meeting, MeetingMode, NotesRecord } from "./schema.js";

/** The intent of {@link scheduleMeeting}. */
export const ScheduleMeetingIntent = defineSchema(() => z.strictObject({ meeting: Meeting }));
/** The intent of {@link scheduleMeeting}. */
export type ScheduleMeetingIntent = z.infer<typeof ScheduleMeetingIntent>;

/** The intent of {@link updateMeeting}: the fields to change. */
export const UpdateMeetingIntent = defineSchema(() =>
  z.strictObject({
    meetingId: z.string(),
    changes: z.strictObject({
      title: z.string().min(1).optional(),
      start: IsoDateTime.optional(),
      end: IsoDateTime.optional(),
      mode: MeetingMode.optional(),
      location: z.string().min(1).optional(),
      agenda: z.array(AgendaItem).optional(),
      attendance: z.array(Attendance).optional(),
    }),
  }),
);
/** The intent of {@link updateMeeting}. */
export type UpdateMeetingIntent = z.infer<typeof UpdateMeetingIntent>;

/** The intent of {@link sendMeetingNotice}. */
export const SendNoticeIntent = defineSchema(() => z.strictObject({ meetingId: z.string(), sentAt: IsoDateTime }));
/** The intent of {@link sendMeetingNotice}. */
export type SendNoticeIntent = z.infer<typeof SendNoticeIntent>;

/** The intent of {@link markMeetingHeld}. */
export const MarkHeldIntent = defineSchema(() =>
  z.strictObject({ meetingId: z.string(), mode: MeetingMode.optional() }),
);
/** The intent of {@link markMeetingHeld}. */
export type MarkHeldIntent = z.infer<typeof MarkHeldIntent>;

/** The intent of {@link sendNotesForReview}. */
export const SendNotesIntent = defineSchema(() => z.strictObject({ meetingId: z.string(), sentAt: IsoDateTime }));
/** The intent of {@link sendNotesForReview}. */
export type SendNotesIntent = z.infer<typeof SendNotesIntent>;

/** The intent of {@link cancelMeeting}. */
export const CancelMeetingIntent = defineSchema(() =>
  z.strictObject({ meetingId: z.string(), cancelledAt: IsoDateTime, reason: LongText.optional() }),
);
/** The intent of {@link cancelMeeting}. */
export type CancelMeetingIntent = z.infer<typeof CancelMeetingIntent>;

/** The intent of {@link approveMeetingNotes}. */
export const ApproveNotesIntent = defineSchema(() =>
  z.strictObject({ meetingId: z.string(), approvedAt: IsoDateTime }),
);
/** The intent of {@link approveMeetingNotes}. */
export type ApproveNotesIntent = z.infer<typeof ApproveNotesIntent>;

/** The intent of {@link correctLogEntry}: the entry to correct, why, and the corrected content. */
export const CorrectLogEntryIntent = defineSchema(() =>
  z.strictObject({
    correctsId: z.string(),
    reason: LongText.min(1),
    recordedAt: IsoDateTime,
    decision: DecisionRecord.optional(),
    notes: NotesRecord.optional(),
  }),
);
/** The intent of {@link correctLogEntry}. */
export type CorrectLogEntryIntent = z.infer<typeof CorrectLogEntryIntent>;
