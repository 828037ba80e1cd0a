import type { Meta, StoryObj } from "@storybook/react-vite";
import { getCharterCompleteness } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { MetodstodWorkbook, type DraftStorage, type MetodstodWorkbookProps } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { leadershipWithoutCharter, partlyWrittenLeadership } from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS, loadHostileSample, STORY_AS_OF } from "../sample.js";
import { useSavingHost } from "../saving-host.js";

/** Drafts in memory, one store per story: a story never finds what another one typed. */
function memoryDrafts(): DraftStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The workbook in a host that applies each change to the workspace it holds, as `updateWorkspace` would. */
function WorkbookHost({
  workspace,
  onSaved,
  draftStorage,
  ...props
}: Omit<MetodstodWorkbookProps, "onChange"> & { readonly onSaved?: ((next: Workspace) => void) | undefined }) {
  const [held, apply] = useSavingHost(workspace, onSaved);
  const [drafts] = useState(() => draftStorage ?? memoryDrafts());
  return <MetodstodWorkbook {...props} workspace={held} draftStorage={drafts} onChange={apply} />;
}

/** Whose charter the workbook opens: one part written, the regional leadership's, or one not yet begun. */
type Which = "partly" | "regional" | "none";

const PICK = { partly: partlyWrittenLeadership, regional: regionalLeadership, none: leadershipWithoutCharter };

type Args = Omit<MetodstodWorkbookProps, "onChange" | "workspace" | "leadershipId" | "asOf"> & {
  readonly which: Which;
  readonly onSaved?: ((next: Workspace) => void) | undefined;
};

/** The workbook of a leadership of the county the toolbar chose, or a note when its sample has none such. */
function CountyWorkbook({ which, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace }) => PICK[which](workspace)}
      lacks={{ sv: "ingen ledning utan överenskommelse", en: "no leadership without a charter" }}
    >
      {(leadership, { workspace, asOf }) => (
        <WorkbookHost {...args} workspace={workspace} leadershipId={leadership.id} asOf={asOf} />
      )}
    </CountyPick>
  );
}

const LONG_TEXT = `${"Vi vill att invånarna i hela kommunen ska mötas av en sammanhållen vård och omsorg, där socialtjänst, skola, elevhälsa, primärvård och specialistvård planerar, följer upp och förbättrar tillsammans. ".repeat(6)}${HOSTILE_STRINGS.join(" ")}`;

/** The first part-written charter with very long texts, answers and principles, hostile strings among them. */
function loadLongTexts(): Workspace {
  const ws = loadHostileSample();
  const leadershipId = partlyWrittenLeadership(ws)!.id;
  return {
    ...ws,
    charters: ws.charters.map((charter) =>
      charter.leadershipId === leadershipId
        ? {
            ...charter,
            purpose: LONG_TEXT,
            vision: LONG_TEXT,
            principles: [...charter.principles, LONG_TEXT, HOSTILE_STRINGS[5]],
            answers: { ...charter.answers, vision: LONG_TEXT, "composition-actors": HOSTILE_STRINGS.join("\n\n") },
          }
        : charter,
    ),
  };
}

const longTexts = loadLongTexts();

const meta = {
  title: "Struktur/Metodstödets arbetsbok",
  component: CountyWorkbook,
  args: { which: "partly", onSaved: fn() },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Vems överenskommelse (which)",
      "Den första delvis skrivna, den regionala ledningens eller en som inte är påbörjad. / Whose charter.",
      ["partly", "regional", "none"],
      { partly: "Delvis skriven", regional: "Regionala ledningen", none: "Inte påbörjad" },
    ),
    onSaved: HIDDEN,
    draftStorage: HIDDEN,
    now: HIDDEN,
    forumId: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's first part-written charter: answering its first open question and leaving the field saves it, and
 * the completeness grows by one.
 */
export const PartlyWritten: Story = {
  name: "Delvis skriven",
  play: async (context) => {
    const { canvasElement, args } = context;
    const { workspace } = loadedCounty(context);
    const leadership = partlyWrittenLeadership(workspace)!;
    const { answeredCount, total, items } = getCharterCompleteness(workspace, leadership.id);
    const open = items.find((item) => item.kind === "question" && !item.answered)!;
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: `Metodstöd: ${leadership.name}` })).toBeVisible();
    const field = canvas.getByLabelText(open.kind === "question" ? open.text.sv : "");
    await userEvent.type(field, "Ja, den är känd av alla.");
    await userEvent.tab();
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    const count = () => canvasElement.querySelector(".sl-workbook-count")!.textContent;
    await waitFor(() => expect(count()).toMatch(new RegExp(`^${answeredCount + 1} av ${total}`)));
  },
};

/** The county's regional leadership, with the county's own questions. */
export const Regional: Story = { name: "Regionala ledningen", args: { which: "regional" } };

/** The county's first leadership without a charter: every part open, the county's principles offered as the start. */
export const EmptyLeadership: Story = {
  name: "Inte påbörjad",
  args: { which: "none" },
  play: async (context) => {
    const { canvasElement } = context;
    const { workspace } = loadedCounty(context);
    const leadership = leadershipWithoutCharter(workspace);
    if (!leadership) return expectNotInCountySample(canvasElement);
    const { total } = getCharterCompleteness(workspace, leadership.id);
    await expect(within(canvasElement).getByRole("button", { name: "Använd länets principer" })).toBeVisible();
    await expect(canvasElement.querySelector(".sl-workbook-count")!.textContent).toMatch(new RegExp(`^0 av ${total}`));
  },
};

/** Made-up data: very long texts and hostile strings in the charter wrap and stay inert text. */
export const VeryLongTexts: Story = {
  name: "Mycket långa texter (påhittade)",
  tags: ["county-independent"],
  render: (args) => (
    <WorkbookHost
      {...args}
      workspace={longTexts}
      leadershipId={partlyWrittenLeadership(longTexts)!.id}
      asOf={STORY_AS_OF}
    />
  ),
};

/** In English: the Metodstöd's parts and questions in the project's English, the charter's texts in Swedish. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark theme. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark" } };
