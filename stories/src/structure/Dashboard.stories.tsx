import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { useState } from "react";
import { Dashboard, type DashboardProps } from "../../../examples/dashboard/src/Dashboard.js";
import type { Locale } from "../../../examples/dashboard/src/i18n.js";
import type { Route } from "../../../examples/dashboard/src/route.js";
import { HIDDEN, radioControl } from "../controls.js";
import { leadershipAt } from "../county-meetings.js";
import { forumsOf, loadedCounty, localLeaderships, nearestLeadership, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS, STORY_AS_OF, loadHostileSample } from "../sample.js";
import { useStoryCounty } from "../story-county.js";

/** Which page of the dashboard the story opens on. */
type Page = "overview" | "regional" | "local";

type Args = Omit<DashboardProps, "onLocaleChange" | "workspace" | "asOf" | "route"> & { readonly page: Page };

const routeOf = (workspace: DashboardProps["workspace"], page: Page): Route =>
  page === "overview"
    ? { kind: "overview" }
    : {
        kind: "leadership",
        leadershipId: leadershipAt(workspace, page).id,
      };

/** The dashboard with its own language state, so the language buttons work in the story too. */
function DashboardStory(props: Omit<DashboardProps, "onLocaleChange">) {
  const [locale, setLocale] = useState<Locale>(props.locale);
  return <Dashboard {...props} locale={locale} onLocaleChange={setLocale} />;
}

/** The dashboard on the county the toolbar chose. */
function CountyDashboard({ page, ...args }: Args) {
  const { workspace, asOf } = useStoryCounty();
  return <DashboardStory {...args} workspace={workspace} asOf={asOf} route={routeOf(workspace, page)} />;
}

const meta = {
  title: "Struktur/Hela panelen",
  component: CountyDashboard,
  args: { locale: "sv", page: "overview" },
  argTypes: {
    page: radioControl(
      "Sida (page)",
      "Översikten, regionala ledningen eller en lokal ledning. / The page the dashboard opens on.",
      ["overview", "regional", "local"],
      { overview: "Översikten", regional: "Regionala ledningen", local: "En lokal ledning" },
    ),
    locale: radioControl("Språk (locale)", "Panelens språk. / The dashboard's language.", ["sv", "en"], {
      sv: "Svenska",
      en: "English",
    }),
    storage: HIDDEN,
    onChange: HIDDEN,
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county at a glance: the regional leadership's forums and the local leaderships, one row each. */
export const RegionalForumsAndLocalLeaderships: Story = {
  name: "Översikten",
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const canvas = within(context.canvasElement);
    const forum = forumsOf(workspace, regionalLeadership(workspace).id)[0];
    if (forum) await expect(canvas.getByRole("heading", { name: forum.name })).toBeVisible();
    const locals = localLeaderships(workspace);
    if (locals.length === 0) {
      await expect(canvas.getByText("Arbetsytan har inga lokala systemledningar.")).toBeVisible();
      return;
    }
    const table = canvas.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" });
    await expect(within(table).getAllByRole("row")).toHaveLength(locals.length + 1);
  },
};

/** The regional leadership in full: every question, each forum's key roles, chair and members. */
export const RegionalLeadership: Story = {
  name: "Regionala ledningen",
  args: { page: "regional" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const regional = regionalLeadership(workspace);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: regional.name })).toBeVisible();
    const forums = forumsOf(workspace, regional.id);
    await expect(canvas.getAllByRole("table", { name: /^Uppdrag i / }).length).toBeGreaterThanOrEqual(forums.length);
  },
};

/** One local leadership's overview (the regional one in a county led county-wide). */
export const LocalLeadership: Story = {
  name: "En lokal ledning",
  args: { page: "local" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: nearestLeadership(workspace).name })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 4, name: "Representation av sektorer" })).toBeVisible();
    await expect(canvas.getByRole("table", { name: "Huvudmän och deras företrädare" })).toBeVisible();
  },
};

/** The same overview in English; Swedish-only names carry `lang="sv"`. */
export const LocalLeadershipInEnglish: Story = {
  name: "En lokal ledning på engelska",
  args: { locale: "en", page: "local" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 4, name: "Sector representation" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  },
};

const hostile = loadHostileSample();

/** Made-up data: very long names and hostile strings are shown exactly, as inert text. */
export const HostileAndVeryLongNames: Story = {
  name: "Fientliga och mycket långa namn (påhittade)",
  tags: ["county-independent"],
  render: (args) => (
    <DashboardStory locale={args.locale} workspace={hostile} asOf={STORY_AS_OF} route={routeOf(hostile, "local")} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[1], { exact: false }).length).toBeGreaterThan(0);
    // Markup in the data never becomes elements.
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
