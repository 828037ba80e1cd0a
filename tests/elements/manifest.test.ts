/**
 * The build's outputs: the two bundles need no file beside them, and `custom-elements.json` is current
 * (the committed copy and the built one equal what the specs generate) and names every tag, attribute and
 * event; the shadow stylesheet carries the kit's tokens on `:host` and none on `.sl-root`; the attribute
 * reader accepts exactly the real days and whole numbers (property tests, fixed seeds).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { customElementsManifestText } from "../../packages/elements/manifest.js";
import { buildShadowCss, toShadowCss } from "../../packages/elements/shadow-css.js";
import { readAttribute } from "../../packages/elements/src/element/attributes.js";
import { ELEMENT_SPECS } from "../../packages/elements/src/specs/index.js";

const packageRoot = fileURLToPath(new URL("../../packages/elements/", import.meta.url));

interface ManifestDeclaration {
  tagName: string;
  attributes: { name: string }[];
  events: { name: string }[];
  members: { name: string }[];
}

describe("custom-elements.json", () => {
  it("is current: the committed and the built file equal what the specs generate", () => {
    const generated = customElementsManifestText();
    expect(readFileSync(`${packageRoot}custom-elements.json`, "utf8")).toBe(generated);
    // The gate builds before it tests; a bare `vitest run` without a build fails here rather than passing blind.
    expect(existsSync(`${packageRoot}dist/custom-elements.json`)).toBe(true);
    expect(readFileSync(`${packageRoot}dist/custom-elements.json`, "utf8")).toBe(generated);
  });

  it("names every tag with its attributes, the workspace property and its events", () => {
    const manifest = JSON.parse(customElementsManifestText()) as { modules: { declarations: ManifestDeclaration[] }[] };
    const declarations = manifest.modules.flatMap((module) => module.declarations);
    expect(declarations.map((declaration) => declaration.tagName)).toEqual(ELEMENT_SPECS.map((spec) => spec.tag));
    expect(declarations).toHaveLength(10);
    for (const spec of ELEMENT_SPECS) {
      const declaration = declarations.find((candidate) => candidate.tagName === spec.tag)!;
      expect(declaration.attributes.map((attribute) => attribute.name)).toEqual(spec.attributes.map((a) => a.name));
      expect(declaration.attributes.map((attribute) => attribute.name)).toEqual(
        expect.arrayContaining(["lang", "theme", "src"]),
      );
      expect(declaration.members.map((member) => member.name)).toContain("workspace");
      expect(declaration.events.map((event) => event.name)).toEqual(spec.events.map((event) => event.name));
      expect(declaration.events.map((event) => event.name)).toContain("sl-error");
    }
    const changing = declarations.filter((d) => d.events.some((event) => event.name === "sl-change"));
    expect(changing.map((d) => d.tagName).sort()).toEqual(["sl-assessment-form", "sl-meeting-page", "sl-system-map"]);
  });
});

describe("the one-file bundles", () => {
  it("need no file beside them: no import.meta, and the force layout's worker URL throws before any request", () => {
    for (const name of ["systemledning-elements.js", "systemledning-elements.iife.js"]) {
      const code = readFileSync(`${packageRoot}dist/${name}`, "utf8");
      expect(code).not.toContain("import.meta");
      // `new URL(…, undefined)` throws, so force-runner.ts runs the layout on the main thread (no 404, no violation).
      expect(code.match(/new URL\("\.\/force-worker\.js",[^)]*\)/g)).toEqual(['new URL("./force-worker.js",void 0)']);
      expect(code).not.toMatch(/\bimport\(|\bimport\s*["{*]/);
    }
  });
});

describe("the shadow stylesheet", () => {
  it("declares the kit's tokens on :host, the dark and high-contrast ones under the theme attribute, and none on .sl-root", async () => {
    const root = postcss.parse(await buildShadowCss());
    const tokenSelectors: string[] = [];
    root.walkDecls(/^--sl-color-accent$/, (declaration) => {
      tokenSelectors.push((declaration.parent as { selector: string }).selector);
    });
    expect(tokenSelectors.length).toBeGreaterThanOrEqual(3);
    for (const selector of tokenSelectors) expect(selector).toMatch(/^:host/);
    expect(tokenSelectors).toContain(':host([theme="dark"])');
    // The theme attribute's every value but auto pins a theme; high-contrast has tokens of its own.
    expect(tokenSelectors).toContain(':host([theme="high-contrast"])');
    root.walkRules(/\.sl-root/, (rule) => {
      rule.walkDecls(/^--sl-color-/, (declaration) => {
        throw new Error(`${rule.selector} still declares ${declaration.prop}`);
      });
    });
  });

  it("refuses a token rule it does not know how to move", () => {
    expect(() => toShadowCss(".sl-root.sl-compact { --sl-space-3: 0.5rem }")).toThrow(/no :host equivalent/);
    expect(toShadowCss(".sl-tl-n1 { --sl-tl-row: 3 }")).toContain(".sl-tl-n1 { --sl-tl-row: 3 }");
  });
});

describe("reading attribute text", () => {
  const asOf = ELEMENT_SPECS[0]!.attributes.find((attribute) => attribute.name === "as-of")!;
  const year = ELEMENT_SPECS.find((spec) => spec.tag === "sl-annual-plan")!.attributes.find((a) => a.name === "year")!;

  it("accepts every real day and refuses days that do not exist", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(readAttribute(asOf, text)).toEqual({ value: text });
        },
      ),
      { seed: 20261205, numRuns: 200 },
    );
    for (const text of ["2026-02-30", "2026-13-01", "13 maj 2026", "2026-5-13"])
      expect(readAttribute(asOf, text)).toMatchObject({ issue: { code: "invalid_attribute", path: "as-of" } });
  });

  it("reads whole numbers and refuses anything else", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (value) => {
        expect(readAttribute(year, String(value))).toEqual({ value });
      }),
      { seed: 20261205, numRuns: 200 },
    );
    for (const text of ["2026.5", "tjugo", "", "1e3"])
      expect(readAttribute(year, text)).toMatchObject({ issue: { code: "invalid_attribute", path: "year" } });
  });
});
