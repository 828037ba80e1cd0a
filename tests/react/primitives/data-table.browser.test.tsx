/**
 * DataTable in real Chromium with the kit's stylesheet: what jsdom cannot lay out. At 320 CSS px a wide
 * table scrolls inside its region and never the page (docs/quality.md A9), and the header row stays at the top of
 * the region while the rows scroll under it.
 */
import { createRoot, type Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { DataTable, type DataTableColumn } from "../../../packages/react/src/primitives/data-table/index.js";
import "../../../packages/react/src/styles.css";

interface WideRow {
  readonly name: string;
  readonly values: readonly number[];
}

const VALUE_COLUMNS = 8;

/** A name column and eight number columns with long headers: far wider than 320 px. */
const columns: readonly DataTableColumn<WideRow>[] = [
  { id: "name", header: "Systemledning", value: (row) => row.name, isRowHeader: true },
  ...Array.from({ length: VALUE_COLUMNS }, (_, index): DataTableColumn<WideRow> => ({
    id: `value-${index}`,
    header: `Medelvärde delmål ${index + 1}`,
    value: (row) => row.values[index] ?? null,
    kind: "number",
  })),
];

const rows: readonly WideRow[] = Array.from({ length: 120 }, (_, index) => ({
  name: `Systemledningen för länsdel ${index + 1}`,
  values: Array.from({ length: VALUE_COLUMNS }, (_, column) => 1_000 + index * 10 + column + 0.25),
}));

let host: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  await page.viewport(320, 640);
  host = document.createElement("div");
  host.className = "sl-root";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root.render(<DataTable caption="Medelvärden per systemledning" columns={columns} data={rows} />));
});

afterEach(() => {
  root.unmount();
  host.remove();
});

/** Wait for the browser to lay out and paint once. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function region(): HTMLElement {
  const found = document.querySelector<HTMLElement>('[role="region"].sl-table-region');
  if (found === null) throw new Error("no table region rendered");
  return found;
}

describe("DataTable in Chromium", () => {
  it("scrolls a wide table inside its region at 320 px, never the page", async () => {
    await nextFrame();
    expect(document.documentElement.clientWidth).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(host.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const scroller = region();
    expect(scroller.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    // The table really is wider than the screen: the region, not the page, takes the overflow.
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    scroller.scrollLeft = 200;
    expect(scroller.scrollLeft).toBeGreaterThan(0);
    expect(window.scrollX).toBe(0);
  });

  it("keeps the header row at the top of the region while the rows scroll", async () => {
    const scroller = region();
    // Long tables are capped in height and scroll vertically inside the region too.
    expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
    const header = scroller.querySelector("thead th");
    const firstRow = scroller.querySelector("tbody tr");
    if (header === null || firstRow === null) throw new Error("no header or rows rendered");
    const firstRowTop = firstRow.getBoundingClientRect().top;

    scroller.scrollTop = 400;
    await nextFrame();
    expect(scroller.scrollTop).toBeGreaterThan(0);
    // The rows moved up...
    expect(firstRow.getBoundingClientRect().top).toBeLessThan(firstRowTop - 300);
    // ...and the header sits at the top edge of the region's scrollport (inside its 1 px border).
    const regionTop = scroller.getBoundingClientRect().top + scroller.clientTop;
    expect(Math.abs(header.getBoundingClientRect().top - regionTop)).toBeLessThanOrEqual(1);
    expect(getComputedStyle(header).position).toBe("sticky");
  });

  it("makes the region reachable by Tab, so the keyboard can scroll it", () => {
    const scroller = region();
    expect(scroller.tabIndex).toBe(0);
    scroller.focus();
    expect(document.activeElement).toBe(scroller);
    expect(scroller.getAttribute("aria-labelledby")).toBe(scroller.querySelector("caption")?.id);
  });
});
