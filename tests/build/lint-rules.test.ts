/**
 * Proves that the repository's ESLint config (eslint.config.js) reports every construct docs/quality.md S1
 * forbids, plus the React hooks rules and focused/skipped tests. It lints small in-memory snippets through
 * ESLint's Node API under real repository paths, so a rule that is dropped or scoped away fails here.
 */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

/** One reported problem, reduced to what the assertions need. */
interface Finding {
  ruleId: string | null;
  message: string;
}

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: repositoryRoot });
  // Loading the config, its plugins and parsers takes seconds on a busy machine: do it once, outside the tests' time limit.
  await eslint.lintText("export {};\n", { filePath: `${repositoryRoot}packages/react/src/warm-up.tsx` });
}, 60_000);

/** Lints `code` as if it were the file at `filePath` (relative to the repository root). */
async function lintSnippet(code: string, filePath: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repositoryRoot}${filePath}` });
  if (result === undefined) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.map((message) => ({ ruleId: message.ruleId, message: message.message }));
}

const CORE_FILE = "packages/core/src/structure/snippet.ts";
const REACT_FILE = "packages/react/src/snippet.tsx";
const TEST_FILE = "tests/core/snippet.test.ts";

/** Forbidden in every file we write: each snippet must be reported by `ruleId`, with a message that says why. */
const forbiddenEverywhere: Array<{ name: string; code: string; ruleId: string }> = [
  {
    name: "assignment to innerHTML",
    code: "export function f(el: HTMLElement, s: string) { el.innerHTML = s; }",
    ruleId: "no-restricted-syntax",
  },
  {
    name: "reading innerHTML",
    code: "export const f = (el: HTMLElement) => el.innerHTML.length;",
    ruleId: "no-restricted-syntax",
  },
  {
    name: "computed innerHTML",
    code: 'export function f(el: HTMLElement, s: string) { el["innerHTML"] = s; }',
    ruleId: "no-restricted-syntax",
  },
  {
    name: "outerHTML",
    code: "export function f(el: HTMLElement, s: string) { el.outerHTML = s; }",
    ruleId: "no-restricted-syntax",
  },
  {
    name: "insertAdjacentHTML",
    code: 'export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML("beforeend", s); }',
    ruleId: "no-restricted-syntax",
  },
  {
    name: "document.write",
    code: "export function f(s: string) { document.write(s); }",
    ruleId: "no-restricted-properties",
  },
  { name: "eval", code: "export const f = (s: string): unknown => eval(s);", ruleId: "no-eval" },
  { name: "globalThis.eval", code: "export const f = (s: string): unknown => globalThis.eval(s);", ruleId: "no-eval" },
  { name: "new Function", code: 'export const f = new Function("a", "return a");', ruleId: "no-new-func" },
  { name: "Function called without new", code: 'export const f = Function("return 1");', ruleId: "no-new-func" },
  {
    name: "setTimeout with a string",
    code: 'export function f() { setTimeout("alert(1)", 10); }',
    ruleId: "no-implied-eval",
  },
  {
    name: "setInterval with a template string",
    code: "export function f(s: string) { setInterval(`run(${s})`, 10); }",
    ruleId: "no-implied-eval",
  },
  {
    name: "dangerouslySetInnerHTML as a props key",
    code: 'export const props = { dangerouslySetInnerHTML: { __html: "<b>x</b>" } };',
    ruleId: "no-restricted-syntax",
  },
];

describe("eslint.config.js security rules", () => {
  const everywhere = [
    CORE_FILE,
    REACT_FILE,
    TEST_FILE,
    "stories/src/snippet.stories.tsx",
    "examples/dashboard/src/snippet.tsx",
  ].flatMap((location) => forbiddenEverywhere.map((construct) => ({ ...construct, location })));

  it.each(everywhere)("reports $name in $location as $ruleId", async ({ code, ruleId, location }) => {
    const findings = await lintSnippet(code, location);
    expect(findings.map((finding) => finding.ruleId)).toContain(ruleId);
  });

  it("reports eval in a Node script too", async () => {
    const findings = await lintSnippet("export const run = (s) => eval(s);\n", "scripts/snippet.mjs");
    expect(findings.map((finding) => finding.ruleId)).toContain("no-eval");
  });

  it.each(forbiddenEverywhere)("explains why $name is forbidden, citing docs/quality.md S1", async ({ code }) => {
    const findings = await lintSnippet(code, CORE_FILE);
    const explained = findings.filter((finding) => finding.message.includes("docs/quality.md S1"));
    expect(explained.length).toBeGreaterThan(0);
  });

  it("reports dangerouslySetInnerHTML in JSX", async () => {
    const code = "export const Html = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;";
    const findings = await lintSnippet(code, REACT_FILE);
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "no-restricted-syntax",
        message: expect.stringContaining("dangerouslySetInnerHTML"),
      }),
    );
  });

  it("reports an inline style attribute in the kit's components (strict CSP), but not in the demo app", async () => {
    const code = "export const Bar = ({ w }: { w: number }) => <div style={{ width: w }} />;";
    const kit = await lintSnippet(code, REACT_FILE);
    expect(kit).toContainEqual(
      expect.objectContaining({ ruleId: "no-restricted-syntax", message: expect.stringContaining("strict CSP") }),
    );
    // The kit's other rules still hold in the same files: the style rule extends them, it does not replace them.
    const html = await lintSnippet('export const f = (el: HTMLElement) => { el.innerHTML = "x"; };', REACT_FILE);
    expect(html.map((finding) => finding.ruleId)).toContain("no-restricted-syntax");
    const demo = await lintSnippet(code, "examples/dashboard/src/snippet.tsx");
    expect(
      demo.filter((finding) => finding.message.includes("strict CSP") && finding.message.includes("inline style")),
    ).toEqual([]);
  });

  it("accepts the safe equivalents: textContent, a function passed to setTimeout, text as a React child", async () => {
    const core = await lintSnippet(
      "export function f(el: HTMLElement, s: string) { el.textContent = s; setTimeout(() => f(el, s), 10); }",
      CORE_FILE,
    );
    const react = await lintSnippet("export const Text = ({ s }: { s: string }) => <p>{s}</p>;", REACT_FILE);
    expect([...core, ...react]).toEqual([]);
  });
});

describe("eslint.config.js React hooks rules", () => {
  it("reports a hook called conditionally in a .tsx component", async () => {
    const code = [
      'import { useState } from "react";',
      "export function Counter({ on }: { on: boolean }) {",
      "  if (on) { useState(0); }",
      "  return null;",
      "}",
    ].join("\n");
    const findings = await lintSnippet(code, REACT_FILE);
    expect(findings.map((finding) => finding.ruleId)).toContain("react-hooks/rules-of-hooks");
  });

  it("reports a missing effect dependency as an error", async () => {
    const code = [
      'import { useEffect } from "react";',
      "export function Title({ text }: { text: string }) {",
      "  useEffect(() => { console.info(text); }, []);",
      "  return null;",
      "}",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: `${repositoryRoot}${REACT_FILE}` });
    const finding = result?.messages.find((message) => message.ruleId === "react-hooks/exhaustive-deps");
    expect(finding?.severity).toBe(2);
  });
});

describe("eslint.config.js test rules", () => {
  const focusedOrSkipped = [
    'it.only("a", () => {});',
    'test.only("a", () => {});',
    'describe.only("a", () => {});',
    'it.skip("a", () => {});',
    'describe.skip("a", () => {});',
    'it.todo("a");',
    'it.skipIf(true)("a", () => {});',
    'it.skip.each([1])("a %s", () => {});',
    'describe.concurrent.only("a", () => {});',
    'xit("a", () => {});',
  ];

  it.each(focusedOrSkipped)("reports %s in a test file", async (statement) => {
    const findings = await lintSnippet(`import { describe, it, test } from "vitest";\n${statement}\n`, TEST_FILE);
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "no-restricted-syntax",
        message: expect.stringContaining("Focused or skipped"),
      }),
    );
  });

  it("accepts ordinary and parameterised tests", async () => {
    const code =
      'import { describe, expect, it } from "vitest";\ndescribe("f", () => { it.each([1])("keeps %s", (n) => { expect(n).toBe(1); }); });\n';
    expect(await lintSnippet(code, TEST_FILE)).toEqual([]);
  });
});
