/**
 * The command line's pure parts, without a child process: the JSON syntax locator agrees with `JSON.parse` on
 * any text (fast-check, fixed seed) and points at the right line and column; progress lines appear on stderr only
 * when it is a terminal (a child process's stderr never is, so this is shown through `main` with a stand-in).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "../../packages/cli/src/json-position.js";
import { main } from "../../packages/cli/src/main.js";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("findJsonSyntaxError", () => {
  it("finds an error exactly when JSON.parse refuses the text", () => {
    const jsonText = fc.jsonValue().map((value) => JSON.stringify(value, null, 1));
    const mangled = fc
      .tuple(jsonText, fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "x", "\n", "0", "-", "\\"))
      .map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)));
    fc.assert(
      fc.property(fc.oneof(jsonText, mangled, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it("points at the line and column of the first byte that is not JSON", () => {
    expect(findJsonSyntaxError('{\n  "a": }')).toMatchObject({ line: 2, column: 8 });
    expect(findJsonSyntaxError('{"a": [1, 2,]}')).toMatchObject({ line: 1, column: 13 });
    expect(findJsonSyntaxError('{\n"a": 1\n')).toMatchObject({
      line: 3,
      column: 1,
      what: { en: "the file ends too early" },
    });
    expect(findJsonSyntaxError("")).toMatchObject({ line: 1, column: 1 });
  });
});

describe("progress", () => {
  const runMain = async (stderrIsTerminal: boolean, file: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["check", file], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      stderrIsTerminal,
    });
    return { code, stdout: out.join(""), stderr: err.join("") };
  };

  it("tells each step on stderr when it is a terminal, and nothing otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "systemledning-progress-"));
    try {
      const file = join(dir, "profile.json");
      writeFileSync(file, JSON.stringify(dalarnaProfile));
      const watched = await runMain(true, file);
      expect(watched.code).toBe(0);
      const steps = watched.stderr.trimEnd().split("\n");
      expect(steps.map((line) => line.replace(/ \(\d+,\d s\)$/, ""))).toEqual([
        expect.stringMatching(new RegExp(`^… Läser ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+,\\d kB\\)$`)),
        "… Tolkar JSON",
        "… Kontrollerar profilen",
      ]);
      expect(steps.every((line) => / \(\d+,\d s\)$/.test(line))).toBe(true);
      const logged = await runMain(false, file);
      expect(logged.stderr).toBe("");
      expect(logged.stdout).toBe(watched.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
