/**
 * The round the scoring stories draw: the latest self-assessment round of the county the toolbar chose, or a made-up
 * round a story brings (empty, national, very long texts) and says so. A county without a round gets a note instead.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo, type ReactElement, type ReactNode } from "react";
import { expect, within } from "storybook/test";
import { countyLatestRound, countyTrend, type ScoringFixture } from "../../../tests/fixtures/scoring-rounds.js";
import { expectNotInCountySample, NotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";

const LACKS_ROUND = { sv: "ingen självskattningsomgång", en: "no self-assessment round" } as const;

/** Props of {@link CountyRound}. */
export interface CountyRoundProps {
  /** A made-up round instead of the county's (the story says so in its description). */
  readonly fixture?: ScoringFixture | undefined;
  readonly children: (round: ScoringFixture) => ReactNode;
}

/** Its children drawn with the county's latest round (or the story's own), or the note that the county has none. */
export function CountyRound({ fixture, children }: CountyRoundProps) {
  const county = useStoryCounty();
  const latest = useMemo(() => countyLatestRound(county.workspace), [county.workspace]);
  const round = fixture ?? latest;
  return round === undefined ? <NotInCountySample county={county} lacks={LACKS_ROUND} /> : children(round);
}

/**
 * A story's `render` for a component that draws a round: {@link CountyRound} with the round the story brings (its
 * `fixture` arg) or the county's, handed to `draw` with the story's other args. The story's `Args` are named at the
 * call, since the types of the file's story objects are read from the meta's `render`.
 *
 * @example
 * render: renderRound<Args>((round, args) => <RoundOverview {...args} result={round.result} goals={round.goals} />),
 */
export function renderRound<TArgs extends { readonly fixture?: ScoringFixture | undefined }>(
  draw: (round: ScoringFixture, args: Omit<TArgs, "fixture">) => ReactNode,
): (args: TArgs) => ReactElement {
  return ({ fixture, ...args }) => <CountyRound fixture={fixture}>{(round) => draw(round, args)}</CountyRound>;
}

/** Props of {@link CountyTrend}. */
export interface CountyTrendProps {
  readonly children: (trend: NonNullable<ReturnType<typeof countyTrend>>) => ReactNode;
}

/** Its children drawn with the trend of the county's self-assessment, or the note that the county has none. */
export function CountyTrend({ children }: CountyTrendProps) {
  const county = useStoryCounty();
  const trend = useMemo(() => countyTrend(county.workspace), [county.workspace]);
  return trend === undefined ? <NotInCountySample county={county} lacks={LACKS_ROUND} /> : children(trend);
}

/** What {@link onCountyRound} needs of a play function's context. */
interface PlayContext {
  readonly canvasElement: HTMLElement;
  readonly loaded: Record<string, unknown>;
}

/**
 * A play function on what the story draws of the county (`pick` of its workspace): `play` gets it; in a county whose
 * sample lacks it the story shows the note instead, and that is what is checked, so no play function writes the guard.
 */
function playOnCounty<TPicked>(pick: (workspace: Workspace) => TPicked | undefined) {
  return <TContext extends PlayContext>(play: (context: TContext, picked: TPicked) => Promise<void>) =>
    async (context: TContext): Promise<void> => {
      const picked = pick(loadedCounty(context).workspace);
      if (picked === undefined) return expectNotInCountySample(context.canvasElement);
      await play(context, picked);
    };
}

/**
 * A play function on the county's latest round, as {@link CountyRound} draws it (a county without one: its note).
 *
 * @example
 * play: onCountyRound(async ({ canvasElement }, round) => { ... }),
 */
export const onCountyRound = playOnCounty(countyLatestRound);

/** A play function on the trend of the county's self-assessment, as {@link CountyTrend} draws it (else its note). */
export const onCountyTrend = playOnCounty(countyTrend);

/** In a play function: the round's table, however the story opened it, has its header row and a row per statement. */
export async function expectRowPerStatement(
  canvasElement: HTMLElement,
  tableName: string | RegExp,
  round: ScoringFixture,
): Promise<void> {
  const table = await within(canvasElement).findByRole("table", { name: tableName });
  await expect(within(table).getAllByRole("row")).toHaveLength(round.result.items.length + 1);
}

/**
 * The tags and arguments of a story of a made-up round (empty, national, very long texts): the story's own data, the
 * same whatever county the toolbar chose, so it carries the tag `county-independent` the story switches test reads.
 * The story keeps its `name` in its own object literal, where Storybook's index reads it.
 */
export function madeUpRound(fixture: ScoringFixture) {
  return { tags: ["county-independent"], args: { fixture } };
}
