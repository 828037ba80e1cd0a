/**
 * The indicator panel: the profile's indicators by delmål as small multiples, each the trend over the years
 * for the leadership's municipalities beside the county and the country, with the verdict on its change
 * (*Regional årsrapport 2025*, §2.1: small changes are read with care, so "no clear change" under the
 * threshold). The model is computed once per input (`getIndicatorPanel` of the core) and each chart is a plain
 * SVG of paths: no state per point, so twenty indicators of fifteen municipalities over ten years stay fast.
 */
import { getIndicatorPanel, type Gender, type IndicatorPanelModel } from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { IndicatorChart } from "./indicator-chart.js";
import { INDICATOR_PANEL_MESSAGES, type IndicatorPanelTools } from "./messages.js";

/** Props of {@link IndicatorPanel}. */
export interface IndicatorPanelProps extends WidgetProps {
  /** The workspace: its profile's indicators and goals, its leaderships and its indicator values. */
  readonly workspace: Workspace;
  /** A date (`YYYY-MM-DD`): years after it are left out. @default every stored year */
  readonly asOf?: string | undefined;
  /** The leadership followed: its region and municipalities. @default the county and all its municipalities */
  readonly leadershipId?: string | undefined;
  /** The indicators shown. @default every indicator of the profile */
  readonly indicatorIds?: readonly string[] | undefined;
  /** The municipalities drawn. @default the leadership's, else the county's */
  readonly organisationCodes?: readonly string[] | undefined;
  /** The gender breakdown shown first where the values have it (the reader can switch). @default "T" */
  readonly gender?: Gender | undefined;
  /** The level of the panel's heading; delmål are one level below, indicators two. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** The panel's title. @default "Indikatorer per delmål" */
  readonly title?: string | undefined;
  /** Called when the reader chooses an indicator (its button, or Enter on a point). */
  readonly onSelectIndicator?: ((indicatorId: string) => void) | undefined;
}

/**
 * The follow-up's indicators as small multiples, grouped by delmål.
 *
 * @example
 * <IndicatorPanel workspace={workspace} leadershipId="ls-falun" />
 */
export function IndicatorPanel(props: IndicatorPanelProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <PanelBody {...props} />
    </Widget>
  );
}

function PanelBody({
  workspace,
  asOf,
  leadershipId,
  indicatorIds,
  organisationCodes,
  gender,
  headingLevel = 2,
  title,
  onSelectIndicator,
}: IndicatorPanelProps) {
  const tools = useKitLocale(undefined, INDICATOR_PANEL_MESSAGES);
  const { t } = tools;
  // Arrays from a host are often new on every render: the model depends on their contents only.
  const indicatorKey = indicatorIds?.join("\u0000");
  const organisationKey = organisationCodes?.join("\u0000");
  const panel = useMemo(
    () =>
      getIndicatorPanel(workspace, {
        asOf,
        leadershipId,
        gender,
        indicatorIds: indicatorKey === undefined ? undefined : indicatorKey.split("\u0000"),
        organisationCodes: organisationKey === undefined ? undefined : organisationKey.split("\u0000"),
      }),
    [workspace, asOf, leadershipId, gender, indicatorKey, organisationKey],
  );
  const Heading = `h${headingLevel}` as const;
  const GoalHeading = `h${headingLevel + 1}` as "h3" | "h4" | "h5";
  const chartLevel = (headingLevel + 2) as 4 | 5 | 6;
  const scope = scopeName(panel, workspace, tools);
  const headingId = useId();

  return (
    <section className="sl-indicator-panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-indicator-panel-title sl-text">
        {title ?? t("indicatorPanelTitle")}
      </Heading>
      {panel.indicatorCount === 0 ? (
        <p className="sl-indicator-empty">{t("indicatorPanelNoIndicators")}</p>
      ) : !panel.hasValues ? (
        <p className="sl-indicator-empty">{t("indicatorPanelNoValues", { scope })}</p>
      ) : (
        <>
          <p className="sl-indicator-intro sl-text">
            {t("indicatorPanelIntro", { count: tools.number(panel.indicatorCount), scope })}
          </p>
          {panel.groups.map((group) => (
            <section key={group.goalId ?? "other"} className="sl-indicator-group" data-goal-id={group.goalId ?? ""}>
              <GoalHeading className="sl-indicator-goal sl-text">
                {group.goalName === null ? t("indicatorPanelOtherGoal") : tools.text(group.goalName)}
              </GoalHeading>
              <div className="sl-indicator-grid">
                {group.entries.map((entry) => (
                  <IndicatorChart
                    key={entry.indicator.id}
                    workspace={workspace}
                    scope={panel.scope}
                    entry={entry}
                    headingLevel={chartLevel}
                    onSelectIndicator={onSelectIndicator}
                  />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

/** Whom the panel follows, in words: a leadership by name, else "länet (Region Dalarna)". */
function scopeName(panel: IndicatorPanelModel, workspace: Workspace, tools: IndicatorPanelTools): string {
  if (panel.scope.leadership !== null) return panel.scope.leadership.name;
  const county = workspace.profile.regions.find((r) => r.code === panel.scope.countyCode);
  return tools.t("indicatorPanelScopeCounty", { county: county?.name ?? "" });
}
