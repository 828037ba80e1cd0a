import type { Preview } from "@storybook/react-vite";
import "@systemledning/react/styles.css";
import "../../examples/dashboard/src/app.css";

const preview: Preview = {
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
