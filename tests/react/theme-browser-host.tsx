/**
 * What the Chromium tests of the kit's themes share (primitives/theme.browser, store/workspace-clash-dialog.browser):
 * a host with the kit's stylesheet, mounted and unmounted around each test, drawn into synchronously, optionally
 * inside a page root of a given theme and language, and axe's WCAG 2.1 A and AA violations in it.
 */
import axe from "axe-core";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach } from "vitest";
import type { KitLocale, KitTheme } from "../../packages/react/src/index.js";
import "../../packages/react/src/styles.css";

/** The mounted test's host and what a theme test does with it. */
export interface ThemeHost {
  /** The host element of the running test. */
  readonly element: () => HTMLElement;
  /** Render `node` into the host synchronously. */
  readonly draw: (node: ReactNode) => void;
  /**
   * Render `node` inside a page root (`.sl-root`) of `theme` and `locale`, as a host page that themes the kit with
   * `data-sl-theme` does; `"auto"` sets no theme, so the system's colour scheme holds.
   */
  readonly drawInTheme: (theme: KitTheme, locale: KitLocale, node: ReactNode) => void;
  /** axe's WCAG 2.1 A and AA violations in the host, each as `id: targets`, so a failure names the elements. */
  readonly violations: () => Promise<string[]>;
}

/**
 * Mount a fresh host before each test of the calling file and unmount it after.
 *
 * @example
 * const host = mountThemeHost();
 * host.drawInTheme("dark", "en", <WorkspaceClashDialog clash={clash} onChoose={choose} locale="en" />);
 * expect(await host.violations()).toEqual([]);
 */
export function mountThemeHost(): ThemeHost {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });
  const draw = (node: ReactNode) => flushSync(() => root.render(node));
  return {
    element: () => container,
    draw,
    drawInTheme: (theme, locale, node) =>
      draw(
        <div className="sl-root" data-sl-theme={theme === "auto" ? undefined : theme} lang={locale}>
          {node}
        </div>,
      ),
    violations: async () => {
      const results = await axe.run(container, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
    },
  };
}
