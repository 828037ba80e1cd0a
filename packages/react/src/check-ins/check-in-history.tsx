/**
 * The check-ins of a plan's leaderships in time order: for each leadership and plan a list of the check-ins held
 * (date, period, how many activities were reported green, amber and red, each as a word with its shape, and the
 * answers to the Metodstöd's follow-up questions behind a disclosure) with the expected periods that have no
 * check-in placed among them, "Avstämning saknas för perioden …" (the core's `getCheckInHistories`).
 */
import { getCheckInHistories, RAG_LABELS, type CheckIn, type Rag } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { StatusBadge } from "../primitives/status-badge.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { RAG_BADGE } from "./check-in-fields.js";
import { CHECK_IN_MESSAGES, type CheckInMessageKey, type CheckInTools } from "./messages.js";

/** Props of {@link CheckInHistory}. */
export interface CheckInHistoryProps extends WidgetProps {
  readonly workspace: Workspace;
  /** Only this leadership's check-ins. @default every leadership */
  readonly leadershipId?: string | undefined;
  /** Only this plan's check-ins. @default every plan */
  readonly planId?: string | undefined;
  /** Today, `YYYY-MM-DD`: later check-ins are left out, and only periods ended before it are expected. */
  readonly asOf: string;
  /** @default "Tidigare avstämningar" */
  readonly title?: string | undefined;
  /** The heading level of the title; each leadership's is one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * The check-in history per leadership and plan, with the missing check-ins.
 *
 * @example
 * <CheckInHistory workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" />
 */
export function CheckInHistory(props: CheckInHistoryProps) {
  return (
    <Widget locale={props.locale} theme={props.theme} className={props.className} onError={props.onError}>
      <CheckInHistoryBody {...props} />
    </Widget>
  );
}

const RAG_ORDER: readonly Rag[] = ["green", "amber", "red"];
const FOLLOW_UP_ROWS = [
  ["activitiesAndResults", "checkInActivitiesAndResults"],
  ["lessons", "checkInLessons"],
  ["successFactors", "checkInSuccessFactors"],
  ["challenges", "checkInChallenges"],
  ["visionAssessment", "checkInVisionAssessment"],
] as const satisfies readonly (readonly [string, CheckInMessageKey])[];

function CheckInHistoryBody({ workspace, leadershipId, planId, asOf, title, headingLevel = 2 }: CheckInHistoryProps) {
  const tools = useKitLocale(undefined, CHECK_IN_MESSAGES);
  const { t, number, locale } = tools;
  const id = useId();
  const histories = useMemo(
    () => getCheckInHistories(workspace, { asOf, planId, leadershipId }),
    [workspace, asOf, planId, leadershipId],
  );
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4" | "h5";
  const date = (iso: string) => formatLocaleDate(iso, locale);
  const nameOf = (lid: string) => workspace.leaderships.find((l) => l.id === lid)?.name ?? lid;
  const planOf = (pid: string) => workspace.plans.find((p) => p.id === pid)?.title ?? pid;

  return (
    <section className="sl-check-in-history" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="sl-check-in-title sl-text">
        {title ?? t("checkInHistoryTitle")}
      </Heading>
      {histories.length === 0 ? <p className="sl-text">{t("checkInHistoryNone")}</p> : null}
      {histories.map((history, h) => (
        <section key={`${history.planId}|${history.leadershipId}`} aria-labelledby={`${id}-${h}`}>
          <Sub id={`${id}-${h}`} className="sl-check-in-group-title sl-text">
            {t("checkInHistoryGroup", { leadership: nameOf(history.leadershipId), plan: planOf(history.planId) })}
          </Sub>
          <p>
            {t("checkInHistorySummary", {
              count: number(history.checkIns.length),
              missing: number(history.missing.length),
            })}
          </p>
          {history.items.length === 0 ? (
            <p>{t("checkInHistoryEmpty")}</p>
          ) : (
            <ol className="sl-check-in-list">
              {history.items.map((item) =>
                item.kind === "missing" ? (
                  <li key={`gap-${item.period.from}`} className="sl-check-in-item" data-kind="missing">
                    <StatusBadge
                      status="missing"
                      label={t("checkInMissing", { from: date(item.period.from), to: date(item.period.to) })}
                    />
                  </li>
                ) : (
                  <li key={item.checkIn.id} className="sl-check-in-item" data-kind="check-in">
                    <CheckInEntry checkIn={item.checkIn} ragCounts={item.ragCounts} tools={tools} date={date} />
                  </li>
                ),
              )}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}

function CheckInEntry({
  checkIn,
  ragCounts,
  tools,
  date,
}: {
  readonly checkIn: CheckIn;
  readonly ragCounts: Readonly<Record<Rag, number>>;
  readonly tools: CheckInTools;
  readonly date: (iso: string) => string;
}) {
  const { t, text, number } = tools;
  const answers = FOLLOW_UP_ROWS.filter(([field]) => checkIn.followUp[field] !== undefined);
  const rating = checkIn.followUp.visionRating;
  return (
    <>
      <p className="sl-check-in-when">
        <strong>
          {t("checkInHeld")} <time dateTime={checkIn.date}>{date(checkIn.date)}</time>
        </strong>
        {" · "}
        {t("checkInPeriod", { from: date(checkIn.period.from), to: date(checkIn.period.to) })}
      </p>
      <p className="sl-check-in-rag">
        {checkIn.activityStatuses.length === 0
          ? t("checkInNoStatuses")
          : RAG_ORDER.filter((rag) => ragCounts[rag] > 0).map((rag) => (
              <StatusBadge
                key={rag}
                status={RAG_BADGE[rag]}
                label={t("checkInRagCount", { label: text(RAG_LABELS[rag]), count: number(ragCounts[rag]) })}
              />
            ))}
      </p>
      <details className="sl-check-in-details">
        <summary>{t("checkInFollowUpShow")}</summary>
        {answers.length === 0 && rating === undefined ? (
          <p>{t("checkInFollowUpNone")}</p>
        ) : (
          <dl className="sl-check-in-answers">
            {answers.map(([field, label]) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd className="sl-text">{checkIn.followUp[field]}</dd>
              </div>
            ))}
            {rating === undefined ? null : (
              <div>
                <dt>{t("checkInVision")}</dt>
                <dd>{t("checkInVisionRatingValue", { rating: number(rating) })}</dd>
              </div>
            )}
          </dl>
        )}
      </details>
    </>
  );
}
