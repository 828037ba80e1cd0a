// @vitest-environment jsdom
/**
 * `sl-meeting-page` in jsdom: a step of the meeting taken inside the shadow root comes out as `sl-change`
 * with the next workspace (validated), the command and the meeting's id, and the element shows the new state.
 */
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { SAMPLE_MEETINGS } from "../fixtures/meeting-views.js";
import { AS_OF, eventsArrive, inShadow, place, recordEvents, sampleData } from "./helpers.js";

afterEach(() => document.body.replaceChildren());

describe("sl-meeting-page", () => {
  it("fires sl-change with the next workspace when the notes are sent for review", async () => {
    const user = userEvent.setup();
    const changes = recordEvents("sl-change");
    const page = place<HTMLElement & { workspace?: unknown }>("sl-meeting-page", {
      "meeting-id": SAMPLE_MEETINGS.held,
      "as-of": AS_OF,
    });
    page.workspace = sampleData();
    const shadow = inShadow(page);
    await user.click(await shadow.findByRole("button", { name: "Skicka anteckningarna på justering" }));
    await eventsArrive(changes);

    const detail = changes[0]!.detail as {
      workspace: { meetings: { id: string; status: string }[] };
      command: string;
      meetingId: string;
    };
    expect(detail.command).toBe("sendNotesForReview");
    expect(detail.meetingId).toBe(SAMPLE_MEETINGS.held);
    const before = (sampleData() as typeof detail.workspace).meetings.find((m) => m.id === SAMPLE_MEETINGS.held)!;
    const after = detail.workspace.meetings.find((m) => m.id === SAMPLE_MEETINGS.held)!;
    expect(after.status).not.toBe(before.status);
    expect(page.workspace).toBe(detail.workspace);
    expect((await shadow.findByText("Anteckningarna är skickade på justering.")).isConnected).toBe(true);
  });
});
