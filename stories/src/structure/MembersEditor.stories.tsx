import type { Meta, StoryObj } from "@storybook/react-vite";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { MembersEditor, type MembersChangeContext, type MembersEditorProps } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import {
  CROWDED_FORUM,
  EMPTY_FORUM,
  crowdedForumSample,
  emptyForumSample,
  longNamesSample,
} from "../../../tests/fixtures/members-editor.js";
import { loadSample, STORY_AS_OF } from "../sample.js";

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

const meta = {
  title: "Struktur/Ändra ledamöter",
  component: MembersEditorHost,
  args: {
    workspace: loadSample(),
    forumId: "f-vansbro",
    asOf: STORY_AS_OF,
    now: () => new Date("2026-05-13T10:00:00+02:00"),
    onChange: fn(),
    onSaved: fn(),
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof MembersEditorHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna: Vansbro's local leadership, its seats and substitutes, and the three tasks closed. */
export const Dalarna: Story = {};

/** Adding a member: the form open, submitted empty, so each missing answer shows at its field and in the summary. */
export const AddMemberWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Lägg till ledamot" }));
    const form = canvas.getByRole("form", { name: "Lägg till ledamot" });
    await userEvent.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    const summary = within(form).getByRole("group", { name: "Det finns 2 fel att rätta" });
    await expect(summary).toHaveFocus();
    await expect(within(form).getByRole("combobox", { name: "Person" })).toHaveAttribute("aria-invalid", "true");
  },
};

/** Setting a substitute, in English: the member chosen, their present substitute listed with a remove button. */
export const SetSubstituteInEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Set a substitute" }));
    const form = canvas.getByRole("form", { name: "Set a substitute" });
    const select = within(form).getByRole("combobox", { name: "Member with mandate" });
    await userEvent.selectOptions(select, within(select).getAllByRole("option")[1]!);
    await expect(within(form).getByText(/^Substitutes now: /)).toBeVisible();
  },
};

/** Ending a seat: the confirmation asked in the page, with focus on the question. */
export const EndSeatConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Avsluta uppdrag" }));
    const form = canvas.getByRole("form", { name: "Avsluta uppdrag" });
    const select = within(form).getByRole("combobox", { name: "Uppdrag" });
    await userEvent.selectOptions(select, within(select).getAllByRole("option")[1]!);
    await userEvent.click(within(form).getByRole("button", { name: "Avsluta uppdraget …" }));
    await expect(within(form).getByText(/^Avsluta uppdraget för .* den 13 maj 2026\?$/)).toHaveFocus();
  },
};

/** Kalmar: the county's joint leadership (LGL), with its user representatives. */
export const Kalmar: Story = {
  args: { workspace: createKalmarSampleWorkspace(), forumId: "f-lgl" },
};

/** A forum of 60 seats: the table filters and pages, the selects list everyone. */
export const SixtyMembers: Story = {
  args: { workspace: crowdedForumSample(), forumId: CROWDED_FORUM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("60 uppdrag den 13 maj 2026.")).toBeVisible();
  },
};

/** A forum with nobody in it yet: the list says so; a member can be added, and there is nothing to end. */
export const NoMembers: Story = {
  args: { workspace: emptyForumSample(), forumId: EMPTY_FORUM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Forumet har inga ledamöter den 13 maj 2026.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Avsluta uppdrag" }));
    await expect(canvas.getByText("Forumet har inga uppdrag att avsluta.")).toBeVisible();
  },
};

/** Very long and unbroken names of the forum, its people and an organisation: everything wraps in its column. */
export const VeryLongNames: Story = {
  args: { workspace: longNamesSample(), forumId: CROWDED_FORUM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Ange ersättare" }));
    await expect(canvas.getByRole("form", { name: "Ange ersättare" })).toBeVisible();
  },
};
