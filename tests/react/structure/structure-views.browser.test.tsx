/**
 * The structure views in real Chromium with the kit's stylesheet, at 320 CSS px, on the extremes (docs/quality.md
 * A9, R5): the sector tiles wrap to the width with very long names, the 60 long-named seats of a forum scroll
 * inside the table's own region, the page never scrolls sideways; the sector figure's keyboard path from Tab
 * to End (A3) with a visible focus ring (A6).
 */
import { createRoot, type Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { ForumMembers } from "../../../packages/react/src/structure/forum-members.js";
import { SectorCoverage } from "../../../packages/react/src/structure/sector-coverage.js";
import "../../../packages/react/src/styles.css";
import { EXTREME, extremeStructureSample, STRUCTURE_AS_OF } from "../../fixtures/structure-views.js";

const workspace = extremeStructureSample();
let host: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  await page.viewport(320, 640);
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <>
        <SectorCoverage workspace={workspace} forumId={EXTREME.bigForum} asOf={STRUCTURE_AS_OF} />
        <ForumMembers workspace={workspace} forumId={EXTREME.bigForum} asOf={STRUCTURE_AS_OF} defaultShowEnded />
      </>,
    ),
  );
});

afterEach(() => {
  root.unmount();
  host.remove();
});

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe("The structure views in Chromium at 320 px", () => {
  it("never scroll the page sideways: tiles wrap, the members' table scrolls in its region", async () => {
    await nextFrame();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const tiles = [...host.querySelectorAll<HTMLElement>(".sl-structure-tile")];
    expect(tiles.length).toBeGreaterThan(0);
    for (const tile of tiles) expect(tile.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    const region = host.querySelector<HTMLElement>('.sl-structure-members [role="region"]');
    expect(region).not.toBeNull();
    expect(region!.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    expect(region!.scrollWidth).toBeGreaterThan(region!.clientWidth);
  });

  it("walks the sector tiles from the keyboard with a visible focus ring", async () => {
    const tiles = [...host.querySelectorAll<HTMLElement>('.sl-structure-tile[role="img"]')];
    const toggle = host.querySelector<HTMLButtonElement>(".sl-structure-sectors .sl-figure-toolbar button")!;
    toggle.focus();
    await userEvent.tab(); // the CSV button
    await userEvent.tab();
    expect(document.activeElement).toBe(tiles[0]);
    expect(getComputedStyle(tiles[0]!).outlineStyle).toBe("solid");
    expect(Number.parseFloat(getComputedStyle(tiles[0]!).outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tiles[1]);
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(tiles.at(-1));
    await userEvent.tab();
    expect(tiles).not.toContain(document.activeElement);
  });
});
