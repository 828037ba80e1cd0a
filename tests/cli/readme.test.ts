/**
 * The README's example of the command line ("Kommandoraden för län") runs as written: the commands are kept here
 * verbatim (the README is checked to contain them) and each is run with the built binary in a temp folder, in
 * order, as a county would type them; each must succeed and do what the README says.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHILD_PROCESS_TIMEOUT, ensureBuilt, root, runCli } from "./binary.js";

/** The README's example, verbatim. */
const EXAMPLE = `systemledning init-county --from dalarna --name "Region Gävleborg" --dir gavleborg
systemledning check gavleborg/profile.json
systemledning check gavleborg/workspace.json --json
systemledning report gavleborg/workspace.json --format html --out rapport.html
systemledning report gavleborg/workspace.json --as-of 2026-05-13 --format csv --lang en`;

/** A line's words as a POSIX shell splits them, for the double quotes the example uses. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "systemledning-readme-"));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's command line example", { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it("is in the README verbatim", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Kommandoraden för län (`systemledning`)"));
    expect(section).toContain(`\`\`\`sh\n${EXAMPLE}\n\`\`\``);
  });

  it("runs line by line: a new county, both files checked, an HTML and a CSV report", () => {
    const runs = EXAMPLE.split("\n").map((line) => {
      const [program, ...args] = words(line);
      expect(program).toBe("systemledning");
      return runCli(args, dir);
    });
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0, 0]);
    expect(runs[1]!.stdout).toContain("0 fel, 0 varningar");
    expect(JSON.parse(runs[2]!.stdout)).toMatchObject({ kind: "workspace", errors: 0, warnings: 0, issues: [] });
    const html = readFileSync(join(dir, "rapport.html"), "utf8");
    expect(html).toContain("<title>Rapport: Region Gävleborg</title>");
    expect(runs[4]!.stdout.startsWith("\uFEFFReport: Region Gävleborg\r\nAs of;2026-05-13\r\n")).toBe(true);
  });
});
