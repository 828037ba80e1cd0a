import type { Meta, StoryObj } from "@storybook/react-vite";
import { addPlanActivity, updatePlanActivity } from "@systemledning/core/plan";
import { DALARNA_REGIONAL_PLAN_ID } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { ActionPlan, type ActionPlanProps, type KitWorkspaceChange } from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HOSTILE_STRINGS, loadSample, STORY_AS_OF } from "../sample.js";
import { loadKalmarSample } from "../workbook/hosts.js";

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

const meta = {
  title: "Follow-up/ActionPlan",
  component: ActionPlanHost,
  args: { workspace: loadSample(), planId: DALARNA_REGIONAL_PLAN_ID, asOf: STORY_AS_OF, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ActionPlanHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Dalarna's regional plan: three focus areas with their goals and activities, the roll-up and the plan's health.
 * Changing an activity's status to done saves it and says so.
 */
export const Dalarna: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getAllByRole("button", { name: /^Ändra / })[0]!;
    await userEvent.click(button);
    const form = within(canvas.getByRole("form", { name: button.textContent ?? "" }));
    await userEvent.selectOptions(form.getByRole("combobox", { name: "Status" }), "done");
    await userEvent.click(form.getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText(/^Sparat: /, { selector: ".sl-plan-saved span" })).toBeVisible();
  },
};

/** Region Kalmar län has no plan in its sample: the page says so, and what will show once there is one. */
export const KalmarNoPlan: Story = {
  args: { workspace: loadKalmarSample(), planId: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Det finns ingen handlingsplan ännu/)).toBeVisible();
  },
};

/** Forty activities overdue: the health summary counts them, each says "Försenad", long lists fold behind "Visa fler". */
export const FortyOverdue: Story = {
  args: { workspace: loadFortyOverdue() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: "Bara försenade" }));
    await expect(
      canvas.getByText(/^Visar \d+ av \d+ aktiviteter\.$/, { selector: ".sl-plan-count span" }),
    ).toBeVisible();
  },
};

/** In English. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("group", { name: "Filter the activities" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** Very long names and hostile strings, shown as inert text that wraps (no sideways scroll at 320 px). */
export const LongNames: Story = { args: { workspace: loadLongNames() } };

/** Read-only: without `onChange` there are no tasks, only the plan. */
export const ReadOnly: Story = {
  render: (args) => <ActionPlan workspace={args.workspace} planId={args.planId} asOf={args.asOf} />,
};
