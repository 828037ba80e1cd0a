// @vitest-environment jsdom
/**
 * The README's example of the workbook's forms ("The structure views and the Metodstöd workbook") runs as written:
 * its component is kept here verbatim (the README is checked to contain it) and saves through
 * `useWorkspaceUpdates` into a store, where the forum then requires the sector chosen and has its own rules.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getMeetingRules } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore, type Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { MeetingRulesForm, SectorChecklist, useWorkspaceUpdates } from "../../../packages/react/src/index.js";

afterEach(cleanup);

const sample = createDalarnaSampleWorkspace();
const store = createMemoryStore(sample);

/** The README's example, verbatim from `function` to its closing brace. */
const EXAMPLE = `function MoraWorkbookForms({ workspace }: { workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <>
      <SectorChecklist workspace={workspace} forumId="f-mora" asOf="2026-05-13" onChange={updates.apply} />
      <MeetingRulesForm workspace={workspace} forumId="f-mora" year={2027} onChange={updates.apply} />
    </>
  );
}`;

function MoraWorkbookForms({ workspace }: { workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <>
      <SectorChecklist workspace={workspace} forumId="f-mora" asOf="2026-05-13" onChange={updates.apply} />
      <MeetingRulesForm workspace={workspace} forumId="f-mora" year={2027} onChange={updates.apply} />
    </>
  );
}

describe("README: the workbook's forms", () => {
  it("shows the example this test runs", () => {
    const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../README.md"), "utf8");
    const start = readme.indexOf("\n### The structure views and the Metodstöd workbook\n");
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start)).toContain(EXAMPLE);
    expect(readme).toContain(
      'import { MeetingRulesForm, SectorChecklist, useWorkspaceUpdates } from "@systemledning/react";',
    );
  });

  it("saves both forms into the store through useWorkspaceUpdates", async () => {
    const user = userEvent.setup();
    render(<MoraWorkbookForms workspace={sample} />);
    const forumBefore = sample.forums.find((forum) => forum.id === "f-mora")!;
    const sector = sample.profile.sectors.find((s) => !forumBefore.requiredSectorIds.includes(s.id))!;
    await user.click(
      within(screen.getByRole("group", { name: sector.name.sv })).getByRole("radio", {
        name: "Ska vara representerad",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Spara representationen" }));
    await waitFor(async () => {
      const stored = (await store.load())!.workspace;
      expect(stored.forums.find((forum) => forum.id === "f-mora")!.requiredSectorIds).toContain(sector.id);
    });

    await user.selectOptions(screen.getByRole("combobox", { name: "Veckodag" }), "Onsdag");
    await user.click(screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(async () => {
      const stored = (await store.load())!.workspace;
      expect(getMeetingRules(stored.profile, "f-mora").rules.recurrence.weekday).toBe(3);
    });
    // The sectors saved first were not lost by the second save, made on the workspace the page was shown.
    const stored = (await store.load())!.workspace;
    expect(stored.forums.find((forum) => forum.id === "f-mora")!.requiredSectorIds).toContain(sector.id);
  });
});
