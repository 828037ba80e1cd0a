import type { Meta, StoryObj } from "@storybook/react-vite";
import { addPlanActivity, updatePlanActivity } from "@systemledning/core/plan";
import { DALARNA_REGIONAL_PLAN_ID } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { ActionPlan, type ActionPlanProps, type KitWorkspaceChange } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { countyPlanId } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { HOSTILE_STRINGS, loadSample, STORY_AS_OF } from "../sample.js";
import { headingLevelControl, onlyControls, toggle } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";

/** The plan in a host that applies each change to the workspace it holds, as `updateWorkspace` would. */
function ActionPlanHost({
  workspace: initial,
  onSaved,
  ...props
}: Omit<ActionPlanProps, "onChange"> & { readonly onSaved?: (next: Workspace) => void }) {
  const [workspace, setWorkspace] = useState(initial);
  const apply = async (change: KitWorkspaceChange) => {
    const result = await change(workspace);
    if (!result.ok) return { ok: false as const, error: result.error };
    setWorkspace(result.value);
    onSaved?.(result.value);
    return { ok: true as const };
  };
  return <ActionPlan {...props} workspace={workspace} onChange={apply} />;
}

const unwrap = (result: ReturnType<typeof addPlanActivity>): Workspace => {
  if (!result.ok) throw result.error;
  return result.value;
};

/** The regional plan with 40 more activities, every one past its due date and still open: built with the core's commands. */
function loadFortyOverdue(): Workspace {
  let ws = loadSample();
  const plan = ws.plans.find((p) => p.id === DALARNA_REGIONAL_PLAN_ID)!;
  const owners = ws.organisations.filter((o) => o.kind === "municipality");
  for (let n = 1; n <= 40; n++) {
    const area = plan.focusAreas[n % plan.focusAreas.length]!;
    ws = unwrap(
      addPlanActivity(ws, {
        planId: plan.id,
        focusAreaId: area.id,
        activity: {
          id: `akt-forsenad-${n}`,
          title: `Försenad aktivitet ${n}: uppföljning av trygg hemgång`,
          ownerOrganisationId: owners[n % owners.length]!.id,
          start: "2025-01-01",
          due: `2025-${String((n % 12) + 1).padStart(2, "0")}-15`,
          status: n % 3 === 0 ? "not-started" : n % 3 === 1 ? "ongoing" : "paused",
          progress: n % 3 === 0 ? 0 : (n % 10) / 10,
        },
      }),
    );
  }
  return ws;
}

const LONG = `${"Samordnad individuell plan, trygg hemgång och kontinuitet i hemtjänsten för multisjuka sköra äldre i hela länet ".repeat(3)}${HOSTILE_STRINGS[5]}`;

/** The regional plan with very long titles, hostile strings among them, on a focus area, a goal and an activity. */
function loadLongNames(): Workspace {
  const ws = loadSample();
  const plan = ws.plans.find((p) => p.id === DALARNA_REGIONAL_PLAN_ID)!;
  const first = plan.focusAreas[0]!;
  const renamed = {
    ...plan,
    focusAreas: [
      {
        ...first,
        title: `${LONG.slice(0, 180)} ${HOSTILE_STRINGS[0]}`.slice(0, 200),
        goals: first.goals.map((g, i) => (i === 0 ? { ...g, title: LONG.slice(0, 200) } : g)),
      },
      ...plan.focusAreas.slice(1),
    ],
  };
  const next = { ...ws, plans: ws.plans.map((p) => (p.id === plan.id ? renamed : p)) };
  return unwrap(
    updatePlanActivity(next, {
      planId: plan.id,
      activityId: first.activities[0]!.id,
      changes: { title: `${HOSTILE_STRINGS[1]} ${LONG}`.slice(0, 200), responsibleRole: HOSTILE_STRINGS[5] },
    }),
  );
}

type Args = Omit<ActionPlanProps, "workspace" | "onChange" | "planId" | "asOf"> & {
  readonly onSaved?: (next: Workspace) => void;
  /** Show the plan without its tasks (no `onChange`). */
  readonly readOnly?: boolean;
  /** Show the county's sample with its plans taken away (made up: the empty state). */
  readonly withoutPlans?: boolean;
  /** A made-up workspace of the story's own, with the plan to show and the day, instead of the county's. */
  readonly own?: { readonly workspace: Workspace; readonly planId: string; readonly asOf: string };
};

