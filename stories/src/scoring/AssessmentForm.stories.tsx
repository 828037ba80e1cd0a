import type { Meta, StoryObj } from "@storybook/react-vite";
import { AssessmentForm, type AssessmentFormProps } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import { allDontKnowRound, dalarna2025, longTextRound } from "../../../tests/fixtures/scoring-rounds.js";
import { StoredStory } from "../story-store.js";

const dalarna = dalarna2025();
const FIXED_NOW = () => new Date("2025-10-14T09:30:00+02:00");
// A leadership asked in 2025 that has not answered yet, so a new response is accepted.
const unanswered = dalarna.result.leaderships.find((l) => !l.responded)!;

const meta = {
  title: "Scoring/AssessmentForm",
  component: AssessmentForm,
  args: {
    workspace: dalarna.workspace,
    roundId: dalarna.result.roundId,
    leadershipId: unanswered.leadershipId,
    onSubmit: fn(),
    now: FIXED_NOW,
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof AssessmentForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership fills in the 2025 round: answers, a comment, the review, and the validated response out. */
export const FillInAndSend: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const groups = canvas.getAllByRole("radiogroup");
    await expect(groups).toHaveLength(5);
    for (const group of groups)
      await userEvent.click(within(group).getByRole("radio", { name: "3 Stämmer ganska bra" }));
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
    await expect(response.leadershipId).toBe(unanswered.leadershipId);
    await expect(Object.values(response.answers)).toEqual([3, 3, 3, 3, 3]);
  },
};

/** Sending with nothing answered: every statement gets its message, linked to its group, and the count is announced. */
export const MissingAnswers: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Granska svaren" }));
    await expect(canvas.getByRole("heading", { name: "Det finns 5 fel att rätta" })).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent("Det finns 5 fel att rätta");
    await expect(canvas.getAllByRole("radiogroup")[0]).toHaveAccessibleDescription(/Välj ett svar för påstående 1\./);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Without a given leadership, the form asks which one answers (a list of the round's 13). */
export const ChooseLeadership: Story = {
  args: { leadershipId: undefined },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole("combobox", { name: "Systemledning" });
    await expect(within(select).getAllByRole("option")).toHaveLength(14);
  },
};

/** English. */
export const InEnglish: Story = { args: { locale: "en" } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

const dontKnow = allDontKnowRound();
/** An instrument that allows "don't know": each group has it as its last option. */
export const WithDontKnow: Story = {
  args: {
    workspace: {
      ...dontKnow.workspace,
      profile: {
        ...dontKnow.workspace.profile,
        assessment: { ...dontKnow.workspace.profile.assessment!, instruments: [dontKnow.instrument] },
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("radio", { name: "Vet ej" })).toHaveLength(5);
  },
};

const long = longTextRound();
/** Very long Swedish statements and goal names wrap; nothing widens the page. */
export const VeryLongTexts: Story = {
  args: {
    workspace: {
      ...long.workspace,
      profile: {
        ...long.workspace.profile,
        goals: [...long.goals],
        assessment: { ...long.workspace.profile.assessment!, instruments: [long.instrument] },
      },
    },
  },
};

/**
 * Saved in this browser: the response goes through `updateWorkspace` into the story's own IndexedDB store, so it
 * is still in the workspace after a reload (the status line says "Sparat.").
 */
export const SavedInThisBrowser: Story = {
  render: (args) => (
    <StoredStory storyKey="assessment-form" initial={args.workspace}>
      {(workspace, updates) => (
        <AssessmentForm {...args} workspace={workspace} onSubmit={undefined} onChange={updates.apply} />
      )}
    </StoredStory>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Sparas i den här webbläsaren/)).toBeVisible();
    await expect(await canvas.findAllByRole("radiogroup")).toHaveLength(5);
  },
};
