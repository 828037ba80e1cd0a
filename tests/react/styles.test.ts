import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postcss, { type AtRule, type ChildNode, type Root } from "postcss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStyles } from "../../packages/react/build-styles.js";

let outDir = "";
let built: Root;
let css = "";

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "sl-styles-"));
  const outFile = join(outDir, "styles.css");
  await buildStyles(outFile);
  css = await readFile(outFile, "utf8");
  built = postcss.parse(css);
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Every style rule below `node`, through @media and @supports. */
function collectRules(
  nodes: ChildNode[],
  found: { selector: string; atRules: string[] }[] = [],
  atRules: string[] = [],
) {
  for (const node of nodes) {
    if (node.type === "rule") found.push({ selector: node.selector, atRules });
    if (node.type === "atrule" && node.nodes)
      collectRules(node.nodes, found, [...atRules, `@${node.name} ${node.params}`]);
  }
  return found;
}

/** Split a selector list at top-level commas (not those inside `:not(a, b)`). */
function splitSelectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of selector) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

describe("buildStyles", () => {
  it("puts every rule of the built stylesheet inside @layer systemledning", () => {
    const topLevel = built.nodes.filter((node) => node.type !== "comment");
    expect(topLevel.length).toBeGreaterThan(0);
    for (const node of topLevel) {
      expect(node.type).toBe("atrule");
      expect((node as AtRule).name).toBe("layer");
      expect((node as AtRule).params).toBe("systemledning");
    }
  });

  it("gives every selector an sl- class, so no rule reaches the host's own elements", () => {
    const rules = collectRules(built.nodes);
    expect(rules.length).toBeGreaterThan(10);
    for (const { selector } of rules) {
      for (const part of splitSelectorList(selector)) expect(part, `selector "${part}"`).toMatch(/\.sl-[a-z]/);
    }
  });

  it("defines the tokens as --sl-* custom properties for light, dark and forced colours", () => {
    const declarations: string[] = [];
    built.walkDecls((decl) => {
      if (decl.prop.startsWith("--")) declarations.push(decl.prop);
    });
    expect(declarations.length).toBeGreaterThan(0);
    for (const prop of declarations) expect(prop).toMatch(/^--sl-/);
    const atRules = collectRules(built.nodes).flatMap((rule) => rule.atRules);
    expect(
      atRules.some((rule) => rule.includes("prefers-color-scheme: dark") || rule.includes("prefers-color-scheme:dark")),
    ).toBe(true);
    expect(atRules.some((rule) => /forced-colors:\s*active/.test(rule))).toBe(true);
    expect(
      collectRules(built.nodes).some(
        (rule) => rule.selector.includes('[data-sl-theme="dark"]') || rule.selector.includes("[data-sl-theme=dark]"),
      ),
    ).toBe(true);
  });

  it("injects nothing global: no @import, @font-face or url() that would fetch from elsewhere", () => {
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });
});
