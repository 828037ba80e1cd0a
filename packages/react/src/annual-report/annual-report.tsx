/**
 * The annual report (*årsrapport*) as a page: the report the core assembles from the workspace
 * (`assembleAnnualReport`), following its own table of contents, each part as the core's renderer writes it (a part
 * without data says why), the texts people write editable under the part they belong to and saved in the workspace
 * (`setAnnualReportTexts`, workspace version 5), and the same report to download as HTML and Markdown or to print
 * to PDF through the page's print stylesheet. One source of truth: the page, both files and the print all come from
 * the one assembled report and the core's renderers.
 */
import {
  assembleAnnualReport,
  type AnnualReport as AnnualReportData,
  getAnnualReportTexts,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
} from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo, type MouseEvent } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { downloadText } from "../primitives/csv.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { ANNUAL_REPORT_MESSAGES } from "./messages.js";
import { REPORT_PART_IDS, TitlePage, type PartContext, type ReportPartId } from "./report-parts.js";
import { PartBody, partHeading } from "./report-parts-body.js";
import { ParagraphsEditor, TitlePageEditor, type EditorBase, type ParagraphField } from "./text-editors.js";
import type { AnnualReportChangeContext } from "./use-text-save.js";

/**
 * The core's assembled report (the type `AnnualReport` of `@systemledning/core/plan`): the kit exports the view and
 * the type under the one name, as the structure views do, so `import { AnnualReport }` gives both meanings.
 */
export type AnnualReport = AnnualReportData;

/** Props of {@link AnnualReport}. */
export interface AnnualReportProps extends WidgetProps {
  /** The workspace the report is assembled from, with the texts saved for the year. */
  readonly workspace: Workspace;
  /** The year reported on. */
  readonly year: number;
  /** The day the report is written (`YYYY-MM-DD`); plan health is judged on it. @default the last day of `year` */
  readonly asOf?: string | undefined;
  /** Whose indicator verdicts the report shows. @default the profile's first region (the county) */
  readonly organisationCode?: string | undefined;
  /**
   * Receives each change of the texts as the core's command, `(ws) => Result`, with what it is, for the host to
   * apply to what its store holds now (`useWorkspaceUpdates`'s `apply`). Without it the report is shown read-only.
   */
  readonly onChange?: KitChangeHandler<AnnualReportChangeContext> | undefined;
  /** The heading level of the report's title; its parts are one below. @default 2 */
  readonly headingLevel?: 2 | 3 | undefined;
}

/** The part each list of paragraphs belongs to. */
const PART_FIELDS: Readonly<Partial<Record<ReportPartId, ParagraphField>>> = {
  s1: "assignment",
  s2: "followUp",
  s3: "picture",
  s4: "regionalSupport",
  s5: "lessons",
  s6: "reflections",
};

/** A link that moves focus to a heading in the same tree (a hash route's `#` must not change the host's route). */
function focusLink(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = getElementInTree(event.currentTarget, id);
  if (target === null) return;
  event.preventDefault();
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView?.({ block: "start" });
  target.focus();
}

/**
 * The annual report of a year as a page, with its texts editable and its downloads.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <AnnualReport workspace={workspace} year={2025} asOf="2026-05-13" onChange={updates.apply} />
 */
export function AnnualReport(props: AnnualReportProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.year}
    >
      <AnnualReportBody key={props.year} {...props} />
    </Widget>
  );
}

function AnnualReportBody({ workspace, year, asOf, organisationCode, onChange, headingLevel = 2 }: AnnualReportProps) {
  const tools = useKitLocale(undefined, ANNUAL_REPORT_MESSAGES);
  const { t, locale } = tools;
  const announce = useAnnounce();
  const report = useMemo(
    () =>
      assembleAnnualReport(workspace, {
        year,
        ...(asOf === undefined ? {} : { asOf }),
        ...(organisationCode === undefined ? {} : { organisationCode }),
      }),
    [workspace, year, asOf, organisationCode],
  );
  const prefix = `sl-ar-${year}`;
  const c: PartContext = { report, locale, prefix, headingLevel };
  const texts = getAnnualReportTexts(workspace, year) ?? {};
  const headingOf = (id: ReportPartId) => partHeading(c, id);
  const base = (partName: string): EditorBase => ({ workspace, year, texts, onChange, tools, partName, headingLevel });
  const fileBase = `arsrapport-${year}`;
  const download = (kind: "html" | "md") => {
    const name = `${fileBase}.${kind}`;
    if (kind === "html")
      downloadText(renderAnnualReportHtml(report, { locale, embedStyles: true }), name, "text/html;charset=utf-8");
    else downloadText(renderAnnualReportMarkdown(report, { locale }), name, "text/markdown;charset=utf-8");
    announce(t("annualReportDownloaded", { name }));
  };
  const editable = onChange !== undefined;
  return (
    <article className="sl-annual-report" aria-labelledby={`${prefix}-title`}>
      <div className="sl-annual-report-actions" role="group" aria-label={t("annualReportActions")}>
        <button type="button" className="sl-button" onClick={() => download("html")}>
          {t("annualReportDownloadHtml")}
        </button>
        <button type="button" className="sl-button" onClick={() => download("md")}>
          {t("annualReportDownloadMarkdown")}
        </button>
        <button type="button" className="sl-button" onClick={() => window.print()}>
          {t("annualReportPrint")}
        </button>
      </div>
      <p className="sl-annual-report-lead">{editable ? t("annualReportLead") : t("annualReportReadOnly")}</p>
      <TitlePage c={c} />
      {editable ? <TitlePageEditor base={base(t("annualReportTitlePage"))} /> : null}
      <nav className="sl-annual-report-contents" aria-labelledby={`${prefix}-contents`}>
        <p id={`${prefix}-contents`} className="sl-annual-report-contents-title">
          {t("annualReportContents")}
        </p>
        <ol>
          {REPORT_PART_IDS.map((id) => (
            <li key={id}>
              <a href={`#${prefix}-${id}`} onClick={(event) => focusLink(event, `${prefix}-${id}`)}>
                {headingOf(id)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {REPORT_PART_IDS.map((id) => {
        const field = PART_FIELDS[id];
        return (
          <div className="sl-annual-report-part" key={id}>
            <PartBody c={c} id={id} />
            {editable && field !== undefined ? <ParagraphsEditor base={base(headingOf(id))} field={field} /> : null}
          </div>
        );
      })}
    </article>
  );
}
