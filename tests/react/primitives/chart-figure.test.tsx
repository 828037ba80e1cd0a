// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { KitLocale } from "../../../packages/react/src/i18n/format.js";
import { KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import { ChartFigure, type ChartFigureView } from "../../../packages/react/src/primitives/chart-figure.js";
import { ChartTooltip } from "../../../packages/react/src/primitives/chart-tooltip.js";
import { csvFileName, toCsv } from "../../../packages/react/src/primitives/csv.js";
import type { DataTableColumn } from "../../../packages/react/src/primitives/data-table/types.js";
import { Widget } from "../../../packages/react/src/primitives/widget.js";

interface GoalRow {
  readonly goal: string;
  readonly mean: number | null;
  readonly n: number;
}

const columns: readonly DataTableColumn<GoalRow>[] = [
  { id: "goal", header: "Delmål", value: (row) => row.goal, isRowHeader: true },
  { id: "mean", header: "Medelvärde", value: (row) => row.mean, kind: "number", maximumFractionDigits: 2 },
  { id: "n", header: "Antal", value: (row) => row.n, kind: "number" },
];

const rows: readonly GoalRow[] = [
  { goal: "Nära för mig", mean: 2.8333333333333335, n: 6 },
  { goal: "Nära för alla", mean: 2.9166666666666665, n: 6 },
  { goal: "Nära till hälsa", mean: null, n: 0 },
];

const TITLE = "Medelvärde per delmål 2025";
const TAKEAWAY = "Medelvärdena ligger mellan 2,8 och 2,9.";

function Figure({
  locale,
  ...rest
}: {
  readonly locale?: KitLocale;
  readonly view?: ChartFigureView;
  readonly onViewChange?: (view: ChartFigureView) => void;
  readonly fileName?: string;
}) {
  return (
    <Widget locale={locale}>
      <ChartFigure
        title={TITLE}
        takeaway={TAKEAWAY}
        table={{ columns, rows }}
        keyboardHint="Använd piltangenterna."
        details={<p>Källa: självskattning</p>}
        {...rest}
      >
        <svg role="img" aria-label="Stapeldiagram över medelvärden">
          <rect width={10} height={10} />
        </svg>
      </ChartFigure>
    </Widget>
  );
}

const utf8 = (text: string): number[] => Array.from(new TextEncoder().encode(text));
const blobBytes = async (blob: Blob): Promise<number[]> => Array.from(new Uint8Array(await blob.arrayBuffer()));

let createObjectURL: MockInstance<(blob: Blob) => string>;
let revokeObjectURL: MockInstance<(url: string) => void>;
let anchorClick: MockInstance<() => void>;
let clickedLinks: { href: string; download: string; inDocument: boolean }[];

beforeEach(() => {
  // jsdom has no object URLs and does not download: stand in for both, and record what was offered.
  URL.createObjectURL = () => "";
  URL.revokeObjectURL = () => undefined;
  createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:sl-test/1");
  revokeObjectURL = vi.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
  clickedLinks = [];
  anchorClick = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clickedLinks.push({ href: this.href, download: this.download, inDocument: this.isConnected });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("ChartFigure", () => {
  it("is a figure named by its visible title, with the takeaway in its figcaption", () => {
    render(<Figure />);
    const figure = screen.getByRole("figure", { name: TITLE });
    expect(within(figure).getByRole("heading", { level: 3, name: TITLE })).toBeTruthy();
    const caption = figure.querySelector("figcaption");
    expect(caption?.textContent).toContain(TAKEAWAY);
    expect(within(figure).getByRole("img", { name: "Stapeldiagram över medelvärden" })).toBeTruthy();
    expect(within(figure).getByText("Använd piltangenterna.")).toBeTruthy();
    expect(within(figure).getByText("Källa: självskattning")).toBeTruthy();
  });

  it("shows the real table, with a caption and column headers, when the toggle is pressed", async () => {
    const user = userEvent.setup();
    render(<Figure />);
    const toggle = screen.getByRole("button", { name: KIT_MESSAGES.showTable.sv });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const table = await screen.findByRole("table", { name: TITLE });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.getAttribute("scope"))).toEqual(columns.map(() => "col"));
    headers.forEach((header, index) => expect(header.textContent).toContain(columns[index]!.header));
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(rows.map((row) => row.goal));
    // The chart is replaced by the table, and comes back on the second press.
    expect(screen.queryByRole("img", { name: "Stapeldiagram över medelvärden" })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(screen.getByRole("img", { name: "Stapeldiagram över medelvärden" })).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("follows a controlled view and reports the reader's choice", async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    function Controlled() {
      const [view, setView] = useState<ChartFigureView>("table");
      return (
        <Figure
          view={view}
          onViewChange={(next) => {
            onViewChange(next);
            setView(next);
          }}
        />
      );
    }
    render(<Controlled />);
    expect(await screen.findByRole("table", { name: TITLE })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: KIT_MESSAGES.showTable.sv }));
    expect(onViewChange).toHaveBeenCalledExactlyOnceWith("chart");
    expect(screen.getByRole("img", { name: "Stapeldiagram över medelvärden" })).toBeTruthy();
  });

  it("downloads the table's CSV from memory and announces the file name", async () => {
    const user = userEvent.setup();
    render(<Figure />);
    const button = screen.getByRole("button", { name: KIT_MESSAGES.downloadCsv.sv });
    // The visible words name the button; the figure's title describes which data it downloads.
    expect(document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent).toBe(TITLE);
    await user.click(button);

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toContain("text/csv");
    // Compared as bytes: Blob.text() decodes as UTF-8 and would drop the byte order mark.
    expect(await blobBytes(blob)).toEqual(utf8(toCsv(columns, rows, "sv")));

    expect(anchorClick).toHaveBeenCalledTimes(1);
    expect(clickedLinks).toEqual([{ href: "blob:sl-test/1", download: csvFileName(TITLE), inDocument: true }]);
    // The link is gone after the click, and the URL is released on the next task.
    expect(document.querySelector("a[download]")).toBeNull();
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith("blob:sl-test/1"));

    expect(screen.getByRole("status").textContent).toBe(`Filen ${csvFileName(TITLE)} laddades ner.`);
  });

  it("names the file as told and writes English CSV in an English widget", async () => {
    const user = userEvent.setup();
    render(<Figure locale="en" fileName="goals-2025.csv" />);
    await user.click(screen.getByRole("button", { name: KIT_MESSAGES.downloadCsv.en }));
    const blob = createObjectURL.mock.calls[0]![0];
    expect(await blobBytes(blob)).toEqual(utf8(toCsv(columns, rows, "en")));
    expect(clickedLinks[0]?.download).toBe("goals-2025.csv");
    expect(screen.getByRole("status").textContent).toBe("The file goals-2025.csv was downloaded.");
  });

  it("writes its own texts in English in an English widget", () => {
    render(<Figure locale="en" />);
    expect(screen.getByRole("button", { name: KIT_MESSAGES.showTable.en })).toBeTruthy();
    expect(screen.getByRole("button", { name: KIT_MESSAGES.downloadCsv.en })).toBeTruthy();
    expect(screen.queryByRole("button", { name: KIT_MESSAGES.downloadCsv.sv })).toBeNull();
  });
});

describe("ChartTooltip", () => {
  it("shows its lines, hidden from assistive technology, inside the SVG's bounds", () => {
    const { container } = render(
      <svg>
        <ChartTooltip
          anchorX={5}
          anchorY={5}
          bounds={{ width: 320, height: 200 }}
          lines={["3 – Stämmer ganska bra", "2 systemledningar"]}
        />
      </svg>,
    );
    const frame = container.querySelector("foreignObject")!;
    expect(frame.getAttribute("aria-hidden")).toBe("true");
    expect(frame.textContent).toBe("3 – Stämmer ganska bra2 systemledningar");
    const x = Number(frame.getAttribute("x"));
    const y = Number(frame.getAttribute("y"));
    const width = Number(frame.getAttribute("width"));
    const height = Number(frame.getAttribute("height"));
    // No room above the anchor: the box goes below it, still inside the drawing.
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(320);
    expect(y).toBeGreaterThan(5);
    expect(y + height).toBeLessThanOrEqual(200);
  });
});
