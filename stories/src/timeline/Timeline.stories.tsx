import type { Meta, StoryObj } from "@storybook/react-vite";
import { getTimeline, groupTimeline, type TimelineGroup } from "@systemledning/core/timeline";
import type { Workspace } from "@systemledning/core/workspace";
import { Timeline, type TimelineProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { dayInSwedish, forumsMeetingIn, meetingsOfForumIn, regionalForums, yearOf } from "../county-meetings.js";
import { loadedCounty, localLeaderships, regionalLeadership } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";

/**
 * The year before the county's day as the annual report's appendix shows it: one lane for each regional forum that
 * met, with its meetings and decisions, and one for the regional activities.
 */
function regionalLanes(workspace: Workspace, year: number): TimelineGroup[] {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const forumIds = forumsMeetingIn(workspace, regionalForums(workspace), year).map((forum) => forum.id);
  const meetings =
    forumIds.length === 0 ? [] : getTimeline(workspace, { ...range, forumIds, kinds: ["meeting", "decision"] });
  const events = getTimeline(workspace, { ...range, kinds: ["event"] });
  const lanes = groupTimeline(workspace, meetings, { by: "forum" }).filter((group) => group.key !== "");
  return events.length === 0
    ? lanes
    : [...lanes, { key: "regionala-aktiviteter", label: "Regionala aktiviteter", items: events }];
}

/** The local leadership (else the regional one) with the most on its timeline in `year`. */
function busiestLeadership(workspace: Workspace, year: number) {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const count = (id: string) => getTimeline(workspace, { ...range, leadershipIds: [id] }).length;
  const locals = localLeaderships(workspace);
  return locals.reduce(
    (best, l) => (count(l.id) > count(best.id) ? l : best),
    locals[0] ?? regionalLeadership(workspace),
  );
}

/** A local leadership's year, by kind: its meetings, plan activities and check-ins. */
function localLanes(workspace: Workspace, year: number): TimelineGroup[] {
  const id = busiestLeadership(workspace, year).id;
  const items = getTimeline(workspace, { from: `${year}-01-01`, to: `${year}-12-31`, leadershipIds: [id] });
  return groupTimeline(workspace, items, { by: "kind" });
}

const LONG_TITLE =
  "Gemensam genomgång av den regionala handlingsplanen för sköra äldre med fokus på samverkan mellan kommunernas hemsjukvård, regionens primärvård och den specialiserade vården i hela länet";

/** The lanes with a very long made-up title added to every lane and item. */
function withLongTitles(lanes: readonly TimelineGroup[]): TimelineGroup[] {
  return lanes.map((lane) => ({
    ...lane,
    label: `${lane.label} – ${LONG_TITLE.slice(0, 60)}`,
    items: lane.items.map((item) => ({ ...item, title: `${item.title}: ${LONG_TITLE}` })),
  }));
}

/** Which of the county's years: the regional one before its day, or a local leadership's own. */
type View = "regional" | "local";

/** Where the timeline opens: mid-year, at the county's day, at spring, or years after anything happened. */
type Anchor = "midYear" | "today" | "spring" | "emptyYear";

type Args = Omit<TimelineProps, "lanes" | "asOf" | "defaultAnchor"> & {
  readonly view: View;
  readonly anchor: Anchor;
  /** Made-up: every lane and item given a very long title. */
  readonly longTitles?: boolean;
};

/** The year the view shows: the one before the county's day, or its own. */
const yearFor = (asOf: string, view: View) => yearOf(asOf) - (view === "regional" ? 1 : 0);

function anchorFor(asOf: string, view: View, anchor: Anchor): string {
  const year = yearFor(asOf, view);
  if (anchor === "today") return asOf;
  if (anchor === "spring") return `${year}-03-14`;
  return anchor === "emptyYear" ? `${yearOf(asOf) + 4}-06-01` : `${year}-06-01`;
}

/** The timeline of the county the toolbar chose. */
function CountyTimeline({ view, anchor, longTitles, ...args }: Args) {
  const { workspace, asOf } = useStoryCounty();
  const year = yearFor(asOf, view);
  const lanes = view === "regional" ? regionalLanes(workspace, year) : localLanes(workspace, year);
  return (
    <Timeline
      {...args}
      lanes={longTitles ? withLongTitles(lanes) : lanes}
      asOf={asOf}
      defaultAnchor={anchorFor(asOf, view, anchor)}
    />
  );
}

const meta = {
  title: "Möten och tidslinje/Tidslinje",
  component: CountyTimeline,
  args: { view: "regional", anchor: "midYear" },
  argTypes: {
    ...WIDGET_CONTROLS,
    view: radioControl(
      "Visa (view)",
      "Regionala forum året före länets dag, eller en lokal lednings år. / Which of the county's years.",
      ["regional", "local"],
      { regional: "Regionala forum", local: "En lokal ledning" },
    ),
    anchor: radioControl(
      "Börja vid (anchor)",
      "Var tidslinjen öppnar. / Where the timeline opens.",
      ["midYear", "today", "spring", "emptyYear"],
      { midYear: "Mitt i året", today: "Idag", spring: "I mars", emptyYear: "Ett tomt år" },
    ),
    longTitles: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The year before the county's day as its annual report's appendix shows it: the regional forums that met, with
 * their decisions, and the regional activities. Opening a meeting moves focus to its details; Escape moves it back.
 */
export const RegionalYear: Story = {
  name: "Regionala forum förra året",
  play: async (context) => {
    const { workspace, asOf } = loadedCounty(context);
    const year = yearOf(asOf) - 1;
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole("figure", { name: "Tidslinje" })).toBeVisible();
    const forum = forumsMeetingIn(workspace, regionalForums(workspace), year)[0];
    if (!forum) {
      if (regionalLanes(workspace, year).length === 0)
        await expect(canvas.getByText(`Inga händelser under ${year}.`)).toBeVisible();
      return;
    }
    await expect(canvas.getByRole("list", { name: new RegExp(`^${forum.name}: \\d+ händelser$`) })).toBeVisible();
    const meeting = meetingsOfForumIn(workspace, forum.id, year)[0]!;
    const first = canvas.getAllByRole("button", { name: new RegExp(`^Möte, ${dayInSwedish(meeting.start)}`) })[0]!;
    await userEvent.click(first);
    await expect(canvas.getByRole("heading", { name: forum.name, level: 4 })).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect(first).toHaveFocus();
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };

/** A quarter of the same year: day columns and week numbers. */
export const Quarter: Story = { name: "Ett kvartal", args: { defaultZoom: "quarter", anchor: "spring" } };

/** The year of the local leadership with the most on its timeline: meetings, plan activities and check-ins; today marked. */
export const LocalLeadershipYear: Story = {
  name: "En lokal lednings år",
  args: { view: "local", anchor: "today" },
  play: async (context) => {
    const { asOf } = loadedCounty(context);
    await expect(within(context.canvasElement).getByText(`Idag, ${dayInSwedish(asOf)}`)).toBeInTheDocument();
  },
};

/** A month with today marked: one column a day. */
export const MonthWithToday: Story = {
  name: "En månad med idag",
  args: { view: "local", anchor: "today", defaultZoom: "month" },
};

/** A year years after the county's sample: the figure says it is empty, and the timeline is still reachable by keyboard. */
export const EmptyYear: Story = {
  name: "Ett tomt år",
  args: { anchor: "emptyYear" },
  play: async (context) => {
    const year = yearOf(loadedCounty(context).asOf) + 4;
    await expect(within(context.canvasElement).getByText(`Inga händelser under ${year}.`)).toBeVisible();
  },
};

/** The county's year with very long made-up titles: cut with an ellipsis on the timeline, whole in the details and the table. */
export const VeryLongTitles: Story = { name: "Mycket långa rubriker", args: { longTitles: true } };
