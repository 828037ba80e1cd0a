// @vitest-environment jsdom
/**
 * The README's example of the action plan ("The follow-up views: action plan") runs as written: its component is
 * kept here verbatim (the README is checked to contain it) and saves through `useWorkspaceUpdates` into a store.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DALARNA_REGIONAL_PLAN_ID, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore, type Workspace, type WorkspaceStore } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ActionPlan, useWorkspaceUpdates } from "../../../packages/react/src/index.js";

afterEach(cleanup);

const sample = createDalarnaSampleWorkspace();

/** The README's example, verbatim from `function` to its closing brace. */
const EXAMPLE = `function RegionalPlanPage({ store, workspace }: { store: WorkspaceStore; workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <ActionPlan
      workspace={workspace}
      planId="plan-regional-skora-aldre"
      asOf="2026-05-13"
      onChange={updates.apply}
    />
  );
}`;

function RegionalPlanPage({ store, workspace }: { store: WorkspaceStore; workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <ActionPlan workspace={workspace} planId="plan-regional-skora-aldre" asOf="2026-05-13" onChange={updates.apply} />
  );
}

describe("README: the action plan", () => {
  it("shows the example this test runs", () => {
    const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../README.md"), "utf8");
    const start = readme.indexOf("\n### The follow-up views: action plan\n");
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start)).toContain(EXAMPLE);
    expect(readme.slice(start)).toContain('import { ActionPlan, useWorkspaceUpdates } from "@systemledning/react";');
  });

  it("saves a changed status into the store through useWorkspaceUpdates", async () => {
    const user = userEvent.setup();
    const store = createMemoryStore(sample);
    render(<RegionalPlanPage store={store} workspace={sample} />);
    const plan = sample.plans.find((p) => p.id === DALARNA_REGIONAL_PLAN_ID)!;
    const activity = plan.focusAreas[0]!.activities.find((a) => a.status !== "done")!;
    await user.click(screen.getByRole("button", { name: `Ändra ${activity.title}` }));
    const form = screen.getByRole("form", { name: `Ändra ${activity.title}` });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Status" }), "done");
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    await waitFor(async () => {
      const loaded = await store.load();
      const saved = loaded!.workspace.plans
        .find((p) => p.id === plan.id)!
        .focusAreas[0]!.activities.find((a) => a.id === activity.id)!;
      expect(saved.status).toBe("done");
    });
  });
});
