/**
 * The built package's counties in plain Node 20, as a Node host or script imports them through the package's
 * exports map (docs/decisions/0018): the modules that import a county's JSON come out with the JSON inlined, so no
 * import attribute is needed, and the JSON files themselves are exports a host may read as they are.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureBuilt, root } from "../cli/binary.js";

/** Run an ES module script in Node from a package that depends on the core, and parse what it prints. */
function runInNode(script: string): unknown {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: join(root, "packages/cli"),
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe("the built counties in Node", { timeout: 120_000 }, () => {
  it("lists and loads every bundled county through @systemledning/core/counties, with no import attribute", () => {
    ensureBuilt();
    const loaded = runInNode(`
      const { BUNDLED_COUNTIES, loadBundledCounty } = await import("@systemledning/core/counties");
      const out = [];
      for (const county of BUNDLED_COUNTIES) {
        const data = await loadBundledCounty(county.id);
        out.push([county.id, data.profile.id, data.workspace.profile.id, data.workspace.people.length > 0]);
      }
      console.log(JSON.stringify(out));
    `) as [string, string, string, boolean][];
    expect(loaded.length).toBeGreaterThanOrEqual(2);
    for (const [id, profileId, workspaceProfileId, hasPeople] of loaded) {
      expect([profileId, workspaceProfileId, hasPeople]).toEqual([id, id, true]);
    }
  });

  it("imports the synchronous profile entries, whose data is the county's JSON", () => {
    const read = runInNode(`
      const dalarna = await import("@systemledning/core/profiles/dalarna");
      const kalmar = await import("@systemledning/core/profiles/kalmar");
      const { createRequire } = await import("node:module");
      const county = createRequire(import.meta.url)("@systemledning/core/counties/dalarna/county.json");
      console.log(JSON.stringify([
        dalarna.dalarnaProfile.id, dalarna.DALARNA_SAMPLE_AS_OF === county.sampleAsOf,
        dalarna.createDalarnaSampleWorkspace() !== dalarna.createDalarnaSampleWorkspace(),
        kalmar.createKalmarSampleWorkspace().profile.id,
      ]));
    `);
    expect(read).toEqual(["dalarna", true, true, "kalmar"]);
  });
});
