/**
 * How the report's editors save: the core's `setAnnualReportTexts` runs on the workspace shown first, so a refusal is
 * shown at once; an accepted change goes to the host's `onChange` as the command with its intent bound to what the
 * store holds *now* (the year's texts there, with this one field changed, so a text saved elsewhere meanwhile is
 * kept), and the host's answer decides what is announced.
 */
import { getAnnualReportTexts, setAnnualReportTexts, type AnnualReportTexts } from "@systemledning/core/plan";
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useRef, useState } from "react";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";

/** The field of the report's texts an editor writes. */
export type AnnualReportTextField = keyof AnnualReportTexts;

/** What a change of the report's texts is, for the host's `onChange`. */
export interface AnnualReportChangeContext {
  readonly command: "setAnnualReportTexts";
  readonly year: number;
  /** The fields the change writes. */
  readonly fields: readonly AnnualReportTextField[];
}

/** The state of one editor's save. */
export interface TextSaveState {
  readonly pending: boolean;
  readonly issues: readonly ValidationIssue[];
  /** The workspace a kept save ran on: the editor drops its draft once the host shows a newer one. */
  readonly keptOn: Workspace | null;
}

/** Options of {@link useTextSave}. */
export interface UseTextSaveOptions {
  readonly workspace: Workspace;
  readonly year: number;
  readonly onChange: KitChangeHandler<AnnualReportChangeContext> | undefined;
}

/** The texts of the year in `ws` with `changes` applied (a field set to undefined is removed). */
export function withChanges(
  ws: Workspace,
  year: number,
  changes: Readonly<Partial<AnnualReportTexts>>,
): AnnualReportTexts {
  const next: Record<string, unknown> = { ...getAnnualReportTexts(ws, year) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
  }
  return next as AnnualReportTexts;
}

/**
 * The saving of one editor: `save(changes)` answers true when the change was kept.
 *
 * @example
 * const saver = useTextSave({ workspace, year: 2025, onChange });
 * await saver.save({ lessons: [{ sv: "Färre fokusområden." }] });
 */
export function useTextSave({ workspace, year, onChange }: UseTextSaveOptions) {
  const [state, setState] = useState<TextSaveState>({ pending: false, issues: [], keptOn: null });
  const running = useRef(false);
  const save = async (changes: Readonly<Partial<AnnualReportTexts>>): Promise<"saved" | "refused" | "not-saved"> => {
    if (running.current) return "not-saved";
    running.current = true;
    setState((s) => ({ ...s, pending: true }));
    try {
      const command = (ws: Workspace) => setAnnualReportTexts(ws, { year, texts: withChanges(ws, year, changes) });
      const first = command(workspace);
      if (!first.ok) {
        setState({ pending: false, issues: first.error.issues, keptOn: null });
        return "refused";
      }
      const fields = Object.keys(changes) as AnnualReportTextField[];
      const outcome =
        onChange === undefined ? undefined : await onChange(command, { command: "setAnnualReportTexts", year, fields });
      const refusal = refusalOf(outcome);
      if (refusal !== null) {
        setState({ pending: false, issues: refusal.issues, keptOn: null });
        return "refused";
      }
      if (notSaved(outcome)) {
        setState({ pending: false, issues: [], keptOn: null });
        return "not-saved";
      }
      setState({ pending: false, issues: [], keptOn: workspace });
      return "saved";
    } finally {
      running.current = false;
    }
  };
  return { state, save };
}
