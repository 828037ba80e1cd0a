import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { forumAt } from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { loadHostileSample, STORY_AS_OF } from "../sample.js";
import { SectorChecklistHost } from "./hosts.js";

/** Which forum of the county the checklist shows. */
type Which = "local" | "regional" | "nothingRequired";

type Args = {
  readonly which: Which;
  readonly locale?: "sv" | "en" | undefined;
  readonly theme?: "light" | "dark" | "high-contrast" | "auto" | undefined;
  readonly onSaved?: ((next: Workspace) => void) | undefined;
};

/** The forum of `which` in the county's workspace, or `undefined` when its sample has none such. */
function forumOf(workspace: Workspace, which: Which) {
  if (which === "nothingRequired") return workspace.forums.find((forum) => forum.requiredSectorIds.length === 0);
  return forumAt(workspace, which);
}

/** The checklist of a forum of the county the toolbar chose. */
function CountySectorChecklist({ which, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace }) => forumOf(workspace, which)}
      lacks={{ sv: "inget forum som inte kräver någon sektor", en: "no forum that asks for no sector" }}
    >
      {(forum, { workspace, asOf }) => (
        <SectorChecklistHost {...args} workspace={workspace} forumId={forum.id} asOf={asOf} />
      )}
    </CountyPick>
  );
}

const meta = {
  title: "Struktur/Sektorslista",
  component: CountySectorChecklist,
  args: { which: "local", onSaved: fn() },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Forum (which)",
      "En lokal lednings forum, den regionala ledningens första eller ett som inte kräver någon sektor.",
      ["local", "regional", "nothingRequired"],
      { local: "En lokal ledning", regional: "Regionala ledningen", nothingRequired: "Kräver ingen sektor" },
    ),
    onSaved: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The forum of the county's first local leadership: the county's sectors with who represents each today. Choosing
 * a sector the forum does not yet require and saving writes it to the forum and says "Sparat".
 */
export const Local: Story = {
  name: "En lokal ledning",
  play: async (context) => {
    const { canvasElement, args } = context;
    const { workspace } = loadedCounty(context);
    const forum = forumOf(workspace, "local")!;
    const sector = workspace.profile.sectors.find((s) => !forum.requiredSectorIds.includes(s.id))!;
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Representation" })).toBeVisible();
    const group = canvas.getByRole("group", { name: sector.name.sv });
    await userEvent.click(within(group).getByRole("radio", { name: "Ska vara representerad" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara representationen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
  },
};

/** The first forum of the county's regional leadership, on the county's own sector catalogue. */
export const Regional: Story = { name: "Regionala ledningen", args: { which: "regional" } };

/** The regional leadership's first forum, in English: the sectors by their English names. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { which: "regional", locale: "en" },
  play: async (context) => {
    const sector = loadedCounty(context).workspace.profile.sectors[0]!;
    const name = sector.name.en ?? sector.name.sv;
    await expect(within(context.canvasElement).getByRole("group", { name })).toBeVisible();
  },
};

/** The county's first forum that asks no sector to be represented (a county without one says so). */
export const NothingRequired: Story = {
  name: "Kräver ingen sektor",
  args: { which: "nothingRequired" },
  play: async (context) => {
    const forum = forumOf(loadedCounty(context).workspace, "nothingRequired");
    if (!forum) return expectNotInCountySample(context.canvasElement);
    await expect(
      within(context.canvasElement).queryAllByRole("radio", { name: "Ska vara representerad", checked: true }),
    ).toHaveLength(0);
  },
};

const hostile = loadHostileSample();

/** Made-up data: very long and hostile names of forum and people wrap and stay inert text. */
export const VeryLongNames: Story = {
  name: "Mycket långa namn (påhittade)",
  tags: ["county-independent"],
  render: (args) => (
    <SectorChecklistHost {...args} workspace={hostile} forumId={forumAt(hostile, "local").id} asOf={STORY_AS_OF} />
  ),
};

/** Dark theme. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark" } };
