import type { Meta, StoryObj } from "@storybook/react-vite";
import { getCharterCompleteness } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { CharterCompleteness, type CharterCompletenessProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { completeLeadership, partlyWrittenLeadership } from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS } from "../sample.js";
import { EMPTY_LEADERSHIP_ID, loadSampleWithEmptyLeadership } from "./overview-samples.js";

/** Whose charter the view shows: one part written, one complete, or the regional leadership's. */
type Which = "partly" | "complete" | "regional";

type Args = Omit<CharterCompletenessProps, "workspace" | "leadershipId"> & {
  readonly which: Which;
  /** Made-up: the first questions' texts replaced with very long and hostile strings. */
  readonly hostileQuestions?: boolean;
};

const PICK = { partly: partlyWrittenLeadership, complete: completeLeadership, regional: regionalLeadership };

/** The county's questions, the first of them with hostile text instead. */
function withHostileQuestions(workspace: Workspace): Workspace {
  const questions = workspace.profile.charterQuestions.map((question, position) =>
    position < HOSTILE_STRINGS.length ? { ...question, text: { sv: HOSTILE_STRINGS[position]! } } : question,
  );
  return { ...workspace, profile: { ...workspace.profile, charterQuestions: questions } };
}

/** The charter of a leadership of the county the toolbar chose, or a note when its sample has none such. */
function CountyCharterCompleteness({ which, hostileQuestions, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace }) => PICK[which](workspace)}
      lacks={{ sv: "ingen sådan överenskommelse", en: "no such charter" }}
    >
      {(leadership, { workspace }) => (
        <CharterCompleteness
          {...args}
          workspace={hostileQuestions ? withHostileQuestions(workspace) : workspace}
          leadershipId={leadership.id}
        />
      )}
    </CountyPick>
  );
}

/** In a play function: the view says "N av M besvarade" as the core counts the picked leadership's charter. */
async function expectCounted(context: Parameters<NonNullable<Story["play"]>>[0], which: Which, words = "av") {
  const { workspace } = loadedCounty(context);
  const leadership = PICK[which](workspace);
  if (!leadership) return expectNotInCountySample(context.canvasElement);
  const { answeredCount, total } = getCharterCompleteness(workspace, leadership.id);
  const answered = words === "av" ? "besvarade" : "answered";
  await expect(within(context.canvasElement).getByText(`${answeredCount} ${words} ${total} ${answered}`)).toBeVisible();
}

const meta = {
  title: "Struktur/Överenskommelsen",
  component: CountyCharterCompleteness,
  args: { which: "partly" },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Vems överenskommelse (which)",
      "Den första delvis skrivna, den första kompletta eller den regionala ledningens. / Whose charter.",
      ["partly", "complete", "regional"],
      { partly: "Delvis skriven", complete: "Komplett", regional: "Regionala ledningen" },
    ),
    hostileQuestions: HIDDEN,
    itemHref: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county's first charter part written: answered of all as a bar and in words, the open questions first. */
export const PartlyWritten: Story = {
  name: "Delvis skriven",
  play: async (context) => {
    const canvas = within(context.canvasElement);
    if (partlyWrittenLeadership(loadedCounty(context).workspace))
      await expect(canvas.getByRole("progressbar", { name: "Besvarade frågor i överenskommelsen" })).toBeVisible();
    await expectCounted(context, "partly");
  },
};

/** The county's first charter that answers everything (a county whose sample has none says so). */
export const Complete: Story = {
  name: "Komplett",
  args: { which: "complete" },
  play: (context) => expectCounted(context, "complete"),
};

/** The regional leadership's charter, in English, against the county's own questions. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { which: "regional", locale: "en" },
  play: (context) => expectCounted(context, "regional", "of"),
};

/** Made-up data, the same in every county: a new leadership with no charter, nothing answered, and where to start. */
export const EmptyLeadership: Story = {
  name: "En tom ledning (påhittad)",
  tags: ["county-independent"],
  render: (args) => (
    <CharterCompleteness {...args} workspace={loadSampleWithEmptyLeadership()} leadershipId={EMPTY_LEADERSHIP_ID} />
  ),
  play: async ({ canvasElement }) => {
    const { total } = getCharterCompleteness(loadSampleWithEmptyLeadership(), EMPTY_LEADERSHIP_ID);
    await expect(within(canvasElement).getByText(`0 av ${total} besvarade`)).toBeVisible();
  },
};

/** The county's questions, the first ones with very long and hostile text: they stay text and wrap. */
export const VeryLongQuestions: Story = {
  name: "Mycket långa frågor",
  args: { hostileQuestions: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[5], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
