import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatusBadge, useKitLocale, Widget, type StatusBadgeStatus, type WidgetProps } from "@systemledning/react";
import { WIDGET_CONTROLS } from "../controls.js";

const STATUSES: readonly StatusBadgeStatus[] = ["ok", "info", "warning", "missing"];

/**
 * Every status side by side, in words and shape: colour is never the only signal (docs/quality.md A8). Made-up:
 * the badges show no county's data, so the county switch changes nothing here.
 */
function AllStatuses({ locale, theme }: Pick<WidgetProps, "locale" | "theme">) {
  return (
    <Widget locale={locale} theme={theme}>
      <StatusList />
    </Widget>
  );
}

function StatusList() {
  const { locale } = useKitLocale();
  return (
    <ul aria-label={locale === "sv" ? "Statusar" : "Statuses"}>
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: "Byggstenar/Statusmärke",
  component: AllStatuses,
  // A building block that shows no county's data: the same whatever county the toolbar chose.
  tags: ["county-independent"],
  argTypes: { ...WIDGET_CONTROLS },
} satisfies Meta<typeof AllStatuses>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the toolbar's theme and language: circle, diamond, triangle and cross, each with its word. */
export const AllFour: Story = {
  name: "Alla fyra",
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items.map((item) => item.textContent)).toEqual([
      "Uppfyllt",
      "Att känna till",
      "Bör ses över",
      "Saknas",
    ]);
    await expect(items.map((item) => item.querySelector(".sl-status")?.getAttribute("data-status"))).toEqual(STATUSES);
  },
};

/** Dark and in English whatever the toolbar says: a story's own theme and language win. */
export const DarkInEnglish: Story = {
  name: "Mörkt på engelska",
  args: { theme: "dark", locale: "en" },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items.map((item) => item.textContent)).toEqual([
      "In place",
      "Worth knowing",
      "Needs a look",
      "Missing",
    ]);
    await expect(items[0]!.closest(".sl-root")).toHaveAttribute("data-sl-theme", "dark");
  },
};
