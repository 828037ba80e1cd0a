import type { Meta, StoryObj } from "@storybook/react-vite";
import { getMeetingQuorum } from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { MeetingPage, type MeetingPageProps } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  longTitlesSample,
  MEETINGS_AS_OF,
  MEETINGS_NOW,
  SAMPLE_MEETINGS,
} from "../../../tests/fixtures/meeting-views.js";
import { HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import { correctionOf, MEETING_PICKS, pickMeeting, storyNow, type MeetingPick } from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
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

type Args = Omit<MeetingPageProps, "workspace" | "meetingId" | "asOf" | "now"> & {
  /** The meeting's state: the story shows the county's first meeting in it. */
  readonly pick: MeetingPick;
  /** Keep the page's changes in this browser (IndexedDB), under a key of the county and the meeting. */
  readonly storedInBrowser?: boolean;
};

/** The words of a {@link MeetingPick} in the note a county without such a meeting shows, in Swedish and English. */
const PICK_WORDS: Record<MeetingPick, readonly [string, string]> = {
  planned: ["planerat", "planned"],
  noticeSent: ["med kallelsen skickad", "with its notice sent"],
  held: ["hållet och beslutsfört", "held and quorate"],
  notQuorate: ["hållet men inte beslutsfört", "held but not quorate"],
  inReview: ["med anteckningarna på justering", "with its notes in review"],
  approved: ["justerat", "approved"],
  corrected: ["justerat och rättat i loggen", "approved and corrected in the log"],
  cancelled: ["inställt", "cancelled"],
};

/** The story's storage key of a meeting: the stored story adds the county's id, so each county keeps its own. */
function storedMeetingKey(meetingId: string): string {
  return `meeting-page-${meetingId}`;
}

/** The page of the county's first meeting in the state `pick`, or a note when its sample has none such. */
function CountyMeetingPage({ pick, storedInBrowser, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace }) => pickMeeting(workspace, pick)}
      lacks={{ sv: `inget möte ${PICK_WORDS[pick][0]}`, en: `no meeting ${PICK_WORDS[pick][1]}` }}
    >
      {(meeting, county) => {
        const props = { ...args, meetingId: meeting.id, asOf: county.asOf, now: () => storyNow(county.asOf) };
        if (!storedInBrowser) return <MeetingPageHost {...props} workspace={county.workspace} />;
        return (
          <StoredStory storyKey={storedMeetingKey(meeting.id)} locale={args.locale} initial={county.workspace}>
            {(workspace, updates) => <MeetingPage {...props} workspace={workspace} onChange={updates.apply} />}
          </StoredStory>
        );
      }}
    </CountyPick>
  );
}

/** The meeting a play function checks: the same pick as the story's, in the county loaded for the run. */
function picked(context: Parameters<NonNullable<Story["play"]>>[0]) {
  const { workspace } = loadedCounty(context);
  return { workspace, meeting: pickMeeting(workspace, context.args.pick) };
}

/** Where the page states its quorum verdict. */
const VERDICT = { selector: ".sl-meetings-quorum-verdict .sl-status" };

