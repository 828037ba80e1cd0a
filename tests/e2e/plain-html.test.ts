/**
 * examples/plain-html as an intranet serves it: a static page, the elements by a classic script tag, the
 * workspace from the JSON file beside it, under `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`. No policy violation, no request elsewhere, axe finds nothing; the
 * kit's styles and the host's token reach inside the shadow roots; Tab reaches the map and the timeline and
 * the arrows move on both; a mark saved on the map is stored in IndexedDB and is there after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS } from "./dashboard-harness.js";
import { deepFocus, startExample, tabUntil, type ExampleUnderTest } from "./examples-harness.js";

let example: ExampleUnderTest;

beforeAll(async () => {
  example = await startExample("plain-html");
});

afterAll(async () => {
  await example?.close();
});

const annotationCount = (page: import("playwright-core").Page) =>
  page.evaluate(
    () =>
      (document.getElementById("map") as HTMLElement & { workspace?: { annotations: unknown[] } }).workspace
        ?.annotations.length ?? -1,
  );

describe("examples/plain-html", () => {
  it("shows the map and the timeline under the strict policy, styled, with the host's token, and axe-clean", async () => {
    const { page, context, cspViolations, offOrigin, pageErrors, consoleProblems } = await example.openPage(1280);
    await page.goto(`${example.origin}/`);
    await page.getByRole("figure", { name: "Systemkarta" }).waitFor();
    await page.getByRole("figure", { name: "Tidslinje" }).waitFor();
    await expect(page.locator("sl-system-map .sl-map-node[role='button']").count()).resolves.toBeGreaterThan(20);
    expect(await page.locator("#save-status").innerText()).toBe("Visar arbetsytan från workspace.json.");

    const styles = await page.evaluate(() => {
      const root = document.getElementById("timeline")!.shadowRoot!.querySelector(".sl-root")!;
      const computed = getComputedStyle(root);
      return {
        sheets: document.getElementById("timeline")!.shadowRoot!.adoptedStyleSheets.length,
        accent: computed.getPropertyValue("--sl-color-accent").trim(),
        space: computed.getPropertyValue("--sl-space-3").trim(),
      };
    });
    expect(styles.sheets).toBe(1);
    // The host's `sl-timeline { --sl-color-accent: #6b1d5c }` wins over the kit's default; the kit's own tokens are there.
    expect(styles.accent).toBe("#6b1d5c");
    expect(styles.space).toBe("1rem");
    await expect(page.locator("style").count()).resolves.toBe(0);

    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/plain-html-1280.png`, fullPage: true });
    // theme="dark" on the element switches the kit's tokens inside; the host's own token still wins (its
    // contrast on a dark background is then the host's to check, so axe ran before).
    const dark = await page.evaluate(async () => {
      const timeline = document.getElementById("timeline")!;
      timeline.setAttribute("theme", "dark");
      await new Promise((resolve) => setTimeout(resolve, 50));
      const computed = getComputedStyle(timeline.shadowRoot!.querySelector(".sl-root")!);
      return {
        bg: computed.getPropertyValue("--sl-color-bg").trim(),
        accent: computed.getPropertyValue("--sl-color-accent").trim(),
      };
    });
    expect(dark).toEqual({ bg: "#121417", accent: "#6b1d5c" });
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    // No error or warning in the console either: a missing file (a 404) or React complaining would show there.
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it("announces a change of period in the live region inside the timeline's shadow root", async () => {
    const { page, context, cspViolations } = await example.openPage(1280);
    await page.goto(`${example.origin}/`);
    const timeline = page.locator("sl-timeline");
    // Playwright's role queries pierce open shadow roots, as a screen reader's tree does.
    await timeline.getByRole("button", { name: "Nästa period" }).click();
    const announced = () =>
      page.evaluate(
        () => document.querySelector("sl-timeline")?.shadowRoot?.querySelector("[data-sl-live-region]")?.textContent,
      );
    await expect.poll(announced, { timeout: 5_000 }).toMatch(/^Visar /);
    // The region is the element's own: none was put into the page's document.
    expect(await page.evaluate(() => document.querySelectorAll("[data-sl-live-region]").length)).toBe(0);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });

  it("reaches the map and the timeline with Tab inside their shadow roots; arrows move on both", async () => {
    const { page, context, cspViolations } = await example.openPage(1280);
    await page.goto(`${example.origin}/`);
    await page.locator("sl-system-map .sl-map-node[role='button']").first().waitFor();
    await page.locator("sl-timeline .sl-tl-item, sl-timeline button").first().waitFor();

    const first = await tabUntil(
      page,
      (focus) => focus.host === "sl-system-map" && focus.className.includes("sl-map-node"),
    );
    expect(first.label).toMatch(/^(Systemledning|Forum|Organisation|Sektor|Saknas|Grupp): /);
    let moved = false;
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      const now = await deepFocus(page);
      expect(now.host).toBe("sl-system-map");
      if (now.label !== first.label) moved = true;
    }
    expect(moved).toBe(true);

    const entry = await tabUntil(
      page,
      (focus) => focus.host === "sl-timeline" && focus.className.includes("sl-tl-button"),
    );
    await page.keyboard.press("ArrowRight");
    const next = await deepFocus(page);
    expect(next.host).toBe("sl-timeline");
    expect(next.className).toContain("sl-tl-button");
    expect(next.label).not.toBe(entry.label);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });

  it("stores a mark saved on the map in IndexedDB, and shows the saved workspace after a reload", async () => {
    const { page, context, cspViolations, pageErrors } = await example.openPage(1280);
    await page.goto(`${example.origin}/`);
    await expect.poll(() => annotationCount(page)).toBeGreaterThanOrEqual(0);
    const before = await annotationCount(page);

    const map = page.locator("sl-system-map");
    await map.getByRole("button", { name: "Workshopläge" }).click();
    // The map starts folded to fit its frame (issue 20): open every group to reach the forum.
    await map.getByRole("button", { name: "Öppna alla grupper" }).click();
    await map
      .getByRole("button", { name: /^Forum: Länschefsnätverket,/ })
      .first()
      .click();
    const details = map.locator(".sl-map-details");
    await details.getByRole("radio", { name: "Styrningen fungerar bra här" }).check();
    await details.getByRole("button", { name: "Spara markeringen" }).click();
    await expect
      .poll(() => page.locator("#save-status").innerText())
      .toBe(`Sparat: ${before + 1} markeringar på kartan.`);
    // The timeline got the same workspace from the page's handler.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (document.getElementById("timeline") as HTMLElement & { workspace?: { annotations: unknown[] } }).workspace
              ?.annotations.length,
        ),
      )
      .toBe(before + 1);

    await page.reload();
    await expect.poll(() => page.locator("#save-status").innerText()).toBe("Visar den sparade arbetsytan.");
    await expect.poll(() => annotationCount(page)).toBe(before + 1);
    await page.getByRole("figure", { name: "Systemkarta" }).waitFor();
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
