/**
 * What the three meeting views share: dates and times as `<time datetime>` in the reader's language, the
 * words for a meeting's status and mode, compliance findings in words with the status shape (never colour
 * alone, docs/quality.md A8), free text marked with its own language, and the allow-list for attachment links.
 */
import type { MeetingDeadlines, MeetingFinding, MeetingMode, MeetingStatus } from "@systemledning/core/meetings";
import type { ReactNode } from "react";
import { formatLocaleDate, formatWeekdayDate, INTL_LOCALE, type KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { MEETING_VIEW_MESSAGES, type MeetingMessageKey, type MeetingTools } from "./messages.js";
import type { MEETING_STATUS_MESSAGES } from "./status-messages.js";

/** The words of each lifecycle status. */
export const MEETING_STATUS_KEYS: Readonly<Record<MeetingStatus, keyof typeof MEETING_STATUS_MESSAGES>> = {
  planned: "meetingsStatusPlanned",
  "notice-sent": "meetingsStatusNoticeSent",
  held: "meetingsStatusHeld",
  "notes-in-review": "meetingsStatusNotesInReview",
  approved: "meetingsStatusApproved",
  cancelled: "meetingsStatusCancelled",
};

/** The words of each mode. */
export const MEETING_MODE_KEYS: Readonly<Record<MeetingMode, MeetingMessageKey>> = {
  physical: "meetingsModePhysical",
  digital: "meetingsModeDigital",
  hybrid: "meetingsModeHybrid",
};

/** How a finding's severity shows: the kit's status shapes (cross, triangle, diamond) and a word for each. */
export const SEVERITY_STATUS: Readonly<
  Record<
    MeetingFinding["severity"],
    { readonly status: "missing" | "warning" | "info"; readonly key: MeetingMessageKey }
  >
> = {
  error: { status: "missing", key: "meetingsSeverityError" },
  warning: { status: "warning", key: "meetingsSeverityWarning" },
  note: { status: "info", key: "meetingsSeverityNote" },
};

const timeFormats = new Map<KitLocale, Intl.DateTimeFormat>();

// The weekday form lives with the other date words, because the Metodstöd workbook writes days with it too.
export { formatWeekdayDate };

/** "13:00": an instant's wall-clock time in Stockholm, where every forum meets (docs/quality.md D6). */
export function formatStockholmTime(instant: string, locale: KitLocale): string {
  let format = timeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "Europe/Stockholm",
    });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(Date.parse(instant)));
}

/** A calendar day as `<time datetime="2026-03-12">12 mars 2026</time>`, with the weekday when asked. */
export function DateText({ date, weekday = false }: { readonly date: string; readonly weekday?: boolean }) {
  const { locale } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  return (
    <time dateTime={date.slice(0, 10)}>
      {weekday ? formatWeekdayDate(date, locale) : formatLocaleDate(date, locale)}
    </time>
  );
}

/** A meeting's time span, "13:00–15:30", each end a `<time>` with its instant. */
export function TimeSpan({ start, end }: { readonly start: string; readonly end: string }) {
  const { locale } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  return (
    <span className="sl-meetings-time">
      <time dateTime={start}>{formatStockholmTime(start, locale)}</time>–
      <time dateTime={end}>{formatStockholmTime(end, locale)}</time>
    </span>
  );
}

/**
 * Text written by people (titles, notes, decisions, names): marked with the language it was written in
 * when the widget speaks another, so a screen reader reads Swedish notes with a Swedish voice (A14).
 */
export function Content({
  children,
  lang,
  as: Tag = "span",
  className,
}: {
  readonly children: ReactNode;
  readonly lang: string;
  readonly as?: "span" | "p" | "div";
  readonly className?: string | undefined;
}) {
  const { locale } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  return (
    <Tag className={className} lang={lang === locale ? undefined : lang}>
      {children}
    </Tag>
  );
}

/** A meeting's lifecycle status as a badge: words, with the status in a data attribute for styling. */
export function MeetingStatusBadge({ status }: { readonly status: MeetingStatus }) {
  const { t } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  return (
    <span className="sl-meetings-badge" data-sl-meeting-status={status}>
      {t(MEETING_STATUS_KEYS[status])}
    </span>
  );
}

/**
 * A meeting's compliance findings: each its severity in words and shape, then the core's message in the
 * reader's language. With no finding, "Inga avvikelser" with the ok shape.
 */
export function FindingList({
  findings,
  tools,
}: {
  readonly findings: readonly MeetingFinding[];
  readonly tools: MeetingTools;
}) {
  const { t, locale } = tools;
  if (findings.length === 0) {
    return (
      <p className="sl-meetings-findings-none">
        <span className="sl-status" data-status="ok">
          {t("meetingsNoFindings")}
        </span>
      </p>
    );
  }
  return (
    <ul className="sl-meetings-findings">
      {findings.map((finding, index) => {
        const severity = SEVERITY_STATUS[finding.severity];
        return (
          <li key={`${finding.code}-${index}`} data-sl-severity={finding.severity}>
            <span className="sl-status" data-status={severity.status}>
              {t(severity.key)}
            </span>{" "}
            <span className="sl-text">{finding.message[locale]}</span>
          </li>
        );
      })}
    </ul>
  );
}

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/**
 * The link of an attachment when it passes the allow-list (docs/quality.md S2): http, https, mailto, tel, or a
 * relative address; anything else (`javascript:`, `data:`, tricks with case, tabs or line breaks inside the
 * scheme) gives null, and the attachment is shown as plain text.
 *
 * @example
 * safeHref("https://www.regiondalarna.se/a.pdf") // "https://www.regiondalarna.se/a.pdf"
 * safeHref("\tjava\nscript:alert(1)") // null
 */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === "") return null;
  // Browsers drop ASCII tabs and line breaks anywhere in a URL and control characters and spaces at its
  // start, so the scheme is judged on the address with all of them removed.
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme === null) return compact.startsWith("//") || compact.startsWith("\\") ? null : trimmed;
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase()) ? trimmed : null;
}

/** A list of names in the locale: "Ludvika, Smedjebacken och Region Dalarna". */
export function joinNames(names: readonly string[], locale: KitLocale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction", style: "long" }).format(names);
}

/** The derived dates in the order they fall: before the meeting, then after it. */
const DERIVED: readonly { readonly field: keyof MeetingDeadlines; readonly key: MeetingMessageKey }[] = [
  { field: "preRegistrationDeadline", key: "meetingsPreRegistrationDeadline" },
  { field: "preparationOn", key: "meetingsPreparationOn" },
  { field: "noticeDeadline", key: "meetingsNoticeDeadline" },
  { field: "notesDue", key: "meetingsNotesDue" },
  { field: "approvalDue", key: "meetingsApprovalDue" },
];

/** A meeting's derived dates as a description list, each a `<time>`. */
export function DeadlineList({
  deadlines,
  tools,
}: {
  readonly deadlines: MeetingDeadlines;
  readonly tools: MeetingTools;
}) {
  return (
    <dl className="sl-meetings-dates">
      {DERIVED.map(({ field, key }) => (
        <div key={field} className="sl-meetings-date-row">
          <dt>{tools.t(key)}</dt>
          <dd>
            <DateText date={deadlines[field]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