const meta = {
  title: "Möten och tidslinje/Mötet",
  component: CountyMeetingPage,
  args: { pick: "held", onWorkspaceChange: fn() },
  argTypes: {
    ...WIDGET_CONTROLS,
    pick: {
      name: "Mötets läge (pick)",
      description: "Länets första möte i det valda läget. / The county's first meeting in the chosen state.",
      control: {
        type: "select",
        labels: {
          planned: "Planerat",
          noticeSent: "Kallelse skickad",
          held: "Hållet",
          notQuorate: "Inte beslutsfört",
          inReview: "På justering",
          approved: "Justerat",
          corrected: "Rättat i loggen",
          cancelled: "Inställt",
        },
      },
      options: MEETING_PICKS,
    },
    storedInBrowser: HIDDEN,
    onWorkspaceChange: HIDDEN,
    onChange: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Planned: the notice is the next step; the meeting can be cancelled with a reason. */
export const Planned: Story = { name: "Planerat", args: { pick: "planned" } };

/** Notice sent: attendance and notes can be entered during the meeting, then it is marked held. */
export const NoticeSent: Story = { name: "Kallelse skickad", args: { pick: "noticeSent" } };

/** Held and quorate: sending the notes for review moves the status on. */
export const Held: Story = {
  name: "Hållet",
  play: async (context) => {
    const { meeting } = picked(context);
    if (!meeting) return expectNotInCountySample(context.canvasElement);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText("Beslutsfört", VERDICT)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Skicka anteckningarna på justering" }));
    await expect(canvas.getByText("Anteckningar på justering", { selector: ".sl-meetings-badge" })).toBeVisible();
    // The button pressed is gone: focus moves to the confirmation.
    await expect(canvas.getByText("Anteckningarna är skickade på justering.").closest("p")).toHaveFocus();
    await expect(context.args.onWorkspaceChange).toHaveBeenCalledWith(expect.anything(), {
      command: "sendNotesForReview",
      meetingId: meeting.id,
    });
  },
};

/** The names of the absent mandate holders of a meeting, as the attendance list names their checkboxes. */
function absentNames(workspace: Workspace, meetingId: string): readonly string[] {
  return getMeetingQuorum(workspace, meetingId)
    .absences.filter((absence) => absence.reason !== "substitute-invalid")
    .map((absence) => workspace.memberships.find((m) => m.id === absence.membershipId)?.personId)
    .map((personId) => workspace.people.find((p) => p.id === personId)?.name)
    .filter((name): name is string => name !== undefined);
}

/**
 * Held but not quorate: the page names each principal without a representative with mandate. Ticking the absent
 * mandate holders present makes the meeting quorate, and says so. A county whose sample has no such meeting says so.
 */
export const NotQuorate: Story = {
  name: "Inte beslutsfört",
  args: { pick: "notQuorate" },
  play: async (context) => {
    const { workspace, meeting } = picked(context);
    if (!meeting) return expectNotInCountySample(context.canvasElement);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText("Inte beslutsfört", VERDICT)).toBeVisible();
    for (const check of getMeetingQuorum(workspace, meeting.id).checks)
      if (check.rule === "every-principal")
        for (const { name } of check.missing)
          await expect(canvas.getByText(`${name} saknar företrädare med mandat.`)).toBeVisible();
    for (const name of absentNames(workspace, meeting.id)) {
      if (canvas.queryByText("Beslutsfört", VERDICT)) break;
      await userEvent.click(canvas.getByRole("checkbox", { name: new RegExp(`^${name} med mandat`) }));
    }
    await expect(canvas.getByText("Beslutsfört", VERDICT)).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent(/^Beslutsfört\./);
  },
};

/** Notes in review: adjustments are saved in the meeting; approving writes the log, asynchronously. */
export const NotesInReview: Story = {
  name: "På justering",
  args: { pick: "inReview" },
  play: async (context) => {
    if (!picked(context).meeting) return expectNotInCountySample(context.canvasElement);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Justera anteckningarna" }));
    await waitFor(() => expect(canvas.getByText("Justerat", { selector: ".sl-meetings-badge" })).toBeVisible());
    await expect(canvas.getByRole("heading", { name: "Justerade anteckningar" })).toBeVisible();
  },
};

/** Approved: the minutes from the log, read-only, with a button to correct by a new entry. */
export const Approved: Story = { name: "Justerat", args: { pick: "approved" } };

/**
 * Approved with a correction in the log, listed as a correction. Only a county whose sample has corrected a
 * decision shows it; another says so.
 */
export const ApprovedWithCorrection: Story = {
  name: "Rättat i loggen",
  args: { pick: "corrected" },
  play: async (context) => {
    const { workspace, meeting } = picked(context);
    if (!meeting) return expectNotInCountySample(context.canvasElement);
    const correction = correctionOf(workspace, meeting.id)!;
    const canvas = within(context.canvasElement);
    if (correction.kind !== "correction") throw new Error("The pick is not a correction.");
    await expect(canvas.getByText(`Post ${correction.id} rättar post ${correction.correctsId}`)).toBeVisible();
  },
};

/** Cancelled, with its reason. */
export const Cancelled: Story = { name: "Inställt", args: { pick: "cancelled" } };

const longTitles = longTitlesSample();

/** Made-up data: very long and hostile titles, notes and links: text stays text, unsafe links are plain text. */
export const VeryLongTitles: Story = {
  name: "Mycket långa rubriker (påhittade)",
  tags: ["county-independent"],
  render: (args) => (
    <MeetingPageHost
      {...args}
      workspace={longTitles}
      meetingId={SAMPLE_MEETINGS.held}
      asOf={MEETINGS_AS_OF}
      now={() => MEETINGS_NOW}
    />
  ),
};

/** In English: the kit's words in English, the meeting's Swedish text marked `lang="sv"`. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark theme, notes in review. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark", pick: "inReview" } };

/**
 * Saved in this browser: the page's changes go through `updateWorkspace` into the story's own IndexedDB store, kept
 * per county and meeting, so marking the meeting held survives a reload and a county switch shows that county's own.
 */
export const SavedInThisBrowser: Story = {
  name: "Sparas i webbläsaren",
  args: { pick: "noticeSent", storedInBrowser: true },
  play: async (context) => {
    const { meeting } = picked(context);
    if (!meeting) return expectNotInCountySample(context.canvasElement);
    const canvas = within(context.canvasElement);
    const key = `${storedMeetingKey(meeting.id)}@${loadedCounty(context).county.id}`;
    await expect(await canvas.findByText(new RegExp(`^Sparas i den här webbläsaren .*«${key}»`))).toBeVisible();
    await expect(canvas.getAllByRole("status").some((region) => region.classList.contains("sl-save-status"))).toBe(
      true,
    );
  },
};
