/**
 * The small parts of the action plan's page: a progress bar with its words, a list of plan-health findings with
 * their severity as a badge, the summary of the plan's health at the top, and the disclosure tasks (a button
 * that opens a form below it and gets focus back when the form closes).
 */
import type { PlanHealth, PlanHealthFinding } from "@systemledning/core/plan";
import { useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { StatusBadge } from "../primitives/status-badge.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import type { ActionPlanMessageKey, ActionPlanTools } from "./messages.js";
import { SEVERITY_BADGE } from "./model.js";

/**
 * A share done as a native `progress` (which every screen reader knows) with its words beside it, so the bar is
 * never the only way to read it; a null share ("nothing to count") shows the words and no bar.
 */
export function ProgressBar({
  label,
  share,
  tools,
}: {
  readonly label: string;
  readonly share: number | null;
  readonly tools: ActionPlanTools;
}) {
  const id = useId();
  const { t, percent } = tools;
  const words = share === null ? t("actionPlanProgressNone") : t("actionPlanProgressText", { percent: percent(share) });
  return (
    <div className="sl-plan-progress">
      <label htmlFor={id} className="sl-plan-progress-label">
        {label}
      </label>
      {share === null ? null : (
        <progress id={id} max={100} value={Math.round(share * 100)} aria-valuetext={words}>
          {words}
        </progress>
      )}
      <span id={share === null ? id : undefined} className="sl-plan-progress-text">
        {words}
      </span>
    </div>
  );
}

const SEVERITY_KEY: Readonly<Record<PlanHealthFinding["severity"], ActionPlanMessageKey>> = {
  error: "actionPlanSeverityError",
  warning: "actionPlanSeverityWarning",
  info: "actionPlanSeverityInfo",
};

/** Findings as a list, each its severity (word and shape) and the core's words on what to do. */
export function FindingList({
  findings,
  tools,
}: {
  readonly findings: readonly PlanHealthFinding[];
  readonly tools: ActionPlanTools;
}) {
  if (findings.length === 0) return null;
  return (
    <ul className="sl-plan-findings">
      {findings.map((finding, index) => (
        // Missing check-ins share a path (one per period of a leadership), so the index keeps keys unique.
        <li
          key={`${finding.code}-${finding.path}-${index}`}
          className="sl-plan-finding"
          data-severity={finding.severity}
        >
          <StatusBadge status={SEVERITY_BADGE[finding.severity]} label={tools.t(SEVERITY_KEY[finding.severity])} />{" "}
          <span className="sl-text">{finding.message[tools.locale]}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The plan's health at the top: the counts by severity, the findings on the plan as a whole, and every finding
 * behind a disclosure (they are also shown beside the part they concern).
 */
export function HealthSummary({
  health,
  planFindings,
  headingLevel,
  tools,
}: {
  readonly health: PlanHealth;
  readonly planFindings: readonly PlanHealthFinding[];
  readonly headingLevel: number;
  readonly tools: ActionPlanTools;
}) {
  const { t, number } = tools;
  const titleId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const total = health.findings.length;
  return (
    <section className="sl-plan-health" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-plan-heading">
        {t("actionPlanHealthTitle")}
      </Heading>
      {total === 0 ? (
        <p>
          <StatusBadge status="ok" label={t("actionPlanHealthNone")} />
        </p>
      ) : (
        <>
          <p>
            {t("actionPlanHealthCounts", {
              errors: number(health.counts.error),
              warnings: number(health.counts.warning),
              infos: number(health.counts.info),
            })}
          </p>
          {planFindings.length === 0 ? null : (
            <>
              <p className="sl-plan-subtle">{t("actionPlanHealthPlanLevel")}</p>
              <FindingList findings={planFindings} tools={tools} />
            </>
          )}
          {total > planFindings.length ? (
            <>
              <button
                type="button"
                className="sl-button"
                aria-expanded={open}
                aria-controls={open ? listId : undefined}
                onClick={() => setOpen(!open)}
              >
                {t("actionPlanHealthShowAll", { count: number(total) })}
              </button>
              {open ? (
                <div id={listId}>
                  <FindingList findings={health.findings} tools={tools} />
                </div>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The open task of the page and the buttons that open them, so focus goes back to its button on close. */
export function usePlanTasks(
  announce: (message: string) => void,
  /** Where focus goes when the button is gone (a saved activity the filter no longer shows): the "Sparat" line. */
  fallback: RefObject<HTMLElement | null>,
) {
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ readonly message: string; readonly id: number } | null>(null);
  const [focus, setFocus] = useState<{ readonly key: string; readonly id: number } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // In the commit that removes the form, so focus never rests on the page's body.
  useClientLayoutEffect(() => {
    if (focus === null) return;
    const button = buttons.current.get(focus.key);
    if (button !== undefined && button.isConnected) button.focus();
    else fallback.current?.focus();
  }, [focus, fallback]);
  const close = (key: string) => {
    setOpen(null);
    setFocus((previous) => ({ key, id: (previous?.id ?? 0) + 1 }));
  };
  return {
    open,
    saved,
    toggle: (key: string) => setOpen((current) => (current === key ? null : key)),
    register: (key: string) => (element: HTMLButtonElement | null) => {
      if (element === null) buttons.current.delete(key);
      else buttons.current.set(key, element);
    },
    close,
    done: (key: string) => (message: string) => {
      setSaved((previous) => ({ message, id: (previous?.id ?? 0) + 1 }));
      announce(message);
      close(key);
    },
  };
}

/** What {@link usePlanTasks} gives the page. */
export type PlanTasks = ReturnType<typeof usePlanTasks>;

/** A button that opens its form below it (`aria-expanded`), the form shown while open. */
export function TaskDisclosure({
  taskKey,
  tasks,
  label,
  children,
}: {
  readonly taskKey: string;
  readonly tasks: PlanTasks;
  readonly label: string;
  readonly children: () => ReactNode;
}) {
  const panelId = useId();
  const isOpen = tasks.open === taskKey;
  return (
    <div className="sl-plan-task">
      <button
        ref={tasks.register(taskKey)}
        type="button"
        className="sl-button"
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        onClick={() => tasks.toggle(taskKey)}
      >
        {label}
      </button>
      {isOpen ? (
        <div id={panelId} className="sl-plan-panel">
          {children()}
        </div>
      ) : null}
    </div>
  );
}
