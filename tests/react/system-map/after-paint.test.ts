// @vitest-environment jsdom
/**
 * `afterNextPaint` (after-paint.ts): the work waits for the next animation frame and runs in a task after it, once;
 * a hidden page, which renders no frames, runs it in the next task; a frame that never comes holds it only so long.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "../../../packages/react/src/system-map/after-paint.js";

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe("afterNextPaint", () => {
  it("runs the work once, in a task after the next animation frame, not in that frame's callbacks", async () => {
    const seen: string[] = [];
    afterNextPaint(() => seen.push("work"));
    await Promise.resolve();
    expect(seen).toEqual([]);
    // This frame callback was asked for after the work's own: the work's message is posted, not yet handled.
    await nextFrame();
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(seen).toEqual(["work"]));
    // The fallback timer comes later and does not run it again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual(["work"]);
  });

  it("runs the work in the next task on a hidden page, which renders no frames", async () => {
    vi.spyOn(document, "hidden", "get").mockReturnValue(true);
    const frame = vi.spyOn(window, "requestAnimationFrame");
    const seen: string[] = [];
    afterNextPaint(() => seen.push("work"));
    expect(frame).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["work"]);
  });

  it("runs the work after a while when no frame comes (a page hidden after the press)", () => {
    vi.useFakeTimers();
    vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
    const seen: string[] = [];
    afterNextPaint(() => seen.push("work"));
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual(["work"]);
  });
});
