import type { Preview } from "@storybook/react-vite";
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID } from "@systemledning/core/counties";
import { LocaleProvider } from "@systemledning/react";
import "@systemledning/react/styles.css";
import "../../examples/dashboard/src/app.css";
import { loadStoryCounty, StoryCountyContext, type StoryCounty } from "../src/story-county.js";

/**
 * The toolbar's three switches, which every story obeys: language, theme and county (docs/decisions, issue 19).
 * SKELETON: the theme switch is wired by the Storybook-for-stakeholders work (issue 19, part 6).
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
          <Story />
        </LocaleProvider>
      </StoryCountyContext.Provider>
    ),
  ],
  parameters: {
    layout: "fullscreen",
    // Every story is checked with axe in real Chromium; a violation fails the story test (docs/quality.md A15).
    a11y: {
      test: "error",
      options: { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    },
  },
};

export default preview;
