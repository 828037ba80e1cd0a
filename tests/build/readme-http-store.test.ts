/**
 * The README's section on `createHttpStore` says what the code does: its imports are exported by the entry it
 * names, the options it calls and tabulates are `HttpStoreOptions`' own (each with the default the code
 * documents), the issue codes it names are the store's, the SharePoint recipe speaks SharePoint's REST API
 * (the file's `$value`, `If-Match`, the request digest, the user's session), and the tests it names exist.
 * The store's behaviour itself is proved by `tests/core/workspace/store-http.test.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as workspaceEntry from "@systemledning/core/workspace";
import { HTTP_STORE_ISSUE_MESSAGES } from "@systemledning/core/workspace";

const root = fileURLToPath(new URL("../../", import.meta.url));
const HEADING = "### Keep the workspace on a server: `createHttpStore`";
const RECIPE = "#### Recipe: a JSON file in a SharePoint document library";

/** The section, from its heading to the next heading of the same or a higher level. */
function section(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start).toBeGreaterThan(0);
  const rest = readme.slice(start + HEADING.length + 2);
  const end = rest.search(/\n#{2,3} /u);
  return `${HEADING}\n${end === -1 ? rest : rest.slice(0, end)}`;
}

/** The TypeScript code blocks of `text`. */
function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => m[1]!);
}

/** The members of `HttpStoreOptions` as the source declares them, each with its `@default` when it has one. */
function declaredOptions(): Map<string, string | null> {
  const path = join(root, "packages/core/src/workspace/store-http.ts");
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "HttpStoreOptions",
  );
  expect(declaration).toBeDefined();
  return new Map(
    declaration!.members.map((member) => {
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === "default");
      const text = typeof tag?.comment === "string" ? tag.comment.trim() : null;
      return [(member.name as ts.Identifier).text, text];
    }),
  );
}

/** The rows of the options table: the option's name and its default column. */
function tabulatedOptions(text: string): Map<string, string> {
  const table = text.slice(text.indexOf("| option | default | meaning |"));
  const rows = [...table.matchAll(/^\| `([A-Za-z]+)` \|([^|]*)\|/gmu)].map((m) => [m[1]!, m[2]!.trim()] as const);
  return new Map(rows);
}

/** The keys of every object passed to `createHttpStore(...)` in the section's code. */
function optionsCalled(text: string): string[] {
  const keys: string[] = [];
  for (const code of codeBlocks(text)) {
    const source = ts.createSourceFile("readme.ts", code, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "createHttpStore") {
        const [argument] = node.arguments;
        if (argument !== undefined && ts.isObjectLiteralExpression(argument)) {
          for (const property of argument.properties) keys.push((property.name as ts.Identifier).text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

describe("README: createHttpStore", () => {
  it("imports only names the entry exports", () => {
    const imports = [...section().matchAll(/import \{([^}]*)\} from "(@systemledning\/[^"]+)"/gu)];
    expect(imports.length).toBeGreaterThanOrEqual(2);
    const index = readFileSync(join(root, "packages/core/src/workspace/index.ts"), "utf8");
    for (const [, names, specifier] of imports) {
      expect(specifier).toBe("@systemledning/core/workspace");
      for (const name of names!.split(",").map((n) => n.trim())) {
        if (name.startsWith("type ")) expect(index, name).toMatch(new RegExp(`\\b${name}\\b`, "u"));
        else expect(Object.keys(workspaceEntry), name).toContain(name);
      }
    }
  });

  it("tabulates every option of HttpStoreOptions with the default the code documents, and calls no other", () => {
    const declared = declaredOptions();
    const tabulated = tabulatedOptions(section());
    expect([...tabulated.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [name, documented] of declared) {
      if (documented !== null && /^\d+$/u.test(documented)) expect(tabulated.get(name), name).toBe(documented);
    }
    const called = optionsCalled(section());
    expect(called).toEqual(expect.arrayContaining(["url", "fetch", "headers"]));
    expect(called.filter((name) => !declared.has(name))).toEqual([]);
  });

  it("names the store's issue codes, and each of them", () => {
    const named = new Set([...section().matchAll(/`(http_[a-z_]+)`/gu)].map((m) => m[1]!));
    expect([...named].sort()).toEqual(Object.keys(HTTP_STORE_ISSUE_MESSAGES).sort());
  });

  it("gives a SharePoint recipe over its REST API: the file's $value with If-Match, the request digest, the session", () => {
    const text = section();
    const recipe = text.slice(text.indexOf(`\n${RECIPE}\n`));
    expect(recipe.length).toBeGreaterThan(RECIPE.length);
    for (const needed of [
      "/_api/web/GetFileByServerRelativeUrl('",
      "')/$value",
      "If-Match",
      '"X-HTTP-Method": "PUT"',
      '"X-RequestDigest"',
      'credentials: "include"',
      "/_api/contextinfo",
    ]) {
      expect(recipe, needed).toContain(needed);
    }
    expect(codeBlocks(recipe)).toHaveLength(1);
  });

  it("names tests that exist", () => {
    const tests = [...section().matchAll(/`(tests\/[^`\s]+)`/gu)].map((m) => m[1]!);
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
