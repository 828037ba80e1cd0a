// @vitest-environment jsdom
/**
 * The README's example of MembersEditor is `readme-members-editor.tsx`, kept verbatim: the README holds it
 * character for character, and here it runs on the core's memory store, where a member added through the form
 * is saved by `updateWorkspace` and shows in the list.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { MoraMembers } from "./readme-members-editor.js";

afterEach(cleanup);

const HEADING = "### The structure views and the Metodstöd workbook";

describe("README: MembersEditor", () => {
  it("holds the example verbatim in its structure section", () => {
    // A path, not a URL: jsdom's URL is not the one node:fs takes.
    const here = dirname(fileURLToPath(import.meta.url));
    const readme = readFileSync(join(here, "../../../README.md"), "utf8");
    const example = readFileSync(join(here, "readme-members-editor.tsx"), "utf8");
    const start = readme.indexOf(`\n${HEADING}\n`);
    expect(start).toBeGreaterThan(0);
    const rest = readme.slice(start + HEADING.length + 2);
    const end = rest.search(/\n#{2,3} /u);
    const section = end === -1 ? rest : rest.slice(0, end);
    expect(section).toContain("`MembersEditor`");
    expect(section).toContain("```tsx\n" + example + "```");
  });

  it("runs: a member added through the form is saved to the store and listed", async () => {
    const user = userEvent.setup();
    const store = createMemoryStore(createDalarnaSampleWorkspace());
    render(<MoraMembers store={store} asOf={DALARNA_SAMPLE_AS_OF} />);
    await user.click(await screen.findByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    await user.click(within(form).getByRole("radio", { name: "En ny person" }));
    await user.type(within(form).getByRole("textbox", { name: "Namn" }), "Kim Testsson");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Organisation som företräds" }), "Mora kommun");
    const kind = within(form).getByRole("combobox", { name: "Slag av ledamot" });
    if ((kind as HTMLSelectElement).value === "") await user.selectOptions(kind, "Tjänsteperson");
    const from = within(form).getByRole("textbox", { name: "Från och med" });
    await user.clear(from);
    await user.type(from, "2026-05-01");
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    await waitFor(() => expect(screen.getByRole("rowheader", { name: "Kim Testsson" })).toBeTruthy());
    const saved = (await store.load())!.workspace;
    const person = saved.people.find((p) => p.name === "Kim Testsson")!;
    expect(saved.memberships.some((m) => m.forumId === "f-mora" && m.personId === person.id)).toBe(true);
  });
});
