/**
 * `systemledning format`, run in process: every bundled county's profile.json and sample.json are already what it
 * writes (so it leaves them unwritten) and are what it writes back from a one-line, reordered copy (so it writes
 * with the core's canonical writer, the one the bundled files are kept in); `--check` lists and writes nothing; a
 * file the door refuses is reported with path, code and both texts and left as it was; a file that cannot be
 * read or written is a message in both languages, and the other files are still done.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import { main } from "../../packages/cli/src/main.js";

/** Set by a test to make the next writes fail as a read-only file would (the tests run as root, who may write). */
const writes = vi.hoisted(() => ({ fail: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    writeFile: (...args: Parameters<typeof actual.writeFile>) =>
      writes.fail
        ? Promise.reject(Object.assign(new Error("read-only"), { code: "EACCES" }))
        : actual.writeFile(...args),
  };
});

const countiesFolder = fileURLToPath(new URL("../../packages/core/counties/", import.meta.url));

/** `systemledning …` in process, its output kept. */
async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stderrIsTerminal: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The same JSON on one line with every object's keys in reverse order: what an editor or a script may write. */
function scrambled(text: string): string {
  const reverse = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reverse)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, item]) => [key, reverse(item)]),
          )
        : value;
  return JSON.stringify(reverse(JSON.parse(text)));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "systemledning-format-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = BUNDLED_COUNTIES.flatMap((county) =>
  ["profile.json", "sample.json"].map((name) => [county.id, name] as const),
);

describe.each(FILES)("systemledning format on %s's %s", { timeout: 60_000 }, (id, name) => {
  const bundled = readFileSync(join(countiesFolder, id, name), "utf8");

  it("leaves the bundled file unwritten: it is canonical already", async () => {
    const file = join(dir, `${id}-${name}`);
    writeFileSync(file, bundled);
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(file, old, old);
    for (const args of [
      ["format", file],
      ["format", "--check", file],
    ]) {
      const result = await run(args);
      expect(result).toEqual({
        code: 0,
        stdout: `${file}: redan kanonisk JSON, orörd.\n${file}: already canonical JSON, untouched.\n`,
        stderr: "",
      });
    }
    expect(statSync(file).mtimeMs).toBe(old.getTime());
    expect(readFileSync(file, "utf8")).toBe(bundled);
  });

  it("writes a scrambled copy back to the bundled file's bytes; --check only lists it", async () => {
    const file = join(dir, `scrambled-${id}-${name}`);
    const text = scrambled(bundled);
    expect(text).not.toBe(bundled);
    writeFileSync(file, text);
    const checked = await run(["format", "--check", file, "--lang", "en"]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`${file}: not canonical JSON. Rewrite it with systemledning format ${file}.`);
    expect(checked.stdout).toContain(`${file}: inte kanonisk JSON.`);
    expect(readFileSync(file, "utf8")).toBe(text);
    const formatted = await run(["format", file]);
    expect(formatted).toMatchObject({ code: 0, stderr: "" });
    expect(formatted.stdout).toContain(`${file}: omskriven som kanonisk JSON.`);
    expect(readFileSync(file, "utf8")).toBe(bundled);
  });
});

describe("systemledning format refuses", { timeout: 60_000 }, () => {
  it("a file the door refuses, with path, code and both texts, and leaves it as it was", async () => {
    const file = join(dir, "broken-profile.json");
    const profile = JSON.parse(readFileSync(join(countiesFolder, "kalmar", "profile.json"), "utf8")) as {
      sectors: { id: unknown }[];
    };
    profile.sectors[0]!.id = 7;
    const text = JSON.stringify(profile);
    writeFileSync(file, text);
    for (const args of [
      ["format", file],
      ["format", "--check", file],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("✘ sectors[0].id  [invalid_type]");
      expect(result.stderr).toContain("Fel typ: här ska stå text, men det står tal.");
      expect(result.stderr).toContain("Wrong type: expected string, received number.");
      expect(result.stderr).toContain(`${file}: skrivs inte om, eftersom den har fel (ovan).`);
      expect(result.stderr).toContain(`${file}: not rewritten, as it has errors (above).`);
      expect(readFileSync(file, "utf8")).toBe(text);
    }
  });

  it("a missing file and one it cannot write, and still does the others", async () => {
    const good = join(dir, "good.json");
    const bundled = readFileSync(join(countiesFolder, "gavleborg", "profile.json"), "utf8");
    writeFileSync(good, scrambled(bundled));
    const missing = join(dir, "finns-inte.json");
    const result = await run(["format", missing, good]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Filen "${missing}" finns inte.`);
    expect(result.stderr).toContain(`The file "${missing}" does not exist.`);
    expect(readFileSync(good, "utf8")).toBe(bundled);

    const locked = join(dir, "locked.json");
    writeFileSync(locked, scrambled(bundled));
    writes.fail = true;
    try {
      const refused = await run(["format", locked]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `${locked}: kunde inte skrivas (EACCES). Kontrollera att du har skrivrättighet.\n` +
          `${locked}: could not be written (EACCES). Check that you may write it.\n`,
      );
    } finally {
      writes.fail = false;
    }
    expect(readFileSync(locked, "utf8")).toBe(scrambled(bundled));
  });

  it("a call without a file, with exit code 2", async () => {
    const result = await run(["format", "--check"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Ange en JSON-fil: systemledning format <fil.json>.");
    expect(result.stderr).toContain("Give a JSON file: systemledning format <file.json>.");
  });
});

describe("systemledning format --help", () => {
  it("is in Swedish by default and in English with --lang en, as for the other commands", async () => {
    const sv = await run(["format", "--help"]);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toBe((await run(["--help"])).stdout);
    expect(sv.stdout).toContain("systemledning format <fil.json>... [--check]");
    expect(sv.stdout).toContain("Skriver om profiler och arbetsytor som kärnans kanoniska JSON");
    const en = await run(["format", "--help", "--lang", "en"]);
    expect(en.stdout).toContain("systemledning format <file.json>... [--check]");
    expect(en.stdout).toContain("Rewrites profiles and workspaces as the core's canonical JSON");
  });
});
