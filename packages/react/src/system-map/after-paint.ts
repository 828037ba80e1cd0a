/**
 * Work that must not hold back the frame showing what the DOM says now: a press on a group marks it busy in the
 * DOM (use-busy-mark.ts), and the fold's render, which on a national map takes far more than a frame, waits until
 * that mark has been painted (issue 20, point 5). A transition alone does not wait: React posts its render as a
 * task right after the press's own, and a task runs before the next frame is rendered; the map's render is one
 * long task (the fold, the layout and the texts are worked out inside single components, which React cannot
 * split), so the mark would be painted only after it.
 */

/** How long the work waits at most when no frame comes (a tab hidden meanwhile draws none), in ms. */
const NO_FRAME_MS = 250;

/**
 * Run `task` in a task of its own after the next frame has been rendered: an animation frame callback runs just
 * before the frame's style, layout and paint, and a message posted from it is handled only after them. A hidden
 * page renders no frames: then, or without `requestAnimationFrame` (a server), the task runs in the next task.
 *
 * @example
 * markBusy(groupId); // set on the DOM: painted in the next frame
 * afterNextPaint(() => startTransition(() => setOpen(next)));
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame !== "function" || typeof document === "undefined" || document.hidden) {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
  // A page hidden after the press renders no frame until it is shown again: the work is not held that long.
  setTimeout(run, NO_FRAME_MS);
}
