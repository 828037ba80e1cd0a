/**
 * What the stories pick from whichever county the toolbar chose beyond its leaderships and forums (those are in
 * `county-picks.ts`): a plan and who checks in on it, and the note a story shows when the county's sample lacks what
 * the story draws. Every pick reads the workspace, never a county's ids, so a county added to the bundled list gets
 * every story without an edit.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useKitLocale } from "@systemledning/react";
import { Fragment, type ReactNode } from "react";
import { expect, within } from "storybook/test";
import { useStoryCounty, type StoryCounty } from "./story-county.js";

/** The plan a story shows: the county's regional plan, else its first plan; `undefined` when it has none. */
export function countyPlanId(workspace: Workspace): string | undefined {
  return (workspace.plans.find((plan) => plan.kind === "regional") ?? workspace.plans[0])?.id;
}

/** A local plan and the leadership whose plan it is, for a check-in (else the regional plan and its leadership). */
export function checkInPair(workspace: Workspace): { planId: string; leadershipId: string } | undefined {
  const plan = workspace.plans.find((p) => p.kind === "local") ?? workspace.plans[0];
  return plan === undefined ? undefined : { planId: plan.id, leadershipId: plan.leadershipId };
}

/** The county's name as a reader knows it. */
export function countyName(county: StoryCounty): string {
  return county.county.name.sv;
}

/** Props of {@link NotInCountySample}. */
export interface NotInCountySampleProps {
  readonly county: StoryCounty;
  /** What the sample lacks, ending a sentence in each language: `{ sv: "ingen handlingsplan", en: "no action plan" }`. */
  readonly lacks: { readonly sv: string; readonly en: string };
}

/**
 * The note a story shows instead of its component when the chosen county's sample lacks what it draws, in the
 * toolbar's language.
 */
export function NotInCountySample({ county, lacks }: NotInCountySampleProps) {
  const { locale } = useKitLocale();
  return (
    <p className="dash-muted" role="note">
      {locale === "en"
        ? `The sample of ${county.county.name.en} has ${lacks.en}. Choose another county in the toolbar («Län») to see this story.`
        : `${countyName(county)}s exempeldata har ${lacks.sv}. Välj ett annat län i verktygsfältet («Län») för att se den här berättelsen.`}
    </p>
  );
}

/** Props of {@link CountyPick}. */
export interface CountyPickProps<TPicked extends { readonly id: string }> {
  /** What the story draws (a forum, a leadership, a meeting), picked from the county; `undefined` when it has none. */
  readonly pick: (county: StoryCounty) => TPicked | undefined;
  /** What the note says the county's sample lacks when `pick` finds nothing (see {@link NotInCountySample}). */
  readonly lacks: NotInCountySampleProps["lacks"];
  /** The story's component on what was picked. */
  readonly children: (picked: TPicked, county: StoryCounty) => ReactNode;
}

/**
 * A story's component on a forum (or leadership, or meeting) of the county the toolbar chose, or the note that the
 * county's sample has none such. What it draws is keyed by county and pick: a form holds what the reader typed, and
 * the form of another county or forum must start from that one's data, not keep the last one's.
 *
 * @example
 * <CountyPick pick={({ workspace }) => forumAt(workspace, which)} lacks={{ sv: "inget forum", en: "no forum" }}>
 *   {(forum, county) => <SectorChecklistHost workspace={county.workspace} forumId={forum.id} asOf={county.asOf} />}
 * </CountyPick>
 */
export function CountyPick<TPicked extends { readonly id: string }>({
  pick,
  lacks,
  children,
}: CountyPickProps<TPicked>) {
  const county = useStoryCounty();
  const picked = pick(county);
  if (picked === undefined) return <NotInCountySample county={county} lacks={lacks} />;
  return <Fragment key={`${county.county.id}:${picked.id}`}>{children(picked, county)}</Fragment>;
}

/** In a play function: the story shows the note that the county's sample lacks what it draws. */
export async function expectNotInCountySample(canvasElement: HTMLElement): Promise<void> {
  await expect(within(canvasElement).getByRole("note")).toHaveTextContent(/s exempeldata har /);
}

/** A text from the county's data as an exact part of a pattern (names may hold brackets or dots). */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
