/**
 * Storybook for stakeholders: the dashboard's views on the Dalarna sample workspace. Packages resolve to
 * their TypeScript sources, as in the tests and the dashboard, so no package needs building first.
 */
import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";
import { sourceAliases } from "../../vitest.shared.js";

const config: StorybookConfig = {
  stories: ["../src/**/*.mdx", "../src/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  // No telemetry and no update checks: the kit makes no requests, and neither does its showcase.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { resolve: { alias: sourceAliases } }),
};

export default config;
