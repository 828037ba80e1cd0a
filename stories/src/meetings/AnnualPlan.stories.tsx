import type { Meta, StoryObj } from "@storybook/react-vite";
import { AnnualPlan } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import {
  extraMeetingSample,
  FORUM_WITHOUT_MEETINGS,
  longTitlesSample,
  MEETINGS_NOW,
} from "../../../tests/fixtures/meeting-views.js";
import { loadSample, STORY_AS_OF } from "../sample.js";

const sample = loadSample();

const meta = {
  title: "Möten och tidslinje/Årsplan",
  component: AnnualPlan,
  args: { workspace: sample, forumId: "f-vasterbergslagen", year: 2026, asOf: STORY_AS_OF, now: () => MEETINGS_NOW },
  parameters: { layout: "padded" },
} satisfies Meta<typeof AnnualPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Västerbergslagen's local leadership in 2026: eleven planned Thursdays, May moved off Ascension Day, three meetings recorded. */
export const Vasterbergslagen2026: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Årsplan 2026" })).toBeVisible();
    const cards = canvas.getAllByRole("listitem").filter((item) => item.classList.contains("sl-meetings-card"));
    await expect(cards).toHaveLength(11);
    await expect(canvas.getByText("(Kristi himmelsfärdsdag)", { exact: false })).toBeVisible();
    await expect(canvas.getByText(/Mötet var inte beslutsfört/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Ladda ner årsplanen till kalendern" })).toBeVisible();
  },
};

/** Falun's leadership group: two approved meetings, one in review, the May meeting moved to the 21st. */
export const Falun2026: Story = { args: { forumId: "f-falun" } };

/**
 * The county's chief officers' network in 2025 (*Regional årsrapport 2025*, Bilaga 2): five approved meetings of six
 * planned.
 */
export const Lansschefsnatverket2025: Story = { args: { forumId: "f-lchnv", year: 2025 } };

/** With a way to open each recorded meeting: the button hands the meeting's id to the host. */
export const OpensMeetings: Story = {
  args: { onOpenMeeting: fn() },
  play: async ({ canvasElement, args }) => {
    const buttons = within(canvasElement).getAllByRole("button", { name: /^Öppna mötet/ });
    await expect(buttons).toHaveLength(3);
    await userEvent.click(buttons[0]!);
    await expect(args.onOpenMeeting).toHaveBeenCalledWith("mt-vasterbergslagen-2026-03-12");
  },
};

/** A forum without any meeting recorded: the plan alone, every passed date flagged. */
export const ForumWithoutMeetings: Story = {
  args: { forumId: FORUM_WITHOUT_MEETINGS },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText("Inget möte registrerat för datumet").length).toBeGreaterThan(0);
  },
};

/** An extra meeting in July, when the rules plan none, is listed apart. */
export const ExtraMeeting: Story = {
  args: { workspace: extraMeetingSample() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { name: "Möten utanför årsplanen" })).toBeVisible();
  },
};

/** Very long and hostile titles wrap inside their cards. */
export const VeryLongTitles: Story = { args: { workspace: longTitlesSample() } };

/** In English: the rules' words and dates in English, the meetings' own titles marked Swedish. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 2, name: "Annual plan 2026" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
