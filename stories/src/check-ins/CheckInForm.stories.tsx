import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { NotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { headingLevelControl, onlyControls } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";
import { CHECK_IN_CASE_LABELS, LACKS_PLAN, checkInCase, type CheckInCase } from "./county-check-ins.js";
import { CheckInFormHost, type CheckInFormHostProps } from "./hosts.js";

type Args = Omit<CheckInFormHostProps, "workspace" | "planId" | "leadershipId" | "asOf"> & {
  readonly which: CheckInCase;
  /** Name a plan the county does not have (the form's empty state). */
  readonly missingPlan?: boolean;
};

/** The form for the county the toolbar chose, for the leadership and plan the controls chose. */
function CountyCheckInForm({ which, missingPlan = false, ...props }: Args) {
  const county = useStoryCounty();
  const { workspace, asOf } = county;
  const leadershipId = workspace.leaderships[0]?.id ?? "";
  const picked = missingPlan ? { planId: "plan-saknas", leadershipId } : checkInCase(workspace, which);
  if (picked === undefined) return <NotInCountySample county={county} lacks={LACKS_PLAN} />;
  const key = `${workspace.profile.id}|${picked.planId}|${picked.leadershipId}`;
  return <CheckInFormHost key={key} {...props} workspace={workspace} {...picked} asOf={asOf} />;
}

const meta = {
  title: "Handlingsplan/Avstämning",
  component: CountyCheckInForm,
  args: { which: "local", onSaved: fn() },
  ...onlyControls({
    which: {
      name: "Vem stämmer av",
      description: "Vilken systemledning som stämmer av, och på vilken plan.",
      options: Object.keys(CHECK_IN_CASE_LABELS),
      control: { type: "select", labels: CHECK_IN_CASE_LABELS },
    },
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A local leadership checks in on its own local plan: the activities start from the latest statuses; one never
 * assessed (a leadership's first check-in) gets the first status offered before the check-in is saved.
 */
export const LocalPlan: Story = {
  name: "Lokal plan",
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    if (checkInCase(loadedCounty({ loaded }).workspace, "local") === undefined)
      return expect(canvas.getByRole("note")).toBeVisible();
    for (const status of canvas.getAllByRole("combobox") as HTMLSelectElement[]) {
      const first = [...status.options].find((option) => option.value !== "");
      if (status.value === "" && first !== undefined) await userEvent.selectOptions(status, first);
    }
    await userEvent.type(canvas.getByRole("textbox", { name: "Lärdomar" }), "Tidig kontakt med anhöriga.");
    await userEvent.click(canvas.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
  },
};

/** The regional leadership on the regional plan: every activity, some never assessed. */
export const RegionalPlan: Story = { name: "Regional plan", args: { which: "regional" } };

/** A leadership that never checked in: saving without an assessment is refused at the first activity that lacks one. */
export const Refused: Story = {
  name: "Avstämning utan bedömning nekas",
  args: { which: "never" },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    if (checkInCase(loadedCounty({ loaded }).workspace, "never") === undefined)
      return expect(canvas.getByRole("note")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(canvas.getByText(/Det gick inte att spara/, { selector: "p" })).toBeVisible());
  },
};

/** A plan the county does not have (made up: a stale link): the form says so. */
export const NoPlan: Story = {
  tags: ["county-independent"],
  name: "Planen finns inte",
  args: { missingPlan: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("button", { name: "Spara avstämningen" })).toBeNull();
  },
};

/** In English (set by the story). */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async ({ canvasElement, loaded }) => {
    if (checkInCase(loadedCounty({ loaded }).workspace, "local") === undefined) return;
    await expect(within(canvasElement).getByRole("button", { name: "Save the check-in" })).toBeVisible();
  },
};

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };
