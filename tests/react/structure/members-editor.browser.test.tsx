/**
 * MembersEditor in real Chromium with the kit's stylesheet: the whole path of adding a member, from the page to
 * "Sparat", with the keyboard alone (Tab, Enter, Space, arrow keys, typing, and a native select's type-ahead,
 * which jsdom lacks); the focus order through the form is the reading order; focus is visible on every stop
 * and returns to the task's button; an error summary takes focus and its link leads to the field; axe finds no
 * WCAG 2.1 A or AA violation with the form open and showing errors.
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import axe from "axe-core";
import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { MembersEditor } from "../../../packages/react/src/structure/members-editor.js";
import "../../../packages/react/src/styles.css";

const sample = createDalarnaSampleWorkspace();
const FORUM = "f-vansbro";

let container: HTMLElement;
let root: Root;
let saved: Workspace | null;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  saved = null;
});

afterEach(() => {
  root.unmount();
  container.remove();
});

function Host() {
  const [workspace, setWorkspace] = useState(sample);
  return (
    <MembersEditor
      workspace={workspace}
      forumId={FORUM}
      asOf={DALARNA_SAMPLE_AS_OF}
      now={() => new Date("2026-05-13T10:00:00+02:00")}
      onChange={async (change) => {
        const result = await change(workspace);
        if (!result.ok) return { ok: false, error: result.error };
        saved = result.value;
        setWorkspace(result.value);
        return { ok: true };
      }}
    />
  );
}

function show() {
  flushSync(() => root.render(<Host />));
}

const active = () => document.activeElement as HTMLElement;

/** What a screen reader would call the focused control, enough to tell the stops apart. */
function stopName(element: HTMLElement): string {
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy !== null) return document.getElementById(labelledBy.split(" ")[0]!)!.textContent!;
  const label = element.id === "" ? null : document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
  return `${element.tagName.toLowerCase()}${"type" in element && element.tagName === "INPUT" ? `:${(element as HTMLInputElement).type}` : ""} ${label?.textContent ?? element.textContent ?? ""}`.trim();
}

/** Press Tab (or Shift+Tab, backwards) until the control called `name` has focus. */
async function tabTo(name: string, backwards = false) {
  const key = backwards ? "{Shift>}{Tab}{/Shift}" : "{Tab}";
  for (let presses = 0; presses < 80 && stopName(active()) !== name; presses++) await userEvent.keyboard(key);
  expect(stopName(active())).toBe(name);
}

async function violations(): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

describe("MembersEditor in Chromium, from the keyboard", () => {
  it("adds a new member from the page to Sparat with the keyboard alone, focus visible and in reading order", async () => {
    show();
    await tabTo("button Lägg till ledamot");
    await userEvent.keyboard("{Enter}");
    const form = container.querySelector<HTMLFormElement>("form")!;

    // The focus order through the form is its reading order: every control, once, top to bottom.
    const stops: string[] = [];
    await userEvent.keyboard("{Tab}");
    while (form.contains(active())) {
      stops.push(stopName(active()));
      expect(getComputedStyle(active()).outlineStyle, stopName(active())).not.toBe("none");
      await userEvent.keyboard("{Tab}");
    }
    expect(stops).toEqual([
      "input:radio En person som redan finns",
      "select Person",
      "select Organisation som företräds",
      "select Sektor (frivilligt)",
      "input:checkbox Ledamot",
      "input:checkbox Ordförande",
      "input:checkbox Vice ordförande",
      "input:checkbox Sammankallande",
      "input:checkbox Processledare",
      "input:checkbox Sekreterare",
      "input:checkbox Adjungerad",
      "select Slag av ledamot",
      "input:checkbox Har beslutsmandat för sin organisation",
      "input:text Från och med",
      "input:text Till och med (frivilligt)",
      "button Lägg till ledamot",
      "button Stäng",
    ]);

    // Back into the form with Shift+Tab, and through it once more, filling it in.
    await tabTo("input:radio En person som redan finns", true);
    await userEvent.keyboard("{ArrowDown}");
    expect(stopName(active())).toBe("input:radio En ny person");
    await userEvent.keyboard("{Tab}");
    await userEvent.keyboard("Ada Testsson");
    await userEvent.keyboard("{Tab}");
    await userEvent.keyboard("Socialchef");
    await userEvent.keyboard("{Tab}");
    expect(stopName(active())).toBe("select Organisation som företräds");
    // A native select's type-ahead chooses the option whose name starts with what is typed.
    await userEvent.keyboard("Vansbro");
    expect((active() as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Vansbro kommun");
    await userEvent.keyboard("{Tab}");
    await userEvent.keyboard("Socialtj");
    expect((active() as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Socialtjänst");
    await tabTo("input:checkbox Har beslutsmandat för sin organisation");
    await userEvent.keyboard(" ");
    // An end before the start: the core refuses, the summary takes focus, its link leads to the field.
    await tabTo("input:text Till och med (frivilligt)");
    await userEvent.keyboard("2026-01-31");
    await userEvent.keyboard("{Enter}");
    expect(active().classList.contains("sl-error-summary")).toBe(true);
    expect(getComputedStyle(active()).outlineStyle).not.toBe("none");
    expect(await violations()).toEqual([]);
    expect(saved).toBeNull();
    await userEvent.keyboard("{Tab}");
    expect(active().tagName).toBe("A");
    await userEvent.keyboard("{Enter}");
    expect(stopName(active())).toBe("input:text Till och med (frivilligt)");
    expect(active().getAttribute("aria-invalid")).toBe("true");
    await userEvent.keyboard("{Control>}a{/Control}{Backspace}");
    await userEvent.keyboard("{Enter}");

    // Saved: focus is back on the task's button, visibly; the live region says so; the table has the new row.
    expect(saved).not.toBeNull();
    const seat = saved!.memberships.find(
      (m) => m.personId === saved!.people.find((p) => p.name === "Ada Testsson")?.id,
    );
    expect(seat).toMatchObject({ forumId: FORUM, sectorId: "socialtjanst", kind: "official", hasMandate: true });
    expect(stopName(active())).toBe("button Lägg till ledamot");
    expect(getComputedStyle(active()).outlineStyle).not.toBe("none");
    expect(container.querySelector("[data-sl-live-region]")!.textContent).toBe(
      "Sparat. Ada Testsson är ledamot från och med 13 maj 2026.",
    );
    expect([...container.querySelectorAll("th[scope=row]")].map((th) => th.textContent)).toContain("Ada Testsson");
  });

  it("ends a seat from the keyboard after the question, which takes focus in the page (no trap)", async () => {
    show();
    await tabTo("button Avsluta uppdrag");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Tab}");
    expect(stopName(active())).toBe("select Uppdrag");
    await userEvent.keyboard("{ArrowDown}");
    expect((active() as HTMLSelectElement).value).not.toBe("");
    await tabTo("button Avsluta uppdraget …");
    await userEvent.keyboard("{Enter}");
    expect(active().classList.contains("sl-members-confirm-question")).toBe(true);
    expect(await violations()).toEqual([]);
    // Not a trap: Tab leads on to the answers and out of the form.
    await tabTo("button Ja, avsluta uppdraget");
    await userEvent.keyboard("{Enter}");
    expect(stopName(active())).toBe("button Avsluta uppdrag");
    expect(saved!.people).toHaveLength(sample.people.length);
    expect(container.querySelector("[data-sl-live-region]")!.textContent).toMatch(/^Sparat\. Uppdraget för /);
  });
});
