import { readFile } from "node:fs/promises";
import postcss, { type Rule } from "postcss";
import { describe, expect, it } from "vitest";
import { STYLES_SOURCE } from "../../packages/react/build-styles.js";

/** The `--sl-color-*` tokens of the first rule whose selector matches `selector`. */
async function tokens(selector: (s: string) => boolean): Promise<Map<string, string>> {
  const root = postcss.parse(await readFile(STYLES_SOURCE, "utf8"));
  let found: Rule | undefined;
  root.walkRules((rule) => {
    if (found === undefined && selector(rule.selector)) found = rule;
  });
  const result = new Map<string, string>();
  found?.walkDecls((decl) => {
    if (decl.prop.startsWith("--sl-color-")) result.set(decl.prop, decl.value);
  });
  return result;
}

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT_ON_BACKGROUNDS = ["text", "text-muted", "accent", "ok", "warning", "missing", "info"];
const GRAPHICS_ON_BACKGROUNDS = ["border", "focus", "chart-bar", "chart-half", "chart-highlight", "chart-muted"];

/** Each theme's token rule and the contrast its text and graphics must meet (high contrast: WCAG 2.1 1.4.6). */
const themes = {
  light: { selector: (s: string) => s.startsWith(".sl-root,"), text: 4.5, graphics: 3 },
  dark: { selector: (s: string) => s.includes('.sl-root[data-sl-theme="dark"]'), text: 4.5, graphics: 3 },
  "high-contrast": {
    selector: (s: string) => s.includes('.sl-root[data-sl-theme="high-contrast"]'),
    text: 7,
    graphics: 4.5,
  },
};

describe("styles.css colour tokens", () => {
  it("keeps the dark theme of the media query identical to data-sl-theme=dark", async () => {
    const explicit = await tokens(themes.dark.selector);
    const media = await tokens((s) => s.startsWith(".sl-root:not("));
    expect(explicit.size).toBeGreaterThan(5);
    expect(Object.fromEntries(media)).toEqual(Object.fromEntries(explicit));
  });

  for (const [theme, { selector, text, graphics }] of Object.entries(themes)) {
    it(`gives text ≥ ${text}:1 and graphics ≥ ${graphics}:1 against both backgrounds in the ${theme} theme`, async () => {
      const colours = await tokens(selector);
      const colour = (name: string): string => {
        const value = colours.get(`--sl-color-${name}`);
        expect(value, name).toMatch(/^#[0-9a-f]{6}$/i);
        return value ?? "";
      };
      for (const background of ["bg", "surface"]) {
        for (const name of TEXT_ON_BACKGROUNDS)
          expect(contrast(colour(name), colour(background)), `${name} on ${background}`).toBeGreaterThanOrEqual(text);
        for (const name of GRAPHICS_ON_BACKGROUNDS)
          expect(contrast(colour(name), colour(background)), `${name} on ${background}`).toBeGreaterThanOrEqual(
            graphics,
          );
      }
      expect(contrast(colour("accent-text"), colour("accent")), "accent-text on accent").toBeGreaterThanOrEqual(text);
    });
  }
});
