import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { useI18n } from "../i18n.js";
import type { WorkspaceChoice } from "../workspaces/choice.js";
import type { IntakeIssue } from "../workspaces/intake.js";

/** What the {@link WorkspacePanel} shows and does, given by the `WorkspaceHost`. */
export interface WorkspacePanelActions {
  /** A workspace is being read or opened. */
  readonly busy: boolean;
  /** The last workspace refused (a file, an address), with why; null when the last choice went through. */
  readonly refusal: { readonly source: string; readonly issues: readonly IntakeIssue[] } | null;
  /** Focus the workspace picker when the panel appears: the user just switched with it. */
  readonly focusOnMount: boolean;
  readonly onChooseCounty: (id: string) => void;
  readonly onFile: (file: File) => void;
}

/** Props of {@link WorkspacePanel}. */
export interface WorkspacePanelProps extends WorkspacePanelActions {
  /** The workspace shown now. */
  readonly choice: WorkspaceChoice;
}

const CURRENT = "current";
const countyValue = (id: string) => `county:${id}`;

/** A drag carries files (not text or a link from the page). */
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes("Files");

/**
 * *Arbetsyta*: which workspace the dashboard shows. A bundled county from the picker, or a workspace of one's own
 * from a JSON file, picked or dropped on the panel; the file goes through the core's door, and a refused one is
 * listed issue by issue (path, code, Swedish and English) while the workspace shown stays as it was.
 */
export function WorkspacePanel({ choice, busy, refusal, focusOnMount, onChooseCounty, onFile }: WorkspacePanelProps) {
  const { locale, t } = useI18n();
  const id = useId();
  const picker = useRef<HTMLSelectElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (focusOnMount) picker.current?.focus();
  }, [focusOnMount]);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) onFile(file);
  };
  const over = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the dropped file instead of handing it to the page.
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const current =
    choice.kind === "file"
      ? `${t("workspaceFile")} ${choice.name}`
      : choice.kind === "address"
        ? `${t("workspaceAddress")} ${choice.address}`
        : null;

  return (
    <section className="dash-storage dash-workspace" aria-labelledby={`${id}-heading`} aria-busy={busy}>
      <h2 id={`${id}-heading`} className="dash-storage-heading">
        {t("workspaceHeading")}
      </h2>
      <p className="dash-field">
        <label htmlFor={`${id}-picker`}>{t("workspacePicker")}</label>{" "}
        <select
          ref={picker}
          id={`${id}-picker`}
          className="sl-select dash-select"
          value={choice.kind === "county" ? countyValue(choice.id) : CURRENT}
          disabled={busy}
          onChange={(event) => {
            const county = BUNDLED_COUNTIES.find((entry) => countyValue(entry.id) === event.target.value);
            if (county !== undefined) onChooseCounty(county.id);
          }}
        >
          {BUNDLED_COUNTIES.map((county) => (
            <option key={county.id} value={countyValue(county.id)}>
              {`${t("workspaceSample")}: ${locale === "en" ? (county.name.en ?? county.name.sv) : county.name.sv}`}
            </option>
          ))}
          {current === null ? null : <option value={CURRENT}>{current}</option>}
        </select>
      </p>
      <div
        className="dash-drop"
        data-dragging={dragging ? "true" : undefined}
        onDragOver={over}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`}>{t("workspaceFileLabel")}</label>{" "}
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-drop`}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so picking the same file again (after fixing it) is a change too.
            event.target.value = "";
            if (file !== undefined) onFile(file);
          }}
        />
        <p id={`${id}-drop`} className="dash-muted">
          {t("workspaceDropHint")}
        </p>
      </div>
      {refusal === null ? null : <Refusal refusal={refusal} />}
    </section>
  );
}

/** A refused workspace, in both languages whatever the page's (the one who loaded it may read either). */
function Refusal({ refusal }: { readonly refusal: NonNullable<WorkspacePanelProps["refusal"]> }) {
  return (
    <div role="alert" className="dash-alert dash-refusal">
      <p lang="sv">
        Arbetsytan i <code>{refusal.source}</code> lästes inte in. Arbetsytan du har är kvar som den var.
      </p>
      <p lang="en">
        The workspace in <code>{refusal.source}</code> was not loaded. The workspace you have is kept as it was.
      </p>
      <ul>
        {refusal.issues.map((issue, position) => (
          <li key={position}>
            <code>{issue.path === "" ? "(dokumentet / the document)" : issue.path}</code> <code>{issue.code}</code>:{" "}
            <span lang="sv">{issue.message.sv}</span> / <span lang="en">{issue.message.en}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