/** The plan of the county the toolbar chose (its regional plan, else its first), or the story's own made-up one. */
function CountyActionPlan({ readOnly = false, withoutPlans = false, own, onSaved, ...props }: Args) {
  const county = useStoryCounty();
  const workspace = own?.workspace ?? (withoutPlans ? { ...county.workspace, plans: [] } : county.workspace);
  const planId = own?.planId ?? countyPlanId(workspace);
  const asOf = own?.asOf ?? county.asOf;
  // A new county starts a new host, as a page loading another workspace does.
  const key = `${workspace.profile.id}|${planId ?? ""}|${String(withoutPlans)}`;
  return readOnly ? (
    <ActionPlan key={key} {...props} workspace={workspace} planId={planId} asOf={asOf} />
  ) : (
    <ActionPlanHost
      key={key}
      {...props}
      {...(onSaved === undefined ? {} : { onSaved })}
      workspace={workspace}
      planId={planId}
      asOf={asOf}
    />
  );
}

const meta = {
  title: "Handlingsplan/Handlingsplanen",
  component: CountyActionPlan,
  args: { onSaved: fn() },
  ...onlyControls({
    readOnly: toggle("Bara läsa", "Visa planen utan att kunna ändra den (sidan ger ingen `onChange`)."),
    withoutPlans: toggle("Utan plan", "Visa länets exempel utan handlingsplaner: vad sidan säger innan det finns en."),
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's plan (its regional plan, else its first): focus areas with their goals and activities, the roll-up and
 * the plan's health. Changing an activity's status to done saves it and says so.
 */
export const CountyPlan: Story = {
  name: "Länets handlingsplan",
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    if (countyPlanId(loadedCounty({ loaded }).workspace) === undefined)
      return expect(canvas.getByText(/Det finns ingen handlingsplan ännu/)).toBeVisible();
    const button = canvas.getAllByRole("button", { name: /^Ändra / })[0]!;
    await userEvent.click(button);
    const form = within(canvas.getByRole("form", { name: button.textContent ?? "" }));
    await userEvent.selectOptions(form.getByRole("combobox", { name: "Status" }), "done");
    await userEvent.click(form.getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText(/^Sparat: /, { selector: ".sl-plan-saved span" })).toBeVisible();
  },
};

/** The county's sample with its plans taken away (made up): the page says so, and what will show once there is one. */
export const NoPlan: Story = {
  tags: ["county-independent"],
  name: "Ingen plan ännu",
  args: { withoutPlans: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Det finns ingen handlingsplan ännu/)).toBeVisible();
  },
};

/**
 * Made up from Dalarna's regional plan (its own data, whatever the county): forty activities overdue; the health
 * summary counts them, each says "Försenad", long lists fold behind "Visa fler".
 */
export const FortyOverdue: Story = {
  tags: ["county-independent"],
  name: "Fyrtio försenade aktiviteter (påhittad)",
  args: { own: { workspace: loadFortyOverdue(), planId: DALARNA_REGIONAL_PLAN_ID, asOf: STORY_AS_OF } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: "Bara försenade" }));
    await expect(
      canvas.getByText(/^Visar \d+ av \d+ aktiviteter\.$/, { selector: ".sl-plan-count span" }),
    ).toBeVisible();
  },
};

/** In English (set by the story). */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async ({ canvasElement, loaded }) => {
    if (countyPlanId(loadedCounty({ loaded }).workspace) === undefined) return;
    await expect(within(canvasElement).getByRole("group", { name: "Filter the activities" })).toBeVisible();
  },
};

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };

/** Made up from Dalarna's regional plan: very long names and hostile strings, inert text that wraps at 320 px. */
export const LongNames: Story = {
  tags: ["county-independent"],
  name: "Mycket långa namn (påhittad)",
  args: { own: { workspace: loadLongNames(), planId: DALARNA_REGIONAL_PLAN_ID, asOf: STORY_AS_OF } },
};

/** Read-only: without `onChange` there are no tasks, only the county's plan. */
export const ReadOnly: Story = {
  name: "Bara läsa",
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole("button", { name: /^Ändra / })).toHaveLength(0);
  },
};
