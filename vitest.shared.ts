/**
 * Settings shared by every Vitest project and by the Vite apps: workspace packages resolve to their
 * TypeScript sources, so tests and the demo run without a build step.
 */
import { fileURLToPath } from "node:url";
import type { Alias } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Aliases from `@systemledning/<package>[/<entry>]` to the package's source entry. */
export const sourceAliases: Alias[] = [
  // The kit's stylesheet is a file, not a module entry: it must match before the entry pattern below.
  { find: /^@systemledning\/react\/styles\.css$/, replacement: `${root}packages/react/src/styles.css` },
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
