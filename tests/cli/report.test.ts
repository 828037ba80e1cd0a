/**
 * `systemledning report` on the Dalarna sample, run as a county runs it (the built binary): every format names
 * every leadership and carries the meeting compliance figures the core computes (checkAllMeetingsCompliance); the
 * HTML is a standalone, escaped document; the CSV is what Excel in Sweden opens (a byte-order mark, semicolons, a
 * decimal comma); `--out` writes a file; a workspace the door refuses is reported with its issues.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAllMeetingsCompliance } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { serializeWorkspace } from "@systemledning/core/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHILD_PROCESS_TIMEOUT, ensureBuilt, runCli } from "./binary.js";

const AS_OF = "2026-05-13";
const ws = createDalarnaSampleWorkspace();
const compliance = checkAllMeetingsCompliance(ws, { asOf: AS_OF });
const compliant = compliance.filter((c) => c.compliant).length;
const share = Math.round((compliant / compliance.length) * 1000) / 10;
const leadershipNames = ws.leaderships.map((l) => l.name);
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "systemledning-report-"));
  writeFileSync(join(dir, "dalarna.json"), serializeWorkspace(ws));
  // A leadership whose name holds markup, to show that the HTML and Markdown escape it.
  const marked = JSON.parse(serializeWorkspace(ws)) as { leaderships: { name: string }[] };
  marked.leaderships[0]!.name = "Ledning <b>fet</b> & | rör";
  writeFileSync(join(dir, "marked.json"), JSON.stringify(marked));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (...args: string[]) => runCli(["report", "dalarna.json", "--as-of", AS_OF, ...args], dir);

describe("systemledning report", { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it("writes a readable terminal summary by default", () => {
    const run = report();
    expect(run.code).toBe(0);
    for (const name of leadershipNames) expect(run.stdout).toContain(name);
    expect(compliance.length).toBeGreaterThan(0);
    expect(compliant).toBeLessThan(compliance.length);
    expect(run.stdout).toContain(
      `Möten: ${compliance.length}. Utan anmärkning: ${compliant} (${String(share).replace(".", ",")} %).`,
    );
    expect(run.stdout).toContain(`Per ${AS_OF}`);
  });

  it("writes Markdown with a table per section", () => {
    const run = report("--format", "md");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("# Rapport: ")).toBe(true);
    expect(run.stdout).toContain("## Mötenas regelefterlevnad");
    for (const name of leadershipNames) expect(run.stdout).toContain(`| ${name} |`);
    expect(run.stdout).toContain(`Utan anmärkning: ${compliant}`);
  });

  it("writes a standalone HTML document with every text escaped", () => {
    const run = report("--format", "html");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(run.stdout.trimEnd().endsWith("</html>")).toBe(true);
    for (const name of leadershipNames) expect(run.stdout).toContain(`<th scope="row">${name}</th>`);
    expect(run.stdout).toContain(`Möten: ${compliance.length}. Utan anmärkning: ${compliant}`);
    const marked = runCli(["report", "marked.json", "--as-of", AS_OF, "--format", "html"], dir);
    expect(marked.stdout).toContain("Ledning &lt;b&gt;fet&lt;/b&gt; &amp; | rör");
    expect(marked.stdout).not.toContain("<b>fet</b>");
    const markdown = runCli(["report", "marked.json", "--as-of", AS_OF, "--format", "md"], dir);
    expect(markdown.stdout).toContain("Ledning <b>fet</b> & \\| rör");
  });

  it("writes CSV for Excel in Sweden: a byte-order mark, semicolons and a decimal comma", () => {
    const run = report("--format", "csv");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const lines = run.stdout.split("\r\n");
    for (const name of leadershipNames) expect(lines.some((line) => line.startsWith(`${name};`))).toBe(true);
    expect(lines).toContain("Forum;Möten;Utan anmärkning;Andel utan anmärkning (%);Fel;Varningar");
    const forumRows = lines.filter((line) => ws.forums.some((f) => line.startsWith(`${f.name};`)));
    const meetingsInRows = forumRows.reduce((sum, line) => sum + Number(line.split(";")[1]), 0);
    expect(meetingsInRows).toBe(compliance.length);
    expect(run.stdout).toMatch(/;\d+,\d;/);
  });

  it("writes the report to --out, in English with --lang en", () => {
    const run = report("--format", "md", "--out", "report.md", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const text = readFileSync(join(dir, "report.md"), "utf8");
    expect(text.startsWith("# Report: ")).toBe(true);
    expect(text).toContain(`Meetings: ${compliance.length}. Compliant: ${compliant} (${share} %).`);
  });

  it("refuses a workspace the door refuses, with its issues, and usage errors with exit code 2", () => {
    const broken = JSON.parse(serializeWorkspace(ws)) as { forums: Record<string, unknown>[] };
    delete broken.forums[0]!["name"];
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
    const run = runCli(["report", "broken.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("✘ forums[0].name  [missing_field]");
    expect(runCli(["report", "dalarna.json", "--format", "pdf"], dir).stderr).toContain(
      '--format kan vara text, md, html, csv, inte "pdf"',
    );
    expect(runCli(["report", "dalarna.json", "--as-of", "13/5"], dir).code).toBe(2);
  });
});
