/**
 * The clash dialog in real Chromium with the kit's stylesheet: axe finds no WCAG 2.1 A or AA violation in light and
 * dark, in Swedish and English; the dialog lies over the page and fits a 320 px screen without the page scrolling
 * sideways (docs/quality.md A9, A15); focus is visible on its buttons.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { WorkspaceClashDialog, type ClashShown } from "../../../packages/react/src/store/workspace-clash-dialog.js";
import { mountThemeHost } from "../theme-browser-host.js";

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

const host = mountThemeHost();

function show(locale: "sv" | "en", theme: "light" | "dark") {
  host.drawInTheme(
    theme,
    locale,
    <>
      <p>Sidan bakom dialogen.</p>
      <WorkspaceClashDialog clash={clash} onChoose={() => undefined} locale={locale} />
    </>,
  );
}

describe("WorkspaceClashDialog in Chromium", () => {
  it.each([
    ["sv", "light"],
    ["en", "dark"],
  ] as const)("passes axe in %s, %s", async (locale, theme) => {
    show(locale, theme);
    await expect.element(page.getByRole("alertdialog")).toBeVisible();
    expect(await host.violations()).toEqual([]);
  });

  it("lies over the page, fits 320 px without sideways scrolling, and shows focus on its buttons", async () => {
    await page.viewport(320, 640);
    show("sv", "light");
    const dialog = host.element().querySelector<HTMLElement>(".sl-clash-dialog")!;
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(getComputedStyle(host.element().querySelector(".sl-clash-backdrop")!).position).toBe("fixed");
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe("Behåll min version");
    expect(getComputedStyle(focused).outlineStyle).not.toBe("none");
  });
});
