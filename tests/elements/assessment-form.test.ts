// @vitest-environment jsdom
/**
 * `sl-assessment-form` in jsdom: the kit's form works inside a shadow root (its error summary's links move
 * focus to the field, which `document.getElementById` could not find there), and a sent form comes out as
 * `sl-change` with the workspace including the response, validated.
 */
import { aggregateRound } from "@systemledning/core/assessment";
import { createDalarnaSampleWorkspace, DALARNA_ROUND_2025_ID } from "@systemledning/core/profiles/dalarna";
import { within } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { eventsArrive, inShadow, place, recordEvents, sampleData } from "./helpers.js";

// A leadership asked in 2025 that has not answered yet, so a new response is accepted (as in the form's story).
const unanswered = aggregateRound(createDalarnaSampleWorkspace(), DALARNA_ROUND_2025_ID).leaderships.find(
  (leadership) => !leadership.responded,
)!;

afterEach(() => document.body.replaceChildren());

function placeForm(): HTMLElement & { workspace?: unknown } {
  const form = place<HTMLElement & { workspace?: unknown }>("sl-assessment-form", {
    "round-id": DALARNA_ROUND_2025_ID,
    "leadership-id": unanswered.leadershipId,
  });
  form.workspace = sampleData();
  return form;
}

describe("sl-assessment-form", () => {
  it("moves focus from the error summary to the field inside the shadow root", async () => {
    const user = userEvent.setup();
    const form = placeForm();
    const shadow = inShadow(form);
    await user.click(await shadow.findByRole("button", { name: "Granska svaren" }));
    const summary = await shadow.findByRole("heading", { name: "Det finns 5 fel att rätta" });
    const firstLink = within(summary.parentElement!).getAllByRole("link")[0]!;
    await user.click(firstLink);
    const focused = form.shadowRoot!.activeElement;
    expect(focused).not.toBeNull();
    expect(focused!.id).toBe(firstLink.getAttribute("href")!.slice(1));
  });

  it("fires sl-change with the workspace including the response when the form is sent", async () => {
    const user = userEvent.setup();
    const changes = recordEvents("sl-change");
    const form = placeForm();
    const shadow = inShadow(form);
    await shadow.findByRole("button", { name: "Granska svaren" });
    for (const group of shadow.getAllByRole("radiogroup"))
      await user.click(within(group).getByRole("radio", { name: "3 Stämmer ganska bra" }));
    await user.click(shadow.getByRole("button", { name: "Granska svaren" }));
    await user.click(await shadow.findByRole("button", { name: "Skicka in svaren" }));
    await eventsArrive(changes);

    const event = changes[0]!;
    expect(event.bubbles && event.composed).toBe(true);
    const { workspace, response } = event.detail as {
      workspace: { assessmentResponses: { id: string; leadershipId: string }[] };
      response: { id: string; answers: Record<string, number> };
    };
    expect(Object.values(response.answers)).toEqual([3, 3, 3, 3, 3]);
    expect(workspace.assessmentResponses.find((r) => r.id === response.id)?.leadershipId).toBe(unanswered.leadershipId);
    // The element keeps the new workspace, so the host can read it back.
    expect(form.workspace).toBe(event.detail.workspace);
    await expect(shadow.findByRole("heading", { name: "Svaren är skickade. Tack!" })).resolves.toBeTruthy();
  });
});
