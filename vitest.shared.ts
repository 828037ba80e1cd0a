/**
 * Settings shared by every Vitest project and by the Vite apps: workspace packages resolve to their
 * TypeScript sources, so tests and the demo run without a build step.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Alias } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Aliases from `@systemledning/<package>[/<entry>]` to the package's source entry. */
export const sourceAliases: Alias[] = [
  // The kit's stylesheet is a file, not a module entry: it must match before the entry pattern below.
  { find: /^@systemledning\/react\/styles\.css$/, replacement: `${root}packages/react/src/styles.css` },
  // The core's county files and JSON Schemas are data the package ships as they are (docs/decisions/0018).
  { find: /^@systemledning\/core\/((?:counties|schemas)\/.+\.json)$/, replacement: `${root}packages/core/$1` },
  { find: /^@systemledning\/(core|react)$/, replacement: `${root}packages/$1/src/index.ts` },
  { find: /^@systemledning\/(core|react)\/(.+)$/, replacement: `${root}packages/$1/src/$2/index.ts` },
];

/** Options for Debian's Chromium, which Playwright cannot download here. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/** The module paths of React and React DOM that the kit, its tests and their helpers import. */
const reactSpecifiers = [
  "react",
  "react/jsx-runtime",
  "react/jsx-dev-runtime",
  "react-dom",
  "react-dom/client",
  "react-dom/server",
  "react-dom/test-utils",
] as const;

/**
 * Each of those module paths resolved to the React 18 packages (the root's `react-18` and `react-dom-18` dev
 * dependencies), as absolute paths: the bare name `react-18` could not be found from a module inside
 * node_modules.
 */
export const react18Paths: Readonly<Record<string, string>> = Object.fromEntries(
  reactSpecifiers.map((specifier) => [
    specifier,
    specifier.replace(/^react(-dom)?/, (name) => realpathSync(`${root}node_modules/${name}-18`)),
  ]),
);

/**
 * Aliases to React 18 for the projects that prove the kit on it (docs/quality.md E3, docs/decisions/0008). An
 * alias applies only to modules Vite processes, so those projects inline the dependencies that import React
 * (@testing-library/react, @tanstack/react-table), and a setup file
 * (`tests/react/compat/require-react-18.ts`) points Node's own `require` at React 18 for the CommonJS React DOM,
 * whose `require("react")` would otherwise find the React 19 that pnpm links beside it.
 */
export const react18Aliases: Alias[] = Object.entries(react18Paths).map(([specifier, path]) => ({
  find: new RegExp(`^${specifier}$`),
  replacement: path,
}));
