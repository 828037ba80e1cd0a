import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions, react18Aliases, react18Paths, sourceAliases } from "./vitest.shared.js";

/**
 * A factory, not a shared object: Vitest mislabels browser projects that share one browser config object, so each
 * project gets a fresh one.
 */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: "chromium" as const }],
});

const storybookConfigDir = fileURLToPath(new URL("./stories/.storybook", import.meta.url));

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        test: {
          name: "unit",
          environment: "node",
          // The gate runs every project at once on two cores: property tests that take 3 s alone can pass 5 s
          // under that load, so the limit is raised from Vitest's 5 s rather than the tests weakened.
          testTimeout: 15_000,
          include: ["tests/**/*.test.{ts,tsx}"],
          // tests/sources/ needs the source documents, which are not in the repository: vitest.sources.config.ts;
          // tests/server/postgres/ needs PostgreSQL, which a bare machine lacks: vitest.postgres.config.ts.
          exclude: [
            "tests/**/*.browser.test.{ts,tsx}",
            "tests/e2e/**",
            "tests/bench/**",
            "tests/sources/**",
            "tests/server/postgres/**",
          ],
          provide: { reactMajor: "19" },
        },
      },
      {
        // The kit's component and server-rendering tests again on React 18 (docs/quality.md E3, decision 0008).
        resolve: { alias: [...sourceAliases, ...react18Aliases] },
        test: {
          name: "unit-react18",
          environment: "node",
          testTimeout: 15_000,
          include: ["tests/react/**/*.test.tsx"],
          exclude: ["tests/**/*.browser.test.{ts,tsx}"],
          provide: { reactMajor: "18", react18Paths },
          server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-/] } },
          setupFiles: ["tests/react/compat/require-react-18.ts"],
        },
      },
      {
        resolve: { alias: sourceAliases },
        test: {
          name: "browser",
          include: ["tests/**/*.browser.test.{ts,tsx}"],
          browser: chromium(),
          provide: { reactMajor: "19" },
        },
      },
      {
        // Server markup hydrated in Chromium again on React 18 (docs/quality.md E3). In the browser Vite bundles
        // React DOM 18 itself, so the aliases reach its own imports of React too.
        resolve: { alias: [...sourceAliases, ...react18Aliases] },
        test: {
          name: "browser-react18",
          include: ["tests/react/ssr/**/*.browser.test.tsx"],
          browser: chromium(),
          provide: { reactMajor: "18" },
        },
      },
      {
        // Every story renders in real Chromium and passes axe (a11y.test = "error" in preview.tsx), in the toolbar's
        // default globals only: the other counties, themes and the English run are the browser project's
        // tests/stories/switches.browser.test.tsx, which skips these globals, so no story is rendered twice alike.
        plugins: [storybookTest({ configDir: storybookConfigDir })],
        resolve: { alias: sourceAliases },
        // The core's sources import zod; found only while a story loads, Vite would re-bundle and reload
        // the page mid-run, failing the first stories of a cold cache.
        optimizeDeps: { include: ["zod", "react-dom/client", "react/jsx-dev-runtime"] },
        test: {
          name: "storybook",
          // The national map's story lays out 2,000 parts and runs axe over them: about 5 s alone, but past
          // Vitest's 15 s once the gate runs every project (React 18's among them) at once on two cores. The
          // limit is raised rather than the story made smaller; a hang still fails.
          testTimeout: 60_000,
          browser: chromium(),
        },
      },
      {
        // The built dashboard under its strict CSP, driven by playwright-core from Node.
        resolve: { alias: sourceAliases },
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
