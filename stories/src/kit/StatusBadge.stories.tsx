import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatusBadge, Widget, type KitLocale, type StatusBadgeStatus } from "@systemledning/react";

const STATUSES: readonly StatusBadgeStatus[] = ["ok", "info", "warning", "missing"];

/** Every status side by side, in words and shape: colour is never the only signal (docs/quality.md A8). */
function AllStatuses({ locale, theme }: { readonly locale: KitLocale; readonly theme: "light" | "dark" }) {
  return (
    <Widget locale={locale} theme={theme}>
      <ul aria-label={locale === "sv" ? "Statusar" : "Statuses"}>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
    </Widget>
  );
}

const meta = {
  title: "Kit/StatusBadge",
  component: AllStatuses,
  args: { locale: "sv", theme: "light" },
} satisfies Meta<typeof AllStatuses>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Light theme, Swedish: circle, diamond, triangle and cross, each with its word. */
export const Light: Story = {
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

/** Dark theme through `data-sl-theme`, English; axe checks the contrast of the dark tokens. */
export const Dark: Story = {
  args: { theme: "dark", locale: "en" },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items.map((item) => item.textContent)).toEqual([
      "In place",
      "Worth knowing",
      "Needs a look",
      "Missing",
    ]);
  },
};
