// @vitest-environment jsdom
/**
 * useWorkspaceUpdates with WorkspaceUpdatesFeedback, by role and name: every change goes through updateWorkspace,
 * the polite status line says saving, saved (also after someone else saved in between), refused, a clash and a
 * change made in another tab; a clash opens the dialog with focus moved in, and each choice does what it says.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  createIndexedDbStore,
  createIssue,
  createMemoryStore,
  err,
  ok,
  SystemledningError,
  type Workspace,
  type WorkspaceChange,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider } from "../../../packages/react/src/i18n/locale.js";
import { useWorkspaceUpdates } from "../../../packages/react/src/store/use-workspace-updates.js";
import { WorkspaceUpdatesFeedback } from "../../../packages/react/src/store/workspace-save-status.js";

afterEach(cleanup);

const sample = createDalarnaSampleWorkspace();
const meetingId = sample.meetings[0]!.id;
const locationIn = (ws: Workspace | null) => ws?.meetings.find((m) => m.id === meetingId)?.location;
const withLocation =
  (location: string): WorkspaceChange =>
  (ws) =>
    ok({ ...ws, meetings: ws.meetings.map((m) => (m.id === meetingId ? { ...m, location } : m)) });

/** A change that, the first time it runs, lets someone else save `theirs` first (as if between load and save). */
function afterSomeoneElse(store: WorkspaceStore, theirs: WorkspaceChange, mine: WorkspaceChange): WorkspaceChange {
  let first = true;
  return async (ws) => {
    if (first) {
      first = false;
      const stored = store.getStored()!;
      const next = await theirs(stored.workspace);
      if (next.ok) await store.save(next.value, { baseRevision: stored.revision });
    }
    return mine(ws);
  };
}

function Host({ store, change, locale }: { store: WorkspaceStore; change: WorkspaceChange; locale?: "sv" | "en" }) {
  const updates = useWorkspaceUpdates(store);
  return (
    <LocaleProvider locale={locale ?? "sv"}>
      <button type="button" onClick={() => void updates.apply(change)}>
        Spara platsen
      </button>
      <WorkspaceUpdatesFeedback updates={updates} />
    </LocaleProvider>
  );
}

const statusLine = () => document.querySelector<HTMLElement>(".sl-save-status")!;

function setup(change: (store: WorkspaceStore) => WorkspaceChange, locale?: "sv" | "en") {
  const user = userEvent.setup();
  const store = createMemoryStore(sample);
  render(<Host store={store} change={change(store)} {...(locale === undefined ? {} : { locale })} />);
  return { user, store };
}

describe("useWorkspaceUpdates", () => {
  it("saves through updateWorkspace and says so in a polite status line present from the start", async () => {
    const { user, store } = setup(() => withLocation("Falu rådhus"));
    const line = screen.getByRole("status");
    expect(line).toBe(statusLine());
    expect(line.getAttribute("aria-live")).toBe("polite");
    expect(line.textContent).toBe("");
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    await waitFor(() => expect(line.textContent).toBe("Sparat."));
    expect(locationIn(store.getSnapshot())).toBe("Falu rådhus");
    expect(store.getStored()!.revision).toBe("2");
    // The same words again are a new node, so a screen reader reads the second "Sparat." too.
    const first = line.firstElementChild;
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    await waitFor(() => expect(store.getStored()!.revision).toBe("3"));
    await waitFor(() => expect(line.firstElementChild).not.toBe(first));
    expect(line.textContent).toBe("Sparat.");
  });

  it("applies the change again to what someone else saved meanwhile, keeping both, and says so", async () => {
    const { user, store } = setup((s) =>
      afterSomeoneElse(s, (ws) => ok({ ...ws, annotations: [] }), withLocation("Falu rådhus")),
    );
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    await waitFor(() => expect(statusLine().textContent).toMatch(/^Sparat\. Någon annan hade sparat under tiden/));
    expect(locationIn(store.getSnapshot())).toBe("Falu rådhus");
    expect(store.getSnapshot()!.annotations).toEqual([]);
  });

  it("says why a refused change was not saved, in the core's words", async () => {
    const refusal = new SystemledningError("invalidInput", [createIssue([], "invalid_json", { reason: "stängd" })]);
    const { user, store } = setup(() => () => err(refusal));
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    await waitFor(() => expect(statusLine().textContent).toMatch(/^Ändringen sparades inte: .*stängd/));
    expect(store.getStored()!.revision).toBe("1");
  });

  it("opens the clash dialog when both changed the same thing; keep mine saves mine over theirs", async () => {
    const { user, store } = setup((s) => afterSomeoneElse(s, withLocation("Deras rum"), withLocation("Mitt rum")));
    const button = screen.getByRole("button", { name: "Spara platsen" });
    await user.click(button);
    const dialog = await screen.findByRole("alertdialog", { name: "Någon annan har ändrat samma sak" });
    expect(document.activeElement).toBe(
      within(dialog).getByRole("heading", { name: "Någon annan har ändrat samma sak" }),
    );
    expect(statusLine().textContent).toBe(
      "Krock: någon annan har ändrat samma sak. Välj vilken version som ska gälla.",
    );
    expect(
      within(dialog)
        .getAllByRole("definition")
        .map((d) => d.textContent),
    ).toEqual(["Mitt rum", "Deras rum"]);
    expect(within(dialog).getByText("Sparad version 2")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Behåll min version" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(locationIn(store.getSnapshot())).toBe("Mitt rum");
    expect(statusLine().textContent).toBe("Din version är sparad över den andra.");
    expect(document.activeElement).toBe(button);
  });

  it("keep theirs saves nothing and leaves what the other saved", async () => {
    const { user, store } = setup((s) => afterSomeoneElse(s, withLocation("Deras rum"), withLocation("Mitt rum")));
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Behåll den sparade versionen" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(locationIn(store.getSnapshot())).toBe("Deras rum");
    expect(store.getStored()!.revision).toBe("2");
    expect(statusLine().textContent).toBe("Den sparade versionen gäller; din ändring är borttagen.");
  });

  it("speaks English on an English page", async () => {
    const { user } = setup((s) => afterSomeoneElse(s, withLocation("Deras rum"), withLocation("Mitt rum")), "en");
    await user.click(screen.getByRole("button", { name: "Spara platsen" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Someone else changed the same thing" });
    expect(within(dialog).getByRole("button", { name: "Keep my version" })).toBeTruthy();
    expect(statusLine().textContent).toBe("Clash: someone else changed the same thing. Choose which version to keep.");
  });

  it("says politely that another tab changed the workspace (the IndexedDB store's notice)", async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, databaseName: "kit-updates-test" };
    const mine = createIndexedDbStore(options);
    const other = createIndexedDbStore(options);
    await other.save(sample, { baseRevision: null });
    await mine.load();
    render(<Host store={mine} change={withLocation("Falu rådhus")} />);
    const stored = other.getStored()!;
    await act(async () => {
      await other.save({ ...stored.workspace, annotations: [] }, { baseRevision: stored.revision });
    });
    await waitFor(() => expect(statusLine().textContent).toBe("Ändrat i en annan flik."), { timeout: 3000 });
    expect(mine.getSnapshot()!.annotations).toEqual([]);
    mine.close();
    other.close();
  });
});
