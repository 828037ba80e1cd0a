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

  it("declares the stylesheet as its only side effect and React as a peer", async () => {
    const manifest = JSON.parse(await readFile(new URL("../../packages/react/package.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(manifest["sideEffects"]).toEqual(["*.css"]);
    expect(manifest["exports"]).toMatchObject({ "./styles.css": "./dist/styles.css" });
    expect(Object.keys(manifest["peerDependencies"] as object).sort()).toEqual(["react", "react-dom"]);
    // The card's runtime dependencies and nothing else (docs/quality.md S7): the core, TanStack Table and the d3 parts
    // used.
    expect(Object.keys(manifest["dependencies"] as object).sort()).toEqual(["@systemledning/core", "@tanstack/react-table", "d3-force", "d3-scale", "d3-selection", "d3-zoom"]);
  });
});
