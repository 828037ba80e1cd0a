// @vitest-environment jsdom
/**
 * Every kit component that saves hands the host the change itself (`onChange`), so a host can apply it to what its
 * store holds now through `updateWorkspace`; and it says what the host's answer says: a refusal beside the action,
 * nothing (the clash dialog's turn) on a clash, a confirmation only once saved.
 */
import { verifyLog } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { SystemledningError, createIssue, type Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MeetingPage } from "../../../packages/react/src/meetings/meeting-page.js";
import type { MeetingChangeContext } from "../../../packages/react/src/meetings/use-meeting-page.js";
import { AssessmentForm } from "../../../packages/react/src/scoring/assessment-form.js";
import type { AssessmentChangeContext } from "../../../packages/react/src/scoring/use-assessment-form.js";
import type { KitChangeOutcome, KitWorkspaceChange } from "../../../packages/react/src/store/change.js";
import type { AnnotationChangeContext } from "../../../packages/react/src/system-map/annotation-panel.js";
import { SystemMapWorkshop } from "../../../packages/react/src/system-map/system-map-workshop.js";
import { meetingsSample, MEETINGS_AS_OF, MEETINGS_NOW, SAMPLE_MEETINGS } from "../../fixtures/meeting-views.js";
import { dalarna2025 } from "../../fixtures/scoring-rounds.js";
import { liveRegion } from "../../fixtures/live-region.js";

