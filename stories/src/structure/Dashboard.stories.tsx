import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { useState } from "react";
import { Dashboard, type DashboardProps } from "../../../examples/dashboard/src/Dashboard.js";
import type { Locale } from "../../../examples/dashboard/src/i18n.js";
import { HOSTILE_STRINGS, STORY_AS_OF, loadHostileSample, loadSample } from "../sample.js";

const sample = loadSample();
const regional = sample.leaderships.find((l) => l.level === "regional");
const firstLocal = sample.leaderships.find((l) => l.level === "local");

/** The dashboard with its own language state, so the language buttons work in the story too. */
function DashboardStory(props: Omit<DashboardProps, "onLocaleChange">) {
  const [locale, setLocale] = useState<Locale>(props.locale);
  return <Dashboard {...props} locale={locale} onLocaleChange={setLocale} />;
}

const meta = {
  title: "Struktur/Hela panelen",
  component: DashboardStory,
  args: { workspace: sample, asOf: STORY_AS_OF, locale: "sv", route: { kind: "overview" } },
} satisfies Meta<typeof DashboardStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county at a glance: the regional leadership's forums and the 13 local leaderships. */
export const RegionalForumsAndLocalLeaderships: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Länschefsnätverket" })).toBeVisible();
    const table = canvas.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" });
    await expect(within(table).getAllByRole("row")).toHaveLength(14);
  },
};

/** The regional leadership in full: every question, each forum's key roles, chair and members. */
export const RegionalLeadership: Story = {
  args: { route: { kind: "leadership", leadershipId: regional?.id ?? "" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: regional?.name ?? "" })).toBeVisible();
    await expect(canvas.getAllByRole("table", { name: /^Uppdrag i / }).length).toBeGreaterThanOrEqual(6);
  },
};

/** One local leadership's overview. */
export const LocalLeadership: Story = {
  args: { route: { kind: "leadership", leadershipId: firstLocal?.id ?? "" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 4, name: "Representation av sektorer" })).toBeVisible();
    await expect(canvas.getByRole("table", { name: "Huvudmän och deras företrädare" })).toBeVisible();
  },
};

/** The same overview in English; Swedish-only names carry `lang="sv"`. */
export const LocalLeadershipInEnglish: Story = {
  args: { locale: "en", route: { kind: "leadership", leadershipId: firstLocal?.id ?? "" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 4, name: "Sector representation" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  },
};

/** Extreme text: very long names and hostile strings are shown exactly, as inert text. */
export const HostileAndVeryLongNames: Story = {
  args: { workspace: loadHostileSample(), route: { kind: "leadership", leadershipId: firstLocal?.id ?? "" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[1], { exact: false }).length).toBeGreaterThan(0);
    // Markup in the data never becomes elements.
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
