import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample } from "../workbook/hosts.js";
import { AnnualReportHost, loadDalarnaWithTexts } from "./host.js";

const meta = {
  title: "Follow-up/AnnualReport",
  component: AnnualReportHost,
  args: { workspace: loadDalarnaWithTexts(), year: 2025, asOf: STORY_AS_OF, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof AnnualReportHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Dalarna's report 2025: the texts of *Regional årsrapport 2025* saved in the workspace, the self-assessment, the
 * indicators, the plans, the check-ins and the meetings of the sample. The table of contents leads to each part;
 * a lesson written under part 5 is saved and shown in the report.
 */
export const Dalarna2025: Story = {
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

/** Dalarna's sample before anyone has written: the title is the default, and every part shows the data alone. */
export const Unwritten: Story = { args: { workspace: loadDalarnaWithTexts(), year: 2024 } };

/** Region Kalmar län: no plans, no indicator values, no self-assessment; each part says why it has no data. */
export const KalmarNoData: Story = {
  args: { workspace: loadKalmarSample(), year: 2025, asOf: KALMAR_AS_OF },
  play: async ({ canvasElement }) => {
    const reasons = canvasElement.querySelectorAll(".sl-annual-report-no-data");
    await expect(reasons.length).toBeGreaterThan(3);
  },
};

/** In English: the report's own words and the editors in English; texts written only in Swedish are marked so. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("navigation", { name: "Contents" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Download as Markdown" })).toBeVisible();
  },
};

/** Dark. */
export const Dark: Story = { args: { theme: "dark" } };
