/**
 * Small pieces the overview views share: a question summary (one status per question, as a description
 * list), a profile text marked with its language when the widget speaks another, and the link to a
 * leadership that the host decides (an `href`, a callback, or both).
 */
import type { StructureStatus } from "@systemledning/core/structure";
import type { MouseEvent, ReactNode } from "react";
import type { KitLocalizedText } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { StatusBadge } from "../primitives/status-badge.js";
import { STRUCTURE_OVERVIEW_MESSAGES } from "./messages-overview.js";
import type { STRUCTURE_QUESTIONS, StructureQuestionKey } from "./overview-model.js";

/** How a host links to one leadership: an address, a callback, or both (a link that the host also handles). */
export interface LeadershipLinkProps {
  /** The address of a leadership's page (`#/ledning/<id>`, say). With it each leadership is a link. */
  readonly leadershipHref?: ((leadershipId: string) => string) | undefined;
  /**
   * Called when a leadership is chosen. With `leadershipHref` it runs on a plain click of the link (a click
   * that opens a new tab is left to the browser); without it each leadership is a button.
   */
  readonly onSelectLeadership?: ((leadershipId: string) => void) | undefined;
}

/** A leadership's name as a link, a button or plain text, as the host asked. */
export function LeadershipLink({
  leadershipId,
  leadershipHref,
  onSelectLeadership,
  children,
}: LeadershipLinkProps & { readonly leadershipId: string; readonly children: ReactNode }) {
  if (leadershipHref !== undefined) {
    const onClick =
      onSelectLeadership === undefined
        ? undefined
        : (event: MouseEvent<HTMLAnchorElement>) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onSelectLeadership(leadershipId);
          };
    return (
      <a href={leadershipHref(leadershipId)} onClick={onClick}>
        {children}
      </a>
    );
  }
  if (onSelectLeadership !== undefined) {
    return (
      <button type="button" className="sl-structure-link-button" onClick={() => onSelectLeadership(leadershipId)}>
        {children}
      </button>
    );
  }
  return <>{children}</>;
}

/**
 * A profile text in the widget's language; Swedish shown in an English widget is marked `lang="sv"` so a
 * screen reader pronounces it right (WCAG 3.1.2).
 */
export function ProfileText({ text }: { readonly text: KitLocalizedText }) {
  const { locale } = useKitLocale();
  if (locale === "en" && text.en !== undefined) return <>{text.en}</>;
  if (locale === "en") return <span lang="sv">{text.sv}</span>;
  return <>{text.sv}</>;
}

/** Text from the workspace (a name someone typed), written in `lang`, marked when the widget speaks another. */
export function ContentText({ children, lang = "sv" }: { readonly children: ReactNode; readonly lang?: string }) {
  const { locale } = useKitLocale();
  return (
    <span className="sl-text" lang={locale === lang ? undefined : lang}>
      {children}
    </span>
  );
}

/** One status per question, as a description list: the question in words, its status as a badge. */
export function QuestionSummary({
  questions,
  summary,
}: {
  readonly questions: typeof STRUCTURE_QUESTIONS;
  readonly summary: Partial<Record<StructureQuestionKey, StructureStatus>>;
}) {
  const { t } = useKitLocale(undefined, STRUCTURE_OVERVIEW_MESSAGES);
  return (
    <dl className="sl-structure-summary">
      {questions.map((question) => {
        const status = summary[question.key];
        if (status === undefined) return null;
        return (
          <div key={question.key} className="sl-structure-summary-item">
            <dt>{t(question.nameKey)}</dt>
            <dd>
              <StatusBadge status={status} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
