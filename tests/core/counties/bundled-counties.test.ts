/**
 * The bundled counties as data (docs/decisions/0018): every folder of packages/core/counties has an entry in the
 * list and back, its files pass the doors and the command line's `check` as they are, and `loadBundledCounty` gives
 * each caller a workspace of its own. Every test iterates BUNDLED_COUNTIES, so a new county is covered unedited.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID, loadBundledCounty } from "@systemledning/core/counties";
import dalarnaCounty from "@systemledning/core/counties/dalarna/county.json";
import { verifyLog } from "@systemledning/core/meetings";
import { parseWorkspace, safeParseProfile, serializeWorkspace } from "@systemledning/core/workspace";
import { main } from "../../../packages/cli/src/main.js";

const countiesFolder = fileURLToPath(new URL("../../../packages/core/counties/", import.meta.url));
const fileOf = (id: string, name: string): string => `${countiesFolder}${id}/${name}`;
const textOf = (id: string, name: string): string => readFileSync(fileOf(id, name), "utf8");
const jsonOf = (id: string, name: string): unknown => JSON.parse(textOf(id, name));

/** `systemledning check --json <file>`, run in process. */
async function check(file: string): Promise<{ code: number; errors: number; kind: string }> {
  const out: string[] = [];
  const code = await main(["check", "--json", file], {
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    stderrIsTerminal: false,
  });
  const report = JSON.parse(out.join("")) as { errors: number; kind: string };
  return { code, errors: report.errors, kind: report.kind };
}

describe("the list of bundled counties", () => {
  it("has one entry per folder of packages/core/counties, and the default first", () => {
    const folders = readdirSync(countiesFolder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(BUNDLED_COUNTIES.map((county) => county.id).sort()).toEqual(folders.sort());
    expect(BUNDLED_COUNTIES[0]?.id).toBe(DEFAULT_COUNTY_ID);
  });

  it("resolves the package's own specifier of a county file to the file (the source aliases)", () => {
    expect(dalarnaCounty).toEqual(jsonOf("dalarna", "county.json"));
  });

  it("loads nothing for an id that is not bundled", async () => {
    await expect(loadBundledCounty("gotland-finns-inte")).resolves.toBeUndefined();
  });
});

describe.each(BUNDLED_COUNTIES.map((county) => [county.id, county] as const))("the bundled county %s", (id, county) => {
  it("has a county.json equal to its entry in the list", () => {
    expect(jsonOf(id, "county.json")).toEqual(county);
  });

  it("has a profile.json that passes the profile's door, links its JSON Schema and is the county's", () => {
    const file = jsonOf(id, "profile.json") as Record<string, unknown>;
    expect(file["$schema"]).toBe("../../schemas/profile.schema.json");
    const result = safeParseProfile(file);
    if (!result.success) throw result.error;
    expect(result.data.id).toBe(id);
    expect(result.data.regions.map((region) => region.code)).toContain(county.regionCode);
  });

  it("has a sample.json that passes the door unchanged and is written canonically", () => {
    const text = textOf(id, "sample.json");
    expect(serializeWorkspace(parseWorkspace(JSON.parse(text)))).toBe(text);
  });

  it("has a sample whose profile is profile.json, its schema link aside", () => {
    const { $schema: _link, ...profile } = jsonOf(id, "profile.json") as Record<string, unknown>;
    expect((jsonOf(id, "sample.json") as { profile: unknown }).profile).toEqual(profile);
  });

  it("has a sample whose decisions log verifies (an intact hash chain)", async () => {
    const sample = parseWorkspace(jsonOf(id, "sample.json"));
    const result = await verifyLog(sample.decisionLog, { anchor: "unanchored" });
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("passes the command line's check, file by file", { timeout: 60_000 }, async () => {
    expect(await check(fileOf(id, "profile.json"))).toEqual({ code: 0, errors: 0, kind: "profile" });
    expect(await check(fileOf(id, "sample.json"))).toEqual({ code: 0, errors: 0, kind: "workspace" });
  });

  it("loads through the doors: the list's entry, profile.json's profile and sample.json's workspace", async () => {
    const loaded = await loadBundledCounty(id);
    expect(loaded?.county).toBe(county);
    const { $schema: _link, ...profile } = jsonOf(id, "profile.json") as Record<string, unknown>;
    expect(loaded?.profile).toEqual(profile);
    expect(loaded?.workspace).toEqual(jsonOf(id, "sample.json"));
  });

  it("gives every load a workspace and a profile of its own", async () => {
    const first = await loadBundledCounty(id);
    const pristine = structuredClone(first);
    first!.workspace.people.splice(0);
    first!.workspace.profile.municipalities.splice(0);
    first!.profile.sectors.splice(0);
    const second = await loadBundledCounty(id);
    expect(second).toEqual(pristine);
    expect(second?.workspace).not.toBe(first?.workspace);
  });
});
