import { afterEach, describe, expect, it, vi } from "vitest";
import { layoutForce } from "../../../../packages/react/src/system-map/layout/force.js";
import type {
  ForceRunMessage,
  ForceWorkerMessage,
} from "../../../../packages/react/src/system-map/layout/force-protocol.js";
import { createForceLayoutWorker } from "../../../../packages/react/src/system-map/layout/force-runner.js";
import { randomLayeredGraph } from "./graphs.js";

const SEED = 20261122;
const graphA = randomLayeredGraph(300, { seed: SEED });
const graphB = randomLayeredGraph(200, { seed: SEED + 1 });

/**
 * A stand-in for a module Worker in Node: it runs the real force-worker.ts module against a fake global
 * scope, one macrotask after each message, and delivers what the module posts as message events.
 */
class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  terminated = false;
  readonly received: ForceRunMessage[] = [];
  constructor(private readonly fail = false) {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(message: ForceRunMessage) {
    this.received.push(message);
    setTimeout(() => void this.deliver(message), 0);
  }
  terminate() {
    this.terminated = true;
  }
  private async deliver(message: ForceRunMessage) {
    if (this.terminated) return;
    if (this.fail) {
      this.dispatchEvent(new Event("error", { cancelable: true }));
      return;
    }
    const scope = {
      onmessage: null as ((event: { data: ForceRunMessage }) => void) | null,
      postMessage: (data: ForceWorkerMessage) => {
        setTimeout(() => {
          if (!this.terminated) this.dispatchEvent(new MessageEvent("message", { data }));
        }, 0);
      },
    };
    (globalThis as { self?: unknown }).self = scope;
    vi.resetModules();
    await import("../../../../packages/react/src/system-map/layout/force-worker.js");
    delete (globalThis as { self?: unknown }).self;
    scope.onmessage!({ data: message });
  }
}
const fakeWorker =
  (fail = false) =>
  () =>
    new FakeWorker(fail) as unknown as Worker;

afterEach(() => {
  FakeWorker.created = [];
  vi.restoreAllMocks();
});

describe("createForceLayoutWorker", () => {
  it("runs on the main thread where there is no Worker, in slices, with layoutForce's positions", async () => {
    expect(typeof Worker).toBe("undefined");
    const runner = createForceLayoutWorker();
    expect(runner.mode).toBe("main-thread");
    const original = globalThis.setTimeout;
    const slices: number[] = [];
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((callback: () => void, ms?: number) =>
      original(() => {
        const start = performance.now();
        callback();
        slices.push(performance.now() - start);
      }, ms)) as typeof setTimeout);
    const progress: number[] = [];
    const task = runner.run(graphA, { seed: 4, iterations: 40, onProgress: (p) => progress.push(p) });
    const layout = await task.result;
    vi.restoreAllMocks();
    expect(layout!.positions).toEqual(layoutForce(graphA, { seed: 4, iterations: 40 }).positions);
    expect(slices.length).toBeGreaterThan(1);
    // 8 ms slices; the bound here is the long-task limit, so a loaded machine does not fail the test.
    expect(Math.max(...slices)).toBeLessThan(50);
    expect(progress.at(-1)).toBe(1);
    progress.forEach((p, k) => k > 0 && expect(p).toBeGreaterThan(progress[k - 1]!));
  });

  it("cancels the run still going when a new one starts", async () => {
    const runner = createForceLayoutWorker({ createWorker: null });
    const progressA: number[] = [];
    const first = runner.run(graphA, { iterations: 200, onProgress: (p) => progressA.push(p) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = runner.run(graphB, { iterations: 20 });
    const reportedBefore = progressA.length;
    expect(await first.result).toBeNull();
    const layout = await second.result;
    expect(layout!.indexById.has(graphB.nodes[0]!.id)).toBe(true);
    expect(layout!.positions).toEqual(layoutForce(graphB, { iterations: 20 }).positions);
    expect(progressA.length).toBe(reportedBefore);
  });

  it("resolves null on cancel and after dispose, and never rejects", async () => {
    const runner = createForceLayoutWorker({ createWorker: null });
    const task = runner.run(graphA, { iterations: 50 });
    task.cancel();
    expect(await task.result).toBeNull();
    runner.dispose();
    expect(await runner.run(graphA).result).toBeNull();
  });

  it("sends the run to the worker as typed arrays and takes back its progress and positions", async () => {
    const runner = createForceLayoutWorker({ createWorker: fakeWorker() });
    expect(runner.mode).toBe("worker");
    const progress: number[] = [];
    const layout = await runner.run(graphA, {
      seed: 4,
      iterations: 40,
      progressEvery: 5,
      onProgress: (p) => progress.push(p),
    }).result;
    expect(runner.mode).toBe("worker");
    const [worker] = FakeWorker.created;
    expect(worker!.received[0]!.source).toBeInstanceOf(Int32Array);
    expect(worker!.received[0]!.settings.iterations).toBe(40);
    expect(layout!.positions).toEqual(layoutForce(graphA, { seed: 4, iterations: 40 }).positions);
    expect(progress).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40].map((tick) => tick / 40).filter((p) => p > 0));
  });

  it("terminates a busy worker when a new run starts, and runs the new one in a fresh worker", async () => {
    const runner = createForceLayoutWorker({ createWorker: fakeWorker() });
    const first = runner.run(graphA, { iterations: 40 });
    const second = runner.run(graphB, { iterations: 20 });
    expect(await first.result).toBeNull();
    expect((await second.result)!.positions).toEqual(layoutForce(graphB, { iterations: 20 }).positions);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(FakeWorker.created[1]!.terminated).toBe(false);
    // A finished worker is kept for the next run.
    await runner.run(graphA, { iterations: 10 }).result;
    expect(FakeWorker.created).toHaveLength(2);
    runner.dispose();
    expect(FakeWorker.created[1]!.terminated).toBe(true);
  });

  it("falls back to the main thread when the worker fails to load or to start, and stays there", async () => {
    const failing = createForceLayoutWorker({ createWorker: fakeWorker(true) });
    expect(failing.mode).toBe("worker");
    expect((await failing.run(graphB, { iterations: 20 }).result)!.positions).toEqual(
      layoutForce(graphB, { iterations: 20 }).positions,
    );
    expect(failing.mode).toBe("main-thread");
    expect(FakeWorker.created[0]!.terminated).toBe(true);

    const throwing = createForceLayoutWorker({
      createWorker: () => {
        throw new TypeError("Invalid URL");
      },
    });
    expect((await throwing.run(graphB, { iterations: 20 }).result)!.positions).toEqual(
      layoutForce(graphB, { iterations: 20 }).positions,
    );
    expect(throwing.mode).toBe("main-thread");
  });
});
