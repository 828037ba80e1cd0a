// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { layoutForce } from "../../../../packages/react/src/system-map/layout/force.js";
import type { ForceLayoutTask } from "../../../../packages/react/src/system-map/layout/force-runner.js";
import type { LayoutGraph } from "../../../../packages/react/src/system-map/layout/types.js";
import {
  useForceLayout,
  type ForceLayoutState,
  type UseForceLayoutOptions,
} from "../../../../packages/react/src/system-map/layout/use-force-layout.js";
import { randomLayeredGraph } from "./graphs.js";

const SEED = 20261122;
const graphA = randomLayeredGraph(400, { seed: SEED });
const graphB = randomLayeredGraph(150, { seed: SEED + 1 });

/** Every task the hook started, to see which were cancelled. */
const tasks: ForceLayoutTask[] = [];
vi.mock("../../../../packages/react/src/system-map/layout/force-runner.js", async (importOriginal) => {
  const actual =
    await importOriginal<typeof import("../../../../packages/react/src/system-map/layout/force-runner.js")>();
  return {
    ...actual,
    createForceLayoutWorker: (...args: Parameters<typeof actual.createForceLayoutWorker>) => {
      const runner = actual.createForceLayoutWorker(...args);
      return {
        get mode() {
          return runner.mode;
        },
        run: (...runArgs: Parameters<typeof runner.run>) => {
          const task = runner.run(...runArgs);
          tasks.push(task);
          return task;
        },
        dispose: () => runner.dispose(),
      };
    },
  };
});

afterEach(() => {
  cleanup();
  tasks.length = 0;
});

/** Renders the hook and keeps every state it returned. */
function Probe({
  graph,
  options,
  seen,
}: {
  graph: LayoutGraph | null;
  options?: UseForceLayoutOptions;
  seen: ForceLayoutState[];
}) {
  const state = useForceLayout(graph, options);
  seen.push(state);
  return (
    <p>
      {state.status === "done"
        ? `klar: ${state.layout!.indexById.size} noder`
        : `${state.status} ${Math.round(state.progress * 100)} %`}
    </p>
  );
}

describe("useForceLayout", () => {
  it("runs the main-thread fallback where there is no Worker and ends with the layout", async () => {
    expect(typeof Worker).toBe("undefined");
    const seen: ForceLayoutState[] = [];
    render(<Probe graph={graphA} options={{ seed: 3, iterations: 60 }} seen={seen} />);
    expect(screen.getByText("running 0 %")).toBeTruthy();
    await screen.findByText(`klar: ${graphA.nodes.length} noder`, undefined, { timeout: 10_000 });
    const last = seen.at(-1)!;
    expect(last.progress).toBe(1);
    expect(last.layout!.positions).toEqual(layoutForce(graphA, { seed: 3, iterations: 60 }).positions);
    // Progress was shown on the way, rising.
    const progress = seen.map((state) => state.progress);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    progress.forEach((p, k) => k > 0 && expect(p).toBeGreaterThanOrEqual(progress[k - 1]!));
  });

  it("cancels the old run when the graph changes and never shows the old graph's layout", async () => {
    const seen: ForceLayoutState[] = [];
    const view = render(<Probe graph={graphA} options={{ iterations: 200 }} seen={seen} />);
    await waitFor(() => expect(seen.some((state) => state.progress > 0)).toBe(true));
    view.rerender(<Probe graph={graphB} options={{ iterations: 200 }} seen={seen} />);
    expect(seen.at(-1)).toEqual({ layout: null, progress: 0, status: "running" });
    expect(tasks).toHaveLength(2);
    expect(await tasks[0]!.result).toBeNull();
    await screen.findByText(`klar: ${graphB.nodes.length} noder`, undefined, { timeout: 10_000 });
    const layouts = seen.filter((state) => state.layout !== null);
    expect(layouts.every((state) => state.layout!.indexById.size === graphB.nodes.length)).toBe(true);
    expect(layouts.at(-1)!.layout!.positions).toEqual(layoutForce(graphB, { iterations: 200 }).positions);
  });

  it("runs again when an option changes, runs nothing for no graph, and survives StrictMode's double effects", async () => {
    const seen: ForceLayoutState[] = [];
    const view = render(
      <StrictMode>
        <Probe graph={graphB} options={{ seed: 1, iterations: 30 }} seen={seen} />
      </StrictMode>,
    );
    await screen.findByText(`klar: ${graphB.nodes.length} noder`, undefined, { timeout: 10_000 });
    const first = seen.at(-1)!.layout!;
    view.rerender(
      <StrictMode>
        <Probe graph={graphB} options={{ seed: 2, iterations: 30 }} seen={seen} />
      </StrictMode>,
    );
    expect(seen.at(-1)!.status).toBe("running");
    await screen.findByText(`klar: ${graphB.nodes.length} noder`, undefined, { timeout: 10_000 });
    expect(seen.at(-1)!.layout!.positions).not.toEqual(first.positions);
    expect(seen.at(-1)!.layout!.positions).toEqual(layoutForce(graphB, { seed: 2, iterations: 30 }).positions);
    view.rerender(<Probe graph={null} seen={seen} />);
    expect(seen.at(-1)).toEqual({ layout: null, progress: 0, status: "idle" });
  });
});
