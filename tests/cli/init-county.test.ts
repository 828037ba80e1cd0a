/**
 * `systemledning init-county`, `--help` and `--version`, run as the built binary: a new county's files are
 * written from each bundled county (every one of BUNDLED_COUNTIES, so a county added as data is a source too), pass `systemledning check` (the round trip), hold no people or records,
 * list every field of the profile to edit in the README, and are never overwritten without `--force`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import { CHILD_PROCESS_TIMEOUT, ensureBuilt, root, runCli } from "./binary.js";

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "systemledning-init-"));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (...path: string[]) => readFileSync(join(dir, ...path), "utf8");

describe("systemledning init-county", { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it("can start from every bundled county, gavleborg among them", () => {
    expect(BUNDLED_COUNTIES.map((county) => county.id)).toEqual(
      expect.arrayContaining(["dalarna", "kalmar", "gavleborg"]),
    );
  });

  it.each(BUNDLED_COUNTIES.map((county) => county.id))(
    "writes a county from %s whose files pass systemledning check",
    (from) => {
      const folder = `vasternorrland-${from}`;
      const run = runCli(["init-county", "--from", from, "--name", "Region Västernorrland", "--dir", folder], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${folder}/README.md`);
      for (const file of ["profile.json", "workspace.json"]) {
        const check = runCli(["check", join(folder, file)], dir);
        expect(check.code).toBe(0);
        expect(check.stdout).toContain("0 fel, 0 varningar");
      }
      const profile = JSON.parse(read(folder, "profile.json")) as Record<string, unknown>;
      expect(profile["id"]).toBe("region-vasternorrland");
      expect(profile["name"]).toEqual({ sv: "Region Västernorrland", en: "Region Västernorrland" });
      // The rest is the source county's: its regions and sectors, as loaded from its profile.json.
      const source = JSON.parse(
        readFileSync(join(root, "packages/core/counties", from, "profile.json"), "utf8"),
      ) as Record<string, unknown>;
      expect(profile["regions"]).toEqual(source["regions"]);
      expect(profile["sectors"]).toEqual(source["sectors"]);
      const workspace = JSON.parse(read(folder, "workspace.json")) as Record<string, unknown>;
      expect(workspace["profile"]).toEqual(profile);
      for (const collection of ["people", "organisations", "leaderships", "forums", "memberships", "meetings"])
        expect(workspace[collection]).toEqual([]);
      const readme = read(folder, "README.md");
      expect(readme.startsWith("# Region Västernorrland")).toBe(true);
      expect(readme).toContain("## Vad ni ändrar härnäst");
      expect(readme).toContain("## What to edit next (English)");
      for (const key of Object.keys(profile)) expect(readme).toContain(`- \`${key}\`: `);
    },
  );

  it("takes its folder from the name, and refuses to overwrite without --force", () => {
    expect(runCli(["init-county", "--from", "kalmar", "--name", "Region Värmland"], dir).code).toBe(0);
    expect(existsSync(join(dir, "region-varmland", "workspace.json"))).toBe(true);
    writeFileSync(join(dir, "region-varmland", "profile.json"), "edited");
    const again = runCli(["init-county", "--from", "kalmar", "--name", "Region Värmland"], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Skriver inte över");
    expect(again.stderr).toContain("--force");
    expect(read("region-varmland", "profile.json")).toBe("edited");
    const forced = runCli(["init-county", "--from", "kalmar", "--name", "Region Värmland", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(read("region-varmland", "profile.json")).not.toBe("edited");
  });

  const ids = BUNDLED_COUNTIES.map((county) => county.id).join(", ");
  it.each([
    [
      ["init-county", "--name", "Region X"],
      ["--from måste anges", "--from is required"],
    ],
    [
      ["init-county", "--from", "skane", "--name", "Region X"],
      [
        `--from: inget medföljande län heter "skane". De medföljande länen är ${ids}.`,
        `--from: no bundled county is called "skane". The bundled counties are ${ids}.`,
      ],
    ],
    [
      ["init-county", "--from", "kalmar"],
      ["--name måste anges", "--name is required"],
    ],
  ])("exits 2 for %j", (args, texts) => {
    const run = runCli(args, dir);
    expect(run.code).toBe(2);
    for (const text of texts) expect(run.stderr).toContain(text);
  });

  it("names every bundled county in --help's --from, in both languages", () => {
    const from = `--from ${BUNDLED_COUNTIES.map((county) => county.id).join("|")} `;
    expect(runCli(["init-county", "--help"], dir).stdout).toContain(from);
    expect(runCli(["init-county", "--help", "--lang", "en"], dir).stdout).toContain(from);
  });
});

describe("systemledning --help and --version", { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it("prints help in Swedish by default and in English with --lang en, for -h as for --help", () => {
    const sv = runCli(["--help"], dir);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain("systemledning – kommandoraden för län");
    expect(sv.stdout).toContain("Slutkoder: 0 klart, 1 fel i filen, 2 fel i kommandot.");
    expect(runCli(["-h"], dir).stdout).toBe(sv.stdout);
    expect(runCli(["check", "--help"], dir).stdout).toBe(sv.stdout);
    const en = runCli(["--help", "--lang", "en"], dir);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("systemledning – the command line for counties");
    expect(en.stdout).toContain("Exit codes: 0 done, 1 errors in the file, 2 errors in the command.");
    for (const command of ["check", "report", "format", "init-county"])
      for (const text of [sv.stdout, en.stdout]) expect(text).toContain(`systemledning ${command} `);
  });

  it("prints the package's version", () => {
    const manifest = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as { version: string };
    const run = runCli(["--version"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
  });
});
