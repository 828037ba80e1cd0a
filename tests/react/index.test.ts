import * as core from "@systemledning/core";
import * as kit from "@systemledning/react";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

describe("@systemledning/react entry", () => {
  it("re-exports every export of the core, so an app needs one import", () => {
    const coreNames = Object.keys(core);
    expect(coreNames.length).toBeGreaterThan(10);
    for (const name of coreNames) expect(kit[name as keyof typeof kit], name).toBe(core[name as keyof typeof core]);
  });

  it("adds the store hook", () => {
    expect(typeof kit.useWorkspaceStore).toBe("function");
  });

  it("declares the stylesheet and the force layout's worker as its only side effects, and React as a peer", async () => {
    const manifest = JSON.parse(
      await readFile(new URL("../../packages/react/package.json", import.meta.url), "utf8"),
    ) as Record<string, unknown>;
    // The worker file listens for messages as soon as it runs (it is started as a Worker, never imported);
    // every other module of the kit only declares things, so a bundler may drop any it does not use.
    expect(manifest["sideEffects"]).toEqual(["*.css", "./dist/system-map/layout/force-worker.js"]);
    expect(manifest["exports"]).toMatchObject({ "./styles.css": "./dist/styles.css" });
    expect(Object.keys(manifest["peerDependencies"] as object).sort()).toEqual(["react", "react-dom"]);
    // The card's runtime dependencies and nothing else (docs/quality.md S7): the core, TanStack Table and the d3 parts
    // used.
    expect(Object.keys(manifest["dependencies"] as object).sort()).toEqual([
      "@systemledning/core",
      "@tanstack/react-table",
      "d3-force",
      "d3-scale",
      "d3-selection",
      "d3-shape",
      "d3-zoom",
    ]);
  });
});
