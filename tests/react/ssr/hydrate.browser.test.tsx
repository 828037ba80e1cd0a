/**
 * Every component a page places on its own hydrates in Chromium what the server rendered (docs/quality.md E1):
 * the markup of `renderToString` goes into the page as a host's server sends it, `hydrateRoot` takes it over, and
 * React reports no mismatch and no recoverable error; then one button proves the component answers the reader.
 * On React 19 in the `browser` project and on React 18 in `browser-react18`.
 */
import { getByRole } from "@testing-library/dom";
import { useEffect, version, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import "../../../packages/react/src/styles.css";
import { PLACED_COMPONENTS } from "./placed-components.js";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Renders its children alone, and says when React has committed them: for a hydration, when it is done. */
function Committed({ children, onCommit }: { readonly children: ReactNode; readonly onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

/** The container's markup, read without an HTML sink (docs/quality.md S1). */
const markupOf = (element: Element) => new XMLSerializer().serializeToString(element);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The markup once two frames in a row leave it unchanged: the measurements after hydration have settled. A
 * component that keeps changing by itself fails here, since no press could then be told from its own changes.
 */
async function settledMarkup(element: Element): Promise<string> {
  let previous = markupOf(element);
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await nextFrame();
    await nextFrame();
    const current = markupOf(element);
    if (current === previous) return current;
    previous = current;
  }
  throw new Error("the markup kept changing for 60 frames after hydration");
}

describe("hydration in Chromium", () => {
  it(`runs React ${inject("reactMajor")}`, () => {
    expect(version.startsWith(`${inject("reactMajor")}.`), version).toBe(true);
  });

  it.each(PLACED_COMPONENTS.map((placed) => [placed.name, placed] as const))(
    "hydrates %s with no mismatch, and it answers a button afterwards",
    async (_name, placed) => {
      const noop = () => undefined;
      // The server's render, here where there is a document, which a server never has: so the kit takes its
      // browser's layout effect, and React 18 reports each one as it would on a server. The Node test
      // (server-render.test.tsx) proves a real server reports nothing; here only that one message may appear.
      const serverErrors = vi.spyOn(console, "error").mockImplementation(noop);
      const markup = renderToString(<Committed onCommit={noop}>{placed.element()}</Committed>);
      for (const [message] of serverErrors.mock.calls)
        expect(String(message)).toMatch(/^Warning: useLayoutEffect does nothing on the server/);
      serverErrors.mockRestore();
      const errors = vi.spyOn(console, "error");
      // The server's markup, parsed as the browser parses a page (no HTML sink in our code: docs/quality.md S1).
      const served = new DOMParser().parseFromString(markup, "text/html");
      const container = document.createElement("div");
      container.append(...served.body.childNodes);
      document.body.append(container);

      const recoverable: unknown[] = [];
      let hydrated!: () => void;
      const done = new Promise<void>((resolve) => (hydrated = resolve));
      const root = hydrateRoot(container, <Committed onCommit={hydrated}>{placed.element()}</Committed>, {
        onRecoverableError: (error) => recoverable.push(error),
      });
      await done;
      const before = await settledMarkup(container);

      expect(recoverable).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
      expect(getByRole(container, placed.role, { name: placed.accessibleName })).toBeTruthy();

      getByRole(container, "button", { name: placed.button }).click();
      await expect.poll(() => markupOf(container), { timeout: 5_000 }).not.toBe(before);
      expect(errors).not.toHaveBeenCalled();
      root.unmount();
    },
  );
});
