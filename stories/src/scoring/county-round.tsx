/**
 * The round the scoring stories draw: the latest self-assessment round of the county the toolbar chose, or a made-up
 * round a story brings (empty, national, very long texts) and says so. A county without a round gets a note instead.
 */
import { useMemo, type ReactNode } from "react";
import { countyLatestRound, countyTrend, type ScoringFixture } from "../../../tests/fixtures/scoring-rounds.js";
import { NotInCountySample } from "../county-parts.js";
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

/** The county's latest round in a play function; `undefined` when it has none (the story then shows the note). */
export function roundOfStory(loaded: Record<string, unknown>): ScoringFixture | undefined {
  return countyLatestRound(loadedCounty({ loaded }).workspace);
}

/**
 * The tags and arguments of a story of a made-up round (empty, national, very long texts): the story's own data, the
 * same whatever county the toolbar chose, so it carries the tag `county-independent` the story switches test reads.
 * The story keeps its `name` in its own object literal, where Storybook's index reads it.
 */
export function madeUpRound(fixture: ScoringFixture) {
  return { tags: ["county-independent"], args: { fixture } };
}
