import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions, sourceAliases } from "./vitest.shared.js";

/** A factory, not a shared object: a shared browser config mislabels projects (TOOLCHAIN.md). */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/**/*.browser.test.{ts,tsx}", "tests/e2e/**", "tests/bench/**"],
        },
      },
      {
        resolve: { alias: sourceAliases },
        test: {
          name: "browser",
          include: ["tests/**/*.browser.test.{ts,tsx}"],
          browser: chromium(),
        },
      },
    ],
  },
});
