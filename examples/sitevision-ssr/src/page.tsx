/**
 * The page of the example, rendered twice with the same props: to a string on the server and hydrated in the
 * browser. Everything it shows is derived from the workspace during render, with no clock and no browser
 * API, so both renders give the same markup (React's rule for hydration, react.dev `hydrateRoot`).
 */
import { aggregateRound } from "@systemledning/core/assessment";
import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import type { Workspace } from "@systemledning/core/workspace";
import { AnnualPlan, DistributionChart, LeadershipComparison, Timeline } from "@systemledning/react";
import { useMemo, useState } from "react";

/** What the server passes to the browser in the page's JSON block: the props of {@link SitevisionPage}. */
export interface SitevisionPageProps {
  /** The workspace, as it came through the core's door. */
  readonly workspace: Workspace;
  /** The day the page answers for (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/** The id of the element the server renders into and the browser hydrates. */
export const PAGE_ROOT_ID = "sl-page";
/** The id of the JSON block that carries {@link SitevisionPageProps} to the browser. */
export const PAGE_DATA_ID = "sl-page-data";

/**
 * A forum's annual plan, the latest self-assessment round (one leadership against the county and the
 * distribution per statement) and the regional forums' timeline, as an intranet page of Region Dalarna.
 */
export function SitevisionPage({ workspace, asOf }: SitevisionPageProps) {
  const year = Number(asOf.slice(0, 4));
  const round = workspace.assessmentRounds
    .filter((candidate) => candidate.kind === "self-assessment")
    .sort((a, b) => (a.period.from < b.period.from ? 1 : -1))[0];
  const result = useMemo(
    () => (round === undefined ? undefined : aggregateRound(workspace, round.id)),
    [workspace, round],
  );
  const responding = result?.leaderships.filter((leadership) => leadership.responded) ?? [];
  const [leadershipId, setLeadershipId] = useState(responding[0]?.leadershipId ?? "");
  const regionalForums = useMemo(() => {
    const regional = workspace.leaderships.find((leadership) => leadership.level === "regional");
    return workspace.forums.filter((forum) => forum.leadershipId === regional?.id);
  }, [workspace]);
  const lanes = useMemo(
    () =>
      groupTimeline(
        workspace,
        getTimeline(workspace, { forumIds: regionalForums.map((forum) => forum.id), kinds: ["meeting", "decision"] }),
        { by: "forum", locale: "sv" },
      ),
    [workspace, regionalForums],
  );
  const goals = workspace.profile.goals;
  return (
    <div className="sl-root">
      <main>
        <h1>Systemledning i {workspace.profile.name.sv}</h1>
        {regionalForums[0] === undefined ? null : (
          <AnnualPlan workspace={workspace} forumId={regionalForums[0].id} year={year} asOf={asOf} headingLevel={2} />
        )}
        {result === undefined || leadershipId === "" ? null : (
          <>
            <LeadershipComparison
              result={result}
              leadershipId={leadershipId}
              onLeadershipChange={setLeadershipId}
              goals={goals}
              headingLevel={2}
            />
            <DistributionChart result={result} goals={goals} headingLevel={2} showCoverage={false} />
          </>
        )}
        <Timeline lanes={lanes} asOf={asOf} headingLevel={2} />
      </main>
    </div>
  );
}
