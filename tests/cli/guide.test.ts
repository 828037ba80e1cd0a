/**
 * The guide "Anpassa modellen till ert län" (docs/guide/anpassa-modellen.md, in English adapt-the-model.md) works
 * as written: its commands are taken from its `sh` code blocks, not copied here, and run in order with the built
 * binary in a temp folder, as a county would type them. Step 8's placing of the files (the one step that is not a
 * command) is done as the guide says, with the files as an editor may leave them (one line, not canonical), so its
 * `format` and checks run too. The guide's JSON examples, put into the profile the
 * first command wrote, pass `check`; and the step-8 commands pass on the county the repository bundles from it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHILD_PROCESS_TIMEOUT, ensureBuilt, root, runCli, type Run } from "./binary.js";

const GUIDES = { sv: "docs/guide/anpassa-modellen.md", en: "docs/guide/adapt-the-model.md" } as const;

/** The bodies of a Markdown text's fenced code blocks in `language`, in order. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gmu)]
    .filter((match) => match[1] === language)
    .map((match) => match[2]!);
}

/** The `systemledning` command lines of a guide's `sh` blocks, in the order a reader meets them. */
function guideCommands(path: string): string[] {
  return codeBlocks(readFileSync(join(root, path), "utf8"), "sh").flatMap((block) =>
    block.split("\n").filter((line) => line.trim() !== ""),
  );
}

/** A line's words as a POSIX shell splits them, for the double quotes the guide uses. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** Run one of the guide's lines with the built binary in `cwd`. */
function runLine(line: string, cwd: string): Run {
  const [program, ...args] = words(line);
  expect(program, line).toBe("systemledning");
  return runCli(args, cwd);
}

/** The folder step 8 places a bundled county in, relative to the repository. */
const BUNDLED_FOLDER = "packages/core/counties/gavleborg";
/** Step 8's files: what init-county wrote, and the name it has in the county's folder. */
const PLACED = [
  ["gavleborg/profile.json", "profile.json"],
  ["gavleborg/workspace.json", "sample.json"],
] as const;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "systemledning-guide-"));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the guide Anpassa modellen till ert län", { timeout: CHILD_PROCESS_TIMEOUT * 2 }, () => {
  it("gives the same commands in Swedish and in English, every one a systemledning command", () => {
    const sv = guideCommands(GUIDES.sv);
    expect(sv).toEqual(guideCommands(GUIDES.en));
    expect(sv.length).toBeGreaterThanOrEqual(8);
    expect(sv[0]).toMatch(/^systemledning init-county /u);
    for (const line of sv) expect(line).toMatch(/^systemledning (init-county|check|report|format) /u);
  });

  it("runs as written: each command succeeds, the report is written, the placed files are formatted and pass check", () => {
    const commands = guideCommands(GUIDES.sv);
    const firstBundled = commands.findIndex((line) => line.includes(BUNDLED_FOLDER));
    expect(firstBundled).toBeGreaterThan(0);
    const runs: Run[] = [];
    for (const [i, line] of commands.entries()) {
      if (i === firstBundled) {
        // Step 8 as the guide says: the profile, and the workspace as sample.json, into the county's folder,
        // written on one line as a script or an editor may, for the guide's `format` to make canonical.
        mkdirSync(join(dir, BUNDLED_FOLDER), { recursive: true });
        for (const [from, to] of PLACED)
          writeFileSync(
            join(dir, BUNDLED_FOLDER, to),
            JSON.stringify(JSON.parse(readFileSync(join(dir, from), "utf8"))),
          );
      }
      runs.push(runLine(line, dir));
    }
    expect(runs.map((run, i) => [commands[i], run.code, run.stderr])).toEqual(commands.map((line) => [line, 0, ""]));
    expect(commands[firstBundled]).toMatch(/^systemledning format /u);
    // `format` wrote them back to the canonical bytes init-county wrote (with the core's canonical writer).
    for (const [from, to] of PLACED)
      expect(readFileSync(join(dir, BUNDLED_FOLDER, to), "utf8")).toBe(readFileSync(join(dir, from), "utf8"));
    const checks = runs.filter((_, i) => commands[i]!.startsWith("systemledning check "));
    for (const run of checks) expect(run.stdout).toContain("0 fel, 0 varningar");
    expect(readFileSync(join(dir, "gavleborg-rapport.html"), "utf8")).toContain(
      "<title>Rapport: Region Gävleborg</title>",
    );
  });

  it("has JSON examples that pass check once put into the profile init-county wrote", () => {
    const examples = codeBlocks(readFileSync(join(root, GUIDES.sv), "utf8"), "json");
    expect(examples).toEqual(codeBlocks(readFileSync(join(root, GUIDES.en), "utf8"), "json"));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const profile = JSON.parse(readFileSync(join(dir, "gavleborg/profile.json"), "utf8")) as Record<string, unknown>;
    for (const example of examples) {
      const part = JSON.parse(example) as Record<string, unknown>;
      for (const [key, value] of Object.entries(part))
        profile[key] =
          key === "meetings" ? { ...(profile.meetings as object), ...(value as object) } : (value as unknown);
    }
    writeFileSync(join(dir, "edited-profile.json"), JSON.stringify(profile), "utf8");
    const run = runCli(["check", "edited-profile.json", "--json"], dir);
    const result = JSON.parse(run.stdout) as { errors: number; issues: { path: string; code: string }[] };
    expect(result.errors, JSON.stringify(result.issues)).toBe(0);
    expect(run.code).toBe(0);
    // The rule names a forum of the workspace: a lone profile can only warn that it cannot check it.
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['meetings.forums["f-chefsnatverket"]', "dangling_reference"],
    ]);
  });

  it("checks the county the repository bundles by following it, with step 8's commands", () => {
    expect(existsSync(join(root, BUNDLED_FOLDER, "county.json"))).toBe(true);
    const step8 = guideCommands(GUIDES.sv).filter((line) => line.includes(BUNDLED_FOLDER));
    expect(step8.length).toBeGreaterThanOrEqual(2);
    for (const line of step8) {
      if (line.startsWith("systemledning format ")) {
        // With --check, so the test never writes the repository's files: they must be canonical already.
        const run = runLine(`${line} --check`, root);
        expect([line, run.code, run.stderr]).toEqual([line, 0, ""]);
        expect(run.stdout.match(/redan kanonisk JSON, orörd\./gu)).toHaveLength(2);
        continue;
      }
      // A lone profile warns of its references to the workspace's forums; neither file may have an error.
      const run = runLine(line, root);
      expect([line, run.code]).toEqual([line, 0]);
      expect(run.stdout).toMatch(/^0 fel, \d+ varningar?$/mu);
    }
  });
});