beforeAll(() => {
  // user-event's arrow keys in a radio group use CSS.escape, which jsdom lacks (as in assessment-form.test.tsx).
  if (typeof globalThis.CSS?.escape !== "function") {
    Object.defineProperty(window, "CSS", {
      configurable: true,
      value: { escape: (text: string) => text.replace(/["\\]/g, "\\$&") },
    });
  }
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A newer document than the one shown: someone else added a mark on the map meanwhile. */
function newerThan(ws: Workspace): Workspace {
  const mark = {
    id: "mark-someone-else",
    kind: "note" as const,
    target: { type: "node" as const, nodeId: ws.forums[0]!.id },
    text: "Någon annans markering",
    createdAt: "2026-05-13T08:00:00.000Z",
  };
  return { ...ws, annotations: [...ws.annotations, mark] };
}

const refusal = (): KitChangeOutcome => ({
  ok: false,
  error: new SystemledningError("invalidInput", [createIssue([], "invalid_json", { reason: "stängd i servern" })]),
});

describe("MeetingPage onChange", () => {
  const sample = meetingsSample();

  it("hands over the approval as a change that approves on a newer document too, and confirms once saved", async () => {
    const user = userEvent.setup();
    let answer!: (outcome: KitChangeOutcome) => void;
    const onChange = vi.fn<(change: KitWorkspaceChange, context: MeetingChangeContext) => Promise<KitChangeOutcome>>(
      () => new Promise((resolve) => (answer = resolve)),
    );
    render(
      <MeetingPage
        workspace={sample}
        meetingId={SAMPLE_MEETINGS.inReview}
        asOf={MEETINGS_AS_OF}
        now={() => MEETINGS_NOW}
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Justera anteckningarna" }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const [change, context] = onChange.mock.calls[0]!;
    expect(context).toEqual({ command: "approveMeetingNotes", meetingId: SAMPLE_MEETINGS.inReview });
    const newer = newerThan(sample);
    const applied = await change(newer);
    if (!applied.ok) throw applied.error;
    expect(applied.value.meetings.find((m) => m.id === SAMPLE_MEETINGS.inReview)!.status).toBe("approved");
    expect(applied.value.annotations.at(-1)!.id).toBe("mark-someone-else");
    expect((await verifyLog(applied.value.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    // Not confirmed while the host is still saving.
    expect(screen.queryByText("Anteckningarna är justerade och inskrivna i beslutsloggen.")).toBeNull();
    answer({ ok: true });
    await screen.findByText("Anteckningarna är justerade och inskrivna i beslutsloggen.");
  });

  it("shows the host's refusal beside the action and keeps the page as it was", async () => {
    const user = userEvent.setup();
    render(
      <MeetingPage
        workspace={sample}
        meetingId={SAMPLE_MEETINGS.noticeSent}
        asOf={MEETINGS_AS_OF}
        now={() => MEETINGS_NOW}
        onChange={() => refusal()}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Markera som genomfört" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("stängd i servern");
  });

  it("says nothing of its own on a clash: no confirmation, no alert (the clash dialog speaks)", async () => {
    const user = userEvent.setup();
    const onWorkspaceChange = vi.fn();
    render(
      <MeetingPage
        workspace={sample}
        meetingId={SAMPLE_MEETINGS.noticeSent}
        asOf={MEETINGS_AS_OF}
        now={() => MEETINGS_NOW}
        onWorkspaceChange={onWorkspaceChange}
        onChange={() => ({ ok: false, error: { reason: "conflict" } })}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Markera som genomfört" }));
    await waitFor(() => expect(onWorkspaceChange).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(liveRegion()).not.toContain("genomfört");
  });
});

describe("AssessmentForm onChange", () => {
  const fixture = dalarna2025();
  const { workspace, instrument } = fixture;
  const roundId = fixture.result.roundId;
  const unanswered = fixture.result.leaderships.find((l) => !l.responded)!;
  const label = (value: number) => `${value} ${instrument.scale.steps.find((s) => s.value === value)!.label.sv}`;

  async function answerAndSend(onChange: (change: KitWorkspaceChange, context: AssessmentChangeContext) => unknown) {
    const user = userEvent.setup();
    render(
      <AssessmentForm
        workspace={workspace}
        roundId={roundId}
        leadershipId={unanswered.leadershipId}
        now={() => new Date("2025-10-14T09:30:00+02:00")}
        onChange={onChange as never}
      />,
    );
    for (const group of screen.getAllByRole("radiogroup"))
      await user.click(within(group).getByRole("radio", { name: label(3) }));
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
  }

  it("hands over the response as the command that stores it, on whatever document the store holds", async () => {
    const onChange = vi.fn<(change: KitWorkspaceChange, context: AssessmentChangeContext) => KitChangeOutcome>();
    await answerAndSend(onChange);
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change, context] = onChange.mock.calls[0]!;
    expect(context).toMatchObject({ command: "submitAssessmentResponse", replaces: null });
    const applied = await change(newerThan(workspace));
    if (!applied.ok) throw applied.error;
    expect(applied.value.assessmentResponses.at(-1)).toMatchObject({
      id: context.responseId,
      leadershipId: unanswered.leadershipId,
    });
    expect(applied.value.annotations.at(-1)!.id).toBe("mark-someone-else");
    expect(screen.getByRole("heading", { name: "Svaren är skickade. Tack!" })).toBeTruthy();
  });

  it("goes back to the questions with the store's reason when the save is refused, answers kept", async () => {
    await answerAndSend(() => refusal());
    await screen.findByText(/stängd i servern/);
    expect(screen.queryByRole("heading", { name: "Svaren är skickade. Tack!" })).toBeNull();
    const first = screen.getAllByRole("radiogroup")[0]!;
    expect((within(first).getByRole("radio", { name: label(3) }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("SystemMapWorkshop onChange", () => {
  const workspace = createDalarnaSampleWorkspace();
  const graph = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });

  async function mark(onChange: (change: KitWorkspaceChange, context: AnnotationChangeContext) => unknown) {
    const user = userEvent.setup();
    render(<SystemMapWorkshop graph={graph} workspace={workspace} folding="none" onChange={onChange as never} />);
    await user.click(screen.getByRole("button", { name: "Workshopläge" }));
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await user.click(await screen.findByRole("radio", { name: "Styrningen behöver förbättras här" }));
    await user.type(screen.getByRole("textbox", { name: "Kommentar (valfritt)" }), "Beslut når inte verksamheten.");
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
  }

  it("hands over the mark as the change that adds it, and announces it once saved", async () => {
    const onChange = vi.fn<(change: KitWorkspaceChange, context: AnnotationChangeContext) => KitChangeOutcome>(() => ({
      ok: true,
    }));
    await mark(onChange);
    const [change, context] = onChange.mock.calls[0]!;
    expect(context.annotation).toMatchObject({ kind: "needs-improvement", text: "Beslut når inte verksamheten." });
    const applied = await change(newerThan(workspace));
    if (!applied.ok) throw applied.error;
    expect(applied.value.annotations.map((a) => a.id).slice(-2)).toEqual(["mark-someone-else", context.annotation.id]);
    await waitFor(() => expect(liveRegion()).toBe("Markeringen är sparad."));
    expect((screen.getByRole("textbox", { name: "Kommentar (valfritt)" }) as HTMLTextAreaElement).value).toBe("");
  });

  it("keeps the text and announces nothing saved on a clash", async () => {
    await mark(() => Promise.resolve({ ok: false, error: { reason: "conflict" } }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(liveRegion()).not.toBe("Markeringen är sparad.");
    expect((screen.getByRole("textbox", { name: "Kommentar (valfritt)" }) as HTMLTextAreaElement).value).toBe(
      "Beslut når inte verksamheten.",
    );
  });
});
