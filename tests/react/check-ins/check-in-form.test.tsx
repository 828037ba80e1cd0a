// @vitest-environment jsdom
/**
 * CheckInForm: the activities start from their latest statuses, a refusal of the core shows at its field with a
 * summary and focus, a save records the check-in through `recordCheckIn` and is announced, and a draft comes back
 * after the form is rendered again (a reload) and is cleared once saved.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CheckInForm,
  type CheckInChangeContext,
  type CheckInFormProps,
} from "../../../packages/react/src/check-ins/check-in-form.js";
import { draftKey } from "../../../packages/react/src/primitives/drafts.js";
import { liveRegion } from "../../fixtures/live-region.js";
import { useHostedWorkspace } from "../workbook/host.js";
import { memoryStorage } from "../workbook/storage.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const AS_OF = "2026-05-13";
type Saved = (next: Workspace, context: CheckInChangeContext) => void;

function Host({
  initial = dalarna,
  onSaved,
  ...props
}: Omit<CheckInFormProps, "workspace" | "onChange"> & {
  readonly initial?: Workspace;
  readonly onSaved?: Saved | undefined;
}) {
  const { workspace, apply } = useHostedWorkspace(initial, onSaved);
  return <CheckInForm {...props} workspace={workspace} onChange={apply} />;
}

const falun = (storage = memoryStorage(), onSaved?: Saved) => (
  <Host planId="plan-lokal-falun" leadershipId="ls-falun" asOf={AS_OF} draftStorage={storage} onSaved={onSaved} />
);

describe("CheckInForm", () => {
  it("starts each activity from its latest reported status, as a group named by the activity", () => {
    render(falun());
    const team = screen.getByRole("group", { name: "Mindre arbetsgrupper i hemtjänsten" });
    expect(within(team).getByRole("combobox", { name: "Läge" })).toHaveProperty("value", "ongoing");
    expect(within(team).getByRole("textbox", { name: /Andel klar/ })).toHaveProperty("value", "50");
    expect(within(team).getByRole("combobox", { name: "Bedömning" })).toHaveProperty("value", "amber");
    expect(within(team).getByText("Gult – risk för försening", { selector: "span" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Uppföljning och utvärdering" })).toBeTruthy();
    expect(
      screen.getByRole("textbox", { name: "Vilka aktiviteter har genomförts och vilka resultat har uppnåtts?" }),
    ).toBeTruthy();
    expect(screen.getByRole("radio", { name: "5 – helt" })).toBeTruthy();
  });

  it("records the check-in through recordCheckIn and announces it", async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn<Saved>();
    const storage = memoryStorage();
    render(falun(storage, onSaved));
    await user.type(screen.getByRole("textbox", { name: "Lärdomar" }), "Anhöriga vill bli kontaktade tidigt.");
    await user.click(screen.getByRole("radio", { name: "4" }));
    await user.click(screen.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [next, context] = onSaved.mock.calls[0]!;
    const saved = next.checkIns.find((c) => c.id === context.checkInId)!;
    expect(saved.followUp).toEqual({ lessons: "Anhöriga vill bli kontaktade tidigt.", visionRating: 4 });
    expect(saved.activityStatuses.map((s) => s.rag)).toEqual(["green", "amber"]);
    expect(saved.period).toEqual({ from: "2026-03-01", to: "2026-05-31" });
    await waitFor(() => expect(liveRegion()).toMatch(/Avstämningen för .* är sparad/));
    expect([...storage.map.keys()]).toEqual([]);
  });

  it("shows the core's refusal at the field, with a summary, and moves focus there", async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn<Saved>();
    render(falun(memoryStorage(), onSaved));
    const date = screen.getByRole("textbox", { name: "Datum för avstämningen" });
    await user.clear(date);
    await user.type(date, "13 maj");
    await user.click(screen.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(document.activeElement).toBe(date);
    const message = document.getElementById(date.getAttribute("aria-describedby")!.split(" ").at(-1)!)!;
    expect(message.textContent).not.toBe("");
    expect(screen.getByRole("link", { name: /Datum för avstämningen/ })).toBeTruthy();
    expect(liveRegion()).toMatch(/Det gick inte att spara/);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("asks for an assessment of an activity never assessed, at that activity", async () => {
    const user = userEvent.setup();
    render(
      <Host planId="plan-regional-skora-aldre" leadershipId="ls-mora" asOf={AS_OF} draftStorage={memoryStorage()} />,
    );
    await user.click(screen.getByRole("button", { name: "Spara avstämningen" }));
    const lpu = screen.getByRole("group", { name: "Lokal praktikutveckling (LPU) som stöd i omställningen" });
    const rag = within(lpu).getByRole("combobox", { name: "Bedömning" });
    await waitFor(() => expect(rag.getAttribute("aria-invalid")).toBe("true"));
  });

  it("keeps a typed draft when the form is rendered again (a reload) and shows that it is a draft", async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = render(falun(storage));
    await user.type(screen.getByRole("textbox", { name: "Utmaningar" }), "Vikarier");
    expect(storage.map.get(draftKey("ls-falun", "check-in:plan-lokal-falun:followUp.challenges"))).toBe('"Vikarier"');
    first.unmount();
    render(falun(storage));
    expect(screen.getByRole("textbox", { name: "Utmaningar" })).toHaveProperty("value", "Vikarier");
    expect(screen.getByText(/Ett utkast från ett tidigare besök visas/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Släng utkastet" }));
    expect(screen.getByRole("textbox", { name: "Utmaningar" })).toHaveProperty("value", "");
  });

  it("says so when there is no plan (Kalmar), and speaks English", () => {
    render(<Host planId="ingen-plan" leadershipId="ls-falun" asOf={AS_OF} locale="en" />);
    expect(screen.getByText(/There is no action plan to check in on here yet/)).toBeTruthy();
  });
});
