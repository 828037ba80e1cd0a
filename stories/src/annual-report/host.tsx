/**
 * The host of the annual report's stories: it keeps the workspace in state and applies each change the report hands
 * it, as an intranet page does with its store, and the samples (Dalarna with its 2025 texts saved, Kalmar as it is).
 */
import { setAnnualReportTexts } from "@systemledning/core/plan";
import { DALARNA_REPORT_TEXTS_2025 } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { AnnualReport, type AnnualReportProps } from "@systemledning/react";
import { loadSample } from "../sample.js";
import { useSavingHost } from "../saving-host.js";

/** The Dalarna sample with the texts of its 2025 report saved in the workspace (version 5). */
export function loadDalarnaWithTexts(): Workspace {
  const result = setAnnualReportTexts(loadSample(), { year: 2025, texts: DALARNA_REPORT_TEXTS_2025 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Props of {@link AnnualReportHost}: the report's, with the first workspace and a spy for each saved one. */
export type AnnualReportHostProps = Omit<AnnualReportProps, "onChange"> & {
  readonly onSaved?: (next: Workspace) => void;
};

/** {@link AnnualReport} in a host that saves. */
export function AnnualReportHost({ workspace, onSaved, ...props }: AnnualReportHostProps) {
  const [held, apply] = useSavingHost(workspace, onSaved);
  return <AnnualReport {...props} workspace={held} onChange={apply} />;
}
