/**
 * Every story obeys the toolbar's three switches (docs/quality.md A19; issue 19, parts 4 and 6): rendered in
 * real Chromium through Storybook's portable stories, with the preview's own loader and decorators, each story
 * of every `*.stories.tsx`
 * - in every bundled county but the default, in the dark theme and Swedish, with the preview's full axe check
 *   (WCAG 2.1 A/AA) and its play function passing, and with a different text in each of those counties: a story
 *   that draws the county changes with it; unless it is tagged `"county-independent"` (made-up or national data,
 *   or a building block that shows no county), which is the same in every county and so rendered in one;
 * - in English and high contrast (in the last bundled county), with the same full axe check and a text that is
 *   not the same county's Swedish one.
 *
 * Why this set and no more: the `storybook` project already renders every story in the default globals (the
 * default county, light, Swedish) with the full axe check and its play function, about five minutes of CI time,
 * so those globals are not repeated here. Each county run changes the theme too, so one render proves both;
 * the English run is checked with every rule too, since a language changes names and texts, not colours alone
 * (the whole file took 213 s with it, alone on two cores); the play functions look
 * for the kit's Swedish words, so the English run renders without them and is compared with the Swedish text
 * as first rendered, before the play function (the counties' texts are compared after it). A county added to
 * `BUNDLED_COUNTIES` is covered with no edit here. Portable stories, not a second storybook-plugin project with
 * other initial globals: one module sees every county's render of a story, which the "changes with the county"
 * check needs, and no second project's transform of every story is paid for.
 */
import axe from "axe-core";
import { afterEach, describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID } from "@systemledning/core/counties";
import {
  composeStories,
  preview,
  setProjectAnnotations,
  type composeStory,
} from "../../stories/src/portable-stories.js";

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>("../../stories/src/**/*.stories.tsx", { eager: true });

/** The tag a story (or its meta) carries when nothing it shows comes from the chosen county. */
const COUNTY_INDEPENDENT = "county-independent";

/** The preview's axe rules (WCAG 2.1 A/AA): the `storybook` project checks the default globals with the same. */
const WCAG_RULES = preview.parameters?.["a11y"]?.options?.runOnly as axe.RunOnly;

interface Switches {
  readonly county: string;
  readonly theme: "dark" | "high-contrast";
  readonly locale: "sv" | "en";
  readonly rules: axe.RunOnly;
}

const otherCounties = BUNDLED_COUNTIES.filter((county) => county.id !== DEFAULT_COUNTY_ID).map((county) => county.id);
/** One run in each county the `storybook` project does not render: dark, Swedish, every rule, the play function. */
const COUNTY_RUNS: readonly Switches[] = otherCounties.map((county) => ({
  county,
  theme: "dark",
  locale: "sv",
  rules: WCAG_RULES,
}));
/**
 * One run in English and high contrast, in the last county (the newest added): its text must differ from the same
 * county's in Swedish. The play functions look for the kit's Swedish words, so this run renders without them; the
 * county runs prove them.
 */
const LANGUAGE_RUN: Switches = {
  county: otherCounties.at(-1) ?? DEFAULT_COUNTY_ID,
  theme: "high-contrast",
  locale: "en",
  rules: WCAG_RULES,
};

/**
 * As the `storybook` project's limit: the national map lays out 2,000 parts and runs axe over them, seconds alone and
 * far more while other projects share the cores. A hang still fails.
 */
const STORY_TIMEOUT = 60_000;

let canvas: HTMLElement | null = null;

// Before any story is composed: a composed story takes the project's annotations current when it is composed.
setProjectAnnotations(preview);

afterEach(() => {
  canvas?.remove();
  canvas = null;
});

/** Axe's violations in the canvas, as one line each (rule, then the first elements it names) to read in a failure. */
async function violations(element: HTMLElement, runOnly: axe.RunOnly): Promise<string[]> {
  // As Storybook's a11y addon: a story shows a part of a page, so the rule that wants every text in a landmark is off.
  const result = await axe.run(element, { runOnly, rules: { region: { enabled: false } } });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

test("there are at least two bundled counties besides the default, to tell a story's counties apart", () => {
  expect(otherCounties.length).toBeGreaterThanOrEqual(2);
});

type ComposedStory = ReturnType<typeof composeStory>;

/** The module's stories, composed with the project's annotations, by export name. */
const compose = (module: StoryModule) => composeStories(module) as Record<string, ComposedStory>;
type Play = (context: { canvasElement: HTMLElement }) => Promise<void> | void;

/**
 * What a reader gets from the canvas: its text, and the names that images and labelled parts carry (a map's parts,
 * a poster's image), which `innerText` leaves out.
 */
function textOf(element: HTMLElement): string {
  const named = element.querySelectorAll("[aria-label], img[alt]");
  return [
    element.innerText,
    ...[...named].map((part) => part.getAttribute("aria-label") ?? part.getAttribute("alt")),
  ].join("\n");
}

/** The text of the story last rendered, as it was before its play function ran. */
let rendered: string | null = null;

/**
 * The story module with a play function on each story that records the story's text as first rendered, then runs
 * the story's own play function (the story's, else its meta's) when `playing`, else nothing.
 */
function recording(module: StoryModule, playing: boolean): StoryModule {
  const metaPlay = (module["default"] as { play?: Play } | undefined)?.play;
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => {
      if (name === "default" || typeof value !== "object" || value === null) return [name, value];
      const play = (value as { play?: Play }).play ?? metaPlay;
      const record: Play = async (context) => {
        // A story that loads something (a stored workspace, a poster) shows it a moment after it mounts.
        await expect.poll(() => textOf(context.canvasElement).trim()).not.toBe("");
        rendered = textOf(context.canvasElement);
        if (playing) await play?.(context);
      };
      return [name, { ...value, play: record }];
    }),
  ) as StoryModule;
}

