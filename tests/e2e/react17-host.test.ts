/**
 * examples/react17-host: a page with React 17 (its UMD builds) already loaded and rendering a web part, as
 * SharePoint's SPFx has it, and an sl-leadership-comparison that runs its own React 19 inside it, loading its
 * workspace from `src`. Both respond to clicks, in either order, under `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` with no violation, and axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS } from "./dashboard-harness.js";
import { startExample, type ExampleUnderTest } from "./examples-harness.js";

let example: ExampleUnderTest;

beforeAll(async () => {
  example = await startExample("react17-host");
});

afterAll(async () => {
  await example?.close();
});

describe("examples/react17-host", () => {
  it("keeps React 17's web part and the element's own React both working", async () => {
    const { page, context, cspViolations, offOrigin, pageErrors, consoleProblems } = await example.openPage(1280);
    await page.goto(`${example.origin}/`);
    await page.getByRole("heading", { name: "Webbdelen i React 17.0.2" }).waitFor();
    const counter = page.getByRole("button", { name: /^Klick i React 17: / });
    const element = page.locator("sl-leadership-comparison");
    const select = element.getByRole("combobox", { name: "Välj systemledning" });
    await select.waitFor();

    await counter.click();
    await expect.poll(() => counter.innerText()).toBe("Klick i React 17: 1");

    // The element's React: choosing another leadership redraws its chart and sets its attribute…
    const options = await select
      .locator("option")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ value: (node as HTMLOptionElement).value, label: node.textContent ?? "" })),
      );
    const current = await select.inputValue();
    const other = options.find((option) => option.value !== "" && option.value !== current)!;
    await select.selectOption(other.value);
    const otherName = other.label.replace(/\s*\(.*\)$/, "").trim();
    await element.getByRole("figure", { name: new RegExp(`^${otherName} jämfört med länet`) }).waitFor();
    await expect.poll(() => element.getAttribute("leadership-id")).toBe(other.value);
    // …which React 17's web part sees and renders.
    await expect.poll(() => page.locator("#web-part-chosen").innerText()).toBe(`Vald i elementet: ${other.value}`);

    await counter.click();
    await expect.poll(() => counter.innerText()).toBe("Klick i React 17: 2");
    await expect(
      page.evaluate(() => (window as unknown as { React: { version: string } }).React.version),
    ).resolves.toBe("17.0.2");

    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/react17-host-1280.png`, fullPage: true });
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Nor an error or warning in the console: neither React complains of the other.
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});
