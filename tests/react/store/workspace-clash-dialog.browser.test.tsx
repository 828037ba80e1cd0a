/**
 * The clash dialog in real Chromium with the kit's stylesheet: axe finds no WCAG 2.1 A or AA violation in light and
 * dark, in Swedish and English; the dialog lies over the page and fits a 320 px screen without the page scrolling
 * sideways (docs/quality.md A9, A15); focus is visible on its buttons.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import axe from "axe-core";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { WorkspaceClashDialog, type ClashShown } from "../../../packages/react/src/store/workspace-clash-dialog.js";
import "../../../packages/react/src/styles.css";

const base = createDalarnaSampleWorkspace();
const meeting = base.meetings.find((m) => m.status === "notes-in-review")!;
const withStatus = (ws: Workspace, status: typeof meeting.status): Workspace => ({
  ...ws,
  meetings: ws.meetings.map((m) => (m.id === meeting.id ? { ...m, status } : m)),
});
const clash: ClashShown = {
  mine: withStatus(base, "approved"),
  theirs: { workspace: withStatus(base, "cancelled"), revision: "12" },
  paths: [`meetings[id=${meeting.id}].status`, `meetings[id=${meeting.id}].agenda[id=punkt-1].notes`],
  messages: { sv: "Någon annan har ändrat samma uppgifter.", en: "Someone else changed the same details." },
};

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

function show(locale: "sv" | "en", theme: "light" | "dark") {
  flushSync(() =>
    root.render(
      <div className="sl-root" data-sl-theme={theme} lang={locale}>
        <p>Sidan bakom dialogen.</p>
        <WorkspaceClashDialog clash={clash} onChoose={() => undefined} locale={locale} />
      </div>,
    ),
  );
}

async function violations(): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

describe("WorkspaceClashDialog in Chromium", () => {
  it.each([
    ["sv", "light"],
    ["en", "dark"],
  ] as const)("passes axe in %s, %s", async (locale, theme) => {
    show(locale, theme);
    await expect.element(page.getByRole("alertdialog")).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  it("lies over the page, fits 320 px without sideways scrolling, and shows focus on its buttons", async () => {
    await page.viewport(320, 640);
    show("sv", "light");
    const dialog = container.querySelector<HTMLElement>(".sl-clash-dialog")!;
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(getComputedStyle(container.querySelector(".sl-clash-backdrop")!).position).toBe("fixed");
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe("Behåll min version");
    expect(getComputedStyle(focused).outlineStyle).not.toBe("none");
  });
});
