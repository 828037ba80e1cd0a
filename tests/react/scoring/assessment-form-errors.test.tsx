// @vitest-environment jsdom
import { DONT_KNOW, submitAssessmentResponse } from "@systemledning/core/assessment";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { AssessmentForm, type AssessmentFormProps } from "../../../packages/react/src/scoring/assessment-form.js";
import {
  buildResponseInput,
  checkFormValues,
  defaultResponseId,
  fieldOfPath,
  isoWithOffset,
  type FormValues,
} from "../../../packages/react/src/scoring/use-assessment-form.js";
import { allDontKnowRound, dalarna2025 } from "../../fixtures/scoring-rounds.js";
import { SCORING_MESSAGES, type ScoringTools } from "../../../packages/react/src/scoring/messages.js";

const originalZone = process.env.TZ;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const SEED = 20261122;
const fixture = dalarna2025();
const { workspace, instrument } = fixture;
const roundId = fixture.result.roundId;
const round = workspace.assessmentRounds.find((r) => r.id === roundId)!;
const unanswered = fixture.result.leaderships.find((l) => !l.responded)!;
const NOW = new Date("2025-10-14T09:30:00+02:00");
const radioLabel = (value: number) => `${value} ${instrument.scale.steps.find((s) => s.value === value)!.label.sv}`;

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
const description = (element: Element) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter((id) => id !== "")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

async function answerAll(user: ReturnType<typeof userEvent.setup>, value: number) {
  for (const group of groups()) await user.click(within(group).getByRole("radio", { name: radioLabel(value) }));
}

