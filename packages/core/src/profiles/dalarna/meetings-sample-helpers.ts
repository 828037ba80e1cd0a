/**
 * Shorthands for writing Dalarna's sample meetings: a meeting is written as a few facts (forum, day, items,
 * who was away, how many days before the notice went out) and these helpers turn them into `Meeting`
 * records with Stockholm times and attendance of the forum's members on that day.
 */
import { compareStrings } from "../../common/compare.js";
import type {
  AgendaItem,
  AgendaItemKind,
  Attendance,
  Meeting,
  MeetingMode,
  MeetingStatus,
} from "../../meetings/schema.js";
import { addDays } from "../../common/day-numbers.js";
import { formatStockholmInstant, fromStockholm } from "../../common/stockholm-time.js";
import type { Membership } from "../../structure/schema.js";
import { createNorthernLocalMemberships } from "./memberships-local-north.js";
import { createSouthernLocalMemberships } from "./memberships-local-south.js";
import { createRegionalMemberships } from "./memberships-regional.js";

const memberships: readonly Membership[] = [
  ...createRegionalMemberships(),
  ...createSouthernLocalMemberships(),
  ...createNorthernLocalMemberships(),
];

/** A Stockholm wall-clock time as an ISO instant with the day's offset. */
export function stockholm(date: string, time: string): string {
  return formatStockholmInstant(fromStockholm(date, time));
}

const active = (m: Membership, date: string) => m.from <= date && (m.to === undefined || date <= m.to);

/**
 * The attendance of a forum's seated members on `date`: everyone present except the `absent` (membership
 * ids), and the `represented` members, whose substitute stood in. Sorted by membership id.
 */
export function attendanceOf(
  forumId: string,
  date: string,
  absent: readonly string[] = [],
  represented: readonly string[] = [],
): Attendance[] {
  const inForum = memberships.filter((m) => m.forumId === forumId && active(m, date));
  return inForum
    .filter((m) => !m.roles.includes("substitute"))
    .map((m): Attendance => {
      if (represented.includes(m.id)) {
        const substitute = inForum.find((s) => s.substituteForId === m.id);
        if (substitute === undefined) throw new Error(`sample data: ${m.id} has no substitute on ${date}`);
        return { membershipId: m.id, status: "represented", substituteMembershipId: substitute.id };
      }
      return { membershipId: m.id, status: absent.includes(m.id) ? "absent" : "present" };
    })
    .sort((a, b) => compareStrings(a.membershipId, b.membershipId));
}

/** An agenda item as the sample writes it: kind, title, and optionally presenter and decision. */
export type ItemSpec = readonly [
  kind: AgendaItemKind,
  title: string,
  extra?: {
    readonly presenter?: string;
    readonly notes?: string;
    readonly decision?: string;
    readonly diarienummer?: string;
    readonly description?: string;
    readonly preRegisteredDaysBefore?: number;
  },
];

/** A sample meeting as a few facts. */
export interface MeetingSpec {
  readonly id: string;
  readonly forumId: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly status: MeetingStatus;
  readonly mode?: MeetingMode;
  readonly location?: string;
  readonly title?: string;
  /** Days before the meeting the notice went out. */
  readonly noticeDaysBefore?: number;
  /** Days after the meeting the notes went out. */
  readonly notesDaysAfter?: number;
  /** Days after the notes the approval came. */
  readonly approvedDaysAfterNotes?: number;
  readonly cancelledDaysBefore?: number;
  readonly cancellationReason?: string;
  readonly items: readonly ItemSpec[];
  readonly absent?: readonly string[];
  readonly represented?: readonly string[];
  /** Whether attendance is recorded (held meetings). @default true once held */
  readonly attendance?: boolean;
}

/** Turn a {@link MeetingSpec} into a meeting. */
export function meetingOf(spec: MeetingSpec): Meeting {
  const agenda = spec.items.map(([kind, title, extra = {}], i): AgendaItem => {
    const item: AgendaItem = { id: `${spec.id}-a${i + 1}`, kind, title, attachments: [] };
    if (extra.description !== undefined) item.description = extra.description;
    if (extra.presenter !== undefined) item.presenter = extra.presenter;
    if (extra.preRegisteredDaysBefore !== undefined)
      item.preRegisteredAt = stockholm(addDays(spec.date, -extra.preRegisteredDaysBefore), "11:00");
    if (extra.notes !== undefined) item.notes = extra.notes;
    if (extra.decision !== undefined) {
      item.decision = { text: extra.decision, activityIds: [] };
      if (extra.diarienummer !== undefined) item.decision.diarienummer = extra.diarienummer;
    }
    return item;
  });
  const held = spec.status === "held" || spec.status === "notes-in-review" || spec.status === "approved";
  const meeting: Meeting = {
    id: spec.id,
    forumId: spec.forumId,
    start: stockholm(spec.date, spec.start),
    end: stockholm(spec.date, spec.end),
    mode: spec.mode ?? "physical",
    status: spec.status,
    agenda,
    attendance:
      held && spec.attendance !== false ? attendanceOf(spec.forumId, spec.date, spec.absent, spec.represented) : [],
  };
  if (spec.title !== undefined) meeting.title = spec.title;
  if (spec.location !== undefined) meeting.location = spec.location;
  if (spec.noticeDaysBefore !== undefined)
    meeting.noticeSentAt = stockholm(addDays(spec.date, -spec.noticeDaysBefore), "10:00");
  if (spec.notesDaysAfter !== undefined) {
    const notesOn = addDays(spec.date, spec.notesDaysAfter);
    meeting.notesSentAt = stockholm(notesOn, "15:00");
    if (spec.approvedDaysAfterNotes !== undefined)
      meeting.approvedAt = stockholm(addDays(notesOn, spec.approvedDaysAfterNotes), "09:00");
  }
  if (spec.cancelledDaysBefore !== undefined)
    meeting.cancelledAt = stockholm(addDays(spec.date, -spec.cancelledDaysBefore), "08:30");
  if (spec.cancellationReason !== undefined) meeting.cancellationReason = spec.cancellationReason;
  return meeting;
}
