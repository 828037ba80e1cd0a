/**
 * The themes in real Chromium with the kit's stylesheet: the high-contrast theme's computed colours meet 7:1 for
 * text and 4.5:1 for borders, a widget's own theme wins over an ancestor's, and axe finds no WCAG 2.1 A or AA
 * violation in it (docs/quality.md A19).
 */
import { describe, expect, it } from "vitest";
import { StatusBadge } from "../../../packages/react/src/primitives/status-badge.js";
import { ThemeProvider } from "../../../packages/react/src/primitives/theme.js";
import { Widget } from "../../../packages/react/src/primitives/widget.js";
import { mountThemeHost } from "../theme-browser-host.js";

const host = mountThemeHost();

/** The computed `rgb(…)` colour as its three 0–255 channels. */
function channels(colour: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2.1 contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The innermost widget root holding `text` (document order puts a nested root after its ancestor). */
function widgetOf(text: string): HTMLElement {
  return [...host.element().querySelectorAll<HTMLElement>(".sl-root")].findLast((el) =>
    el.textContent?.includes(text),
  )!;
}

describe("the kit's themes in Chromium", () => {
  it("draws the high-contrast theme from a ThemeProvider with text ≥ 7:1 and borders ≥ 4.5:1", async () => {
    host.draw(
      <ThemeProvider theme="high-contrast">
        <Widget>
          <p>Hög kontrast</p>
          <StatusBadge status="missing" />
        </Widget>
      </ThemeProvider>,
    );
    const widget = widgetOf("Hög kontrast");
    expect(widget.getAttribute("data-sl-theme")).toBe("high-contrast");
    const style = getComputedStyle(widget);
    const token = (name: string) => {
      const probe = document.createElement("span");
      probe.style.color = `var(--sl-color-${name})`;
      widget.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    for (const background of [style.backgroundColor, token("surface")]) {
      for (const name of ["text", "text-muted", "accent", "ok", "warning", "missing", "info"])
        expect(contrast(token(name), background), name).toBeGreaterThanOrEqual(7);
      for (const name of ["border", "focus", "chart-bar", "chart-muted"])
        expect(contrast(token(name), background), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(await host.violations()).toEqual([]);
  });

  it("keeps a widget's own theme inside an ancestor of another theme", () => {
    host.draw(
      <Widget theme="dark">
        <p>Mörk sida</p>
        <Widget theme="light">
          <p>Ljus widget</p>
        </Widget>
        <Widget theme="high-contrast">
          <p>Kontrastwidget</p>
        </Widget>
      </Widget>,
    );
    const background = (text: string) => getComputedStyle(widgetOf(text)).backgroundColor;
    expect(background("Mörk sida")).toBe("rgb(18, 20, 23)");
    expect(background("Ljus widget")).toBe("rgb(255, 255, 255)");
    expect(getComputedStyle(widgetOf("Kontrastwidget")).color).toBe("rgb(0, 0, 0)");
  });
});
