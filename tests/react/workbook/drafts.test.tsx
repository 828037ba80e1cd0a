// @vitest-environment jsdom
/**
 * The workbook's drafts: what is typed is kept per field (`systemledning:draft:<leadershipId>:<field>`) before it is
 * saved, comes back with a visible note after the workbook is left and opened again (a reload), can be thrown away,
 * and is cleared once saved; a storage that refuses (a sandboxed iframe) falls back to memory without a word to the
 * user.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { createDraftStore, draftKey } from "../../../packages/react/src/primitives/drafts.js";
import { MetodstodWorkbook } from "../../../packages/react/src/workbook/metodstod-workbook.js";
import type { DraftStorage } from "../../../packages/react/src/primitives/drafts.js";
import { failingStorage, memoryStorage } from "./storage.js";
import { useHostedWorkspace } from "./host.js";

/**
 * The workbook is a long page (every question, the sector checklist, the meeting rules with their preview): in
 * jsdom on two cores shared with the rest of the gate a test takes seconds, so its limit is raised rather than the
 * page made smaller. A hang still fails.
 */
const SLOW = { timeout: 60_000 };

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const VISION = "Har ni en lokal målbild? Är den tydlig för alla deltagare/aktörer i systemledningen?";

function Host({ storage, initial = dalarna }: { storage: DraftStorage; initial?: Workspace }) {
  const { workspace, apply } = useHostedWorkspace(initial);
  return (
    <MetodstodWorkbook
      workspace={workspace}
      leadershipId="ls-mora"
      asOf="2026-05-13"
      draftStorage={storage}
      onChange={apply}
    />
  );
}

describe("createDraftStore", () => {
  it("keeps texts and lists under the leadership's and field's key", () => {
    const storage = memoryStorage();
    const drafts = createDraftStore("ls-mora", storage);
    drafts.write("answer:why", "För att…");
    drafts.write("list:principles", ["En", "Två"]);
    expect(storage.map.get(draftKey("ls-mora", "answer:why"))).toBe('"För att…"');
    expect(drafts.read("answer:why")).toBe("För att…");
    expect(drafts.read("list:principles")).toEqual(["En", "Två"]);
    drafts.remove("answer:why");
    expect(drafts.read("answer:why")).toBeNull();
  });

  it("reads nothing from a value another program wrote under the key", () => {
    const storage = memoryStorage();
    storage.setItem(draftKey("ls-mora", "answer:why"), "{not json");
    storage.setItem(draftKey("ls-mora", "list:tasks"), "[1,2]");
    const drafts = createDraftStore("ls-mora", storage);
    expect(drafts.read("answer:why")).toBeNull();
    expect(drafts.read("list:tasks")).toBeNull();
  });

  it("falls back to memory when the storage refuses (SecurityError in a sandboxed iframe)", () => {
    const drafts = createDraftStore("ls-fallback", failingStorage());
    drafts.write("answer:why", "Ändå kvar");
    expect(drafts.read("answer:why")).toBe("Ändå kvar");
  });
});

describe("MetodstodWorkbook's drafts", SLOW, () => {
  it("keeps what is typed, restores it with a note when the workbook is opened again, and clears it once saved", async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = render(<Host storage={storage} />);
    await user.click(screen.getByLabelText(VISION));
    await user.paste("Utkast om målbilden");
    expect(storage.map.get(draftKey("ls-mora", "answer:vision"))).toBe('"Utkast om målbilden"');
    first.unmount(); // navigation away, or a reload: nothing was saved

    render(<Host storage={storage} />);
    const field = screen.getByLabelText(VISION);
    await waitFor(() => expect(field).toHaveProperty("value", "Utkast om målbilden"));
    const note = document.getElementById(field.getAttribute("aria-describedby")!)!;
    expect(note.textContent).toBe("Osparat utkast (återställt).");
    expect(document.querySelector(".sl-workbook-restored")!.textContent).toContain(
      "1 osparade utkast återställdes. Spara dem eller släng dem.",
    );

    await user.click(field);
    await user.tab(); // leaving the field saves it
    await waitFor(() => expect(storage.map.has(draftKey("ls-mora", "answer:vision"))).toBe(false));
    expect(field).toHaveProperty("value", "Utkast om målbilden");
    expect(field.hasAttribute("aria-describedby")).toBe(false);
  });

  it("throws a restored draft away: the saved text shows again", async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    storage.setItem(draftKey("ls-mora", "text:purpose"), JSON.stringify("Ett annat syfte"));
    render(<Host storage={storage} />);
    const field = screen.getByLabelText("Systemledningens syfte");
    await waitFor(() => expect(field).toHaveProperty("value", "Ett annat syfte"));
    await user.click(screen.getByRole("button", { name: "Släng utkastet" }));
    expect(field).toHaveProperty("value", dalarna.charters.find((c) => c.id === "charter-mora")!.purpose);
    expect(storage.map.has(draftKey("ls-mora", "text:purpose"))).toBe(false);
  });

  it("forgets a stored draft that says what is already saved", async () => {
    const storage = memoryStorage();
    const saved = dalarna.charters.find((c) => c.id === "charter-mora")!.answers["meeting-chair"]!;
    storage.setItem(draftKey("ls-mora", "answer:meeting-chair"), JSON.stringify(saved));
    render(<Host storage={storage} />);
    await waitFor(() => expect(storage.map.has(draftKey("ls-mora", "answer:meeting-chair"))).toBe(false));
    expect(screen.queryByText("Osparat utkast (återställt).")).toBeNull();
  });

  it("works on when the storage refuses: drafts in memory, saves as usual", async () => {
    const user = userEvent.setup();
    render(<Host storage={failingStorage()} />);
    const field = screen.getByLabelText(VISION);
    await user.type(field, "Ja");
    await user.tab();
    await waitFor(() => expect(document.querySelector(".sl-workbook-count")!.textContent).toMatch(/^13 av 35/));
  });
});
