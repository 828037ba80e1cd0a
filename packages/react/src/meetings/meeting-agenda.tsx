/**
 * A meeting's agenda in its own order, each item labelled by its kind as the annual report writes it
 * (Information, Beslut, Workshop, Rapport, Dialog: `AGENDA_KIND_LABELS`), with its presenter, attachments,
 * notes and decision. Labelled rather than grouped by kind: the order of an agenda is the order of the
 * meeting, and a decision often builds on the information before it; a line above the list counts the kinds.
 */
import {
  AGENDA_KIND_LABELS,
  stockholmDateOf,
  type AgendaItem,
  type AgendaItemKind,
  type Meeting,
} from "@systemledning/core/meetings";
import { useId } from "react";
import { RefusalAlert, SuccessNote } from "./feedback.js";
import { Content, DateText, safeHref } from "./shared.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingTools } from "./messages.js";

/** The kinds of an agenda in words with their counts: "Beslut (2), Information (1)". */
export function agendaKindCounts(agenda: readonly Pick<AgendaItem, "kind">[], tools: MeetingTools): string {
  const counts = new Map<AgendaItemKind, number>();
  for (const item of agenda) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts.entries()]
    .map(([kind, count]) => `${AGENDA_KIND_LABELS[kind][tools.locale]} (${tools.number(count)})`)
    .join(", ");
}

/** An item's kind as a label: the word, and the kind as a data attribute for its shape. */
export function KindLabel({ kind, tools }: { readonly kind: AgendaItemKind; readonly tools: MeetingTools }) {
  return (
    <span className="sl-meetings-kind" data-sl-kind={kind}>
      {AGENDA_KIND_LABELS[kind][tools.locale]}
    </span>
  );
}