/** A story's text as first rendered, before its play function, and at the end, after it. */
interface Texts {
  readonly first: string;
  readonly last: string;
}

/** The window the `storybook` project gives a story that names no viewport (Storybook's default for story tests). */
const DEFAULT_VIEWPORT = { width: 1200, height: 900 };

/** The story's window as the `storybook` project sets it: the viewport its global names, or the default. */
function viewportOf(Story: ComposedStory): { width: number; height: number } {
  const name = (Story.globals["viewport"] as { value?: string } | undefined)?.value;
  const options = (Story.parameters["viewport"] as { options?: Record<string, { styles?: Record<string, string> }> })
    ?.options;
  const styles = name === undefined ? undefined : options?.[name]?.styles;
  if (styles?.["width"] === undefined || styles["height"] === undefined) return DEFAULT_VIEWPORT;
  return { width: Number.parseInt(styles["width"], 10), height: Number.parseInt(styles["height"], 10) };
}

/**
 * Render a story in a new canvas with the switches set (its loaders, decorators and play function run), check it
 * with axe, and return its texts.
 */
async function render(Story: ComposedStory, run: Switches): Promise<Texts> {
  const { width, height } = viewportOf(Story);
  await page.viewport(width, height);
  canvas = document.body.appendChild(document.createElement("div"));
  rendered = null;
  await Story.run({
    canvasElement: canvas,
    globals: { ...Story.globals, county: run.county, theme: run.theme, locale: run.locale },
  });
  expect(await violations(canvas, run.rules)).toEqual([]);
  expect(rendered).not.toBeNull();
  return { first: rendered ?? "", last: textOf(canvas) };
}

for (const [path, module] of Object.entries(modules)) {
  const title = path.replace(/^.*stories\/src\//, "").replace(/\.stories\.tsx$/, "");
  const unplayed = compose(recording(module, false));
  describe(title, () => {
    for (const [name, Story] of Object.entries(compose(recording(module, true)))) {
      describe(name, () => {
        // A composed story's tags are its own, its meta's and the project's.
        const independent = Story.tags.includes(COUNTY_INDEPENDENT);
        const texts = new Map<string, Texts>();
        // What a county-independent story shows is the same in every county: one county run (in the language
        // run's county) proves its theme, its axe check and its play function.
        for (const run of independent ? COUNTY_RUNS.slice(-1) : COUNTY_RUNS) {
          test(
            `${run.county}, ${run.theme}, ${run.locale}`,
            async () => {
              texts.set(run.county, await render(Story, run));
            },
            STORY_TIMEOUT,
          );
        }
        // A story that names its own language keeps it whatever the toolbar says (docs/decisions/0020).
        const ownLocale = (Story.args as { locale?: unknown }).locale !== undefined;
        test(
          `${LANGUAGE_RUN.county}, ${LANGUAGE_RUN.theme}, ${LANGUAGE_RUN.locale}: ${ownLocale ? "its own language" : "not the Swedish text"}`,
          async () => {
            const english = await render(unplayed[name] as ComposedStory, LANGUAGE_RUN);
            const swedish = texts.get(LANGUAGE_RUN.county);
            expect(swedish).toBeDefined();
            expect(english.first === swedish?.first).toBe(ownLocale);
          },
          STORY_TIMEOUT,
        );
        if (!independent) {
          test("changes with the county", () => {
            expect(otherCounties.filter((county) => !texts.has(county))).toEqual([]);
            for (const [index, county] of otherCounties.entries()) {
              for (const other of otherCounties.slice(index + 1)) {
                // A boolean, not the texts: a diff of two whole stories would cost more than the story's render.
                const same = texts.get(county)?.last === texts.get(other)?.last;
                expect(same, `${county} and ${other} show the same text`).toBe(false);
              }
            }
          });
        }
      });
    }
  });
}
