/**
 * Every stable issue code the door can report, assembled here, where the document is: the common codes and
 * each module's own. UIs and hosts may switch on them. The leaf `common/` knows only the common codes, and
 * each module only its own, so no module depends on another's messages. The store's own codes (a stale
 * revision, a rewritten log, a store out of reach) are the document's too, and live here.
 */
import type { AssessmentIssueCode } from "../assessment/issues.js";
import {
  issueWithMessage,
  type BilingualMessage,
  type CommonIssueCode,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";
import type { MeetingsIssueCode } from "../meetings/issues.js";
import type { PlanIssueCode } from "../plan/issues.js";
import type { StructureIssueCode } from "../structure/issues.js";
import type { SystemMapIssueCode } from "../system-map/issues.js";
import type { TimelineIssueCode } from "../timeline/issues.js";
import type { HttpStoreIssueCode } from "./store-http-issues.js";

/** Stable codes of the store port: what a store refuses about a save or a stored copy. */
export type WorkspaceStoreIssueCode =
  "revision_conflict" | "log_rewritten" | "store_unavailable" | "workspace_missing" | "workspace_clash";

/** Stable codes of validation issues: the common codes, every module's own, the store port's and the HTTP store's. */
export type IssueCode =
  | CommonIssueCode
  | StructureIssueCode
  | MeetingsIssueCode
  | AssessmentIssueCode
  | PlanIssueCode
  | TimelineIssueCode
  | SystemMapIssueCode
  | WorkspaceStoreIssueCode
  | HttpStoreIssueCode;

/** A validation issue of a workspace document: one with any code the door can report. */
export type WorkspaceIssue = ValidationIssue<IssueCode>;

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the store port. */
export const WORKSPACE_STORE_ISSUE_MESSAGES: Readonly<
  Record<WorkspaceStoreIssueCode, (p: IssueParams) => BilingualMessage>
> = {
  revision_conflict: (p) => ({
    sv: `Någon annan har sparat arbetsytan under tiden (version ${str(p.latest)}; ändringen byggde på version ${str(p.base)}). Läs in den nya versionen och gör ändringen igen.`,
    en: `Someone else saved the workspace in the meantime (revision ${str(p.latest)}; the change was based on revision ${str(p.base)}). Load the new revision and make the change again.`,
  }),
  log_rewritten: (p) => ({
    sv: `Beslutsloggen bygger inte vidare på den sparade: en post på plats ${str(p.position)} eller tidigare har ändrats, tagits bort eller flyttats. Loggen får bara växa; rätta ett beslut med en rättelse.`,
    en: `The decisions log does not extend the stored one: an entry at position ${str(p.position)} or before was changed, removed or moved. The log may only grow; correct a decision with a correction entry.`,
  }),
  workspace_missing: () => ({
    sv: "Det finns ingen sparad arbetsyta att ändra. Spara en arbetsyta först (till exempel exempeldata).",
    en: "There is no stored workspace to change. Save a workspace first (the sample data, for instance).",
  }),
  workspace_clash: (p) => ({
    sv: `Någon annan har ändrat samma sak under tiden (${str(p.paths)}). Välj vilken version som ska gälla: din eller den sparade.`,
    en: `Someone else changed the same thing in the meantime (${str(p.paths)}). Choose which version to keep: yours or the stored one.`,
  }),
  store_unavailable: (p) => ({
    sv: `Arbetsytan kunde inte läsas eller sparas: lagringen svarar inte (${str(p.reason)}). Försök igen om en stund; inget har sparats.`,
    en: `The workspace could not be read or saved: the store does not answer (${str(p.reason)}). Try again in a while; nothing was saved.`,
  }),
};

/**
 * Build an issue of the store port with its Swedish and English message.
 *
 * @example
 * createWorkspaceStoreIssue(["decisionLog", 3], "log_rewritten", { position: 3 });
 */
export function createWorkspaceStoreIssue<TCode extends WorkspaceStoreIssueCode>(
  pathSegments: readonly PathSegment[],
  code: TCode,
  params: IssueParams = {},
): ValidationIssue<TCode> {
  return issueWithMessage(pathSegments, code, WORKSPACE_STORE_ISSUE_MESSAGES[code](params), params);
}