interface AgendaSectionProps {
  readonly meeting: Meeting;
  readonly page: MeetingPageState;
  /** Notes and decisions can be written (notice sent, held, in review). */
  readonly editable: boolean;
  /** Show notes and decisions at all (not before the meeting is prepared). */
  readonly showNotes: boolean;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** The agenda with notes and decisions, editable while the meeting may still change. */
export function AgendaSection({
  meeting,
  page,
  editable,
  showNotes,
  headingLevel,
  contentLanguage,
  tools,
}: AgendaSectionProps) {
  const { t, number } = tools;
  const headingId = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const reviewing = meeting.status === "notes-in-review";
  const saving = page.pending === "updateMeeting";
  const saved = reviewing ? t("meetingsAdjustmentsSaved") : t("meetingsNotesSaved");
  return (
    <section className="sl-meetings-section sl-meetings-agenda" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-meetings-subtitle">
        {t("meetingsAgendaTitle")}
      </Heading>
      {meeting.agenda.length === 0 ? (
        <p className="sl-meetings-empty">{t("meetingsAgendaEmpty")}</p>
      ) : (
        <p className="sl-meetings-counts">
          {meeting.agenda.length === 1
            ? t("meetingsAgendaCountOne", { kinds: agendaKindCounts(meeting.agenda, tools) })
            : t("meetingsAgendaCount", {
                count: number(meeting.agenda.length),
                kinds: agendaKindCounts(meeting.agenda, tools),
              })}
        </p>
      )}
      {editable && reviewing ? <p className="sl-meetings-hint">{t("meetingsAdjustHint")}</p> : null}
      <ol className="sl-meetings-items">
        {meeting.agenda.map((item, index) => (
          <AgendaItemView
            key={item.id}
            item={item}
            number={index + 1}
            page={page}
            editable={editable}
            showNotes={showNotes}
            headingLevel={headingLevel + 1}
            contentLanguage={contentLanguage}
            tools={tools}
          />
        ))}
      </ol>
      {editable && meeting.agenda.length > 0 ? (
        <>
          {page.refusal?.section === "agenda" ? (
            <RefusalAlert issues={page.refusal.issues} onDismiss={page.dismissRefusal} />
          ) : null}
          <div className="sl-form-actions sl-meetings-save">
            <button
              type="button"
              className="sl-button sl-button-primary"
              aria-disabled={saving || undefined}
              onClick={() => void (saving ? undefined : page.save("agenda", saved))}
            >
              {reviewing ? t("meetingsAdjustmentsSave") : t("meetingsNotesSave")}
            </button>
            {page.agendaDirty ? <p className="sl-meetings-dirty">{t("meetingsUnsaved")}</p> : null}
          </div>
          {page.success?.section === "agenda" ? <SuccessNote success={page.success} /> : null}
        </>
      ) : null}
    </section>
  );
}

interface AgendaItemViewProps {
  readonly item: AgendaItem;
  readonly number: number;
  readonly page: MeetingPageState;
  readonly editable: boolean;
  readonly showNotes: boolean;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

function AgendaItemView({
  item,
  number,
  page,
  editable,
  showNotes,
  headingLevel,
  contentLanguage,
  tools,
}: AgendaItemViewProps) {
  const { t } = tools;
  const id = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h4";
  const notes = page.agendaDrafts.notes[item.id] ?? item.notes ?? "";
  const current = { text: item.decision?.text ?? "", diarienummer: item.decision?.diarienummer ?? "" };
  const decision = page.agendaDrafts.decisions[item.id] ?? current;
  const hasDecision = item.kind === "decision" || item.decision !== undefined;
  return (
    <li className="sl-meetings-item" data-sl-kind={item.kind}>
      <Heading className="sl-meetings-item-title">
        <span className="sl-meetings-item-number">{number}.</span> <KindLabel kind={item.kind} tools={tools} />{" "}
        <Content lang={contentLanguage} className="sl-text">
          {item.title}
        </Content>
      </Heading>
      {item.presenter === undefined && item.preRegisteredAt === undefined ? null : (
        <p className="sl-meetings-item-meta">
          {item.presenter === undefined ? null : (
            <span>
              {t("meetingsPresenter")} <Content lang={contentLanguage}>{item.presenter}</Content>
            </span>
          )}
          {item.preRegisteredAt === undefined ? null : (
            <span>
              {t("meetingsPreRegistered")} <DateText date={stockholmDateOf(item.preRegisteredAt)} />
            </span>
          )}
        </p>
      )}
      {item.description === undefined ? null : (
        <Content as="p" lang={contentLanguage} className="sl-meetings-item-description sl-text">
          {item.description}
        </Content>
      )}
      {item.attachments.length === 0 ? null : (
        <div className="sl-meetings-attachments">
          <p className="sl-meetings-label">{t("meetingsAttachments")}</p>
          <ul>
            {item.attachments.map((attachment) => {
              const href = safeHref(attachment.href);
              return (
                <li key={attachment.id}>
                  {href === null ? (
                    <Content lang={contentLanguage} className="sl-text">
                      {attachment.title}
                    </Content>
                  ) : (
                    <a
                      href={href}
                      className="sl-text"
                      lang={contentLanguage === tools.locale ? undefined : contentLanguage}
                    >
                      {attachment.title}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!showNotes ? null : editable ? (
        <>
          <div className="sl-field">
            <label htmlFor={`${id}-notes`}>{t("meetingsNotesLabel")}</label>
            <textarea
              id={`${id}-notes`}
              className="sl-textarea"
              rows={4}
              value={notes}
              onChange={(event) => page.setNotes(item.id, event.currentTarget.value)}
            />
          </div>
          {hasDecision ? (
            <div className="sl-meetings-decision-fields">
              <div className="sl-field">
                <label htmlFor={`${id}-decision`}>{t("meetingsDecisionLabel")}</label>
                <p id={`${id}-decision-hint`} className="sl-field-hint">
                  {t("meetingsDecisionHint")}
                </p>
                <textarea
                  id={`${id}-decision`}
                  className="sl-textarea"
                  rows={3}
                  aria-describedby={`${id}-decision-hint`}
                  value={decision.text}
                  onChange={(event) => page.setDecision(item.id, { text: event.currentTarget.value }, current)}
                />
              </div>
              <div className="sl-field">
                <label htmlFor={`${id}-dnr`}>{t("meetingsDiarienummerLabel")}</label>
                <input
                  id={`${id}-dnr`}
                  className="sl-input sl-meetings-dnr"
                  type="text"
                  autoComplete="off"
                  value={decision.diarienummer}
                  onChange={(event) => page.setDecision(item.id, { diarienummer: event.currentTarget.value }, current)}
                />
              </div>
            </div>
          ) : null}
        </>
      ) : (
        <>
          <div className="sl-meetings-notes">
            <p className="sl-meetings-label">{t("meetingsNotesLabel")}</p>
            {item.notes === undefined ? (
              <p className="sl-meetings-empty">{t("meetingsNoNotes")}</p>
            ) : (
              <Content as="p" lang={contentLanguage} className="sl-meetings-notes-text sl-text">
                {item.notes}
              </Content>
            )}
          </div>
          {item.decision === undefined ? null : (
            <div className="sl-meetings-decision">
              <p className="sl-meetings-label">{t("meetingsDecisionLabel")}</p>
              <Content as="p" lang={contentLanguage} className="sl-text">
                {item.decision.text}
              </Content>
              {item.decision.diarienummer === undefined ? null : (
                <p className="sl-meetings-dnr-text">
                  {t("meetingsDiarienummer", { number: item.decision.diarienummer })}
                </p>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}
