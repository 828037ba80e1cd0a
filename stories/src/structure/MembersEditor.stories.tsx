import type { Meta, StoryObj } from "@storybook/react-vite";
import { MembersEditor, type MembersChangeContext, type MembersEditorProps } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { HIDDEN, radioControl } from "../controls.js";
import {
  CROWDED_FORUM,
  EMPTY_FORUM,
  crowdedForumSample,
  emptyForumSample,
  longNamesSample,
} from "../../../tests/fixtures/members-editor.js";
import { dayInSwedish, forumAt, storyNow } from "../county-meetings.js";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";
import { STORY_AS_OF } from "../sample.js";

/** A host that applies each change to the workspace it keeps in state, as an intranet page does with its store. */
function MembersEditorHost(props: MembersEditorProps & { readonly onSaved: (context: MembersChangeContext) => void }) {
  const { onSaved, ...rest } = props;
  const [workspace, setWorkspace] = useState(props.workspace);
  return (
    <MembersEditor
      {...rest}
      workspace={workspace}
      onChange={async (change, context) => {
        const result = await change(workspace);
        if (!result.ok) return { ok: false, error: result.error };
        setWorkspace(result.value);
        onSaved(context);
        return { ok: true };
      }}
    />
  );
}

type Args = Omit<MembersEditorProps, "workspace" | "forumId" | "asOf" | "now"> & {
  readonly onSaved: (context: MembersChangeContext) => void;
  /** The forum of the county's first local leadership, or of its regional one. */
  readonly which: "local" | "regional";
};

/** The editor on a forum of the county the toolbar chose, on the county's day. */
function CountyMembersEditor({ which, ...args }: Args) {
  const { workspace, asOf, county } = useStoryCounty();
  const forum = forumAt(workspace, which);
  // Keyed by county: a switch starts the host from the newly chosen county's workspace, not the one held.
  return (
    <MembersEditorHost
      key={county.id}
      {...args}
      workspace={workspace}
      forumId={forum.id}
      asOf={asOf}
      now={() => storyNow(asOf)}
    />
  );
}

/** A made-up workspace's forum in the host, on the made-up data's day. */
const fixture = (workspace: MembersEditorProps["workspace"], forumId: string) =>
  function FixtureStory(args: Args) {
    return (
      <MembersEditorHost
        {...args}
        workspace={workspace}
        forumId={forumId}
        asOf={STORY_AS_OF}
        now={() => storyNow(STORY_AS_OF)}
      />
    );
  };

const meta = {
  title: "Struktur/Ändra ledamöter",
  component: CountyMembersEditor,
  args: { which: "local", onChange: fn(), onSaved: fn() },
  argTypes: {
    which: radioControl(
      "Forum (which)",
      "Forumet för länets första lokala ledning eller för den regionala. / Which forum.",
      ["local", "regional"],
      { local: "En lokal ledning", regional: "Regionala ledningen" },
    ),
    onChange: HIDDEN,
    onSaved: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The forum of the county's first local leadership (its regional one in a county led county-wide): seats, substitutes, tasks. */
export const Local: Story = {
  name: "En lokal ledning",
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const forum = forumAt(workspace, "local");
    await expect(within(context.canvasElement).getAllByText(forum.name, { exact: false }).length).toBeGreaterThan(0);
  },
};

/** Adding a member: the form open, submitted empty, so each missing answer shows at its field and in the summary. */
export const AddMemberWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Lägg till ledamot" }));
    const form = canvas.getByRole("form", { name: "Lägg till ledamot" });
    await userEvent.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    const summary = within(form).getByRole("group", { name: /^Det finns \d+ fel att rätta$/ });
    await expect(summary).toHaveFocus();
    await expect(within(form).getByRole("combobox", { name: "Person" })).toHaveAttribute("aria-invalid", "true");
  },
};

/** Setting a substitute, in English: the member chosen, their present substitutes listed (or that they have none). */
export const SetSubstituteInEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Set a substitute" }));
    const form = canvas.getByRole("form", { name: "Set a substitute" });
    const select = within(form).getByRole("combobox", { name: "Member with mandate" });
    await userEvent.selectOptions(select, within(select).getAllByRole("option")[1]!);
    // The member's present substitutes are listed, or it says they have none.
    await expect(within(form).getByText(/^(Substitutes now: .*|.* has no substitute)\.$/)).toBeVisible();
  },
};

/** Ending a seat: the confirmation asked in the page, on the county's day, with focus on the question. */
export const EndSeatConfirmation: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const day = dayInSwedish(loadedCounty(context).asOf);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Avsluta uppdrag" }));
    const form = canvas.getByRole("form", { name: "Avsluta uppdrag" });
    const select = within(form).getByRole("combobox", { name: "Uppdrag" });
    await userEvent.selectOptions(select, within(select).getAllByRole("option")[1]!);
    await userEvent.click(within(form).getByRole("button", { name: "Avsluta uppdraget …" }));
    await expect(within(form).getByText(new RegExp(`^Avsluta uppdraget för .* den ${day}\\?$`))).toHaveFocus();
  },
};

/** The first forum of the county's regional leadership. */
export const Regional: Story = {
  name: "Regionala ledningen",
  args: { which: "regional" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const forum = forumAt(workspace, "regional");
    await expect(within(context.canvasElement).getAllByText(forum.name, { exact: false }).length).toBeGreaterThan(0);
  },
};

/** Made-up data: a forum of 60 seats: the table filters and pages, the selects list everyone. */
export const SixtyMembers: Story = {
  name: "60 ledamöter (påhittade)",
  tags: ["county-independent"],
  render: fixture(crowdedForumSample(), CROWDED_FORUM),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("60 uppdrag den 13 maj 2026.")).toBeVisible();
  },
};

/** Made-up data: a forum with nobody in it yet: the list says so; a member can be added, and there is nothing to end. */
export const NoMembers: Story = {
  name: "Utan ledamöter (påhittad)",
  tags: ["county-independent"],
  render: fixture(emptyForumSample(), EMPTY_FORUM),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Forumet har inga ledamöter den 13 maj 2026.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Avsluta uppdrag" }));
    await expect(canvas.getByText("Forumet har inga uppdrag att avsluta.")).toBeVisible();
  },
};

/** Made-up data: very long and unbroken names of the forum, its people and an organisation wrap in their column. */
export const VeryLongNames: Story = {
  name: "Mycket långa namn (påhittade)",
  tags: ["county-independent"],
  render: fixture(longNamesSample(), CROWDED_FORUM),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Ange ersättare" }));
    await expect(canvas.getByRole("form", { name: "Ange ersättare" })).toBeVisible();
  },
};
