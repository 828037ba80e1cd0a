/**
 * What a host pays stays where it was measured (docs/decisions/0010-what-a-host-pays.md): the code a host page
 * writes for each part of the kit, bundled as `pnpm bench host-cost` bundles it with esbuild, everything but React
 * in (react-dom too for the map's page), within a budget about 8% above the figures of 2026-12-05. The table
 * alternative stays behind its dynamic import, and only the form brings zod.
 */
import { describe, expect, it } from "vitest";
import { HOST_ENTRIES } from "../bench/host-cost/bundle.js";
import { measureBundle, type BundleSize } from "../bench/scoring/bundle.js";

const KB = 1024;
/**
 * Gzip budgets of the totals (with the page and on first use): 51.3, 84.6, 35.4 and 142.6 kB measured after each
 * area got its own catalogue of texts (docs/decisions/0011-one-catalogue-per-area.md; 59.8, 93.0, 45.2 and
 * 151.4 kB before).
 */
const BUDGETS = {
  scoring: 56 * KB,
  scoringWithForm: 92 * KB,
  timeline: 39 * KB,
  // 162.6 kB with issue 20's folds, search and reader, and the poster (16.6 kB, a chunk loaded when a reader asks).
  mapPage: 168 * KB,
  // 47.5 kB measured with the core it uses (issue 17; `pnpm bench indicator-panel`).
  indicatorPanel: 51 * KB,
} as const;
/** What the table alternative (TanStack Table) weighs at least, gzip: 16.4 kB measured. */
const TABLE_AT_LEAST = 12 * KB;

type Measured = keyof typeof BUDGETS;
const sizes = new Map<Measured, BundleSize>();

async function size(name: Measured): Promise<BundleSize> {
  const known = sizes.get(name);
  if (known !== undefined) return known;
  const measured = await measureBundle(name, HOST_ENTRIES[name], {
    coreExternal: false,
    withReact: name === "mapPage",
  });
  sizes.set(name, measured);
  return measured;
}

const hasZod = (bundle: BundleSize) => bundle.parts.some((part) => part.name === "zod");

describe("what a host pays", () => {
  for (const name of Object.keys(BUDGETS) as Measured[]) {
    it(`keeps ${name} within ${BUDGETS[name] / KB} kB gzip, the table loaded on first use`, async () => {
      const bundle = await size(name);
      expect(bundle.gzip).toBeLessThanOrEqual(BUDGETS[name]);
      expect(bundle.lazyGzip).toBeGreaterThanOrEqual(TABLE_AT_LEAST);
    });
  }

  it("brings zod only with the form, which validates through the core's door", async () => {
    expect(hasZod(await size("scoring"))).toBe(false);
    expect(hasZod(await size("timeline"))).toBe(false);
    expect(hasZod(await size("mapPage"))).toBe(false);
    expect(hasZod(await size("indicatorPanel"))).toBe(false);
    expect(hasZod(await size("scoringWithForm"))).toBe(true);
  });
});
