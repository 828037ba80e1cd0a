import type { Meta, StoryObj } from "@storybook/react-vite";
import { MeetingPage, type MeetingPageProps } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { longTitlesSample, MEETINGS_NOW, SAMPLE_MEETINGS } from "../../../tests/fixtures/meeting-views.js";
import { loadSample, STORY_AS_OF } from "../sample.js";
import { StoredStory } from "../story-store.js";

/** A host that keeps the workspace in state, as an intranet page keeps it in its store. */
function MeetingPageHost(props: MeetingPageProps) {
  const [workspace, setWorkspace] = useState(props.workspace);
  return (
    <MeetingPage
      {...props}
      workspace={workspace}
      onWorkspaceChange={(next, context) => {
        setWorkspace(next);
        props.onWorkspaceChange?.(next, context);
      }}
    />
  );
}

const meta = {
  title: "Möten och tidslinje/Mötet",
  component: MeetingPageHost,
  args: {
    workspace: loadSample(),
    meetingId: SAMPLE_MEETINGS.held,
    asOf: STORY_AS_OF,
    now: () => MEETINGS_NOW,
    onWorkspaceChange: fn(),
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof MeetingPageHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Planned: the notice is the next step; the meeting can be cancelled with a reason. */
export const Planned: Story = { args: { meetingId: SAMPLE_MEETINGS.planned } };

/** Notice sent: attendance and notes can be entered during the meeting, then it is marked held. */
export const NoticeSent: Story = { args: { meetingId: SAMPLE_MEETINGS.noticeSent } };

/** Held (digitally, a note against the physical rule): sending the notes for review moves the status on. */
export const Held: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Beslutsfört", { selector: ".sl-meetings-quorum-verdict .sl-status" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Skicka anteckningarna på justering" }));
    await expect(canvas.getByText("Anteckningar på justering", { selector: ".sl-meetings-badge" })).toBeVisible();
    // The button pressed is gone: focus moves to the confirmation.
    await expect(canvas.getByText("Anteckningarna är skickade på justering.").closest("p")).toHaveFocus();
    await expect(args.onWorkspaceChange).toHaveBeenCalledWith(expect.anything(), {
      command: "sendNotesForReview",
      meetingId: SAMPLE_MEETINGS.held,
    });
  },
};

/** Not quorate: nobody from Region Dalarna with mandate. Ticking one of them makes the meeting quorate, and says so. */
export const NotQuorate: Story = {
  args: { meetingId: SAMPLE_MEETINGS.notQuorate },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText("Inte beslutsfört", { selector: ".sl-meetings-quorum-verdict .sl-status" }),
    ).toBeVisible();
    await expect(canvas.getByText("Region Dalarna saknar företrädare med mandat.")).toBeVisible();
    await userEvent.click(canvas.getByRole("checkbox", { name: /^Ann-Sofi Grönvall med mandat/ }));
    await expect(canvas.getByText("Beslutsfört", { selector: ".sl-meetings-quorum-verdict .sl-status" })).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent(/^Beslutsfört\./);
  },
};

/** Notes in review (sent late): adjustments are saved in the meeting; approving writes the log, asynchronously. */
export const NotesInReview: Story = {
  args: { meetingId: SAMPLE_MEETINGS.inReview },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Justera anteckningarna" }));
    await waitFor(() => expect(canvas.getByText("Justerat", { selector: ".sl-meetings-badge" })).toBeVisible());
    await expect(canvas.getByRole("heading", { name: "Justerade anteckningar" })).toBeVisible();
  },
};

/** Approved: the minutes from the log, read-only, with a button to correct by a new entry. */
export const Approved: Story = { args: { meetingId: SAMPLE_MEETINGS.approved } };

/** Approved with a correction in the log (a wrong diarienummer), listed as a correction. */
export const ApprovedWithCorrection: Story = {
  args: { meetingId: SAMPLE_MEETINGS.corrected },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Post log-7 rättar post log-5")).toBeVisible();
    await expect(canvas.getByText("Diarienummer RSS 2025/17", { exact: false })).toBeVisible();
  },
};

/** Cancelled, with its reason. */
export const Cancelled: Story = { args: { meetingId: SAMPLE_MEETINGS.cancelled } };

/** Very long and hostile titles, notes and links: text stays text, unsafe links are plain text. */
export const VeryLongTitles: Story = { args: { workspace: longTitlesSample() } };

/** In English: the kit's words in English, the meeting's Swedish text marked `lang="sv"`. */
export const InEnglish: Story = { args: { locale: "en", meetingId: SAMPLE_MEETINGS.notQuorate } };

/** Dark theme, notes in review. */
export const Dark: Story = { args: { theme: "dark", meetingId: SAMPLE_MEETINGS.inReview } };

/**
 * Saved in this browser: the page's changes go through `updateWorkspace` into the story's own IndexedDB store, so
 * marking the meeting held survives a reload (the status line says "Sparat.").
 */
export const SavedInThisBrowser: Story = {
  args: { meetingId: SAMPLE_MEETINGS.noticeSent },
  render: (args) => (
    <StoredStory storyKey={`meeting-page-${args.meetingId}`} initial={args.workspace}>
      {(workspace, updates) => <MeetingPage {...args} workspace={workspace} onChange={updates.apply} />}
    </StoredStory>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Sparas i den här webbläsaren/)).toBeVisible();
    await expect(canvas.getAllByRole("status").some((region) => region.classList.contains("sl-save-status"))).toBe(
      true,
    );
  },
};
