import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { AnnualPlan, type AnnualPlanProps } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import {
  extraMeetingSample,
  longTitlesSample,
  MEETINGS_AS_OF,
  MEETINGS_NOW,
  SAMPLE_MEETINGS,
} from "../../../tests/fixtures/meeting-views.js";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import {
  busiestForum,
  forumWithoutMeetings,
  localForums,
  meetingsOfForumIn,
  regionalForums,
  storyNow,
  yearOf,
} from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";

/** Which forum's plan: the local forum with the most meetings, the regional one with the most, or one without any. */
type Which = "local" | "regional" | "withoutMeetings";

type Args = Omit<AnnualPlanProps, "workspace" | "forumId" | "year" | "asOf" | "now"> & {
  readonly which: Which;
  /** Years before the county's day: 0 its own year, 1 the year before. */
  readonly yearsBack: 0 | 1;
};

/** The forum of `which` in the county's workspace for `year`, or `undefined` when its sample has none such. */
function forumOf(workspace: Workspace, which: Which, year: number) {
  if (which === "withoutMeetings") return forumWithoutMeetings(workspace);
  const forums = which === "regional" ? regionalForums(workspace) : localForums(workspace);
  return busiestForum(workspace, year, forums.length > 0 ? forums : workspace.forums);
}

/** The plan of a forum of the county the toolbar chose, on the county's day. */
function CountyAnnualPlan({ which, yearsBack, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace, asOf }) => forumOf(workspace, which, yearOf(asOf) - yearsBack)}
      lacks={{ sv: "inget forum utan möten", en: "no forum without meetings" }}
    >
      {(forum, { workspace, asOf }) => (
        <AnnualPlan
          {...args}
          workspace={workspace}
          forumId={forum.id}
          year={yearOf(asOf) - yearsBack}
          asOf={asOf}
          now={() => storyNow(asOf)}
        />
      )}
    </CountyPick>
  );
}

/** The forum and year a play function checks: the same picks as the story's. */
function picked(context: Parameters<NonNullable<Story["play"]>>[0]) {
  const { workspace, asOf } = loadedCounty(context);
  const year = yearOf(asOf) - context.args.yearsBack;
  const forum = forumOf(workspace, context.args.which, year);
  return { workspace, year, forum, meetings: forum ? meetingsOfForumIn(workspace, forum.id, year) : [] };
}

/** A made-up workspace (Dalarna's sample changed) in the plan, on its own day. */
const fixture = (workspace: Workspace) => {
  const forumId = workspace.meetings.find((m) => m.id === SAMPLE_MEETINGS.held)!.forumId;
  return function FixtureStory(args: Args) {
    return (
      <AnnualPlan
        {...args}
        workspace={workspace}
        forumId={forumId}
        year={yearOf(MEETINGS_AS_OF)}
        asOf={MEETINGS_AS_OF}
        now={() => MEETINGS_NOW}
      />
    );
  };
};

const meta = {
  title: "Möten och tidslinje/Årsplan",
  component: CountyAnnualPlan,
  args: { which: "local", yearsBack: 0 },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Forum (which)",
      "Det lokala eller regionala forum som har flest möten, eller ett utan möten. / Which forum.",
      ["local", "regional", "withoutMeetings"],
      { local: "Lokalt forum", regional: "Regionalt forum", withoutMeetings: "Utan möten" },
    ),
    yearsBack: radioControl(
      "År (yearsBack)",
      "Länets år eller året före. / The county's year or the one before.",
      [0, 1],
      { 0: "I år", 1: "Förra året" },
    ),
    onOpenMeeting: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The local forum with the most meetings in the county's year: the planned dates, the meetings recorded. */
export const LocalForumThisYear: Story = {
  name: "Lokalt forum i år",
  play: async (context) => {
    const { year } = picked(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: `Årsplan ${year}` })).toBeVisible();
    const cards = canvas.getAllByRole("listitem").filter((item) => item.classList.contains("sl-meetings-card"));
    await expect(cards.length).toBeGreaterThan(0);
    await expect(canvas.getByRole("button", { name: "Ladda ner årsplanen till kalendern" })).toBeVisible();
  },
};

/** The regional forum with the most meetings the year before the county's day (*Regional årsrapport*, Bilaga 2). */
export const RegionalForumLastYear: Story = {
  name: "Regionalt forum förra året",
  args: { which: "regional", yearsBack: 1 },
};

/** With a way to open each recorded meeting: the button hands the meeting's id to the host. */
export const OpensMeetings: Story = {
  name: "Öppnar möten",
  args: { onOpenMeeting: fn() },
  play: async (context) => {
    const { meetings } = picked(context);
    const buttons = within(context.canvasElement).queryAllByRole("button", { name: /^Öppna mötet/ });
    await expect(buttons).toHaveLength(meetings.length);
    if (meetings.length === 0) return;
    await userEvent.click(buttons[0]!);
    await expect(context.args.onOpenMeeting).toHaveBeenCalledWith(meetings[0]!.id);
  },
};

/** The county's first forum without any meeting recorded, the year before: the plan alone, every date flagged. */
export const ForumWithoutMeetings: Story = {
  name: "Forum utan möten",
  args: { which: "withoutMeetings", yearsBack: 1 },
  play: async (context) => {
    if (!picked(context).forum) return expectNotInCountySample(context.canvasElement);
    await expect(
      within(context.canvasElement).getAllByText("Inget möte registrerat för datumet").length,
    ).toBeGreaterThan(0);
  },
};

/** Made-up data: an extra meeting in July, when the rules plan none, is listed apart. */
export const ExtraMeeting: Story = {
  name: "Extra möte (påhittat)",
  tags: ["county-independent"],
  render: fixture(extraMeetingSample()),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { name: "Möten utanför årsplanen" })).toBeVisible();
  },
};

/** Made-up data: very long and hostile titles wrap inside their cards. */
export const VeryLongTitles: Story = {
  name: "Mycket långa rubriker (påhittade)",
  tags: ["county-independent"],
  render: fixture(longTitlesSample()),
};

/** In English: the rules' words and dates in English, the meetings' own titles marked Swedish. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async (context) => {
    const { year } = picked(context);
    await expect(
      within(context.canvasElement).getByRole("heading", { level: 2, name: `Annual plan ${year}` }),
    ).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark" } };
