/**
 * `systemledning check`, run as a county's CI runs it (the built binary in a child process): the Dalarna sample
 * workspace and its profile pass, a broken copy reports each error with its path, code and both texts, `--json`
 * gives the same issues to a program, and every way a file can fail to be read is a clear message and exit 1,
 * never a stack trace. Usage errors exit 2.
 */
import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDalarnaSampleWorkspace, dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import { serializeWorkspace } from "@systemledning/core/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHILD_PROCESS_TIMEOUT, ensureBuilt, runCli } from "./binary.js";

let dir: string;

/** Write `name` in the temp folder. */
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "systemledning-check-"));
  const sample = serializeWorkspace(createDalarnaSampleWorkspace());
  write("dalarna.json", sample);
  write("profile.json", JSON.stringify(dalarnaProfile, null, 2));
  const broken = JSON.parse(sample) as {
    forums: Record<string, unknown>[];
    people: Record<string, unknown>[];
    meetings: Record<string, unknown>[];
  };
  delete broken.forums[0]!["name"];
  broken.people[2]!["shoeSize"] = 44;
  broken.meetings[1]!["status"] = "postponed";
  write("broken.json", JSON.stringify(broken));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** No user error may show Node's stack trace. */
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("systemledning check", { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it("passes the Dalarna sample workspace, summary in Swedish first, nothing on stderr when it is no terminal", () => {
    const run = runCli(["check", "dalarna.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dalarna.json: arbetsyta (workspace)");
    expect(run.stdout.trimEnd().split("\n").slice(-2)).toEqual(["0 fel, 0 varningar", "0 errors, 0 warnings"]);
    expect(run.stderr).toBe("");
  });

  it("reports each error of a broken copy with its path, code and both texts, and exits 1", () => {
    const run = runCli(["check", "broken.json"], dir);
    expect(run.code).toBe(1);
    for (const [path, code] of [
      ["forums[0].name", "missing_field"],
      ["people[2].shoeSize", "unknown_field"],
      ["meetings[1].status", "invalid_value"],
    ])
      expect(run.stdout).toContain(`✘ ${path}  [${code}]`);
    expect(run.stdout).toContain("3 fel, 0 varningar\n3 errors, 0 warnings");
    // Each issue's two texts follow it, the Swedish first.
    const block = run.stdout.split("\n\n").find((b) => b.includes("people[2].shoeSize"))!;
    expect(block.split("\n")).toHaveLength(3);
    noStackTrace(run.stdout + run.stderr);
  });

  it("puts English first with --lang en", () => {
    const run = runCli(["check", "broken.json", "--lang", "en"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("broken.json: workspace (arbetsyta)");
    expect(run.stdout).toContain("3 errors, 0 warnings\n3 fel, 0 varningar");
    // --lang may stand before the command too, and as --lang=en.
    for (const args of [
      ["--lang", "en", "check", "broken.json"],
      ["--lang=en", "check", "broken.json"],
    ])
      expect(runCli(args, dir).stdout).toBe(run.stdout);
  });

  it("prints the issues as JSON for a county's CI with --json", () => {
    const run = runCli(["check", "broken.json", "--json"], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      kind: string;
      errors: number;
      warnings: number;
      issues: { severity: string; path: string; code: string; message: { sv: string; en: string } }[];
    };
    expect(report).toMatchObject({ kind: "workspace", errors: 3, warnings: 0 });
    expect(report.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual([
      "forums[0].name missing_field",
      "meetings[1].status invalid_value",
      "people[2].shoeSize unknown_field",
    ]);
    expect(report.issues.every((i) => i.severity === "error" && i.message.sv !== "" && i.message.en !== "")).toBe(true);
  });

  it("checks a lone profile: valid, with its references to the workspace's records as warnings", () => {
    const run = runCli(["check", "profile.json", "--json"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      kind: string;
      errors: number;
      warnings: number;
      issues: { path: string }[];
    };
    expect(report.kind).toBe("profile");
    expect(report.errors).toBe(0);
    expect(report.warnings).toBeGreaterThan(0);
    expect(report.issues.map((i) => i.path)).toContain('meetings.forums["f-lchnv"]');
    const text = runCli(["check", "profile.json"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`0 fel, ${report.warnings} varningar`);
    expect(text.stdout).toContain('⚠ meetings.forums["f-lchnv"]  [dangling_reference]');
  });

  it("says where JSON breaks, by line and column, in both languages", () => {
    write("invalid.json", '{\n  "profile": }\n');
    const run = runCli(["check", "invalid.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("rad 2, kolumn 14");
    expect(run.stderr).toContain("line 2, column 14");
    noStackTrace(run.stderr);
    const json = JSON.parse(runCli(["check", "invalid.json", "--json"], dir).stdout) as { issues: { code: string }[] };
    expect(json.issues.map((i) => i.code)).toEqual(["invalid_json"]);
  });

  it.each([
    ["a missing file", "absent.json", "file_missing", 'Filen "absent.json" finns inte'],
    ["a directory", "folder", "file_is_directory", '"folder" är en mapp'],
    ["a file over the limit", "huge.json", "file_too_large", "större än gränsen 64 MiB"],
    // Tests run as root too, where no file mode stops reading; a symbolic link to itself cannot be read by anyone.
    ["an unreadable file", "loop.json", "file_unreadable", 'Filen "loop.json" kunde inte läsas (ELOOP)'],
  ])("refuses %s with exit code 1 and a clear message", (_, file, code, text) => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    write("huge.json", "");
    if (lstatSync(join(dir, "loop.json"), { throwIfNoEntry: false }) === undefined)
      symlinkSync("loop.json", join(dir, "loop.json"));
    // A sparse file: its size is past the limit without writing 64 MiB.
    truncateSync(join(dir, "huge.json"), 64 * 1024 * 1024 + 1);
    const run = runCli(["check", file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(text);
    expect(run.stdout).toBe("");
    noStackTrace(run.stderr);
    const json = JSON.parse(runCli(["check", file, "--json"], dir).stdout) as { issues: { code: string }[] };
    expect(json.issues.map((i) => i.code)).toEqual([code]);
  });

  it.each([
    [[], "Ange ett kommando"],
    [["validate", "x.json"], 'Okänt kommando "validate"'],
    [["check"], "Ange en JSON-fil"],
    [["check", "a.json", "b.json"], "Felaktiga argument"],
    [["check", "dalarna.json", "--colour"], "Felaktiga argument"],
    [["check", "dalarna.json", "--format", "md"], "Felaktiga argument"],
    [["check", "dalarna.json", "--lang", "fi"], '--lang kan vara sv, en, inte "fi"'],
  ])("exits 2 for the usage error %j", (args, text) => {
    const run = runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
    noStackTrace(run.stderr);
  });
});
