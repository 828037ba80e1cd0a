import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatusLabel } from "../../../examples/dashboard/src/components/Status.js";
import { LocaleProvider, type Locale } from "../../../examples/dashboard/src/i18n.js";

/** Every status side by side, in words and shape: colour is never the only signal (docs/quality.md A8). */
function AllStatuses({ locale, theme }: { readonly locale: Locale; readonly theme: "light" | "dark" }) {
  return (
    <LocaleProvider locale={locale}>
      <div className="sl-root dash-app" data-sl-theme={theme} lang={locale}>
        <ul aria-label={locale === "sv" ? "Statusar" : "Statuses"}>
          {(["ok", "info", "warning", "missing"] as const).map((status) => (
            <li key={status}>
              <StatusLabel status={status} />
            </li>
          ))}
        </ul>
      </div>
    </LocaleProvider>
  );
}

const meta = {
  title: "Kit/Status",
  component: AllStatuses,
  args: { locale: "sv", theme: "light" },
} satisfies Meta<typeof AllStatuses>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Light theme, Swedish. */
export const Light: Story = {
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items.map((item) => item.textContent)).toEqual([
      "Uppfyllt",
      "Att känna till",
      "Bör ses över",
      "Saknas",
    ]);
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
