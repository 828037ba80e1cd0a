/**
 * Every component a page places on its own renders on a server (docs/quality.md E1): `renderToString` in Node,
 * with no `window` and no `document` (no jsdom here, so touching either throws), on React 19 in the `unit`
 * project and on React 18 in `unit-react18`.
 */
import { version } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { PLACED_COMPONENTS, type PlacedComponent } from "./placed-components.js";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The HTML role an element of the markup has by its tag (the component's outer element has an accessible name). */
const TAG_OF_ROLE: Record<PlacedComponent["role"], string> = {
  figure: "figure",
  form: "form",
  region: "section",
  article: "article",
};

const decode = (text: string) =>
  text
    .replace(/<!-- -->/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The accessible names of the elements of `role` in server markup: the text of the heading each names itself by
 * (`aria-labelledby`), as a browser computes it from markup alone.
 */
function accessibleNames(markup: string, role: PlacedComponent["role"]): string[] {
  const tag = TAG_OF_ROLE[role];
  const labelledBy = [...markup.matchAll(new RegExp(`<${tag}\\b[^>]*\\baria-labelledby="([^"]+)"`, "g"))];
  return labelledBy.map(([, id]) => {
    const heading = new RegExp(`<(h[2-6])\\b[^>]*\\bid="${id!.replace(/[^\w-]/g, "\\$&")}"[^>]*>(.*?)</\\1>`).exec(
      markup,
    );
    return heading === null ? "" : decode(heading[2]!.replace(/<[^>]*>/g, ""));
  });
}

describe("server rendering in Node", () => {
  it(`runs without a window or a document, on React ${inject("reactMajor")}`, () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    expect(version.startsWith(`${inject("reactMajor")}.`)).toBe(true);
  });

  it("imports the kit's entry afresh without touching window or document", async () => {
    // Neither global is declared here, so any module that reads one while it loads throws a ReferenceError
    // (only a `typeof` test is safe, which is how the kit asks whether it runs in a browser).
    vi.resetModules();
    const kit = await import("@systemledning/react");
    expect(typeof kit.SystemMap).toBe("function");
    expect(typeof kit.AssessmentForm).toBe("function");
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it.each(PLACED_COMPONENTS.map((placed) => [placed.name, placed] as const))(
    "renders %s to markup named by its heading, with no error and no warning",
    (_name, placed) => {
      const errors = vi.spyOn(console, "error");
      const warnings = vi.spyOn(console, "warn");
      const markup = renderToString(placed.element());
      expect(accessibleNames(markup, placed.role)).toContain(placed.accessibleName);
      // A widget that failed shows its alert instead of the component (docs/quality.md R6).
      expect(markup).not.toContain('role="alert"');
      expect(markup).toContain(`>${placed.button}<`);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
    },
  );
});
