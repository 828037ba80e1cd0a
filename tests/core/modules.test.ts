/**
 * Every feature module of the core has the parts CONTRIBUTING.md ("Adding to a core module") describes, in the
 * files it names, so the next person finds them: `schema.ts` (the zod schemas), `issues.ts` (its issue codes
 * with Swedish and English messages, joined into `IssueCode` where the document is), `references.ts` (the
 * cross-reference checks the door runs), `commands.ts` (every change of the workspace, when the module has
 * any), pure functions in the other files, and `index.ts` (its public entry, built, exported and budgeted),
 * with its tests in `tests/core/<module>/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const src = join(root, "packages/core/src");
const read = (path: string) => readFileSync(join(root, path), "utf8");

/** The feature modules: the folders of the core that are neither a layer below them nor the document or an adapter. */
const MODULES = ["structure", "meetings", "assessment", "plan", "timeline", "system-map"] as const;
const NOT_FEATURES = new Set(["common", "schema", "profile", "profiles", "counties", "workspace", "io", "kolada"]);

const manifest = JSON.parse(read("packages/core/package.json")) as { exports: Record<string, unknown> };
const tsupEntries = read("packages/core/tsup.config.ts");
const budgets = (JSON.parse(read("scripts/size-budgets.json")) as { budgets: Record<string, unknown> }).budgets;
const documentIssues = read("packages/core/src/workspace/issues.ts");
const door = read("packages/core/src/workspace/parse.ts");

/** The exported functions of a file whose declared return type names a command's result. */
function commandsIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((fn) => fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) === true)
    .filter((fn) => fn.type !== undefined && /CommandResult\b/.test(fn.type.getText(source)))
    .map((fn) => fn.name?.text ?? "(anonymous)");
}

/** Every TypeScript file of a module, recursively. */
function filesOf(module: string): string[] {
  return readdirSync(join(src, module), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(src, module, name));
}

describe("the core's feature modules", () => {
  it("are exactly the folders that are not a layer, the document, an adapter or county data", () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((name) => !NOT_FEATURES.has(name)).sort()).toEqual([...MODULES].sort());
  });

  describe.each(MODULES)("%s", (module) => {
    it("has its schemas, issues, references and entry in the files CONTRIBUTING.md names", () => {
      for (const part of ["schema.ts", "issues.ts", "references.ts", "index.ts"])
        expect(existsSync(join(src, module, part)), `${module}/${part}`).toBe(true);
      expect(existsSync(join(root, "tests/core", module)), `tests/core/${module}`).toBe(true);
    });

    it("is a public entry: exported, built and budgeted", () => {
      expect(Object.keys(manifest.exports)).toContain(`./${module}`);
      expect(tsupEntries).toContain(`"${module}/index": "src/${module}/index.ts"`);
      expect(Object.keys(budgets)).toContain(`@systemledning/core/${module}`);
    });

    it("joins its issue codes to the document's IssueCode and its reference checks to the door", () => {
      const issues = read(`packages/core/src/${module}/issues.ts`);
      const codeType = /export type (\w+IssueCode) =/.exec(issues)?.[1];
      expect(codeType, `${module}/issues.ts exports a …IssueCode type`).toBeDefined();
      expect(documentIssues).toContain(`import type { ${codeType} } from "../${module}/issues.js";`);
      expect(documentIssues).toMatch(new RegExp(`export type IssueCode =[^;]*\\b${codeType}\\b`));
      expect(/export const [A-Z_]+_ISSUE_MESSAGES\b/.test(issues), `${module}/issues.ts exports its messages`).toBe(
        true,
      );
      expect(door).toContain(`from "../${module}/references.js";`);
    });

    it("keeps every command (a function that returns a new workspace as a result) in commands.ts or commands-*.ts", () => {
      // A module with more commands than one file holds splits them by concern (CONTRIBUTING.md, commands.ts).
      const commandFile = new RegExp(`[\\\\/]${module}[\\\\/]commands(-[a-z]+)*\\.ts$`, "u");
      const elsewhere = filesOf(module)
        .filter((file) => !commandFile.test(file))
        .flatMap((file) => commandsIn(file).map((name) => `${file.slice(src.length + 1)}: ${name}`));
      expect(elsewhere).toEqual([]);
      const commandsFile = join(src, module, "commands.ts");
      if (existsSync(commandsFile)) expect(commandsIn(commandsFile).length).toBeGreaterThan(0);
    });
  });

  it("would see a command outside commands.ts", () => {
    const planted = join(root, "tests/fixtures/planted/command-outside-commands.ts");
    expect(commandsIn(planted)).toEqual(["addThing"]);
  });
});
