/**
 * A wait that ends early when its signal aborts: the pause between retries of the Kolada client and the HTTP
 * store, and the backoff of `updateWorkspace`. It resolves (never rejects) on abort; the caller checks its
 * signal afterwards and decides what an abort means for it.
 */

/**
 * Wait `ms` milliseconds, or less when `signal` aborts (at once when it already has).
 *
 * @example
 * await abortableDelay(250, controller.signal);
 * if (controller.signal.aborted) return;
 */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
