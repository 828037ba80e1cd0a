/**
 * Every story obeys the toolbar's three switches (docs/decisions/0020-storybook-for-stakeholders.md): each story
 * runs for every bundled county, once dark in Swedish with its play function (whose checks are written in
 * Swedish) and once in high contrast in English without it, and axe finds no WCAG 2.1 A or AA violation
 * (docs/quality.md A15, A19); every widget the story draws takes the toolbar's theme and language unless the story
 * names its own. The storybook project already runs every story light, in Swedish, on the default county.
 *
 * The cheap and sound part: a story that never reads the county (made-up data, the kit's building blocks) cannot
 * change with it, so it runs for the first county only. Whether it reads the county is seen, not declared: the
 * county reaches stories through a proxy that notes any read.
 */
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import preview from "../../stories/.storybook/preview.js";
import { composeStories, setProjectAnnotations } from "../../stories/src/portable-stories.js";
import { loadStoryCounty } from "../../stories/src/story-county.js";

type StoryModule = Parameters<typeof composeStories>[0];

/** What the test uses of a composed story: its run and its own args. */
interface ComposedStory {
  readonly run: (context: object) => Promise<void>;
  readonly args: Readonly<Record<string, unknown>>;
}

const modules = import.meta.glob<StoryModule>("../../stories/src/**/*.stories.tsx", { eager: true });

let countyRead = false;

/** The county as the preview loads it, behind a proxy that notes when a story (or its play) reads it. */
async function trackedCounty(id: unknown): Promise<object> {
  const county = await loadStoryCounty(typeof id === "string" ? id : undefined);
  return new Proxy(county, {
    get(target, property, receiver) {
      countyRead = true;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

setProjectAnnotations([
  preview,
  // Runs after the preview's loader, so its county is the one the decorator provides.
  { loaders: [async ({ globals }) => ({ county: await trackedCounty(globals["county"]) })] },
]);

/** The two runs per county: the two themes the storybook project does not run, each in one language. */
const RUNS = [
  { theme: "dark", locale: "sv", play: true },
  { theme: "high-contrast", locale: "en", play: false },
] as const;

/** The module with no play function anywhere, for the English run. */
function withoutPlay(module: StoryModule): StoryModule {
  return Object.fromEntries(
    Object.entries(module).map(([key, value]) => [
      key,
      typeof value === "object" && value !== null ? { ...value, play: undefined } : value,
    ]),
  ) as unknown as StoryModule;
}

const canvas = document.createElement("div");
document.body.append(canvas);

async function violations(): Promise<string[]> {
  const results = await axe.run(canvas, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** The widget roots a story drew, without the preview's own canvas root. */
function storyRoots(): HTMLElement[] {
  return [...canvas.querySelectorAll<HTMLElement>(".sl-root .sl-root")];
}

const compose = (module: StoryModule) => composeStories(module) as Record<string, ComposedStory>;

const stories = Object.entries(modules).flatMap(([path, module]) => {
  const silent = compose(withoutPlay(module));
  return Object.entries(compose(module)).map(([name, story]) => ({
    path,
    name,
    runs: { true: story, false: silent[name]! },
  }));
});

describe("every story in every county, theme and language", () => {
  it("finds the stories", () => {
    expect(stories.length).toBeGreaterThan(100);
  });

  for (const { path, name, runs } of stories) {
    it(`${path.replace("../../stories/src/", "")} ${name}`, { timeout: 120_000 }, async () => {
      countyRead = false;
      for (const [position, county] of BUNDLED_COUNTIES.entries()) {
        // A story that read no county in the first county's runs draws the same in every other.
        if (position > 0 && !countyRead) break;
        for (const { theme, locale, play } of RUNS) {
          const story = runs[`${play}`];
          await story.run({ canvasElement: canvas, globals: { county: county.id, theme, locale } });
          const where = `${county.id}, ${theme}, ${locale}`;
          expect(await violations(), where).toEqual([]);
          // Explicit args win over the toolbar ("In English"); otherwise every widget follows it.
          if (story.args.theme === undefined)
            for (const root of storyRoots()) expect(root.getAttribute("data-sl-theme"), where).toBe(theme);
          if (story.args.locale === undefined)
            for (const root of storyRoots()) expect(root.getAttribute("lang"), where).toBe(locale);
        }
      }
    });
  }
});
