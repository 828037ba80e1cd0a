import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { WorkspaceClashDialog, type ClashShown } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import { loadSample } from "../sample.js";

const base = loadSample();
const meeting = base.meetings.find((m) => m.status === "notes-in-review")!;
const item = meeting.agenda[0]!;

/** Mine approved the notes and rewrote an item's notes; theirs (revision 12) cancelled the meeting and wrote others. */
function withMeeting(ws: Workspace, status: typeof meeting.status, notes: string): Workspace {
  return {
    ...ws,
    meetings: ws.meetings.map((m) =>
      m.id === meeting.id ? { ...m, status, agenda: m.agenda.map((a) => (a.id === item.id ? { ...a, notes } : a)) } : m,
    ),
  };
}

const clash: ClashShown = {
  mine: withMeeting(base, "approved", "Beslutades att gå vidare med den gemensamma handlingsplanen."),
  theirs: {
    workspace: withMeeting(base, "cancelled", "Punkten flyttas till nästa möte."),
    revision: "12",
  },
  paths: [`meetings[id=${meeting.id}].status`, `meetings[id=${meeting.id}].agenda[id=${item.id}].notes`],
  messages: {
    sv: `Någon annan har ändrat samma uppgifter: meetings[id=${meeting.id}].status.`,
    en: `Someone else changed the same details: meetings[id=${meeting.id}].status.`,
  },
};

const meta = {
  title: "Byggstenar/Krock vid sparande",
  component: WorkspaceClashDialog,
  // A building block shown on a made-up clash: the same whatever county the toolbar chose.
  tags: ["county-independent"],
  args: { clash, onChoose: fn() },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof WorkspaceClashDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Two people changed the same meeting: the dialog names both versions, says in words where they differ and what
 * each holds there, and asks which to keep. Focus starts on its title; Tab stays inside.
 */
export const Clash: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole("alertdialog", { name: "Någon annan har ändrat samma sak" });
    await expect(within(dialog).getByRole("heading", { name: "Någon annan har ändrat samma sak" })).toHaveFocus();
    await expect(within(dialog).getAllByRole("listitem")).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole("button", { name: "Behåll min version" }));
    await expect(args.onChoose).toHaveBeenCalledWith("mine");
  },
};

/** In English, in the dark theme's tokens as the host's page sets them. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Keep the saved version" }));
    await expect(args.onChoose).toHaveBeenCalledWith("theirs");
  },
};
