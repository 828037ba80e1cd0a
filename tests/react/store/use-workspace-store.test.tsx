// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore, useWorkspaceStore, type ExternalStore } from "@systemledning/react";
import { afterEach, describe, expect, it } from "vitest";

interface Snapshot {
  readonly forums: readonly { readonly id: string; readonly name: string }[];
  readonly savedAt: string;
}

/** A minimal store with the two methods the hook reads, counting its subscribers. */
function createTestStore(initial: Snapshot) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const store: ExternalStore<Snapshot> & { set(next: Snapshot): void; listenerCount(): number } = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      snapshot = next;
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
  return store;
}

const lchnv = { id: "lchnv", name: "Länschefsnätverket" };
const vfr = { id: "vfr", name: "Välfärdsrådet" };

afterEach(cleanup);

describe("useWorkspaceStore", () => {
  it("renders the selected slice and follows store changes", () => {
    const store = createTestStore({ forums: [lchnv], savedAt: "1" });
    function ForumList() {
      const forums = useWorkspaceStore(store, (s) => s.forums);
      return (
        <ul aria-label="Forum">
          {forums.map((forum) => (
            <li key={forum.id}>{forum.name}</li>
          ))}
        </ul>
      );
    }
    render(<ForumList />);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Länschefsnätverket"]);

    act(() => store.set({ forums: [lchnv, vfr], savedAt: "2" }));
    expect(screen.getByRole("list", { name: "Forum" }).children).toHaveLength(2);
    expect(screen.getByText("Välfärdsrådet")).toBeTruthy();
  });

  it("does not re-render when the change leaves the selected slice equal", () => {
    const forums = [lchnv];
    const store = createTestStore({ forums, savedAt: "1" });
    let renders = 0;
    function ForumCount() {
      renders += 1;
      const count = useWorkspaceStore(store, (s) => ({ count: s.forums.length }), {
        isEqual: (a, b) => a.count === b.count,
      });
      return <p>{`${count.count} forum`}</p>;
    }
    render(<ForumCount />);
    const rendersAfterMount = renders;

    act(() => store.set({ forums, savedAt: "2" }));
    expect(renders).toBe(rendersAfterMount);

    act(() => store.set({ forums: [lchnv, vfr], savedAt: "3" }));
    expect(renders).toBe(rendersAfterMount + 1);
    expect(screen.getByText("2 forum")).toBeTruthy();
  });

  it("derives again when the selector changes while the snapshot stays the same", () => {
    const store = createTestStore({ forums: [lchnv, vfr], savedAt: "1" });
    function ForumName({ id }: { id: string }) {
      const name = useWorkspaceStore(store, (s) => s.forums.find((forum) => forum.id === id)?.name ?? "–");
      return <h2>{name}</h2>;
    }
    const { rerender } = render(<ForumName id="lchnv" />);
    expect(screen.getByRole("heading").textContent).toBe("Länschefsnätverket");
    rerender(<ForumName id="vfr" />);
    expect(screen.getByRole("heading").textContent).toBe("Välfärdsrådet");
  });

  it("unsubscribes when the component unmounts", () => {
    const store = createTestStore({ forums: [], savedAt: "1" });
    function Probe() {
      return <p>{useWorkspaceStore(store, (s) => s.savedAt)}</p>;
    }
    const { unmount } = render(<Probe />);
    expect(store.listenerCount()).toBe(1);
    unmount();
    expect(store.listenerCount()).toBe(0);
  });
});

describe("useWorkspaceStore with the core's memory store", () => {
  it("re-renders when a new workspace is saved", async () => {
    const store = createMemoryStore(null);
    function LeadershipCount() {
      const count = useWorkspaceStore(store, (ws) => ws?.leaderships.length ?? null);
      return <output aria-label="Antal systemledningar">{count === null ? "ingen arbetsyta" : String(count)}</output>;
    }
    render(<LeadershipCount />);
    expect(screen.getByRole("status", { name: "Antal systemledningar" }).textContent).toBe("ingen arbetsyta");

    const workspace = createDalarnaSampleWorkspace();
    await act(() => store.save(workspace, { baseRevision: null }));
    expect(screen.getByRole("status", { name: "Antal systemledningar" }).textContent).toBe(
      String(workspace.leaderships.length),
    );

    await act(() =>
      store.save({ ...workspace, leaderships: workspace.leaderships.slice(0, 2) }, { baseRevision: "1" }),
    );
    expect(screen.getByRole("status", { name: "Antal systemledningar" }).textContent).toBe("2");
  });
});
