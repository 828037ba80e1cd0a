// @vitest-environment jsdom
/**
 * The README's example of the check-in views ("The follow-up views: check-ins") runs as written: its component is kept
 * here verbatim (the README is checked to contain it) and records a check-in through `useWorkspaceUpdates` into a
 * store.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore, type Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { CheckInForm, CheckInHistory, useWorkspaceUpdates } from "../../../packages/react/src/index.js";

afterEach(cleanup);

const sample = createDalarnaSampleWorkspace();
const store = createMemoryStore(sample);

/** The README's example, verbatim from `function` to its closing brace. */
const EXAMPLE = `function FalunCheckIns({ workspace }: { workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <>
      <CheckInForm
        workspace={workspace}
        planId="plan-lokal-falun"
        leadershipId="ls-falun"
        asOf="2026-05-13"
        onChange={updates.apply}
      />
      <CheckInHistory workspace={workspace} leadershipId="ls-falun" asOf="2026-05-13" />
    </>
  );
}`;

function FalunCheckIns({ workspace }: { workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <>
      <CheckInForm
        workspace={workspace}
        planId="plan-lokal-falun"
        leadershipId="ls-falun"
        asOf="2026-05-13"
        onChange={updates.apply}
      />
      <CheckInHistory workspace={workspace} leadershipId="ls-falun" asOf="2026-05-13" />
    </>
  );
}

describe("README: The follow-up views: check-ins", () => {
  it("holds the example verbatim", () => {
    const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
    expect(readme).toContain("\n### The follow-up views: check-ins\n");
    expect(readme).toContain(EXAMPLE);
    expect(readme).toContain(
      'import { CheckInForm, CheckInHistory, useWorkspaceUpdates } from "@systemledning/react";',
    );
  });

  it("records a check-in into the store", async () => {
    const user = userEvent.setup();
    render(<FalunCheckIns workspace={sample} />);
    expect(screen.getByRole("region", { name: "Tidigare avstämningar" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(async () => {
      const stored = (await store.load())!.workspace;
      expect(stored.checkIns.filter((c) => c.planId === "plan-lokal-falun")).toHaveLength(3);
    });
  });
});
