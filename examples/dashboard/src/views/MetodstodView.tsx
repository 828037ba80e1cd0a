import type { Workspace } from "@systemledning/core/workspace";
import { MetodstodWorkbook } from "@systemledning/react";
import { useEffect, useId, useState, type RefObject } from "react";
import { useI18n } from "../i18n.js";
import { workbookHref } from "../route.js";
import type { SaveChange } from "../store.js";
import { defaultWorkbookLeadership, workbookLeaderships } from "./defaults.js";

/** Props of {@link MetodstodView}. */
export interface MetodstodViewProps {
  readonly workspace: Workspace;
  readonly asOf: string;
  /** The leadership in the address, or null for the default. */
  readonly leadershipId: string | null;
  /** Save a change of the charter, the forum's sectors or its meeting rules through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
  /** The page's heading, focused after navigating here. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * The *Metodstöd för lokal systemledning* as a workbook: a local leadership of the workspace (chosen in the picker,
 * kept in the address; it opens on `defaultWorkbookLeadership`) works through its charter with the kit's `MetodstodWorkbook`, saving into the dashboard's store.
 */
export function MetodstodView({ workspace, asOf, leadershipId, onChange, headingRef }: MetodstodViewProps) {
  const { t } = useI18n();
  const pickerId = useId();
  const locals = workbookLeaderships(workspace);
  // Chosen once: the page must not jump to another leadership when a save changes how far each charter is written.
  const [fallback] = useState(() => defaultWorkbookLeadership(workspace, locals));
  const chosen =
    locals.find((leadership) => leadership.id === leadershipId) ??
    locals.find((leadership) => leadership.id === fallback) ??
    locals[0];
  // The address names the leadership shown, so a reload opens the same one even after the charters changed.
  const shownId = chosen?.id;
  useEffect(() => {
    if (leadershipId === null && shownId !== undefined)
      window.history.replaceState(window.history.state, "", workbookHref(shownId));
  }, [leadershipId, shownId]);

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {t("workbookHeading")}
      </h2>
      <p className="dash-lead">{t("workbookLead")}</p>
      {chosen === undefined ? null : (
        <>
          <p className="dash-field">
            <label htmlFor={pickerId}>{t("workbookLeadershipLabel")}</label>{" "}
            <select
              id={pickerId}
              className="sl-select dash-select"
              value={chosen.id}
              onChange={(event) => {
                window.location.hash = workbookHref(event.target.value);
              }}
            >
              {locals.map((leadership) => (
                <option key={leadership.id} value={leadership.id}>
                  {leadership.name}
                </option>
              ))}
            </select>
          </p>
          <MetodstodWorkbook
            workspace={workspace}
            leadershipId={chosen.id}
            asOf={asOf}
            headingLevel={3}
            {...(onChange === undefined ? {} : { onChange })}
          />
        </>
      )}
    </>
  );
}
