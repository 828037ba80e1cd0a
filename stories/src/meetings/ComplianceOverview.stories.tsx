import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { ComplianceOverview, type ComplianceOverviewProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { forumsMeetingIn, localForums, regionalForums, yearOf } from "../county-meetings.js";
import { expectNotInCountySample, NotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";

/** Which forums: the regional or local ones that met in the year, or every forum of the county. */
type Forums = "regional" | "local" | "all";

/** Which year: the county's own (up to its day), the one before, or the year before its first meeting. */
type Period = "thisYear" | "lastYear" | "beforeFirstMeeting";

type Args = Omit<ComplianceOverviewProps, "workspace" | "forumIds" | "from" | "to" | "asOf"> & {
  readonly forums: Forums;
  readonly period: Period;
};

/** The year of `period` for the county. */
function yearFor(workspace: Workspace, asOf: string, period: Period): number {
  if (period === "thisYear") return yearOf(asOf);
  if (period === "lastYear") return yearOf(asOf) - 1;
  const first = workspace.meetings.map((m) => yearOf(m.start)).sort((a, b) => a - b)[0];
  return (first ?? yearOf(asOf)) - 1;
}

/**
 * The forum ids of `forums` for `year`: of the regional or local forums those that met that year (all the regional
 * ones when none did, so a county without meetings still shows its forums); `undefined` for every forum.
 */
function forumIdsFor(workspace: Workspace, forums: Forums, year: number): readonly string[] | undefined {
  if (forums === "all") return undefined;
  const candidates = forums === "regional" ? regionalForums(workspace) : localForums(workspace);
  const met = forumsMeetingIn(workspace, candidates, year);
  return (met.length > 0 || forums === "local" ? met : candidates).map((forum) => forum.id);
}

/** The overview of the county the toolbar chose, or a note when it has no such forums. */
function CountyComplianceOverview({ forums, period, ...args }: Args) {
  const county = useStoryCounty();
  const year = yearFor(county.workspace, county.asOf, period);
  const forumIds = forumIdsFor(county.workspace, forums, year);
  if (forumIds?.length === 0)
    return (
      <NotInCountySample
        county={county}
        lacks={{ sv: "inga lokala forum med möten", en: "no local forums with meetings" }}
      />
    );
  return (
    <ComplianceOverview
      {...args}
      workspace={county.workspace}
      forumIds={forumIds}
      from={`${year}-01-01`}
      to={`${year}-12-31`}
      asOf={period === "thisYear" ? county.asOf : undefined}
    />
  );
}

const meta = {
  title: "Möten och tidslinje/Följs mötesreglerna",
  component: CountyComplianceOverview,
  args: { forums: "regional", period: "lastYear" },
  argTypes: {
    ...WIDGET_CONTROLS,
    forums: radioControl(
      "Forum (forums)",
      "Regionala eller lokala forum som hade möten, eller alla länets forum. / Which forums.",
      ["regional", "local", "all"],
      { regional: "Regionala", local: "Lokala", all: "Alla" },
    ),
    period: radioControl(
      "År (period)",
      "Länets år hittills, året före, eller ett år utan möten. / Which year.",
      ["thisYear", "lastYear", "beforeFirstMeeting"],
      { thisYear: "I år", lastYear: "Förra året", beforeFirstMeeting: "Före första mötet" },
    ),
    attendanceTarget: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The regional leadership's forums that met the year before the county's day, as the annual report follows them. */
export const RegionalForumsLastYear: Story = {
  name: "Regionala forum förra året",
  play: async (context) => {
    const { workspace, asOf } = loadedCounty(context);
    const forumIds = forumIdsFor(workspace, "regional", yearOf(asOf) - 1)!;
    const canvas = within(context.canvasElement);
    const table = canvas.getByRole("table", { name: "Mötesregler per forum" });
    await expect(within(table).getAllByRole("row")).toHaveLength(forumIds.length + 1);
    const figure = canvas.getByRole("figure", { name: "Huvudmännens närvaro" });
    const bars = within(figure).queryAllByRole("img");
    if (bars.length === 0) {
      await expect(
        within(figure).getAllByText("Ingen närvaro är registrerad för mötena under perioden.").length,
      ).toBeGreaterThan(0);
      return;
    }
    // One bar is in the tab order; the arrows and End move between them.
    await expect(figure.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    await userEvent.click(bars[0]!);
    if (bars.length > 1) {
      await userEvent.keyboard("{ArrowDown}");
      await expect(bars[1]).toHaveFocus();
    }
    await userEvent.keyboard("{End}");
    await expect(bars.at(-1)).toHaveFocus();
  },
};

/** The local forums with meetings in the county's year, up to its day: planned so far, not the whole year. */
export const LocalForumsThisYear: Story = {
  name: "Lokala forum i år",
  args: { forums: "local", period: "thisYear" },
  play: async (context) => {
    const { workspace, asOf } = loadedCounty(context);
    const forumIds = forumIdsFor(workspace, "local", yearOf(asOf))!;
    if (forumIds.length === 0) return expectNotInCountySample(context.canvasElement);
    const table = within(context.canvasElement).getByRole("table", { name: "Mötesregler per forum" });
    await expect(within(table).getAllByRole("row")).toHaveLength(forumIds.length + 1);
  },
};

/** Every forum of the county the year before its day: forums without meetings, which the table says plainly. */
export const AllForumsLastYear: Story = {
  name: "Alla forum förra året",
  args: { forums: "all" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const table = within(context.canvasElement).getByRole("table", { name: "Mötesregler per forum" });
    await expect(within(table).getAllByRole("row")).toHaveLength(workspace.forums.length + 1);
  },
};

/** The year before the county's first meeting: the figures say there is nothing to judge. */
export const EmptyPeriod: Story = {
  name: "Ett år utan möten",
  args: { period: "beforeFirstMeeting" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getAllByText("Ingen närvaro är registrerad för mötena under perioden.").length,
    ).toBeGreaterThan(0);
  },
};

/** The chart's table first: a row for each principal of each forum that met. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Huvudmännens närvaro per forum" });
    await expect(within(table).getAllByRole("row").length).toBeGreaterThan(0);
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };
