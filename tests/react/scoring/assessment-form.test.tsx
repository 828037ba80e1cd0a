// @vitest-environment jsdom
import {
  replaceAssessmentResponse,
  safeParseAssessmentResponse,
  submitAssessmentResponse,
} from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AssessmentForm, type AssessmentFormProps } from "../../../packages/react/src/scoring/assessment-form.js";
import { dalarna2025 } from "../../fixtures/scoring-rounds.js";

beforeAll(() => {
  // user-event's arrow keys in a radio group find the group with CSS.escape, which jsdom lacks. Names
  // here are ids (letters, digits, hyphens): escaping quotes and backslashes is all a quoted selector needs.
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

const fixture = dalarna2025();
const { workspace, instrument, goals } = fixture;
const roundId = fixture.result.roundId;
const round = workspace.assessmentRounds.find((r) => r.id === roundId)!;
const NOW = new Date("2025-10-14T09:30:00+02:00");
/** A leadership asked in the round that has not answered, so a new response is accepted. */
const unanswered = fixture.result.leaderships.find((l) => !l.responded)!;
/** A leadership that answered without a grouping: a second answer from it is a duplicate. */
const falunResponse = workspace.assessmentResponses.find((r) => r.roundId === roundId && r.grouping === undefined)!;
const falunName = workspace.leaderships.find((l) => l.id === falunResponse.leadershipId)!.name;

/** "Delmål 1 – Nära för mig" for each statement, in the instrument's order. */
const titles = instrument.items.map((item) => {
  const index = goals.findIndex((goal) => goal.id === item.goalId);
  return `Delmål ${index + 1} – ${goals[index]!.name.sv}`;
});
/** "3 Stämmer ganska bra": the radio's label. */
const radioLabel = (value: number) => `${value} ${instrument.scale.steps.find((s) => s.value === value)!.label.sv}`;
/** "3 – Stämmer ganska bra": the answer in the review. */
const reviewAnswer = (value: number) => `${value} – ${instrument.scale.steps.find((s) => s.value === value)!.label.sv}`;

function renderForm(props: Partial<AssessmentFormProps> = {}) {
  const user = userEvent.setup();
  const onSubmit = vi.fn<NonNullable<AssessmentFormProps["onSubmit"]>>();
  const view = render(
    <AssessmentForm
      workspace={workspace}
      roundId={roundId}
      leadershipId={unanswered.leadershipId}
      onSubmit={onSubmit}
      now={() => NOW}
      {...props}
    />,
  );
  return { user, onSubmit, ...view };
}

const groups = () => screen.getAllByRole("radiogroup");
/** The texts an element's aria-describedby points to, joined. */
const description = (element: Element) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter((id) => id !== "")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

async function answerAll(user: ReturnType<typeof userEvent.setup>, values: readonly number[]) {
  for (const [index, group] of groups().entries())
    await user.click(within(group).getByRole("radio", { name: radioLabel(values[index]!) }));
}

describe("AssessmentForm", () => {
  it("asks one radio group per statement, named by its number and title and described by its statement", () => {
    renderForm();
    expect(screen.getByRole("heading", { level: 2, name: round.title })).toBeTruthy();
    const all = groups();
    expect(all).toHaveLength(instrument.items.length);
    all.forEach((group, index) => {
      expect(
        screen.getByRole("radiogroup", {
          name: `Påstående ${index + 1} av ${instrument.items.length} ${titles[index]}`,
        }),
      ).toBe(group);
      expect(description(group)).toContain(instrument.items[index]!.statement.sv);
      expect(
        within(group)
          .getAllByRole("radio")
          .map((radio) => radio.getAttribute("value")),
      ).toEqual(instrument.scale.steps.map((step) => String(step.value)));
      expect(within(group).getByRole("radio", { name: radioLabel(3) })).toBeTruthy();
      expect(within(group).getByRole("textbox", { name: "Kommentar (valfritt)" })).toBeTruthy();
    });
    expect(screen.getByText(`0 av ${instrument.items.length} påståenden besvarade`)).toBeTruthy();
  });

  it("is filled in, reviewed and sent with the keyboard alone", async () => {
    const { user, onSubmit } = renderForm();
    const chosen = [3, 2, 4, 1, 5];
    // From the first radio of an unanswered group: arrows check the next or previous radio, Space the focused one.
    const keys = ["{ArrowRight}{ArrowRight}", "{ArrowRight}", "{ArrowDown}{ArrowDown}{ArrowDown}", " ", "{ArrowLeft}"];
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /Gruppering/ }));
    for (const [index, group] of groups().entries()) {
      await user.tab();
      expect(document.activeElement).toBe(within(group).getAllByRole("radio")[0]);
      await user.keyboard(keys[index]!);
      expect(document.activeElement).toBe(within(group).getByRole("radio", { name: radioLabel(chosen[index]!) }));
      expect(within(group).getByRole<HTMLInputElement>("radio", { name: radioLabel(chosen[index]!) }).checked).toBe(
        true,
      );
      await user.tab();
      expect(document.activeElement).toBe(within(group).getByRole("textbox", { name: "Kommentar (valfritt)" }));
      if (index === 0) await user.keyboard("Vi har börjat med gemensamma hembesök.");
    }
    expect(screen.getByText(`${chosen.length} av ${instrument.items.length} påståenden besvarade`)).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Granska svaren" }));
    await user.keyboard("{Enter}");

    const reviewHeading = screen.getByRole("heading", { name: "Granska innan du skickar" });
    expect(document.activeElement).toBe(reviewHeading);
    const terms = screen.getAllByRole("term");
    expect(terms.map((term) => term.textContent)).toEqual([
      "Vem svarar",
      ...titles.map((title, index) => `${index + 1}. ${title}`),
    ]);
    const list = terms[0]!.closest("dl")!;
    const definitions = within(list).getAllByRole("definition");
    chosen.forEach((value, index) =>
      expect(within(definitions[index + 1]!).getByText(reviewAnswer(value))).toBeTruthy(),
    );
    expect(within(list).getByText("Vi har börjat med gemensamma hembesök.")).toBeTruthy();
    expect(within(list).getByText(unanswered.name)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Ändra svaret på påstående 2" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [response, context] = onSubmit.mock.calls[0]!;
    expect(context).toEqual({ replaces: null });
    expect(response.roundId).toBe(roundId);
    expect(response.leadershipId).toBe(unanswered.leadershipId);
    expect(response.grouping).toBeUndefined();
    expect(response.answers).toEqual(
      Object.fromEntries(instrument.items.map((item, index) => [item.id, chosen[index]])),
    );
    expect(response.freeTexts).toEqual({ [instrument.items[0]!.id]: "Vi har börjat med gemensamma hembesök." });
    expect(response.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(response.submittedAt)).toBe(NOW.getTime());
    expect(submitAssessmentResponse(workspace, response).ok).toBe(true);

    const done = screen.getByRole("heading", { name: "Svaren är skickade. Tack!" });
    expect(document.activeElement).toBe(done);
    expect(screen.getByRole("status").textContent).toBe("Svaren är skickade. Tack!");
  });

  it("goes back from the review to the statement to change, focused on its first radio, with the answers kept", async () => {
    const { user, onSubmit } = renderForm();
    const chosen = [3, 3, 2, 4, 3];
    await answerAll(user, chosen);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Ändra svaret på påstående 4" }));
    const fourth = groups()[3]!;
    expect(document.activeElement).toBe(within(fourth).getAllByRole("radio")[0]);
    expect(within(fourth).getByRole<HTMLInputElement>("radio", { name: radioLabel(4) }).checked).toBe(true);
    await user.click(within(fourth).getByRole("radio", { name: radioLabel(5) }));
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit.mock.calls[0]![0].answers[instrument.items[3]!.id]).toBe(5);
  });

  it("returns from the review to the questions with 'Tillbaka till frågorna'", async () => {
    const { user } = renderForm();
    await answerAll(user, [1, 2, 3, 4, 5]);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Tillbaka till frågorna" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: round.title }));
    expect(groups()).toHaveLength(instrument.items.length);
  });

  it("refuses a second response from a leadership that already answered, with the core's message at the grouping", async () => {
    const { user, onSubmit } = renderForm({ leadershipId: falunResponse.leadershipId });
    const expected = safeParseAssessmentResponse(workspace, { ...falunResponse, id: "ett-nytt-svar" });
    expect(expected.ok).toBe(false);
    const message = expected.ok
      ? ""
      : expected.error.issues.find((issue) => issue.pathSegments[0] === "grouping")!.message.sv;

    await answerAll(user, [3, 3, 3, 3, 3]);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { name: "Det finns 1 fel att rätta" })).toBeTruthy();
    expect(screen.getByRole("link", { name: message })).toBeTruthy();
    const grouping = screen.getByRole("textbox", { name: /Gruppering/ });
    expect(grouping.getAttribute("aria-invalid")).toBe("true");
    expect(description(grouping)).toContain(message);
    expect(screen.getByRole("status").textContent).toBe(`Det finns 1 fel att rätta. ${message}`);

    // Naming the grouping that answers makes it a response of its own.
    await user.type(grouping, "Norra");
    expect(screen.queryByRole("heading", { name: /fel att rätta/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(screen.getByText(`${falunName}, Norra`)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ leadershipId: falunResponse.leadershipId, grouping: "Norra" });
    expect(submitAssessmentResponse(workspace, onSubmit.mock.calls[0]![0]).ok).toBe(true);
  });

  it("corrects a response: starts from its answers, keeps its id and passes replaces", async () => {
    const { user, onSubmit } = renderForm({ leadershipId: undefined, response: falunResponse });
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByText(falunName)).toBeTruthy();
    for (const [index, item] of instrument.items.entries()) {
      const answer = falunResponse.answers[item.id] as number;
      expect(within(groups()[index]!).getByRole<HTMLInputElement>("radio", { name: radioLabel(answer) }).checked).toBe(
        true,
      );
      expect(
        within(groups()[index]!).getByRole<HTMLTextAreaElement>("textbox", { name: "Kommentar (valfritt)" }).value,
      ).toBe(falunResponse.freeTexts[item.id] ?? "");
    }
    const first = instrument.items[0]!;
    const changedTo = (falunResponse.answers[first.id] as number) === 5 ? 4 : 5;
    await user.click(within(groups()[0]!).getByRole("radio", { name: radioLabel(changedTo) }));
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [response, context] = onSubmit.mock.calls[0]!;
    expect(context).toEqual({ replaces: falunResponse.id });
    expect(response.id).toBe(falunResponse.id);
    expect(response.leadershipId).toBe(falunResponse.leadershipId);
    expect(response.answers).toEqual({ ...falunResponse.answers, [first.id]: changedTo });
    expect(response.freeTexts).toEqual(falunResponse.freeTexts);
    expect(replaceAssessmentResponse(workspace, response).ok).toBe(true);
  });

  it("uses the host's response id when given", async () => {
    const createResponseId = vi.fn(({ leadershipId }: { readonly leadershipId: string }) => `svar-${leadershipId}-1`);
    const { user, onSubmit } = renderForm({ createResponseId });
    await answerAll(user, [2, 2, 2, 2, 2]);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit.mock.calls[0]![0].id).toBe(`svar-${unanswered.leadershipId}-1`);
    expect(createResponseId).toHaveBeenCalledWith({ roundId, leadershipId: unanswered.leadershipId, grouping: "" });
  });

  it("renders a comment with markup as text in the review", async () => {
    const { user, container } = renderForm();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await answerAll(user, [3, 3, 3, 3, 3]);
    await user.click(within(groups()[1]!).getByRole("textbox", { name: "Kommentar (valfritt)" }));
    await user.paste(hostile);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector("img, script")).toBeNull();
  });

  it("writes its texts in English with locale='en'", async () => {
    const { user } = renderForm({ locale: "en" });
    const first = instrument.items[0]!;
    const goal = goals.find((g) => g.id === first.goalId)!;
    expect(
      screen.getByRole("radiogroup", {
        name: `Statement 1 of ${instrument.items.length} Goal 1 – ${goal.name.en ?? goal.name.sv}`,
      }),
    ).toBeTruthy();
    expect(within(groups()[0]!).getByRole("radio", { name: `3 ${instrument.scale.steps[2]!.label.en}` })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Review the answers" }));
    expect(screen.getByRole("heading", { name: `There are ${instrument.items.length} problems to fix` })).toBeTruthy();
    expect(description(groups()[0]!)).toContain("Choose an answer for statement 1.");
  });

  it("shows an alert instead of failing the page when its workspace is broken or lacks the round (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() =>
      render(<AssessmentForm workspace={{} as never} roundId={roundId} onSubmit={() => undefined} onError={onError} />),
    ).not.toThrow();
    expect(() =>
      render(
        <AssessmentForm
          workspace={workspace}
          roundId="ingen-sadan-omgang"
          onSubmit={() => undefined}
          onError={onError}
        />,
      ),
    ).not.toThrow();
    expect(screen.getAllByRole("alert")).toHaveLength(2);
    expect(screen.getAllByRole("alert")[0]!.textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(2);
  });
});
