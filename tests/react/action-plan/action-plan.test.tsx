// @vitest-environment jsdom
/**
 * ActionPlan in jsdom: Dalarna's regional plan from focus area to goal to activity, the roll-up and the health
 * findings beside their parts, the filters with the count announced, and the tasks driven from the keyboard, each
 * saved change applied by a host that keeps the workspace in state (as an intranet page does with its store).
 */
import {
  DALARNA_REGIONAL_PLAN_ID,
  DALARNA_SAMPLE_AS_OF,
  createDalarnaSampleWorkspace,
} from "@systemledning/core/profiles/dalarna";
import { getPlanHealth } from "@systemledning/core/plan";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionPlan, type ActionPlanProps } from "../../../packages/react/src/action-plan/action-plan.js";
import type { ActionPlanChangeContext } from "../../../packages/react/src/action-plan/model.js";
import type { KitChangeOutcome, KitWorkspaceChange } from "../../../packages/react/src/store/change.js";
import { liveRegion } from "../../fixtures/live-region.js";

afterEach(cleanup);

const sample = createDalarnaSampleWorkspace();
const AS_OF = DALARNA_SAMPLE_AS_OF;
const plan = sample.plans.find((p) => p.id === DALARNA_REGIONAL_PLAN_ID)!;

type Saved = (next: Workspace, context: ActionPlanChangeContext) => void;

function Host({
  initial,
  onSaved,
  ...props
}: Omit<ActionPlanProps, "workspace" | "onChange"> & { initial: Workspace; onSaved: Saved }) {
  const [workspace, setWorkspace] = useState(initial);
  const current = useRef(initial);
  const onChange = async (change: KitWorkspaceChange, context: ActionPlanChangeContext): Promise<KitChangeOutcome> => {
    const result = await change(current.current);
    if (!result.ok) return { ok: false, error: result.error };
    current.current = result.value;
    setWorkspace(result.value);
    onSaved(result.value, context);
    return { ok: true };
  };
  return <ActionPlan {...props} workspace={workspace} onChange={onChange} />;
}

function renderPlan(options: { workspace?: Workspace; locale?: "sv" | "en" } = {}) {
  const user = userEvent.setup();
  const onSaved = vi.fn<Saved>();
  render(
    <Host
      initial={options.workspace ?? sample}
      planId={DALARNA_REGIONAL_PLAN_ID}
      asOf={AS_OF}
      onSaved={onSaved}
      {...(options.locale === undefined ? {} : { locale: options.locale })}
    />,
  );
  return { user, onSaved };
}

