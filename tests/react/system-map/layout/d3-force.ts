/**
 * d3-force for the tests that compare against it. It is a dependency of the React kit, not of the repository
 * root, so it is resolved from the kit's package, as the kit's own code resolves it.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type * as D3Force from "../../../../packages/react/node_modules/@types/d3-force/index.js";

const fromKit = createRequire(new URL("../../../../packages/react/package.json", import.meta.url));

/** The d3-force module the kit uses. */
export const d3Force = (await import(pathToFileURL(fromKit.resolve("d3-force")).href)) as typeof D3Force;
