// @vitest-environment jsdom
import {
  checkMeetingCompliance,
  formatStockholmInstant,
  getMeetingQuorum,
  verifyLog,
} from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MeetingPage, type MeetingPageProps } from "../../../packages/react/src/meetings/meeting-page.js";
import type { MeetingChangeContext } from "../../../packages/react/src/meetings/use-meeting-page.js";
import {
  longTitlesSample,
  meetingsSample,
  MEETINGS_AS_OF,
  MEETINGS_NOW,
  SAMPLE_MEETINGS,
  withMeeting,
} from "../../fixtures/meeting-views.js";
import { liveRegion } from "../../fixtures/live-region.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const sample = meetingsSample();
type Change = (next: Workspace, context: MeetingChangeContext) => void;

/** A host that keeps the workspace in state and passes each new one back, as an intranet page does with its store. */
function Host({
  initial,
  onChange,
  ...props
}: Omit<MeetingPageProps, "workspace" | "onWorkspaceChange" | "onChange"> & {
  readonly initial: Workspace;
  readonly onChange: Change;
}) {
  const [workspace, setWorkspace] = useState(initial);
  return (
    <MeetingPage
      {...props}
      workspace={workspace}
      onWorkspaceChange={(next, context) => {
        setWorkspace(next);
        onChange(next, context);
      }}
    />
  );
}

function renderPage(meetingId: string, options: { workspace?: Workspace; now?: Date; locale?: "sv" | "en" } = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn<Change>();
  const view = render(
    <Host
      initial={options.workspace ?? sample}
      meetingId={meetingId}
      asOf={MEETINGS_AS_OF}
      now={() => options.now ?? MEETINGS_NOW}
      onChange={onChange}
      {...(options.locale === undefined ? {} : { locale: options.locale })}
    />,
  );
  return { user, onChange, ...view };
}

const verdict = () => document.querySelector(".sl-meetings-quorum-verdict")!.textContent;
const status = liveRegion;
const badge = () => document.querySelector(".sl-meetings-header .sl-meetings-badge")!.textContent;
const lastWorkspace = (onChange: ReturnType<typeof vi.fn<Change>>) => onChange.mock.calls.at(-1)![0];
const meetingIn = (ws: Workspace, id: string) => ws.meetings.find((m) => m.id === id)!;

describe("MeetingPage: header and compliance", () => {
  it("is an article named by the meeting, with its forum, day, time, mode, place and status", () => {
    renderPage(SAMPLE_MEETINGS.notQuorate);
    const article = screen.getByRole("article", { name: "Möte torsdag 12 mars 2026" });
    expect(within(article).getByRole("heading", { level: 2, name: "Möte torsdag 12 mars 2026" })).toBeTruthy();
    const meta = article.querySelector(".sl-meetings-meta")!;
    expect(meta.textContent).toBe(
      "Status: Genomförttorsdag 12 mars 2026 13:00–15:30Fysiskt mötepLudvika kommunhus".replace("p", ""),
    );
    expect([...meta.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      "2026-03-12",
      "2026-03-12T13:00:00+01:00",
      "2026-03-12T15:30:00+01:00",
    ]);
    expect(screen.getByText("Systemledning Västerbergslagen")).toBeTruthy();
  });

  it("shows the lifecycle as steps with the current one marked for assistive technology", () => {
    renderPage(SAMPLE_MEETINGS.inReview);
    const steps = within(screen.getByRole("list", { name: "Mötets gång" })).getAllByRole("listitem");
    expect(steps.map((step) => step.getAttribute("data-sl-step"))).toEqual([
      "done",
      "done",
      "done",
      "current",
      "upcoming",
    ]);
    expect(steps[3]!.getAttribute("aria-current")).toBe("step");
    expect(steps[3]!.textContent).toBe("4Nu: Anteckningar på justering20 april 2026");
  });

  it("lists the meeting's own findings from the core, each with its severity in words", () => {
    renderPage(SAMPLE_MEETINGS.inReview);
    const section = screen.getByRole("region", { name: "Enligt mötesreglerna" });
    const { findings } = checkMeetingCompliance(sample, SAMPLE_MEETINGS.inReview, { asOf: MEETINGS_AS_OF });
    expect(
      within(section)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(findings.map((f) => `Bör ses över ${f.message.sv}`));
  });

  it("says there are no deviations, with the ok shape, when the core finds none", () => {
    renderPage(SAMPLE_MEETINGS.planned);
    const none = within(screen.getByRole("region", { name: "Enligt mötesreglerna" })).getByText(
      "Inga avvikelser från mötesreglerna",
    );
    expect(none.getAttribute("data-status")).toBe("ok");
  });

  it("shows an alert instead of the page for an unknown meeting", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderPage("mt-unknown");
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
  });
});

