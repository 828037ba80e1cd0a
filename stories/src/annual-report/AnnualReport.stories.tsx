import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { STORY_AS_OF } from "../sample.js";
import { radioControl } from "../controls.js";
import { onlyControls } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";
import { AnnualReportHost, loadDalarnaWithTexts, type AnnualReportHostProps } from "./host.js";

type Args = Omit<AnnualReportHostProps, "workspace" | "year" | "asOf"> & {
  /** Which year the report is for, counted back from the year of the county's sample day. */
  readonly yearsBack: 1 | 5;
  /** A made-up workspace of the story's own, with its year and day, instead of the county's. */
  readonly own?: { readonly workspace: Workspace; readonly year: number; readonly asOf: string };
};

/** The report of the county the toolbar chose, for the year before its sample day (or further back), or the story's own. */
function CountyAnnualReport({ yearsBack, own, ...props }: Args) {
  const county = useStoryCounty();
  const year = own?.year ?? Number(county.asOf.slice(0, 4)) - yearsBack;
  const workspace = own?.workspace ?? county.workspace;
  return (
    <AnnualReportHost
      // A new county or year starts a new report, as a page loading another workspace does.
      key={`${workspace.profile.id}|${year}`}
      {...props}
      workspace={workspace}
      year={year}
      asOf={own?.asOf ?? county.asOf}
    />
  );
}

const meta = {
  title: "Handlingsplan/Årsrapport",
  component: CountyAnnualReport,
  args: { yearsBack: 1, onSaved: fn() },
  ...onlyControls({
    yearsBack: radioControl("År", "Vilket år rapporten gäller, räknat från dagen länets exempel beskriver.", [1, 5], {
      1: "Året före exempeldagen",
      5: "Fem år tidigare (utan data)",
    }),
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's report for the year before its sample day: the self-assessment, the indicators, the plans, the
 * check-ins and the meetings of its sample. The table of contents leads to each part; a lesson written under part 5
 * is saved and shown in the report.
 */
export const CountyReport: Story = {
  name: "Länets årsrapport",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const contents = canvas.getByRole("navigation", { name: "Innehåll" });
    await userEvent.click(within(contents).getByRole("link", { name: /^5 Sammanfattade lärdomar/ }));
    await expect(canvas.getByRole("heading", { name: /^5 Sammanfattade lärdomar/ })).toHaveFocus();
    const editor = canvas.getByRole("form", { name: /^Skriv texten till 5/ });
    const swedish = within(editor).getByRole("textbox", { name: /Text på svenska/ });
    await userEvent.type(swedish, "{Enter}{Enter}Färre fokusområden ger en tydligare uppföljning.");
    await userEvent.click(within(editor).getByRole("button", { name: /Spara texten till 5/ }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Färre fokusområden ger en tydligare uppföljning.", { selector: "p" })).toBeVisible();
  },
};

/**
 * Dalarna's report 2025 with the texts of *Regional årsrapport 2025* saved in the workspace: its own data, whatever
 * county the toolbar shows, since the texts belong to Dalarna's report.
 */
export const WithDalarnasTexts: Story = {
  tags: ["county-independent"],
  name: "Med texterna ur Dalarnas årsrapport 2025",
  args: { own: { workspace: loadDalarnaWithTexts(), year: 2025, asOf: STORY_AS_OF } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("navigation", { name: "Innehåll" })).toBeVisible();
  },
};

/** A year five years before the county's sample day: no plans, values or rounds then; each part says why. */
export const YearWithoutData: Story = {
  name: "Ett år utan data",
  args: { yearsBack: 5 },
  play: async ({ canvasElement }) => {
    const reasons = canvasElement.querySelectorAll(".sl-annual-report-no-data");
    await expect(reasons.length).toBeGreaterThan(3);
  },
};

/** In English (set by the story): the report's own words and the editors in English. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("navigation", { name: "Contents" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Download as Markdown" })).toBeVisible();
  },
};

/** Dark (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };
