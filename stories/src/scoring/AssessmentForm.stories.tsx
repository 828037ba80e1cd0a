import type { Meta, StoryObj } from "@storybook/react-vite";
import { AssessmentForm, type AssessmentFormProps } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import { allDontKnowRound, longTextRound, type ScoringFixture } from "../../../tests/fixtures/scoring-rounds.js";
import { headingLevelControl, onlyControls, toggle } from "../story-controls.js";
import { StoredStory } from "../story-store.js";
import { CountyRound, madeUpRound, onCountyRound, renderRound } from "./county-round.js";

/**
 * Who the form answers for: a leadership asked in the round that has not answered yet, so a new response is accepted;
 * in a county where every leadership has answered, the first one asked with a grouping of its own (a second response
 * of a leadership needs one).
 */
function respondentIn(round: ScoringFixture): { readonly leadershipId?: string; readonly grouping?: string } {
  const unanswered = round.result.leaderships.find((l) => !l.responded);
  if (unanswered !== undefined) return { leadershipId: unanswered.leadershipId };
  const first = round.result.leaderships[0];
  return first === undefined ? {} : { leadershipId: first.leadershipId, grouping: "Hemtjänsten" };
}

/** The story's clock: the day the round opened, so the form never changes with the calendar. */
function clockOf(round: ScoringFixture): () => Date {
  const opens = round.workspace.assessmentRounds.find((r) => r.id === round.result.roundId)?.opensAt;
  return () => new Date(`${opens ?? "2025-10-14"}T09:30:00+02:00`);
}

/** A round of the story's own: its instrument made the round's only one, as a host's profile would hold it. */
function ownRound(fixture: ScoringFixture, goals = fixture.goals): ScoringFixture {
  const profile = fixture.workspace.profile;
  return {
    ...fixture,
    goals,
    workspace: {
      ...fixture.workspace,
      profile: {
        ...profile,
        goals: [...goals],
        assessment: { ...profile.assessment!, instruments: [fixture.instrument] },
      },
    },
  };
}

type Args = Omit<AssessmentFormProps, "workspace" | "roundId"> & {
  readonly fixture?: ScoringFixture;
  /** Ask which leadership answers instead of answering for one that has not. */
  readonly chooseLeadership: boolean;
};

const meta = {
  title: "Självskattning/Svarsformulär",
  render: renderRound<Args>((round, { chooseLeadership, ...args }) => (
    <AssessmentForm
      key={round.result.roundId}
      now={clockOf(round)}
      {...args}
      workspace={round.workspace}
      roundId={round.result.roundId}
      {...(chooseLeadership ? {} : respondentIn(round))}
    />
  )),
  args: { onSubmit: fn(), chooseLeadership: false },
  ...onlyControls({
    chooseLeadership: toggle(
      "Välj systemledning i formuläret",
      "Om formuläret frågar vilken systemledning som svarar.",
    ),
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership of the county fills in its latest round: answers, a comment, the review, the response out. */
export const FillInAndSend: Story = {
  name: "Fyll i och skicka",
  play: onCountyRound(async ({ canvasElement, args }, round) => {
    const canvas = within(canvasElement);
    const groups = canvas.getAllByRole("radiogroup");
    await expect(groups).toHaveLength(round.instrument.items.length);
    for (const group of groups) await userEvent.click(within(group).getAllByRole("radio")[2]!);
    await userEvent.type(
      canvas.getAllByRole("textbox", { name: "Kommentar (valfritt)" })[0]!,
      "Vi har börjat med gemensamma hembesök.",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Granska svaren" }));
    await expect(canvas.getByRole("heading", { name: "Granska innan du skickar" })).toHaveFocus();
    await userEvent.click(canvas.getByRole("button", { name: "Skicka in svaren" }));
    await expect(canvas.getByRole("heading", { name: "Svaren är skickade. Tack!" })).toBeVisible();
    const onSubmit = args.onSubmit as ReturnType<typeof fn>;
    await expect(onSubmit).toHaveBeenCalledTimes(1);
    const [response] = onSubmit.mock.calls[0] as Parameters<NonNullable<AssessmentFormProps["onSubmit"]>>;
    await expect(response.leadershipId).toBe(respondentIn(round).leadershipId);
    await expect(Object.keys(response.answers)).toHaveLength(round.instrument.items.length);
  }),
};

/** Sending with nothing answered: every statement gets its message, linked to its group, and the count is announced. */
export const MissingAnswers: Story = {
  name: "Svar saknas",
  play: onCountyRound(async ({ canvasElement, args }, round) => {
    const canvas = within(canvasElement);
    const errors = `Det finns ${round.instrument.items.length} fel att rätta`;
    await userEvent.click(canvas.getByRole("button", { name: "Granska svaren" }));
    await expect(canvas.getByRole("heading", { name: errors })).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent(errors);
    await expect(canvas.getAllByRole("radiogroup")[0]).toHaveAccessibleDescription(/Välj ett svar för påstående 1\./);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  }),
};

/** Without a given leadership, the form asks which one answers: a list of those the round asked. */
export const ChooseLeadership: Story = {
  name: "Välj systemledning",
  args: { chooseLeadership: true },
  play: onCountyRound(async ({ canvasElement }, round) => {
    const select = within(canvasElement).getByRole("combobox", { name: "Systemledning" });
    // The round's leaderships and the empty first choice.
    await expect(within(select).getAllByRole("option")).toHaveLength(round.result.leaderships.length + 1);
  }),
};

/** In English (set by the story). */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };

/** Made up from Dalarna's 2025 round (its own data): an instrument that allows "don't know", last in each group. */
export const WithDontKnow: Story = {
  tags: ["county-independent"],
  name: "Med «vet ej» (påhittad)",
  args: { fixture: ownRound(allDontKnowRound()) },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getAllByRole("radio", { name: "Vet ej" })).toHaveLength(
      args.fixture!.instrument.items.length,
    );
  },
};

/** Made up from Dalarna's 2025 round: very long Swedish statements and goal names wrap; nothing widens the page. */
export const VeryLongTexts: Story = {
  name: "Mycket långa texter (påhittad)",
  ...madeUpRound(ownRound(longTextRound())),
};

/**
 * Saved in this browser: the response goes through `updateWorkspace` into the story's own IndexedDB store (one key
 * per county), so it is still in the workspace after a reload (the status line says "Sparat.").
 */
export const SavedInThisBrowser: Story = {
  name: "Sparas i webbläsaren",
  render: ({ fixture: _fixture, chooseLeadership: _choose, ...args }) => (
    <CountyRound>
      {(round) => (
        <StoredStory storyKey="assessment-form" locale={args.locale} initial={round.workspace}>
          {(workspace, updates) => (
            <AssessmentForm
              now={clockOf(round)}
              {...args}
              workspace={workspace}
              roundId={round.result.roundId}
              {...respondentIn(round)}
              onSubmit={undefined}
              onChange={updates.apply}
            />
          )}
        </StoredStory>
      )}
    </CountyRound>
  ),
  play: onCountyRound(async ({ canvasElement }, round) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Sparas i den här webbläsaren/)).toBeVisible();
    await expect(await canvas.findAllByRole("radiogroup")).toHaveLength(round.instrument.items.length);
  }),
};
