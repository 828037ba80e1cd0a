/**
 * Setup of the React 18 projects in Node: Node's own `require` resolves React and React DOM to React 18.
 *
 * Vite's aliases (vitest.shared.ts, `react18Aliases`) reach only the modules Vite processes. React DOM 18 is
 * CommonJS that Node loads itself, and its `require("react")` finds the package pnpm links beside it, which is
 * React 19 (the root's `react`): React DOM 18 would then fail on React 19's internals. The test
 * `tests/react/compat/react-version.test.tsx` proves the whole chain runs React 18. The paths come from the
 * project's config (`provide`), which computes them once from vitest.shared.ts.
 */
import Module from "node:module";
import { inject } from "vitest";

/** Node's resolver, which is internal and so missing from @types/node. */
type Resolver = (request: string, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolver & { react18?: true } };

// A worker runs this once per test file: wrap the resolver only once.
if (internals._resolveFilename.react18 !== true) {
  const react18Paths = inject("react18Paths");
  const resolve = internals._resolveFilename;
  const resolveToReact18: Resolver & { react18?: true } = (request, ...rest) =>
    resolve(react18Paths[request] ?? request, ...rest);
  resolveToReact18.react18 = true;
  internals._resolveFilename = resolveToReact18;
}
