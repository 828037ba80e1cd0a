/**
 * ESLint flat config for the whole repository (`pnpm lint`).
 *
 * Beyond typescript-eslint's recommended rules, it forbids in OUR code every way of turning a string into
 * markup or code: docs/quality.md S1 (free text is rendered as text, never parsed as HTML) and S3 (intranets run
 * a strict Content Security Policy with Trusted Types, where these sinks either throw or open an XSS hole).
 * `tests/build/lint-rules.test.ts` proves each forbidden construct is reported, so no rule can silently
 * disappear from this file.
 */
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

const WHY_S1 = "docs/quality.md S1: free text is rendered as text, never parsed as markup or code";
const WHY_CSP = "strict CSP (docs/quality.md S3: script-src 'self', require-trusted-types-for 'script') blocks it";

/** Member names that parse a string as HTML: each is an XSS sink and a Trusted Types violation. */
const HTML_SINKS = "innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|srcdoc";

/** Test modifiers that focus or skip tests: a focused test hides the rest, a skipped one proves nothing. */
const TEST_MODIFIERS = "only|skip|skipIf|runIf|todo";
const TEST_FUNCTIONS = "it|test|describe|suite|bench";

/** Rules that hold everywhere we write code: sources, tests, stories, examples and scripts. */
const securityRules = {
  "no-eval": ["error", { allowIndirect: false }],
  "no-implied-eval": "error",
  "no-new-func": "error",
  "no-script-url": "error",
  "no-restricted-properties": [
    "error",
    { object: "document", property: "write", message: `document.write parses markup: ${WHY_S1}; ${WHY_CSP}.` },
    { object: "document", property: "writeln", message: `document.writeln parses markup: ${WHY_S1}; ${WHY_CSP}.` },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: `dangerouslySetInnerHTML injects markup: ${WHY_S1}. Render the text as a React child instead.`,
    },
    {
      selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
      message: `dangerouslySetInnerHTML injects markup: ${WHY_S1}. Render the text as a React child instead.`,
    },
    {
      selector: `MemberExpression[property.name=/^(${HTML_SINKS})$/], MemberExpression[property.value=/^(${HTML_SINKS})$/]`,
      message: `Parsing a string as HTML is an XSS sink: ${WHY_S1}; ${WHY_CSP}. Use textContent or DOM nodes (or React children).`,
    },
    // The built-in no-eval, no-new-func and no-implied-eval catch more variants but cannot say why; these
    // repeat the common forms with the reason, so a reader of the lint output learns the rule, not just its name.
    {
      selector: "CallExpression[callee.name='eval'], CallExpression[callee.property.name='eval']",
      message: `eval compiles a string to code: ${WHY_S1}; ${WHY_CSP} ('unsafe-eval').`,
    },
    {
      selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
      message: `new Function compiles a string to code: ${WHY_S1}; ${WHY_CSP} ('unsafe-eval'). zod is switched to its jitless mode at the door (ensureJitlessZod, packages/core/src/schema/define-schema.ts; docs/decisions/0004-schemas-created-on-first-parse.md).`,
    },
    {
      selector:
        "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/], CallExpression[callee.property.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
      message: `setTimeout/setInterval with a string evaluates it as code: ${WHY_S1}; ${WHY_CSP}. Pass a function.`,
    },
  ],
};

/**
 * Focused or skipped tests: every test in the gate must run and be able to fail (CONTRIBUTING.md, "Every test
 * runs").
 */
const testRules = {
  "no-restricted-syntax": [
    "error",
    ...securityRules["no-restricted-syntax"].slice(1),
    {
      selector: `MemberExpression[object.name=/^(${TEST_FUNCTIONS})$/][property.name=/^(${TEST_MODIFIERS})$/]`,
      message: "Focused or skipped tests are not allowed: every test in the gate runs and can fail (CONTRIBUTING.md).",
    },
    {
      selector: `MemberExpression[object.object.name=/^(${TEST_FUNCTIONS})$/][property.name=/^(${TEST_MODIFIERS})$/]`,
      message: "Focused or skipped tests are not allowed: every test in the gate runs and can fail (CONTRIBUTING.md).",
    },
    {
      selector: "CallExpression[callee.name=/^(fit|fdescribe|xit|xtest|xdescribe)$/]",
      message: "Focused or skipped tests are not allowed: every test in the gate runs and can fail (CONTRIBUTING.md).",
    },
  ],
};

/** Globals of Node scripts (the repository's plain .js/.mjs files); TypeScript files get theirs from tsc. */
const nodeGlobals = Object.fromEntries(
  [
    "process",
    "console",
    "Buffer",
    "URL",
    "URLSearchParams",
    "setTimeout",
    "clearTimeout",
    "performance",
    "globalThis",
    "structuredClone",
    "TextEncoder",
    "TextDecoder",
  ].map((name) => [name, "readonly"]),
);

export default defineConfig([
  globalIgnores([
    "**/node_modules/**",
    "**/dist/**",
    "**/storybook-static/**",
    "**/coverage/**",
    "**/.vite/**",
    "**/__screenshots__/**",
    "**/test-results/**",
    "tmp/**",
    // The examples' copies of built files (scripts/serve-example.mjs), not committed.
    "examples/*/vendor/**",
  ]),
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: "error" },
    // no-implied-eval only sees timers that scope analysis knows as globals; tsc checks the rest.
    languageOptions: {
      globals: {
        setTimeout: "readonly",
        setInterval: "readonly",
        window: "readonly",
        self: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      ...securityRules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // The examples' scripts run in a browser page without a build, as classic scripts.
    files: ["examples/plain-html/*.js", "examples/react17-host/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: { document: "readonly", indexedDB: "readonly", MutationObserver: "readonly" },
    },
  },
  {
    // Components, and the kit's hooks written as plain TypeScript (use-*.ts): the rules of hooks hold in both.
    files: ["**/*.{tsx,jsx}", "packages/react/src/**/use-*.ts"],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A missing dependency is a stale-closure bug, not a style question: error, so `--max-warnings 0` is not the only guard.
      // The kit's layout effect that also renders on a server (primitives/use-client-layout-effect.ts) is checked
      // as React's own effects are.
      "react-hooks/exhaustive-deps": ["error", { additionalHooks: "^useClientLayoutEffect$" }],
    },
  },
  {
    // The kit's components run on intranet pages with `style-src 'self'`: an inline style attribute from a
    // server render is blocked there, so geometry goes through SVG attributes and looks through classes.
    files: ["packages/react/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        ...securityRules["no-restricted-syntax"],
        {
          selector: "JSXAttribute[name.name='style']",
          message:
            "An inline style attribute breaks under a strict CSP (style-src 'self', docs/quality.md S3): use an sl- class in styles.css, or SVG geometry attributes.",
        },
      ],
    },
  },
  {
    files: ["tests/**", "stories/**", "**/*.test.{ts,tsx}", "**/*.stories.{ts,tsx}"],
    rules: testRules,
  },
]);