describe("MeetingPage: attendance and quorum", () => {
  it("has a checkbox per member on the day, grouped by organisation, substitutes named for whom they stand in", () => {
    renderPage(SAMPLE_MEETINGS.notQuorate);
    const region = screen.getByRole("group", { name: "Region Dalarna" });
    const boxes = within(region).getAllByRole("checkbox");
    expect(boxes.map((box) => box.closest("li")!.querySelector("label")!.textContent)).toEqual([
      "Ann-Sofi Grönvall med mandat",
      "Helena Holmgren ersättare för Ann-Sofi Grönvall",
      "Hedvig Hägglund med mandat",
      "Moa Berg ersättare för Hedvig Hägglund",
      "Jakob Unger med mandat",
      "Hanna Westman ersättare för Jakob Unger",
    ]);
    // As recorded: nobody from the region took part.
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(
      screen
        .getAllByRole("group")
        .map((group) => group.querySelector("legend")?.textContent)
        .slice(0, 3),
    ).toEqual(["Ludvika kommun", "Smedjebackens kommun", "Region Dalarna"]);
  });

  it("works the quorum out as boxes are ticked, says why, and announces each change politely", async () => {
    const { user } = renderPage(SAMPLE_MEETINGS.notQuorate);
    expect(verdict()).toBe("Inte beslutsfört");
    expect(screen.getByText("Region Dalarna saknar företrädare med mandat.")).toBeTruthy();

    await user.click(screen.getByRole("checkbox", { name: "Ann-Sofi Grönvall med mandat" }));
    expect(verdict()).toBe("Beslutsfört");
    expect(screen.getByText("Alla huvudmän är företrädda av någon med mandat.")).toBeTruthy();
    expect(status()).toBe(
      "Beslutsfört. Tillräckligt många med mandat: 6 av 8 deltar, minst 5 krävs. Alla huvudmän är företrädda av någon med mandat.",
    );
    // Nothing is saved while ticking.
    expect(screen.getByText("Det finns osparade ändringar.")).toBeTruthy();

    await user.click(screen.getByRole("checkbox", { name: "Ann-Sofi Grönvall med mandat" }));
    expect(verdict()).toBe("Inte beslutsfört");
    expect(status()).toBe("Inte beslutsfört. Region Dalarna saknar företrädare med mandat.");
    // Back as recorded: nothing left to save.
    expect(screen.queryByText("Det finns osparade ändringar.")).toBeNull();
  });

  it("counts a ticked substitute for their absent member, and saves the attendance through the core", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.notQuorate);
    await user.click(screen.getByRole("checkbox", { name: "Helena Holmgren ersättare för Ann-Sofi Grönvall" }));
    expect(
      screen.getByRole("checkbox", { name: "Helena Holmgren ersättare för Ann-Sofi Grönvall, tjänstgör" }),
    ).toBeTruthy();
    expect(verdict()).toBe("Beslutsfört");
    expect(screen.getByText(/1 genom ersättare/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Spara närvaron" }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const [next, context] = onChange.mock.calls[0]!;
    expect(context).toEqual({ command: "updateMeeting", meetingId: SAMPLE_MEETINGS.notQuorate });
    const saved = meetingIn(next, SAMPLE_MEETINGS.notQuorate).attendance.find(
      (a) => a.membershipId === "m:f-vasterbergslagen:p-rd-psyk",
    );
    expect(saved).toEqual({
      membershipId: "m:f-vasterbergslagen:p-rd-psyk",
      status: "represented",
      substituteMembershipId: "m:f-vasterbergslagen:p-rd-geri",
    });
    expect(getMeetingQuorum(next, SAMPLE_MEETINGS.notQuorate).quorate).toBe(true);
    expect(status()).toBe("Närvaron är sparad.");
    expect(screen.queryByText("Det finns osparade ändringar.")).toBeNull();
    // The no-quorum finding is gone once the host passes the saved workspace back.
    expect(
      within(screen.getByRole("region", { name: "Enligt mötesreglerna" })).queryByText(/inte beslutsfört/),
    ).toBeNull();
  });

  it("records a substitute who attends beside a present member as present without standing in", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.held);
    await user.click(screen.getByRole("checkbox", { name: "Frida Kvist ersättare för Ingrid Westman" }));
    expect(
      screen.getByRole("checkbox", {
        name: "Frida Kvist ersättare för Ingrid Westman, närvarande utan att tjänstgöra",
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Spara närvaron" }));
    const attendance = meetingIn(lastWorkspace(onChange), SAMPLE_MEETINGS.held).attendance;
    expect(attendance.find((a) => a.membershipId === "m:f-vasterbergslagen:p-ludvika-ifo")).toEqual({
      membershipId: "m:f-vasterbergslagen:p-ludvika-ifo",
      status: "present",
    });
    expect(attendance.find((a) => a.membershipId === "m:f-vasterbergslagen:p-ludvika-soc")?.status).toBe("present");
  });

  it("says attendance is not recorded until a box is ticked", async () => {
    const { user } = renderPage(SAMPLE_MEETINGS.noticeSent);
    expect(verdict()).toBe("Närvaron är inte registrerad");
    await user.click(screen.getAllByRole("checkbox")[0]!);
    expect(verdict()).toBe("Inte beslutsfört");
  });
});

describe("MeetingPage: lifecycle", () => {
  it("records the notice at the clock's time and moves the focus to the confirmation", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.planned);
    await user.click(screen.getByRole("button", { name: "Registrera att kallelsen är skickad" }));
    const [next, context] = onChange.mock.calls[0]!;
    expect(context.command).toBe("sendMeetingNotice");
    expect(meetingIn(next, SAMPLE_MEETINGS.planned)).toMatchObject({
      status: "notice-sent",
      noticeSentAt: formatStockholmInstant(MEETINGS_NOW.getTime()),
    });
    expect(badge()).toBe("Kallelse skickad");
    expect(document.activeElement?.textContent).toBe("Kallelsen är registrerad som skickad.");
  });

  it("marks the meeting held in the mode chosen", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.noticeSent, { now: new Date("2026-05-21T16:00:00+02:00") });
    await user.click(screen.getByRole("radio", { name: "Hybridmöte" }));
    await user.click(screen.getByRole("button", { name: "Markera som genomfört" }));
    expect(onChange.mock.calls.map(([, context]) => context.command)).toEqual(["markMeetingHeld"]);
    expect(meetingIn(lastWorkspace(onChange), SAMPLE_MEETINGS.noticeSent)).toMatchObject({
      status: "held",
      mode: "hybrid",
    });
    expect(badge()).toBe("Genomfört");
  });

  it("sends the notes for review, saving the notes typed first, so what is sent is what the secretary sees", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.held);
    const notes = screen.getByRole("textbox", { name: "Anteckningar" });
    await user.clear(notes);
    await user.type(notes, "Dialog om behoven. Nästa steg: gemensam kartläggning.");
    expect(screen.getByText("Osparade ändringar i närvaro och anteckningar sparas först.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Skicka anteckningarna på justering" }));
    expect(onChange.mock.calls.map(([, context]) => context.command)).toEqual(["updateMeeting", "sendNotesForReview"]);
    const sent = meetingIn(lastWorkspace(onChange), SAMPLE_MEETINGS.held);
    expect(sent.status).toBe("notes-in-review");
    expect(sent.agenda[0]!.notes).toBe("Dialog om behoven. Nästa steg: gemensam kartläggning.");
    expect(badge()).toBe("Anteckningar på justering");
    expect(document.activeElement?.textContent).toBe("Anteckningarna är skickade på justering.");
  });

  it("records adjustments while the notes are in review, keeping the status", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.inReview);
    expect(screen.getByText(/Under justeringen för du in ledamöternas synpunkter/)).toBeTruthy();
    const decision = screen.getByRole("textbox", { name: "Beslut" });
    expect(decision).toHaveProperty("value", "Ledningsgruppen ställer sig bakom den gemensamma rutinen för SIP.");
    await user.type(decision, " Rutinen gäller från 1 juni.");
    await user.type(screen.getByRole("textbox", { name: "Diarienummer (valfritt)" }), "KS 2026/201");
    await user.click(screen.getByRole("button", { name: "Spara justeringarna" }));
    const [next, context] = onChange.mock.calls[0]!;
    expect(context.command).toBe("updateMeeting");
    const meeting = meetingIn(next, SAMPLE_MEETINGS.inReview);
    expect(meeting.status).toBe("notes-in-review");
    expect(meeting.agenda[0]!.decision).toEqual({
      text: "Ledningsgruppen ställer sig bakom den gemensamma rutinen för SIP. Rutinen gäller från 1 juni.",
      diarienummer: "KS 2026/201",
      activityIds: [],
    });
    expect(status()).toBe("Justeringarna är sparade.");
  });

  it("approves asynchronously: shows progress, ignores a second press, then hands over a verified log", async () => {
    const { onChange } = renderPage(SAMPLE_MEETINGS.inReview);
    const button = screen.getByRole("button", { name: "Justera anteckningarna" });
    // Two presses in the same moment: the second must not approve again.
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(button.textContent).toBe("Justerar anteckningarna …");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(status()).toBe("Justerar anteckningarna …");
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.calls.map(([, context]) => context.command)).toEqual(["approveMeetingNotes"]);
    const next = lastWorkspace(onChange);
    expect(meetingIn(next, SAMPLE_MEETINGS.inReview).status).toBe("approved");
    expect(next.decisionLog.length).toBe(sample.decisionLog.length + 2);
    expect((await verifyLog(next.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    await waitFor(() => expect(badge()).toBe("Justerat"));
    expect(document.activeElement?.textContent).toBe("Anteckningarna är justerade och inskrivna i beslutsloggen.");
  });

  it("cancels with a reason, asking for one first", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.planned);
    const open = screen.getByRole("button", { name: "Ställ in mötet …" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    await user.click(open);
    await user.click(screen.getByRole("button", { name: "Ställ in mötet" }));
    expect(onChange).not.toHaveBeenCalled();
    const field = screen.getByRole("textbox", { name: "Varför ställs mötet in?" });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(
      field
        .getAttribute("aria-describedby")
        ?.split(" ")
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual([
      "Skälet står i kalendern och i uppföljningen, till exempel ”För få anmälda ärenden”.",
      "Skriv varför mötet ställs in.",
    ]);
    expect(document.activeElement?.classList.contains("sl-error-summary")).toBe(true);
    await user.click(
      within(document.activeElement as HTMLElement).getByRole("link", { name: "Skriv varför mötet ställs in." }),
    );
    expect(document.activeElement).toBe(field);

    await user.type(field, "Krockar med Systemledningsdagen.");
    await user.click(screen.getByRole("button", { name: "Ställ in mötet" }));
    const cancelled = meetingIn(lastWorkspace(onChange), SAMPLE_MEETINGS.planned);
    expect(cancelled).toMatchObject({ status: "cancelled", cancellationReason: "Krockar med Systemledningsdagen." });
    expect(badge()).toBe("Inställt");
    expect(screen.getByText("Krockar med Systemledningsdagen.")).toBeTruthy();
  });
});

describe("MeetingPage: refusals", () => {
  it("shows the core's reason in an alert when a command is refused, and changes nothing", async () => {
    // On 12 June the planned 11 June meeting has begun: a notice after the start is refused.
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.planned, { now: new Date("2026-06-12T09:00:00+02:00") });
    await user.click(screen.getByRole("button", { name: "Registrera att kallelsen är skickad" }));
    const alert = screen.getByRole("alert");
    expect(
      within(alert).getByText(
        'Mötet är "planerat" och kan inte bli "kallelse skickad". Kallelsen måste skickas före mötet.',
      ),
    ).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    expect(badge()).toBe("Planerat");
    await user.click(within(alert).getByRole("button", { name: "Dölj meddelandet" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("gives the refusal in English in an English widget", async () => {
    const { user } = renderPage(SAMPLE_MEETINGS.planned, { now: new Date("2026-06-12T09:00:00+02:00"), locale: "en" });
    await user.click(screen.getByRole("button", { name: "Record that the notice was sent" }));
    expect(
      within(screen.getByRole("alert")).getByText(
        'The meeting is "planned" and cannot become "notice-sent". The notice must go out before the meeting.',
      ),
    ).toBeTruthy();
  });

  it("keeps what was typed when the core refuses to save it", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.inReview);
    const tooLong = "x".repeat(10_001);
    const number = screen.getByRole("textbox", { name: "Diarienummer (valfritt)" });
    fireEvent.change(number, { target: { value: tooLong } });
    await user.type(screen.getByRole("textbox", { name: "Anteckningar" }), " Tillägg.");
    await user.click(screen.getByRole("button", { name: "Spara justeringarna" }));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("För lång: högst 10000 tecken.");
    expect(alert.textContent).toContain("Det du har skrivit finns kvar.");
    expect(onChange).not.toHaveBeenCalled();
    expect(number).toHaveProperty("value", tooLong);
    expect(screen.getByRole("textbox", { name: "Anteckningar" })).toHaveProperty(
      "value",
      "Förslag till gemensam rutin för SIP. Tillägg.",
    );
  });

  it("refuses to approve notes before they were sent, with the core's hint", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.inReview, { now: new Date("2026-04-15T09:00:00+02:00") });
    await user.click(screen.getByRole("button", { name: "Justera anteckningarna" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringContaining("Justering sker efter att anteckningarna skickats."),
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Justera anteckningarna" }).getAttribute("aria-disabled")).toBeNull();
  });
});

describe("MeetingPage: approved minutes and corrections", () => {
  it("shows approved notes read-only, from the log, with no field to edit", () => {
    renderPage(SAMPLE_MEETINGS.approved);
    const minutes = screen.getByRole("region", { name: "Justerade anteckningar" });
    expect(within(minutes).queryAllByRole("textbox")).toHaveLength(0);
    expect(within(minutes).queryAllByRole("checkbox")).toHaveLength(0);
    expect(
      within(minutes).getByText(
        "Förslag till lokal handlingsplan kopplad till det regionala fokusområdet sköra äldre.",
      ),
    ).toBeTruthy();
    expect(within(minutes).getByText("Ledningsgruppen fastställer den lokala handlingsplanen för 2026.")).toBeTruthy();
    expect(within(minutes).getByText(/Diarienummer KS 2026\/112/)).toBeTruthy();
    expect(within(minutes).getByText("Ann-Sofi Grönvall, Region Dalarna").parentElement!.textContent).toBe(
      "Ann-Sofi Grönvall, Region Dalarna genom Helena Holmgren",
    );
    expect(screen.queryByRole("button", { name: /Spara/ })).toBeNull();
  });

  it("lists the sample's correction as a correction, and shows the decision as corrected", () => {
    renderPage(SAMPLE_MEETINGS.corrected);
    const minutes = screen.getByRole("region", { name: "Justerade anteckningar" });
    const corrections = within(minutes).getByRole("heading", { name: "Rättelser" }).nextElementSibling!;
    expect(
      within(corrections as HTMLElement)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Post log-7 rättar post log-5 10 april 2025Rättar beslutet under ärendet ”Lokal Praktikutveckling (LPU) som stöd i omställningsarbetet”.Skäl: Fel diarienummer angavs vid justeringen; rätt nummer är RSS 2025/17.",
    ]);
    expect(within(minutes).getByText(/Diarienummer RSS 2025\/17/)).toBeTruthy();
    expect(within(minutes).queryByText(/RSS 2025\/16/)).toBeNull();
    expect(within(minutes).getAllByText("Rättat")).toHaveLength(1);
  });

  it("corrects a decision by a new log entry, asking why first", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.approved);
    await user.click(screen.getByRole("button", { name: "Rätta beslutet: Lokal handlingsplan 2026" }));
    const form = screen.getByRole("group", { name: "Rätta beslutet" });
    await user.click(within(form).getByRole("button", { name: "Spara rättelsen" }));
    expect(within(form).getByText("Det finns ett fel att rätta")).toBeTruthy();
    const reason = within(form).getByRole("textbox", { name: "Varför rättas det?" });
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(onChange).not.toHaveBeenCalled();

    await user.type(reason, "Fel diarienummer.");
    const number = within(form).getByRole("textbox", { name: "Diarienummer (valfritt)" });
    await user.clear(number);
    await user.type(number, "KS 2026/113");
    await user.click(within(form).getByRole("button", { name: "Spara rättelsen" }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const [next, context] = onChange.mock.calls[0]!;
    expect(context.command).toBe("correctLogEntry");
    const entry = next.decisionLog.at(-1)!;
    expect(entry).toMatchObject({
      kind: "correction",
      meetingId: SAMPLE_MEETINGS.approved,
      reason: "Fel diarienummer.",
      decision: { diarienummer: "KS 2026/113" },
    });
    expect(next.decisionLog.slice(0, -1)).toEqual(sample.decisionLog);
    expect((await verifyLog(next.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    await waitFor(() => expect(screen.getByText(/Diarienummer KS 2026\/113/)).toBeTruthy());
    expect(document.activeElement?.textContent).toBe("Rättelsen är sparad som en ny post i beslutsloggen.");
    expect(
      screen.getByText(`Post ${entry.id} rättar post ${entry.kind === "correction" ? entry.correctsId : ""}`),
    ).toBeTruthy();
  });

  it("corrects the notes by a new entry holding every item's notes", async () => {
    const { user, onChange } = renderPage(SAMPLE_MEETINGS.approved);
    await user.click(screen.getByRole("button", { name: "Rätta anteckningarna" }));
    const form = screen.getByRole("group", { name: "Rätta anteckningarna" });
    await user.type(within(form).getByRole("textbox", { name: "Varför rättas det?" }), "Ett stavfel.");
    const second = within(form).getByRole("textbox", { name: "Anteckningar, ärende 2: Samverkan kring barn och unga" });
    await user.type(second, " Uppföljning i juni.");
    await user.click(within(form).getByRole("button", { name: "Spara rättelsen" }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const entry = onChange.mock.calls[0]![0].decisionLog.at(-1)!;
    expect(entry.kind).toBe("correction");
    if (entry.kind !== "correction") return;
    expect(entry.notes?.items.map((item) => item.notes)).toEqual([
      "Förslag till lokal handlingsplan kopplad till det regionala fokusområdet sköra äldre.",
      "Dialog om gemensamma insatser för barn och unga med psykisk ohälsa. Uppföljning i juni.",
    ]);
    await waitFor(() =>
      expect(
        screen.getByText("Dialog om gemensamma insatser för barn och unga med psykisk ohälsa. Uppföljning i juni."),
      ).toBeTruthy(),
    );
  });
});

describe("MeetingPage: text and links", () => {
  it("renders hostile text as text, links only what passes the allow-list, and wraps nothing as markup", () => {
    const { container } = renderPage(SAMPLE_MEETINGS.held, { workspace: longTitlesSample() });
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(screen.getByRole("link", { name: "Underlag (PDF)" }).getAttribute("href")).toBe(
      "https://www.regiondalarna.se/underlag.pdf",
    );
    expect(screen.getByRole("link", { name: "Relativ länk" }).getAttribute("href")).toBe("/dokument/bilaga-2.pdf");
    expect(screen.queryByRole("link", { name: "Skadlig länk" })).toBeNull();
    expect(screen.getByText("Skadlig länk")).toBeTruthy();
  });

  it("labels each agenda item by its kind, as the annual report writes them", () => {
    renderPage(SAMPLE_MEETINGS.held, { workspace: longTitlesSample() });
    const agenda = screen.getByRole("region", { name: "Dagordning" });
    expect([...agenda.querySelectorAll(".sl-meetings-item .sl-meetings-kind")].map((kind) => kind.textContent)).toEqual(
      ["Dialog", "Beslut", "Rapport"],
    );
    expect(within(agenda).getByText("3 ärenden: Dialog (1), Beslut (1), Rapport (1).")).toBeTruthy();
  });

  it("marks the meeting's Swedish text with its language in an English widget", () => {
    renderPage(SAMPLE_MEETINGS.notQuorate, { locale: "en" });
    expect(screen.getByRole("heading", { level: 2, name: "Meeting on Thursday, 12 March 2026" })).toBeTruthy();
    expect(screen.getByText("Finsam Västerbergslagen: pågående insatser").getAttribute("lang")).toBe("sv");
    expect(verdict()).toBe("Not quorate");
    expect(screen.getByText("Region Dalarna has nobody with mandate here.")).toBeTruthy();
  });
});

describe("MeetingPage: nothing leaves the page", () => {
  it("stores, fetches and sets cookies for nothing while a meeting is taken from notes to approval", async () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const getItem = vi.spyOn(Storage.prototype, "getItem");
    const fetchSpy = vi.fn();
    vi.stubGlobal("fetch", fetchSpy);
    const cookie = vi.spyOn(document, "cookie", "set");
    try {
      const { user, onChange } = renderPage(SAMPLE_MEETINGS.held);
      await user.click(screen.getByRole("checkbox", { name: "Frida Kvist ersättare för Ingrid Westman" }));
      await user.click(screen.getByRole("button", { name: "Skicka anteckningarna på justering" }));
      await user.click(screen.getByRole("button", { name: "Justera anteckningarna" }));
      await waitFor(() => expect(badge()).toBe("Justerat"));
      expect(onChange.mock.calls.map(([, context]) => context.command)).toEqual([
        "updateMeeting",
        "sendNotesForReview",
        "approveMeetingNotes",
      ]);
      expect([setItem, getItem, fetchSpy, cookie].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("MeetingPage: another meeting", () => {
  it("forgets what was typed for one meeting when another is shown", async () => {
    const user = userEvent.setup();
    const ws = withMeeting(sample, SAMPLE_MEETINGS.held, (m) => m);
    const { rerender } = render(
      <MeetingPage
        workspace={ws}
        meetingId={SAMPLE_MEETINGS.held}
        asOf={MEETINGS_AS_OF}
        onWorkspaceChange={() => undefined}
      />,
    );
    await user.type(screen.getByRole("textbox", { name: "Anteckningar" }), " Utkast.");
    rerender(
      <MeetingPage
        workspace={ws}
        meetingId={SAMPLE_MEETINGS.notQuorate}
        asOf={MEETINGS_AS_OF}
        onWorkspaceChange={() => undefined}
      />,
    );
    expect(screen.getByRole("textbox", { name: "Anteckningar" })).toHaveProperty(
      "value",
      "Information om Finsams insatser för unga vuxna.",
    );
  });
});
