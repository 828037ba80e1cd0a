/**
 * Every component a host page places on its own, each with props built from the Dalarna sample as a host would
 * build them: the one table the server-rendering tests (Node, `server-render.test.tsx`) and the hydration tests
 * (Chromium, `hydrate.browser.test.tsx`) walk, on React 19 and on React 18 (docs/quality.md E1).
 *
 * Each entry names what proves it was drawn (its landmark or figure, named by its visible heading) and one button
 * that proves, after hydration, that the component answers the reader: pressing it changes the component's markup,
 * which only React's event handlers do (every one is a `type="button"` or a submit React stops).
 */
import { getAssessmentTrend } from "@systemledning/core/assessment";
import {
  DALARNA_REGIONAL_PLAN_ID,
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_SELF_ASSESSMENT_ID,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import type { ReactElement } from "react";
import {
  ActionPlan,
  AnnualPlan,
  AnnualReport,
  AssessmentForm,
  ChairRotation,
  CharterCompleteness,
  CheckInForm,
  ComplianceOverview,
  DistributionChart,
  ForumMembers,
  IndicatorPanel,
  IndicatorComparison,
  KeyRoles,
  KoladaFetch,
  LeadershipComparison,
  LeadershipPage,
  MeetingPage,
  PrincipalMandate,
  MembersEditor,
  MetodstodWorkbook,
  RoundOverview,
  SectorCoverage,
  StructureOverview,
  SectorChecklist,
  Substitutes,
  MeetingRulesForm,
  SystemMap,
  SystemMapWorkshop,
  Timeline,
  TrendChart,
} from "@systemledning/react";
import { dalarna2025 } from "../../fixtures/scoring-rounds.js";
import { MEETINGS_NOW, SAMPLE_MEETINGS } from "../../fixtures/meeting-views.js";

/** A component as a page places it, with what proves it rendered and what proves it answers after hydration. */
export interface PlacedComponent {
  /** The component's exported name. */
  readonly name: string;
  /** The element, built afresh for each render. */
  readonly element: () => ReactElement;
  /** The role of the component's outer element, which its heading names (`aria-labelledby`). */
  readonly role: "figure" | "form" | "region" | "article";
  /** The accessible name of that element: the text of its heading. */
  readonly accessibleName: string;
  /** The accessible name of a button that changes the component's markup when pressed. */
  readonly button: string;
}

const workspace = createDalarnaSampleWorkspace();
const scoring = dalarna2025();
const firstResponding = scoring.result.leaderships.find((leadership) => leadership.responded)!;
const unanswered = scoring.result.leaderships.find((leadership) => !leadership.responded)!;
const systemGraph = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const REGIONAL_FORUMS = ["f-lchnv", "f-vfr", "f-schnv"];
/** Bilaga 2 of *Regional årsrapport 2025*: the regional forums' meetings and decisions, and the activities. */
const timelineLanes = [
  ...groupTimeline(
    workspace,
    getTimeline(workspace, {
      from: "2025-01-01",
      to: "2025-12-31",
      forumIds: REGIONAL_FORUMS,
      kinds: ["meeting", "decision"],
    }),
    { by: "forum" },
  ).filter((lane) => lane.key !== ""),
  {
    key: "aktiviteter",
    label: "Regionala aktiviteter",
    items: getTimeline(workspace, { from: "2025-01-01", to: "2025-12-31", kinds: ["event"] }),
  },
];
const now = () => MEETINGS_NOW;
const ignore = () => undefined;
const leadershipHref = (id: string) => `#/ledning/${id}`;

/** The components, in the order the README lists them. */
export const PLACED_COMPONENTS: readonly PlacedComponent[] = [
  {
    name: "AssessmentForm",
    element: () => (
      <AssessmentForm
        workspace={scoring.workspace}
        roundId={scoring.result.roundId}
        leadershipId={unanswered.leadershipId}
        onSubmit={ignore}
        now={now}
      />
    ),
    role: "form",
    accessibleName: "Självskattning 2025",
    button: "Granska svaren",
  },
  {
    name: "DistributionChart",
    element: () => <DistributionChart result={scoring.result} goals={scoring.goals} />,
    role: "figure",
    accessibleName: "Svarsfördelning per påstående",
    button: "Visa som tabell",
  },
  {
    name: "RoundOverview",
    element: () => <RoundOverview result={scoring.result} goals={scoring.goals} />,
    role: "figure",
    accessibleName: "Alla påståenden i omgången",
    button: "Visa som tabell",
  },
  {
    name: "LeadershipComparison",
    element: () => (
      <LeadershipComparison result={scoring.result} goals={scoring.goals} leadershipId={firstResponding.leadershipId} />
    ),
    role: "figure",
    accessibleName: "Lokal systemledning Avesta jämfört med länet",
    button: "Visa som tabell",
  },
  {
    name: "TrendChart",
    element: () => (
      <TrendChart
        trend={getAssessmentTrend(scoring.workspace, DALARNA_SELF_ASSESSMENT_ID)}
        instrument={scoring.instrument}
        goals={scoring.goals}
      />
    ),
    role: "figure",
    accessibleName: "Utveckling över tid",
    button: "Visa som tabell",
  },
  {
    name: "Timeline",
    element: () => <Timeline lanes={timelineLanes} asOf={DALARNA_SAMPLE_AS_OF} defaultAnchor="2025-06-01" />,
    role: "figure",
    accessibleName: "Tidslinje",
    button: "Kvartal",
  },
  {
    name: "AnnualPlan",
    element: () => (
      <AnnualPlan
        workspace={workspace}
        forumId="f-vasterbergslagen"
        year={2026}
        asOf={DALARNA_SAMPLE_AS_OF}
        now={now}
      />
    ),
    role: "region",
    accessibleName: "Årsplan 2026",
    button: "Ladda ner årsplanen till kalendern",
  },
  {
    name: "MeetingPage",
    element: () => (
      <MeetingPage
        workspace={workspace}
        meetingId={SAMPLE_MEETINGS.held}
        asOf={DALARNA_SAMPLE_AS_OF}
        now={now}
        onWorkspaceChange={ignore}
      />
    ),
    role: "article",
    accessibleName: "Möte torsdag 7 maj 2026",
    button: "Spara närvaron",
  },
  {
    name: "ComplianceOverview",
    element: () => (
      <ComplianceOverview workspace={workspace} forumIds={REGIONAL_FORUMS} from="2025-01-01" to="2025-12-31" />
    ),
    role: "region",
    accessibleName: "Mötesregler och närvaro",
    button: "Forum",
  },
  {
    name: "SystemMap",
    element: () => <SystemMap graph={systemGraph} annotations={DALARNA_WORKSHOP_ANNOTATIONS} />,
    role: "figure",
    accessibleName: "Systemkarta",
    button: "Visa värmekarta",
  },
  {
    name: "SystemMapWorkshop",
    element: () => (
      <SystemMapWorkshop
        graph={systemGraph}
        annotations={DALARNA_WORKSHOP_ANNOTATIONS}
        workspace={workspace}
        onAnnotate={ignore}
      />
    ),
    role: "figure",
    accessibleName: "Systemkarta",
    button: "Visa som tabell",
  },
  {
    name: "SectorCoverage",
    element: () => <SectorCoverage workspace={workspace} leadershipId="ls-vansbro" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Representation av sektorer",
    button: "Visa som tabell",
  },
  {
    name: "PrincipalMandate",
    element: () => <PrincipalMandate workspace={workspace} leadershipId="ls-gagnef" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Huvudmän med mandat",
    button: "Huvudman",
  },
  {
    name: "KeyRoles",
    element: () => <KeyRoles workspace={workspace} forumId="f-borlange" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Nyckelroller",
    button: "Roll",
  },
  {
    name: "Substitutes",
    element: () => <Substitutes workspace={workspace} leadershipId="ls-leksand" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Ersättare för mandatbärare",
    button: "Mandatbärare",
  },
  {
    name: "ChairRotation",
    element: () => <ChairRotation workspace={workspace} forumId="f-mora" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Ordförandeskap och rotation",
    button: "Ordförande",
  },
  {
    name: "ForumMembers",
    element: () => <ForumMembers workspace={workspace} forumId="f-mora" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "region",
    accessibleName: "Ledamöter i Systemledning Mora",
    button: "Person",
  },
  {
    name: "StructureOverview",
    element: () => (
      <StructureOverview workspace={workspace} asOf={DALARNA_SAMPLE_AS_OF} leadershipHref={leadershipHref} />
    ),
    role: "region",
    accessibleName: "Regional systemledning",
    button: "Samlat läge",
  },
  {
    name: "LeadershipPage",
    element: () => <LeadershipPage workspace={workspace} leadershipId="ls-mora" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "article",
    accessibleName: "Lokal systemledning Mora",
    button: "Del",
  },
  {
    name: "CharterCompleteness",
    element: () => <CharterCompleteness workspace={workspace} leadershipId="ls-mora" />,
    role: "region",
    accessibleName: "Överenskommelsens fullständighet",
    button: "Del",
  },
  {
    name: "MembersEditor",
    element: () => (
      <MembersEditor
        workspace={workspace}
        forumId="f-vansbro"
        asOf={DALARNA_SAMPLE_AS_OF}
        now={now}
        onChange={ignore}
      />
    ),
    role: "region",
    accessibleName: "Ledamöter i Systemledning Vansbro",
    button: "Lägg till ledamot",
  },
  {
    name: "SectorChecklist",
    element: () => (
      <SectorChecklist workspace={workspace} forumId="f-mora" asOf={DALARNA_SAMPLE_AS_OF} onChange={ignore} />
    ),
    role: "region",
    accessibleName: "Representation",
    button: "Spara representationen",
  },
  {
    name: "MeetingRulesForm",
    element: () => <MeetingRulesForm workspace={workspace} forumId="f-mora" year={2027} onChange={ignore} />,
    role: "region",
    accessibleName: "Mötesstruktur",
    button: "Spara mötesstrukturen",
  },
  {
    name: "MetodstodWorkbook",
    element: () => <MetodstodWorkbook workspace={workspace} leadershipId="ls-mora" asOf={DALARNA_SAMPLE_AS_OF} />,
    role: "article",
    accessibleName: "Metodstöd: Lokal systemledning Mora",
    button: "Lägg till egen princip",
  },
  {
    name: "IndicatorPanel",
    element: () => (
      <IndicatorPanel workspace={workspace} indicatorIds={["aterinskrivning-65"]} asOf={DALARNA_SAMPLE_AS_OF} />
    ),
    role: "region",
    accessibleName: "Indikatorer per delmål",
    button: "Visa som tabell",
  },
  {
    name: "IndicatorComparison",
    element: () => <IndicatorComparison workspace={workspace} />,
    role: "region",
    accessibleName: "Jämförelse mellan kommunerna",
    button: "Fallskador bland personer 80 år och äldre, per 1 000 invånare, 2024 (per 1 000 inv)",
  },
  {
    name: "KoladaFetch",
    // A Kolada that never answers: pressing the button shows the progress, which is the markup's change.
    element: () => <KoladaFetch workspace={workspace} fetch={() => new Promise(() => undefined)} onChange={ignore} />,
    role: "region",
    accessibleName: "Hämta från Kolada",
    button: "Hämta från Kolada",
  },
  {
    name: "CheckInForm",
    element: () => (
      <CheckInForm
        workspace={workspace}
        planId="plan-lokal-falun"
        leadershipId="ls-falun"
        asOf={DALARNA_SAMPLE_AS_OF}
        onChange={ignore}
      />
    ),
    role: "region",
    accessibleName: "Ny avstämning",
    button: "Spara avstämningen",
  },
  {
    name: "ActionPlan",
    element: () => (
      <ActionPlan
        workspace={workspace}
        planId={DALARNA_REGIONAL_PLAN_ID}
        asOf={DALARNA_SAMPLE_AS_OF}
        onChange={ignore}
      />
    ),
    role: "region",
    accessibleName: "Regional handlingsplan God och nära vård – multisjuka sköra äldre",
    button: "Lägg till fokusområde",
  },
  {
    name: "AnnualReport",
    element: () => <AnnualReport workspace={workspace} year={2025} asOf={DALARNA_SAMPLE_AS_OF} onChange={ignore} />,
    role: "article",
    accessibleName: "Årsrapport 2025",
    button: "Ladda ned som HTML",
  },
];
