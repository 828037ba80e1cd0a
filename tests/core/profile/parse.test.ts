/**
 * The door of a lone profile (`safeParseProfile`): the bundled profiles pass with their references to a
 * workspace's records set aside as unchecked, and each kind of fault is reported with its path relative to the
 * profile, its code and both texts. `createEmptyWorkspace` gives a workspace the door accepts.
 */
import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import { kalmarProfile } from "@systemledning/core/profiles/kalmar";
import { createEmptyWorkspace, safeParseProfile, safeParseWorkspace } from "@systemledning/core/workspace";
import { describe, expect, it } from "vitest";

/** A fresh, mutable JSON copy of the Kalmar profile, as a county's profile.json would read. */
const kalmarJson = (): Record<string, unknown> & { sectors: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(kalmarProfile)) as Record<string, unknown> & { sectors: Record<string, unknown>[] };

function issuesOf(input: unknown): { path: string; code: string; sv: string; en: string }[] {
  const result = safeParseProfile(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path, code: i.code, sv: i.message.sv, en: i.message.en }));
}

describe("safeParseProfile", () => {
  it("accepts the bundled profiles and sets aside their references to forums and organisations", () => {
    const result = safeParseProfile(JSON.parse(JSON.stringify(dalarnaProfile)));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.id).toBe("dalarna");
    expect(result.unchecked.length).toBeGreaterThan(0);
    expect(result.unchecked.every((i) => i.code === "dangling_reference")).toBe(true);
    expect(result.unchecked.map((i) => i.path)).toContain('meetings.forums["f-lchnv"]');
    expect(result.unchecked.some((i) => i.path.startsWith("profile"))).toBe(false);
    expect(safeParseProfile(kalmarJson()).success).toBe(true);
  });

  it("reports an unknown field with its path relative to the profile and both texts", () => {
    const profile = kalmarJson();
    profile.sectors[1]!["colour"] = "red";
    const [issue, ...rest] = issuesOf(profile);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: "sectors[1].colour", code: "unknown_field" });
    expect(issue!.sv).not.toBe(issue!.en);
    expect(issue!.sv.length).toBeGreaterThan(0);
  });

  it("runs the workspace's reference checks that need only the profile", () => {
    const profile = kalmarJson();
    profile.sectors.push({ ...profile.sectors[0]! });
    const municipalities = profile["municipalities"] as { regionCode: string }[];
    municipalities[0]!.regionCode = "0020";
    const found = issuesOf(profile).map((i) => `${i.path} ${i.code}`);
    expect(found).toContain(`sectors[${profile.sectors.length - 1}].id duplicate_id`);
    expect(found).toContain("municipalities[0].regionCode dangling_reference");
  });

  it("refuses what JSON cannot hold and reserved keys, never throwing", () => {
    expect(issuesOf({ ...kalmarJson(), ext: { at: new Date(0) } }).map((i) => i.code)).toEqual(["not_json"]);
    const reserved = JSON.parse('{"__proto__": 1}') as object;
    expect(issuesOf({ ...kalmarJson(), ext: reserved }).map((i) => `${i.path} ${i.code}`)).toEqual([
      "ext.__proto__ reserved_key",
    ]);
    expect(issuesOf(null)[0]?.code).toBe("invalid_type");
    expect(issuesOf([])[0]?.code).toBe("invalid_type");
  });
});

describe("createEmptyWorkspace", () => {
  it("gives a workspace with no records that the door accepts for a profile without such references", () => {
    const ws = createEmptyWorkspace(kalmarProfile);
    expect(ws.forums).toEqual([]);
    expect(ws.people).toEqual([]);
    const result = safeParseWorkspace(ws);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path);
    // Kalmar's meeting rules name its forum: in an empty workspace that is the one reference left dangling.
    expect(paths).toContain('profile.meetings.forums["f-lgl"]');
  });
});
