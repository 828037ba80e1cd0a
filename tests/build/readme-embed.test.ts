/**
 * The README's "Bädda in i ert intranät / Embed in your intranet" section says what the repository does: a
 * recipe for each host, each with a Content Security Policy that allows nothing beyond `'self'`, the
 * server-rendered example's policy exactly as its server sends it, commands and files that exist, and links that
 * resolve, package imports that the packages export, the elements' tags and attributes as the elements declare
 * them (custom-elements.json), and files the elements' build writes. The examples' behaviour under their
 * policies is proved by `tests/e2e/sitevision-ssr.test.ts`, `plain-html.test.ts` and `react17-host.test.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../examples/sitevision-ssr/src/document.js";
import { ELEMENTS_FILE } from "../bench/host-cost/bundle.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const HEADING = "## Bädda in i ert intranät / Embed in your intranet";
/** The hosts issue 15 asks a recipe for, as the recipes' headings start. */
const HOSTS = ["SharePoint Online (SPFx)", "Sitevision WebApps", "Liferay", "Optimizely CMS", "A plain page"];
/** The sources a policy of the section may name: our files come from the page's own origin. */
const ALLOWED_SOURCES = new Set(["'self'", "'none'", "'script'"]);

/** The section, from its heading to the next heading of the same level. */
function section(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf("\n## ", start + HEADING.length + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The recipes: each `###` heading's text with the body under it. */
function recipes(text: string): { heading: string; body: string }[] {
  return text
    .split("\n### ")
    .slice(1)
    .map((part) => ({ heading: part.slice(0, part.indexOf("\n")), body: part.slice(part.indexOf("\n")) }));
}

/** Every directive with its sources in the recipe's policy lines (`**CSP**: …` up to the next blank line). */
function policyDirectives(body: string): string[][] {
  const policy = /\*\*CSP\*\*:([\s\S]*?)(?:\n\n|$)/u.exec(body)?.[1] ?? "";
  const quoted = [...policy.matchAll(/`([^`]*-src[^`]*|require-trusted-types-for[^`]*)`/gu)].map((m) => m[1]!);
  return quoted.flatMap((text) =>
    text
      .replace(/\s+/gu, " ")
      .split(";")
      .map((directive) => directive.trim().split(" "))
      .filter((tokens) => tokens[0] !== ""),
  );
}

describe("README: Embed in your intranet", () => {
  it("has a recipe for each host, and each says its Content Security Policy", () => {
    const found = recipes(section());
    for (const host of HOSTS) {
      const recipe = found.find(({ heading }) => heading.startsWith(host));
      expect(recipe, host).toBeDefined();
      expect(recipe!.body, host).toContain("**CSP**:");
      expect(policyDirectives(recipe!.body).length, host).toBeGreaterThan(0);
    }
  });

  it("asks of no host a source beyond 'self'", () => {
    const beyond = recipes(section()).flatMap(({ heading, body }) =>
      policyDirectives(body)
        .flatMap(([, ...sources]) => sources)
        .filter((source) => !ALLOWED_SOURCES.has(source))
        .map((source) => `${heading}: ${source}`),
    );
    expect(beyond).toEqual([]);
  });

  it("gives the server-rendered example's policy exactly as its server sends it", () => {
    const sitevision = recipes(section()).find(({ heading }) => heading.startsWith("Sitevision"))!;
    const directives = policyDirectives(sitevision.body).map((tokens) => tokens.join(" "));
    expect(directives.join("; ")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("names commands, tests and files that exist, and links that resolve", () => {
    const text = section();
    const manifest = JSON.parse(readFileSync(join(root, "examples/sitevision-ssr/package.json"), "utf8")) as {
      name: string;
      scripts: Record<string, string>;
    };
    const commands = [...text.matchAll(/pnpm --filter\s+(\S+) (\w+)/gu)].map((m) => [m[1]!, m[2]!] as const);
    expect(commands.length).toBeGreaterThan(0);
    for (const [name, script] of commands) {
      expect(name).toBe(manifest.name);
      expect(Object.keys(manifest.scripts)).toContain(script);
    }
    const tests = [...text.matchAll(/`(tests\/[^`\s]+)`/gu)].map((m) => m[1]!);
    expect(tests.filter((path) => !existsSync(join(root, path)))).toEqual([]);
    const links = [...text.matchAll(/\]\(([^)\s#]+)[^)]*\)/gu)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/u.test(t));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((target) => !existsSync(join(root, target)))).toEqual([]);
    // The ES module's name is the one the bench reads as the elements package's build.
    expect(text).toContain(basename(ELEMENTS_FILE));
  });

  it("imports only what the packages export", () => {
    const imports = [...section().matchAll(/from "(@systemledning\/[^"]+)"|import "(@systemledning\/[^"]+)"/gu)].map(
      (m) => (m[1] ?? m[2])!,
    );
    expect(imports.length).toBeGreaterThan(0);
    const unexported = imports.filter((specifier) => {
      const [, name, subpath = ""] = /^@systemledning\/([^/]+)(\/.*)?$/u.exec(specifier)!;
      const manifestFile = join(root, "packages", name!, "package.json");
      if (!existsSync(manifestFile)) return true;
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { exports: Record<string, unknown> };
      return !(`.${subpath}` in manifest.exports);
    });
    expect(unexported).toEqual([]);
  });

  it("uses the elements' tags and attributes as custom-elements.json declares them, and files their build writes", () => {
    const text = section();
    const manifest = JSON.parse(readFileSync(join(root, "packages/elements/custom-elements.json"), "utf8")) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const declared = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName !== undefined)
        .map((declaration) => [declaration.tagName!, new Set((declaration.attributes ?? []).map((a) => a.name))]),
    );
    // Tags written as markup, with their attributes, and tags made in code with the attributes set on them.
    const written = [...text.matchAll(/<(sl-[a-z-]+)([^>]*)>/gu)].map((m) => ({
      tag: m[1]!,
      attributes: [...m[2]!.matchAll(/([a-z-]+)=/gu)].map((a) => a[1]!),
    }));
    const created = [...text.matchAll(/createElement\("(sl-[a-z-]+)"\)/gu)].map((m) => ({
      tag: m[1]!,
      attributes: [...text.matchAll(/setAttribute\("([a-z-]+)"/gu)].map((a) => a[1]!),
    }));
    const uses = [
      ...written,
      ...created,
      ...[...text.matchAll(/htmlElementName: (sl-[a-z-]+)/gu)].map((m) => ({ tag: m[1]!, attributes: [] })),
    ];
    expect(uses.length).toBeGreaterThan(3);
    const wrong = uses.flatMap(({ tag, attributes }) =>
      declared.has(tag)
        ? attributes.filter((name) => !declared.get(tag)!.has(name)).map((name) => `${tag} ${name}`)
        : [`${tag} (no such element)`],
    );
    expect(wrong).toEqual([]);
    // The gate builds before it tests: every elements file the section names is one the build writes.
    const files = [...new Set([...text.matchAll(/systemledning-elements[\w.-]*\.(?:js|css)/gu)].map((m) => m[0]))];
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.filter((file) => !existsSync(join(root, "packages/elements/dist", file)))).toEqual([]);
  });
});
