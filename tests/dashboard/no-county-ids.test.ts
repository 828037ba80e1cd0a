/**
 * The dashboard is driven by the profile and the workspace, not written for one county (issue 19, part 3): no
 * source of examples/dashboard names an organisation, forum, leadership or plan of any bundled county. The list is
 * read from BUNDLED_COUNTIES, so a county added later is checked without editing this test.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
import { describe, expect, it } from "vitest";

const dashboardRoot = fileURLToPath(new URL("../../examples/dashboard/", import.meta.url));

/** The dashboard's own sources: its code, styles and page (not node_modules, not the recorded Kolada answers). */
async function sourcesOf(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist") files.push(...(await sourcesOf(path)));
    } else if (/\.(ts|tsx|css|html)$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** An id as a whole token: `ls-mora` is found in `"ls-mora"` but not in `ls-mora-2` or `cls-mora`. */
const tokenPattern = (id: string) =>
  new RegExp(`(?<![A-Za-z0-9_-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_-])`);

describe("the dashboard names no bundled county's ids", () => {
  it("finds sources to scan, the views among them", async () => {
    const files = (await sourcesOf(dashboardRoot)).map((file) => relative(dashboardRoot, file));
    expect(files).toContain("src/views/MetodstodView.tsx");
    expect(files).toContain("src/views/follow-up/PlanSection.tsx");
  });

  it.each(BUNDLED_COUNTIES.map((county) => [county.id]))(
    "%s: no organisation, forum, leadership or plan id",
    async (id) => {
      const county = await loadBundledCounty(id);
      if (county === undefined) throw new Error(`${id} did not load`);
      const { workspace } = county;
      const ids = [
        ...workspace.organisations.map((entry) => entry.id),
        ...workspace.forums.map((entry) => entry.id),
        ...workspace.leaderships.map((entry) => entry.id),
        ...workspace.plans.map((entry) => entry.id),
      ];
      expect(ids.length).toBeGreaterThan(0);
      const found: string[] = [];
      for (const file of await sourcesOf(dashboardRoot)) {
        const text = await readFile(file, "utf8");
        for (const name of ids)
          if (tokenPattern(name).test(text)) found.push(`${relative(dashboardRoot, file)}: ${name}`);
      }
      expect(found).toEqual([]);
    },
  );

  it("would find an id written in a source (the pattern is not blind)", () => {
    expect(tokenPattern("ls-mora").test('export const DEFAULT = "ls-mora";')).toBe(true);
    expect(tokenPattern("ls-mora").test("ls-mora-2 cls-mora")).toBe(false);
  });
});