describe("ActionPlan: reading the plan", () => {
  it("shows the plan's title, its roll-up, and each focus area with its goals and activities", () => {
    renderPlan();
    expect(screen.getByRole("heading", { level: 2, name: plan.title })).toBeTruthy();
    for (const area of plan.focusAreas) {
      const section = screen.getByRole("region", { name: area.title });
      expect(within(section).getByRole("heading", { level: 3, name: area.title })).toBeTruthy();
      for (const activity of area.activities)
        expect(within(section).getByRole("article", { name: activity.title })).toBeTruthy();
      for (const goal of area.goals) expect(within(section).getByText(goal.title)).toBeTruthy();
    }
    expect(screen.getByRole("progressbar", { name: "Genomfört i planen" })).toBeTruthy();
    expect(screen.getAllByRole("progressbar", { name: "Genomfört i fokusområdet" })).toHaveLength(
      plan.focusAreas.length,
    );
  });

  it("shows an activity's owner, dates, status as a word and progress as words", () => {
    renderPlan();
    const activity = plan.focusAreas[0]!.activities[0]!;
    const article = screen.getByRole("article", { name: activity.title });
    expect(article.textContent).toMatch(/Ägare/);
    expect(article.textContent).toMatch(/Klart senast/);
    expect(within(article).getByRole("progressbar", { name: "Genomfört" })).toBeTruthy();
    expect(article.textContent).toMatch(/%\s*klart|Inga aktiviteter att räkna/);
  });

  it("places each health finding beside the activity or goal it concerns", () => {
    const late = "2027-06-01";
    const user = userEvent.setup();
    render(<ActionPlan workspace={sample} planId={DALARNA_REGIONAL_PLAN_ID} asOf={late} />);
    const health = getPlanHealth(sample, DALARNA_REGIONAL_PLAN_ID, { asOf: late });
    const overdue = health.findings.find((f) => f.code === "activity_overdue")!;
    const title = plan.focusAreas.flatMap((a) => a.activities).find((a) => a.id === overdue.activityId)!.title;
    const article = screen.getByRole("article", { name: title });
    expect(article.textContent).toContain(overdue.message.sv);
    expect(within(article).getByText("Försenad")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Planens hälsa" }).textContent).toMatch(/\d+ fel/);
    // Read-only without onChange: no task buttons.
    expect(screen.queryByRole("button", { name: /^Ändra/ })).toBeNull();
    void user;
  });

  it("says so when the workspace has no plan (Kalmar)", () => {
    render(<ActionPlan workspace={createKalmarSampleWorkspace()} asOf={AS_OF} />);
    expect(screen.getByRole("heading", { name: "Handlingsplan" })).toBeTruthy();
    expect(screen.getByText(/Det finns ingen handlingsplan ännu/)).toBeTruthy();
  });

  it("speaks English", () => {
    renderPlan({ locale: "en" });
    expect(screen.getByRole("group", { name: "Filter the activities" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Done in the plan" })).toBeTruthy();
  });
});

describe("ActionPlan: filters", () => {
  it("filters to overdue activities and announces the count shown", async () => {
    const user = userEvent.setup();
    const late = "2027-06-01";
    render(<ActionPlan workspace={sample} planId={DALARNA_REGIONAL_PLAN_ID} asOf={late} />);
    const overdueIds = getPlanHealth(sample, DALARNA_REGIONAL_PLAN_ID, { asOf: late })
      .findings.filter((f) => f.code === "activity_overdue")
      .map((f) => f.activityId);
    const total = plan.focusAreas.reduce((n, a) => n + a.activities.length, 0);
    await user.click(screen.getByRole("checkbox", { name: "Bara försenade" }));
    expect(screen.getAllByRole("article")).toHaveLength(overdueIds.length);
    expect(liveRegion()).toBe(`Visar ${overdueIds.length} av ${total} aktiviteter.`);
    await user.click(screen.getByRole("button", { name: "Visa alla" }));
    expect(screen.getAllByRole("article")).toHaveLength(total);
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Systemledning" }));
  });

  it("filters by status", async () => {
    const user = userEvent.setup();
    render(<ActionPlan workspace={sample} planId={DALARNA_REGIONAL_PLAN_ID} asOf={AS_OF} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "done");
    const done = plan.focusAreas.flatMap((a) => a.activities).filter((a) => a.status === "done");
    expect(screen.queryAllByRole("article")).toHaveLength(done.length);
  });
});

describe("ActionPlan: editing", () => {
  it("moves focus to the saved line when the changed activity leaves the filter", async () => {
    const { user } = renderPlan();
    await user.click(screen.getByRole("checkbox", { name: "Bara försenade" }));
    const [article] = screen.getAllByRole("article");
    const title = article!.getAttribute("aria-labelledby")!;
    const name = document.getElementById(title)!.textContent!;
    await user.click(screen.getByRole("button", { name: `Ändra ${name}` }));
    const form = screen.getByRole("form", { name: `Ändra ${name}` });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Status" }), "done");
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect(screen.queryByRole("article")).toBeNull();
    expect(document.activeElement?.textContent).toBe(`Sparat: ${name}.`);
  });

  it("changes an activity's status from the keyboard; the change is the core's command and focus returns", async () => {
    const { user, onSaved } = renderPlan();
    const activity = plan.focusAreas[0]!.activities.find((a) => a.status !== "done")!;
    const open = screen.getByRole("button", { name: `Ändra ${activity.title}` });
    open.focus();
    await user.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: `Ändra ${activity.title}` });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Status" }), "done");
    expect((within(form).getByRole("textbox", { name: /Genomfört, procent/ }) as HTMLInputElement).value).toBe("100");
    within(form).getByRole("button", { name: "Spara" }).focus();
    await user.keyboard("{Enter}");
    expect(onSaved).toHaveBeenCalledTimes(1);
    const [next, context] = onSaved.mock.calls[0]!;
    expect(context).toEqual({
      command: "updatePlanActivity",
      planId: plan.id,
      focusAreaId: plan.focusAreas[0]!.id,
      activityId: activity.id,
    });
    const saved = next.plans
      .find((p) => p.id === plan.id)!
      .focusAreas[0]!.activities.find((a) => a.id === activity.id)!;
    expect(saved).toMatchObject({ status: "done", progress: 1 });
    expect(liveRegion()).toBe(`Sparat: ${activity.title}.`);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: `Ändra ${activity.title}` }));
  });

  it("shows the core's refusal at its field and in a summary that takes focus", async () => {
    const { user, onSaved } = renderPlan();
    const activity = plan.focusAreas[0]!.activities[0]!;
    await user.click(screen.getByRole("button", { name: `Ändra ${activity.title}` }));
    const form = screen.getByRole("form", { name: `Ändra ${activity.title}` });
    const due = within(form).getByRole("textbox", { name: /Klart senast/ });
    await user.clear(due);
    await user.type(due, "2001-01-01");
    const start = within(form).getByRole("textbox", { name: /Startdatum/ });
    await user.clear(start);
    await user.type(start, "2002-01-01");
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect(onSaved).not.toHaveBeenCalled();
    const summary = within(form).getByRole("group", { name: /Det finns (ett|\d+) fel att rätta/ });
    expect(document.activeElement).toBe(summary);
    expect(due.getAttribute("aria-invalid")).toBe("true");
  });

  it("refuses a progress that is not a number before trying", async () => {
    const { user } = renderPlan();
    const activity = plan.focusAreas[0]!.activities[0]!;
    await user.click(screen.getByRole("button", { name: `Ändra ${activity.title}` }));
    const form = screen.getByRole("form", { name: `Ändra ${activity.title}` });
    const progress = within(form).getByRole("textbox", { name: /Genomfört, procent/ });
    await user.clear(progress);
    await user.type(progress, "mycket");
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect(within(form).getAllByText("Skriv andelen klart som ett heltal mellan 0 och 100.").length).toBeGreaterThan(0);
  });

  it("adds an activity, a focus area, a goal, and links an indicator", async () => {
    const { user, onSaved } = renderPlan();
    const area = plan.focusAreas[0]!;
    const section = screen.getByRole("region", { name: area.title });
    await user.click(within(section).getByRole("button", { name: "Lägg till aktivitet" }));
    const form = within(section).getByRole("form", { name: "Lägg till aktivitet" });
    await user.type(within(form).getByRole("textbox", { name: "Rubrik" }), "Gemensam utbildning");
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect(onSaved.mock.calls.at(-1)![1].command).toBe("addPlanActivity");
    expect(screen.getByRole("article", { name: "Gemensam utbildning" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Lägg till fokusområde" }));
    await user.type(screen.getByRole("textbox", { name: "Rubrik" }), "Psykisk hälsa");
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(onSaved.mock.calls.at(-1)![1].command).toBe("addFocusArea");
    const added = screen.getByRole("region", { name: "Psykisk hälsa" });

    await user.click(within(added).getByRole("button", { name: "Lägg till mål" }));
    await user.type(within(added).getByRole("textbox", { name: "Rubrik" }), "Färre fall");
    await user.click(within(added).getByRole("button", { name: "Spara" }));
    expect(onSaved.mock.calls.at(-1)![1].command).toBe("addPlanGoal");

    await user.click(within(added).getByRole("button", { name: "Koppla nyckeltal till Färre fall" }));
    const indicator = sample.profile.followUp!.indicators[0]!;
    await user.selectOptions(within(added).getByRole("combobox", { name: "Nyckeltal" }), indicator.id);
    await user.click(within(added).getByRole("button", { name: "Spara" }));
    const [next, context] = onSaved.mock.calls.at(-1)!;
    expect(context.command).toBe("linkGoalIndicator");
    const goal = next.plans.find((p) => p.id === plan.id)!.focusAreas.at(-1)!.goals[0]!;
    expect(goal).toMatchObject({ kind: "measurable", title: "Färre fall", indicatorId: indicator.id });
  });
});
