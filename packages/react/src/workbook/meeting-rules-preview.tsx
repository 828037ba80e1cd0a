/**
 * "Så blir mötena 2027": the year's meeting dates under the rules as they stand in the form, computed by the core's
 * `planMeetings` on the workspace the rules would make, so a person sees the annual plan follow each choice before
 * saving it. A list in date order; each day as `<time datetime>` with its weekday, and a move off a holiday said.
 */
import type { MeetingPlan } from "@systemledning/core/meetings";
import { formatWeekdayDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { WORKBOOK_FORM_MESSAGES } from "./messages-forms.js";

/** The year's plan under the form's rules, or why there is none yet. */
export function MeetingRulesPreview({
  plan,
  year,
  titleId,
  headingLevel,
}: {
  /** Null while the core would refuse the rules. */
  readonly plan: MeetingPlan | null;
  readonly year: number;
  readonly titleId: string;
  readonly headingLevel: 3 | 4 | 5;
}) {
  const { t, number, text, locale } = useKitLocale(undefined, WORKBOOK_FORM_MESSAGES);
  const Heading = `h${headingLevel}` as const;
  const target = plan?.rules.meetingsPerYear;
  return (
    <section className="sl-workbook-preview" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-workbook-preview-title">
        {t("meetingRulesPreviewTitle", { year })}
      </Heading>
      {plan === null ? (
        <p>{t("meetingRulesPreviewInvalid")}</p>
      ) : (
        <>
          <p>
            {t("meetingRulesPreviewCount", { count: number(plan.meetings.length) })}
            {plan.withinTarget || target === undefined ? null : (
              <>
                {" "}
                <span className="sl-status" data-status="warning">
                  {t("meetingRulesPreviewOffTarget", { min: number(target.min), max: number(target.max) })}
                </span>
              </>
            )}
          </p>
          {plan.basis === "fixed-dates" ? <p>{t("meetingRulesPreviewFixed", { year })}</p> : null}
          {plan.meetings.length === 0 ? (
            <p>{t("meetingRulesPreviewNone")}</p>
          ) : (
            <ol className="sl-workbook-preview-list">
              {plan.meetings.map((meeting) => (
                <li key={meeting.key}>
                  <time dateTime={meeting.date}>{formatWeekdayDate(meeting.date, locale)}</time>{" "}
                  <span className="sl-workbook-preview-time">
                    {/* Stockholm's wall clock: the plan's instants carry Stockholm's offset of the day. */}
                    {meeting.start.slice(11, 16)}–{meeting.end.slice(11, 16)}
                  </span>
                  {meeting.date === meeting.scheduledDate ? null : (
                    <span className="sl-workbook-preview-moved">
                      {" "}
                      ({t("meetingRulesPreviewMoved", { date: formatWeekdayDate(meeting.scheduledDate, locale) })}
                      {meeting.movedBecause === null ? "" : `: ${text(meeting.movedBecause)}`})
                    </span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