describe("AssessmentForm checks", () => {
  it("lists every missing answer in an error summary, links each to its group and announces the count", async () => {
    const { user, onSubmit } = renderForm();
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    const count = instrument.items.length;
    expect(screen.getByRole("heading", { name: `Det finns ${count} fel att rätta` })).toBeTruthy();
    groups().forEach((group, index) => {
      expect(description(group)).toContain(`Välj ett svar för påstående ${index + 1}.`);
      expect(
        within(group)
          .getAllByRole("radio")
          .every((radio) => radio.getAttribute("aria-invalid") === "true"),
      ).toBe(true);
    });
    expect(screen.getByRole("status").textContent).toBe(
      `Det finns ${count} fel att rätta. Välj ett svar för påstående 1.`,
    );
    expect(onSubmit).not.toHaveBeenCalled();
    // The form stays on the questions: no review yet.
    expect(screen.queryByRole("heading", { name: "Granska innan du skickar" })).toBeNull();
  });

  it("moves focus to the statement when its message in the summary is followed", async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("link", { name: "Välj ett svar för påstående 3." }));
    expect(document.activeElement).toBe(within(groups()[2]!).getAllByRole("radio")[0]);
  });

  it("drops a statement's message as soon as it is answered, and counts the rest", async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(within(groups()[0]!).getByRole("radio", { name: radioLabel(2) }));
    expect(description(groups()[0]!)).not.toContain("Välj ett svar");
    expect(
      screen.getByRole("heading", { name: `Det finns ${instrument.items.length - 1} fel att rätta` }),
    ).toBeTruthy();
  });

  it("names one problem in the singular", async () => {
    const { user } = renderForm();
    for (const group of groups().slice(1)) await user.click(within(group).getByRole("radio", { name: radioLabel(4) }));
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(screen.getByRole("heading", { name: "Det finns 1 fel att rätta" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Det finns 1 fel att rätta. Välj ett svar för påstående 1.");
  });

  it("refuses a comment longer than the maximum, with a message linked to the comment", async () => {
    const { user, onSubmit } = renderForm({ maxCommentLength: 10 });
    await answerAll(user, 3);
    const comment = within(groups()[1]!).getByRole("textbox", { name: "Kommentar (valfritt)" });
    await user.type(comment, "Elva tecken");
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(comment.getAttribute("aria-invalid")).toBe("true");
    expect(description(comment)).toBe("Kommentaren till påstående 2 är för lång: högst 10 tecken.");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("asks which of the round's leaderships answers when none is given", async () => {
    const { user, onSubmit } = renderForm({ leadershipId: undefined });
    const select = screen.getByRole("combobox", { name: "Systemledning" });
    const names = new Map(workspace.leaderships.map((l) => [l.id, l.name]));
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Välj systemledning", ...round.leadershipIds.map((id) => names.get(id))]);

    await answerAll(user, 3);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(screen.getByRole("heading", { name: "Det finns 1 fel att rätta" })).toBeTruthy();
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(description(select)).toBe("Välj vilken systemledning som svarar.");
    expect(screen.getByRole("status").textContent).toBe(
      "Det finns 1 fel att rätta. Välj vilken systemledning som svarar.",
    );

    await user.selectOptions(select, unanswered.leadershipId);
    expect(select.getAttribute("aria-invalid")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0].leadershipId).toBe(unanswered.leadershipId);
  });

  it("offers 'Vet ej' where the instrument allows it, and sends it as the core's don't-know answer", async () => {
    const dontKnow = allDontKnowRound();
    const allowing = {
      ...dontKnow.workspace,
      profile: {
        ...dontKnow.workspace.profile,
        assessment: { ...dontKnow.workspace.profile.assessment!, instruments: [dontKnow.instrument] },
      },
    };
    const { user, onSubmit } = renderForm({ workspace: allowing });
    expect(screen.getAllByRole("radio", { name: "Vet ej" })).toHaveLength(instrument.items.length);
    for (const group of groups()) await user.click(within(group).getByRole("radio", { name: "Vet ej" }));
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    expect(screen.getAllByText("Vet ej")).toHaveLength(instrument.items.length);
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    const [response] = onSubmit.mock.calls[0]!;
    expect(Object.values(response.answers)).toEqual(instrument.items.map(() => DONT_KNOW));
    expect(submitAssessmentResponse(allowing, response).ok).toBe(true);
  });

  it("offers a fresh form after sending", async () => {
    const { user } = renderForm();
    await answerAll(user, 2);
    await user.click(screen.getByRole("button", { name: "Granska svaren" }));
    await user.click(screen.getByRole("button", { name: "Skicka in svaren" }));
    await user.click(screen.getByRole("button", { name: "Fyll i ett nytt svar" }));
    expect(groups()).toHaveLength(instrument.items.length);
    expect(screen.queryAllByRole("radio").filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
  });
});

/** The kit's tools in Swedish, taken from the hook as a component gets them. */
function swedishTools() {
  let tools: ScoringTools | undefined;
  function Probe() {
    tools = useKitLocale("sv", SCORING_MESSAGES);
    return null;
  }
  render(<Probe />);
  return tools!;
}

const emptyValues: FormValues = { leadershipId: "", grouping: "", answers: {}, comments: {} };

describe("checkFormValues", () => {
  it("asks for the leadership first, then each statement's answer in order", () => {
    const errors = checkFormValues(emptyValues, instrument, {
      needsLeadership: true,
      maxCommentLength: 4000,
      tools: swedishTools(),
    });
    expect(errors.map((error) => error.field)).toEqual([
      "leadership",
      ...instrument.items.map((item) => `answer:${item.id}`),
    ]);
    expect(errors[1]!.message).toBe("Välj ett svar för påstående 1.");
  });

  it("finds nothing to fix in a complete response", () => {
    const values: FormValues = {
      ...emptyValues,
      leadershipId: unanswered.leadershipId,
      answers: Object.fromEntries(instrument.items.map((item) => [item.id, 3])),
    };
    expect(
      checkFormValues(values, instrument, { needsLeadership: true, maxCommentLength: 4000, tools: swedishTools() }),
    ).toEqual([]);
  });
});

describe("buildResponseInput", () => {
  it("trims comments, leaves out empty ones and a blank grouping", () => {
    const [first, second] = instrument.items;
    const values: FormValues = {
      leadershipId: "ls-falun",
      grouping: "  ",
      answers: { [first!.id]: 3 },
      comments: { [first!.id]: "  Bra.  ", [second!.id]: "   " },
    };
    const input = buildResponseInput(values, {
      id: "svar-1",
      roundId,
      submittedAt: "2025-10-14T09:30:00+02:00",
      instrument,
    });
    expect(input).toEqual({
      id: "svar-1",
      roundId,
      leadershipId: "ls-falun",
      submittedAt: "2025-10-14T09:30:00+02:00",
      answers: { [first!.id]: 3 },
      freeTexts: { [first!.id]: "Bra." },
    });
  });

  it("names no respondent in an anonymous poll", () => {
    const input = buildResponseInput(
      { ...emptyValues, leadershipId: "ls-falun", grouping: "Norra" },
      { id: "svar-1", roundId, submittedAt: "2025-10-14T09:30:00+02:00", instrument, anonymous: true },
    );
    expect(input).not.toHaveProperty("leadershipId");
    expect(input).not.toHaveProperty("grouping");
  });
});

describe("fieldOfPath", () => {
  it("maps a core issue's path to the form field it belongs to", () => {
    expect(fieldOfPath(["answers", "nara-for-mig"])).toBe("answer:nara-for-mig");
    expect(fieldOfPath(["freeTexts", "nara-for-mig"])).toBe("comment:nara-for-mig");
    expect(fieldOfPath(["leadershipId"])).toBe("leadership");
    expect(fieldOfPath(["grouping"])).toBe("grouping");
    expect(fieldOfPath(["id"])).toBe("form");
  });
});

describe("defaultResponseId", () => {
  it("makes an id from the round, leadership, grouping (without diacritics) and moment", () => {
    expect(
      defaultResponseId(roundId, { ...emptyValues, leadershipId: "ls-falun", grouping: "Södra länsdelen" }, NOW),
    ).toBe(`${roundId}-ls-falun-sodra-lansdelen-${NOW.getTime()}`);
  });
});

describe("isoWithOffset", () => {
  it("writes the local time with its offset, naming the same instant, in any time zone", () => {
    const zones = [
      "Europe/Stockholm",
      "UTC",
      "America/St_Johns",
      "Asia/Kathmandu",
      "Pacific/Chatham",
      "America/Los_Angeles",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }),
        (zone, date) => {
          process.env.TZ = zone;
          const text = isoWithOffset(date);
          expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
          expect(Date.parse(text)).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("writes Stockholm summer time with +02:00 and winter time with +01:00", () => {
    process.env.TZ = "Europe/Stockholm";
    expect(isoWithOffset(new Date("2025-10-14T07:30:00Z"))).toBe("2025-10-14T09:30:00+02:00");
    expect(isoWithOffset(new Date("2025-12-01T08:00:00Z"))).toBe("2025-12-01T09:00:00+01:00");
  });
});
