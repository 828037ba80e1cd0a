import type { Meta, StoryObj } from "@storybook/react-vite";
import { CheckInHistory, type CheckInHistoryProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { NotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { headingLevelControl, onlyControls, toggle } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";
import { CHECK_IN_CASE_LABELS, LACKS_PLAN, checkInCase, type CheckInCase } from "./county-check-ins.js";

type Args = Omit<CheckInHistoryProps, "workspace" | "asOf" | "leadershipId" | "planId"> & {
  readonly which: CheckInCase;
  /** Every leadership that reports on the plan, not only the chosen one. */
  readonly allLeaderships?: boolean;
};

/** The history of the county the toolbar chose; a leadership that never checked in is seen at the plan's end. */
function CountyCheckInHistory({ which, allLeaderships = false, ...props }: Args) {
  const county = useStoryCounty();
  const picked = checkInCase(county.workspace, which);
  if (picked === undefined) return <NotInCountySample county={county} lacks={LACKS_PLAN} />;
  return (
    <CheckInHistory
      {...props}
      workspace={county.workspace}
      asOf={which === "never" ? picked.planEnds : county.asOf}
      {...(allLeaderships ? { planId: picked.planId } : { leadershipId: picked.leadershipId })}
    />
  );
}

const meta = {
  title: "Handlingsplan/Avstämningar över tid",
  component: CountyCheckInHistory,
  args: { which: "local" },
  ...onlyControls({
    which: {
      name: "Vems avstämningar",
      description: "Vilken systemledning och plan historiken visar.",
      options: Object.keys(CHECK_IN_CASE_LABELS),
      control: { type: "select", labels: CHECK_IN_CASE_LABELS },
    },
    allLeaderships: toggle(
      "Alla som stämmer av planen",
      "Visa alla systemledningar som rapporterar på planen, inte bara den valda.",
    ),
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership of the county: its check-ins on its plans. */
export const LocalLeadership: Story = { name: "En lokal systemledning" };

/** The county's regional plan, every reporting leadership, with the periods each one missed. */
export const RegionalPlan: Story = { name: "Regional plan, alla", args: { which: "regional", allLeaderships: true } };

/** A leadership that never checked in, seen at the end of the plan: every period is listed as missing. */
export const ManyMissing: Story = {
  name: "Många saknade avstämningar",
  args: { which: "never" },
  play: async ({ canvasElement, loaded }) => {
    if (checkInCase(loadedCounty({ loaded }).workspace, "never") === undefined)
      return expect(within(canvasElement).getByRole("note")).toBeVisible();
    const missing = within(canvasElement).getAllByText(/^Avstämning saknas för perioden/);
    await expect(missing.length).toBeGreaterThan(2);
  },
};

/** In English (set by the story). */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };
