/**
 * The details of an opened timeline item (or of a "+N" cluster): a panel under the timeline, not a modal,
 * so the page stays usable. It names the item and lists its date, kind, lane, status, diarienummer, text
 * and, for a meeting, its agenda by kind. Close returns focus to the item it came from.
 */
import { AGENDA_KIND_LABELS } from "@systemledning/core/meetings";
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import type { ChartPosition } from "../primitives/use-chart-navigation.js";
import { dateText, kindText, statusText } from "./labels.js";
import type { PlacedEntry } from "./layout.js";
import { formatLocaleDate } from "../i18n/format.js";
import type { TimelineTools } from "./messages.js";

/** What is open: an entry of a lane, and where it stands (to give focus back on close). */
export interface OpenDetails {
  readonly entry: PlacedEntry;
  readonly lane: string;
  readonly position: ChartPosition;
}

/** Props of {@link TimelineDetails}. */
export interface TimelineDetailsProps {
  readonly open: OpenDetails;
  readonly tools: TimelineTools;
  readonly headingLevel: 3 | 4 | 5 | 6;
  readonly onClose: () => void;
  /** For a cluster at year or quarter zoom: show its period closer. */
  readonly onZoomIn?: (() => void) | undefined;
}

/** The details panel of a timeline item or cluster. */
export function TimelineDetails({ open, tools, headingLevel, onClose, onZoomIn }: TimelineDetailsProps) {
  const { t } = tools;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const { entry } = open;
  // Focus moves to the panel's heading, so a screen reader reads what opened; Close gives it back.
  useEffect(() => headingRef.current?.focus(), [entry]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  if (entry.type === "cluster") {
    return (
      <section className="sl-tl-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <Heading id={headingId} ref={headingRef} tabIndex={-1} className="sl-tl-details-title sl-text">
          {t("timelineClusterHeading", {
            count: tools.number(entry.items.length),
            from: formatLocaleDate(entry.from, tools.locale),
            to: formatLocaleDate(entry.to, tools.locale),
          })}
        </Heading>
        <p className="sl-tl-details-lane sl-text">{open.lane}</p>
        <ol className="sl-tl-details-list">
          {entry.items.map((item) => (
            <li key={item.id}>
              <time dateTime={item.date}>{dateText(item, tools)}</time> · {kindText(item, tools)}:{" "}
              <span className="sl-text">{item.title}</span>
            </li>
          ))}
        </ol>
        <div className="sl-tl-details-actions">
          {onZoomIn === undefined ? null : (
            <button type="button" className="sl-button sl-button-small" onClick={onZoomIn}>
              {t("timelineZoomIn")}
            </button>
          )}
          <button type="button" className="sl-button sl-button-small" onClick={onClose}>
            {t("timelineClose")}
          </button>
        </div>
      </section>
    );
  }

  const { item } = entry;
  const status = statusText(item, tools);
  return (
    <section className="sl-tl-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="sl-tl-details-title sl-text">
        {item.title}
      </Heading>
      <dl className="sl-tl-details-fields">
        <div>
          <dt>{t("timelineDate")}</dt>
          <dd>
            <time dateTime={item.date}>{dateText(item, tools)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("timelineKind")}</dt>
          <dd>{kindText(item, tools)}</dd>
        </div>
        <div>
          <dt>{t("timelineLane")}</dt>
          <dd className="sl-text">{open.lane}</dd>
        </div>
        {status === null ? null : (
          <div>
            <dt>{t("timelineStatus")}</dt>
            <dd>{status}</dd>
          </div>
        )}
        {item.diarienummer === null ? null : (
          <div>
            <dt>{t("timelineDiarienummer")}</dt>
            <dd className="sl-text">{item.diarienummer}</dd>
          </div>
        )}
      </dl>
      {item.description === null ? null : (
        <div className="sl-tl-details-text">
          <p className="sl-tl-details-label">{t("timelineDescription")}</p>
          <p className="sl-text">{item.description}</p>
        </div>
      )}
      {item.agenda.length === 0 ? null : (
        <div className="sl-tl-details-text">
          <p className="sl-tl-details-label">{t("timelineAgenda")}</p>
          <ol className="sl-tl-details-list">
            {item.agenda.map((agendaItem) => (
              <li key={agendaItem.id}>
                <span className="sl-tl-agenda-kind">{tools.text(AGENDA_KIND_LABELS[agendaItem.kind])}:</span>{" "}
                <span className="sl-text">{agendaItem.title}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="sl-tl-details-actions">
        <button type="button" className="sl-button sl-button-small" onClick={onClose}>
          {t("timelineClose")}
        </button>
      </div>
    </section>
  );
}
