import type { Preview } from "@storybook/react-vite";
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID } from "@systemledning/core/counties";
import { LocaleProvider, ThemeProvider } from "@systemledning/react";
import "@systemledning/react/styles.css";
import "../../examples/dashboard/src/app.css";
import "./docs-blocks.css";
import { loadStoryCounty, StoryCountyContext, type StoryCounty } from "../src/story-county.js";
import { StoryCanvas, storyTheme } from "../src/story-canvas.js";

/**
 * The toolbar's three switches, which every story obeys: language, theme and county. Each reaches the stories
 * through a provider, so a story names none of them, and one that names its own language or theme still wins
 * (docs/decisions/0020-storybook-for-stakeholders.md).
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: "Språk / Language",
      toolbar: {
        title: "Språk",
        icon: "globe",
        items: [
          { value: "sv", title: "Svenska" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Tema / Theme",
      toolbar: {
        title: "Tema",
        icon: "contrast",
        items: [
          { value: "light", title: "Ljust" },
          { value: "dark", title: "Mörkt" },
          { value: "high-contrast", title: "Hög kontrast" },
        ],
        dynamicTitle: true,
      },
    },
    county: {
      description: "Län / County",
      toolbar: {
        title: "Län",
        icon: "location",
        items: BUNDLED_COUNTIES.map((county) => ({ value: county.id, title: county.name.sv })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "sv", theme: "light", county: DEFAULT_COUNTY_ID },
  loaders: [async ({ globals }) => ({ county: await loadStoryCounty(globals["county"] as string | undefined) })],
  decorators: [
    (Story, context) => (
      <StoryCountyContext.Provider value={context.loaded["county"] as StoryCounty}>
        <LocaleProvider locale={context.globals["locale"] === "en" ? "en" : "sv"}>
          <ThemeProvider theme={storyTheme(context.globals["theme"])}>
            <StoryCanvas paintsPage={context.viewMode === "story"}>
              <Story />
            </StoryCanvas>
          </ThemeProvider>
        </LocaleProvider>
      </StoryCountyContext.Provider>
    ),
  ],
  parameters: {
    layout: "fullscreen",
    // The sidebar in the order a reader meets the model: the welcome page first, so Storybook opens on it (it
    // opens the first entry of the sorted index), then the questions, then the building blocks.
    options: {
      storySort: {
        order: [
          "Välkommen",
          "Systemkarta",
          "Självskattning",
          "Möten och tidslinje",
          "Struktur",
          "Handlingsplan",
          "Byggstenar",
        ],
      },
    },
    // Every story is checked with axe in real Chromium; a violation fails the story test (docs/quality.md A15).
    a11y: {
      test: "error",
      options: { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    },
  },
};

export default preview;
