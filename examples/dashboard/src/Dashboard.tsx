import type { Workspace } from "@systemledning/core/workspace";
import { LeadershipPage, LocaleProvider, StructureOverview, formatLocaleDate } from "@systemledning/react";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import type { SaveChange } from "./store.js";
import { Localized, useI18n, type Locale } from "./i18n.js";
import {
  ASSESSMENT_HREF,
  FOLLOW_UP_HREF,
  MAP_HREF,
  MEETINGS_HREF,
  OVERVIEW_HREF,
  REPORT_HREF,
  WORKBOOK_HREF,
  leadershipHref,
  type Route,
} from "./route.js";
import { AnnualReportView } from "./views/AnnualReportView.js";
import { AssessmentView } from "./views/AssessmentView.js";
import { FollowUpView } from "./views/FollowUpView.js";
import { MeetingsView } from "./views/MeetingsView.js";
import { MetodstodView } from "./views/MetodstodView.js";
import { SystemMapView } from "./views/SystemMapView.js";

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  /** A validated workspace (through `parseWorkspace`). */
  readonly workspace: Workspace;
  /** The day the answers are for, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly route: Route;
  /**
   * Save a change (the form's response, a workshop mark, a meeting's step) through `updateWorkspace`: the kit
   * components' `onChange`. Without it their changes go nowhere.
   */
  readonly onChange?: SaveChange | undefined;
  /** Where changes are saved and how the last save went, shown under the header. */
  readonly storage?: ReactNode;
  /**
   * Whether the workspace is a bundled sample, whose people are fictitious (the page says so); false for a
   * workspace of the user's own. @default true
   */
  readonly sample?: boolean;
}

/**
 * The whole dashboard for a workspace, a day, a language and a place. Props in, callbacks out: the app
 * (or a story) owns the language and the route.
 */
export function Dashboard(props: DashboardProps) {
  return (
    <LocaleProvider locale={props.locale}>
      <DashboardBody {...props} />
    </LocaleProvider>
  );
}

function DashboardBody(props: DashboardProps) {
  const { workspace, asOf, locale, onLocaleChange, route, onChange, storage, sample = true } = props;
  const { t } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The workbook's leadership picker changes the address but not the page: focus stays on the picker.
  const routeKey = route.kind === "leadership" ? `leadership:${route.leadershipId}` : route.kind;
  const firstRoute = useRef(routeKey);

  // After navigating, focus moves to the new view's heading (or the main region) so keyboard and screen reader users start there.
  useEffect(() => {
    if (firstRoute.current === routeKey) return;
    firstRoute.current = "";
    (headingRef.current ?? mainRef.current)?.focus();
  }, [routeKey]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash holds the route, so the skip link moves focus itself instead of changing the hash.
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="sl-root dash-app" lang={locale}>
      <a className="dash-skip-link" href="#main" onClick={skipToMain}>
        {t("skipToContent")}
      </a>
      <header className="dash-header">
        <div className="dash-header-text">
          <h1>
            Systemledning: <Localized text={workspace.profile.name} />
          </h1>
          <p className="dash-lead">{t("appLead")}</p>
          <p className="dash-muted">
            {t("asOf")} <time dateTime={asOf}>{formatLocaleDate(asOf, locale)}</time>.
            {sample ? ` ${t("sampleNotice")}` : null}
          </p>
          <nav className="dash-nav" aria-label={t("navigation")}>
            <ul>
              <li>
                <a href={OVERVIEW_HREF} aria-current={route.kind === "overview" ? "page" : undefined}>
                  {t("navStructure")}
                </a>
              </li>
              <li>
                <a href={ASSESSMENT_HREF} aria-current={route.kind === "assessment" ? "page" : undefined}>
                  {t("navAssessment")}
                </a>
              </li>
              <li>
                <a href={MEETINGS_HREF} aria-current={route.kind === "meetings" ? "page" : undefined}>
                  {t("navMeetings")}
                </a>
              </li>
              <li>
                <a href={MAP_HREF} aria-current={route.kind === "map" ? "page" : undefined}>
                  {t("navMap")}
                </a>
              </li>
              <li>
                <a href={WORKBOOK_HREF} aria-current={route.kind === "workbook" ? "page" : undefined}>
                  {t("navWorkbook")}
                </a>
              </li>
              <li>
                <a href={FOLLOW_UP_HREF} aria-current={route.kind === "followUp" ? "page" : undefined}>
                  {t("navFollowUp")}
                </a>
              </li>
              <li>
                <a href={REPORT_HREF} aria-current={route.kind === "report" ? "page" : undefined}>
                  {t("navReport")}
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <div className="dash-language" role="group" aria-label={t("language")}>
          <button
            type="button"
            className="sl-button"
            aria-pressed={locale === "sv"}
            lang="sv"
            onClick={() => onLocaleChange("sv")}
          >
            Svenska
          </button>
          <button
            type="button"
            className="sl-button"
            aria-pressed={locale === "en"}
            lang="en"
            onClick={() => onLocaleChange("en")}
          >
            English
          </button>
        </div>
      </header>
      {storage === undefined ? null : <div className="dash-storage-wrap">{storage}</div>}
      <main id="main" ref={mainRef} tabIndex={-1} className="dash-main">
        <ErrorBoundary key={routeKey}>
          {route.kind === "overview" ? (
            <StructureOverview workspace={workspace} asOf={asOf} leadershipHref={leadershipHref} />
          ) : route.kind === "assessment" ? (
            <AssessmentView workspace={workspace} onChange={onChange} />
          ) : route.kind === "map" ? (
            <SystemMapView workspace={workspace} asOf={asOf} onChange={onChange} reader={route.reader} />
          ) : route.kind === "workbook" ? (
            <MetodstodView
              workspace={workspace}
              asOf={asOf}
              leadershipId={route.leadershipId}
              onChange={onChange}
              headingRef={headingRef}
            />
          ) : route.kind === "followUp" ? (
            <FollowUpView workspace={workspace} asOf={asOf} onChange={onChange} headingRef={headingRef} />
          ) : route.kind === "report" ? (
            <AnnualReportView workspace={workspace} asOf={asOf} onChange={onChange} headingRef={headingRef} />
          ) : route.kind === "meetings" ? (
            <MeetingsView workspace={workspace} asOf={asOf} onChange={onChange} />
          ) : (
            <>
              <p>
                <a href={OVERVIEW_HREF}>{t("backToOverview")}</a>
              </p>
              <LeadershipPage
                workspace={workspace}
                leadershipId={route.leadershipId}
                asOf={asOf}
                headingRef={headingRef}
              />
            </>
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
