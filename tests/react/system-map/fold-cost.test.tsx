// @vitest-environment jsdom
/**
 * What a press on a group costs the map (issue 20, point 5: a group of 200 parts folds and unfolds within a
 * frame): the auto choice of open groups runs for the graph, the frame and the zoom step, never again for the
 * reader's own open or fold; and the press answers at once, the group marked busy (without a render) while the new
 * parts are worked out in a transition. Counted, not timed: the bench `map-legibility` reports the times.
 */
import { act, cleanup, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { chooseOpenGroups } from "../../../packages/react/src/system-map/layout/index.js";
import { MAP_VIEW_MESSAGES } from "../../../packages/react/src/system-map/messages.js";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import { useMapFolds } from "../../../packages/react/src/system-map/use-map-folds.js";

vi.mock("../../../packages/react/src/system-map/layout/index.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../packages/react/src/system-map/layout/index.js")>();
  return {
    ...actual,
    chooseOpenGroups: vi.fn(actual.chooseOpenGroups),
  };
});

const choose = vi.mocked(chooseOpenGroups);

beforeEach(() => {
  choose.mockClear();
});
afterEach(cleanup);

const system = getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });
const sectors = groups.groups.find((group) => group.basis === "kind" && group.label === "Sektorer")!;
const FRAME = { width: 960, height: 595 };
const useMapTools = () => useKitLocale(undefined, MAP_VIEW_MESSAGES);
/** Groups drawn, counted cheaply: a role query on every poll of `waitFor` would slow the fold's render it waits for. */
const drawnGroups = () => document.querySelectorAll("svg.sl-map-svg .sl-map-node[data-kind='group']").length;

describe("SystemMap fold cost", () => {
  it("opens and folds groups by hand without choosing the open groups again", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    const chosen = choose.mock.calls.length;
    expect(chosen).toBeGreaterThan(0);
    screen
      .getByRole("button", { name: new RegExp(`^Grupp: ${sectors.label}, ${sectors.memberIds.length} delar, `) })
      .focus();
    await user.keyboard("{Enter}");
    const sectorsDrawn = () =>
      [...document.querySelectorAll("svg.sl-map-svg .sl-map-node[data-kind='group']")].some((element) =>
        element.getAttribute("aria-label")?.startsWith(`Grupp: ${sectors.label}, `),
      );
    await waitFor(() => expect(sectorsDrawn()).toBe(false));
    expect(screen.queryByRole("button", { name: new RegExp(`^Grupp: ${sectors.label}, `) })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Öppna alla grupper" }));
    await waitFor(() => expect(drawnGroups()).toBe(0));
    await user.click(screen.getByRole("button", { name: "Fäll ihop alla" }));
    await waitFor(() => expect(drawnGroups()).toBe(groups.groups.length));
    expect(screen.getAllByRole("button", { name: /^Grupp: / })).toHaveLength(groups.groups.length);
    expect(choose.mock.calls.length).toBe(chosen);
  });

  it("chooses again when the zoom passes a step, and keeps the reader's choices on top of the choice", async () => {
    const { result, rerender } = renderHook(
      ({ zoomStep }) =>
        useMapFolds(system, { folding: "auto", focusId: null, frame: FRAME, zoomStep, tools: useMapTools() }),
      { initialProps: { zoomStep: 0 } },
    );
    act(() => result.current.openGroup(sectors.id));
    await waitFor(() => expect(result.current.isOpen(sectors.id)).toBe(true));
    const afterOpen = choose.mock.calls.length;
    rerender({ zoomStep: 3 });
    expect(choose.mock.calls.length).toBe(afterOpen + 1);
    // The choice itself runs without the reader's choices: they are applied on top of it.
    expect([...(choose.mock.calls.at(-1)![2].open ?? [])]).toEqual([]);
    expect(result.current.isOpen(sectors.id)).toBe(true);
    act(() => result.current.closeGroup(sectors.id));
    await waitFor(() => expect(result.current.isOpen(sectors.id)).toBe(false));
    expect(choose.mock.calls.length).toBe(afterOpen + 1);
  });

  it("marks the group busy in the press itself, folds only after the next frame, and clears the mark once it shows the change", async () => {
    const marks: (string | null)[] = [];
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useMapFolds(system, {
        folding: "auto",
        focusId: null,
        frame: FRAME,
        zoomStep: 0,
        tools: useMapTools(),
        onPending: (what) => marks.push(what),
      });
    });
    expect(result.current.isOpen(sectors.id)).toBe(false);
    renders = 0;
    act(() => {
      result.current.openGroup(sectors.id);
      // Told in the press, with no render of the map in between: the map marks the group on its element.
      expect(marks).toEqual([sectors.id]);
      expect(renders).toBe(0);
    });
    // The press's own task and the next animation frame pass without a render: the frame showing the mark comes
    // first (the render waits for a task after that frame, after-paint.ts).
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    expect(result.current.isOpen(sectors.id)).toBe(false);
    expect(marks).toEqual([sectors.id]);
    await waitFor(() => expect(marks).toEqual([sectors.id, null]));
    expect(result.current.isOpen(sectors.id)).toBe(true);
    marks.length = 0;
    act(() => result.current.closeAll());
    expect(marks).toEqual(["all"]);
    await waitFor(() => expect(marks).toEqual(["all", null]));
    expect(result.current.isOpen(sectors.id)).toBe(false);
  });
});
