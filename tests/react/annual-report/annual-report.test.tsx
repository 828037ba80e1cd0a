// @vitest-environment jsdom
/**
 * AnnualReport: the assembled report as a page following its table of contents, parts without data saying why, the
 * texts people write edited in place and handed to the host as setAnnualReportTexts, and the downloads being the
 * core's renderers' own output.
 */
import {
  assembleAnnualReport,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
  REPORT_STYLES,
  setAnnualReportTexts,
} from "@systemledning/core/plan";
import {
  createDalarnaSampleWorkspace,
  DALARNA_REPORT_TEXTS_2025,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AnnualReport } from "../../../packages/react/src/annual-report/index.js";
import type { AnnualReportChangeContext } from "../../../packages/react/src/annual-report/index.js";
import type { KitWorkspaceChange } from "../../../packages/react/src/store/change.js";
import { liveRegion } from "../../fixtures/live-region.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const written = ((): Workspace => {
  const result = setAnnualReportTexts(createDalarnaSampleWorkspace(), { year: 2025, texts: DALARNA_REPORT_TEXTS_2025 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
})();

type Saved = (next: Workspace, context: AnnualReportChangeContext) => void;

/** A host that applies each change to the workspace it holds, as an intranet page does. */
function Host({ initial, onSaved, locale }: { initial: Workspace; onSaved: Saved; locale?: "sv" | "en" }) {
  const [ws, setWs] = useState(initial);
  return (
    <AnnualReport
      workspace={ws}
      year={2025}
      asOf={DALARNA_SAMPLE_AS_OF}
      locale={locale}
      onChange={(change: KitWorkspaceChange, context: AnnualReportChangeContext) => {
        const result = change(ws);
        if (result instanceof Promise || !result.ok) throw new Error("refused");
        setWs(result.value);
        onSaved(result.value, context);
      }}
    />
  );
}

describe("AnnualReport", () => {
  it("is a page named by its year with a table of contents whose links lead to each part's heading", async () => {
    const user = userEvent.setup();
    render(<AnnualReport workspace={written} year={2025} asOf={DALARNA_SAMPLE_AS_OF} />);
    const page = screen.getByRole("article", { name: DALARNA_REPORT_TEXTS_2025.title!.sv });
    const contents = within(page).getByRole("navigation", { name: "Innehåll" });
    const links = within(contents).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([
      "1 Uppdraget och sammanhanget",
      "2 Hur omställningen följts under 2025",
      "3 Lägesbild 2025 – vad ser vi i omställningsarbetet?",
      "4 Regionalt stöd – arbete och insatser under året",
      "5 Sammanfattade lärdomar och utvecklingsbehov i omställningsarbetet",
      "6 Avslutande reflektioner och vägen framåt",
      "Bilaga 1. Självskattningen av arbetet i de lokala systemledningarna",
      "Bilaga 2. Aktiviteter och dialoger under 2025",
    ]);
    await user.click(within(contents).getByRole("link", { name: /^4 Regionalt stöd/ }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 3, name: /^4\s+Regionalt stöd/ }));
    // The report's title is at the widget's level, its parts one below, with captioned tables.
    expect(screen.getByRole("heading", { level: 2, name: DALARNA_REPORT_TEXTS_2025.title!.sv })).toBeTruthy();
    expect(screen.getAllByRole("table").every((table) => table.querySelector("caption") !== null)).toBe(true);
    // Read-only without onChange: no editor.
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("says why each part without data has none (Kalmar: no plans, no values, no meetings)", () => {
    const kalmar = createKalmarSampleWorkspace();
    const { container } = render(<AnnualReport workspace={kalmar} year={2025} locale="en" />);
    const report = assembleAnnualReport(kalmar, { year: 2025 });
    const reasons = [...container.querySelectorAll(".sl-annual-report-no-data")].map((p) => p.textContent);
    expect(reasons.length).toBeGreaterThan(0);
    if (report.picture.indicators.status === "no-data") expect(reasons).toContain(report.picture.indicators.reason.en);
    expect(screen.getByRole("navigation", { name: "Contents" })).toBeTruthy();
  });

  it("saves an edited text through setAnnualReportTexts: onChange gets a workspace with it, and it is announced", async () => {
    const user = userEvent.setup();
    const saved: [Workspace, AnnualReportChangeContext][] = [];
    render(<Host initial={createDalarnaSampleWorkspace()} onSaved={(ws, context) => saved.push([ws, context])} />);
    const editor = screen.getByRole("form", {
      name: "Skriv texten till 5 Sammanfattade lärdomar och utvecklingsbehov i omställningsarbetet",
    });
    const swedish = within(editor).getByRole("textbox", { name: /Text på svenska/ });
    await user.type(swedish, "Färre fokusområden ger tydligare uppföljning.{Enter}{Enter}Mätbara mål hjälper.");
    await user.click(within(editor).getByRole("button", { name: /Spara texten till 5/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const [ws, context] = saved[0]!;
    expect(context).toEqual({ command: "setAnnualReportTexts", year: 2025, fields: ["lessons"] });
    expect(ws.annualReports).toEqual([
      {
        year: 2025,
        texts: { lessons: [{ sv: "Färre fokusområden ger tydligare uppföljning." }, { sv: "Mätbara mål hjälper." }] },
      },
    ]);
    expect(liveRegion()).toBe(
      "Texten till 5 Sammanfattade lärdomar och utvecklingsbehov i omställningsarbetet är sparad.",
    );
    // The page shows the saved text from the assembled report.
    expect(screen.getAllByText("Mätbara mål hjälper.").some((p) => p.tagName === "P")).toBe(true);
  });

  it("saves when focus leaves an editor, and refuses more English paragraphs than Swedish ones", async () => {
    const user = userEvent.setup();
    const saved: Workspace[] = [];
    render(<Host initial={createDalarnaSampleWorkspace()} onSaved={(ws) => saved.push(ws)} />);
    const editor = screen.getByRole("form", { name: /^Skriv texten till 6/ });
    await user.type(within(editor).getByRole("textbox", { name: /Text på engelska/ }), "Only English.");
    await user.tab();
    await user.tab();
    expect(within(editor).getByRole("alert").textContent).toContain("fler stycken (1) än den svenska (0)");
    expect(saved).toHaveLength(0);
    await user.type(within(editor).getByRole("textbox", { name: /Text på svenska/ }), "Vägen framåt.");
    await user.click(document.body);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.annualReports[0]!.texts.reflections).toEqual([{ sv: "Vägen framåt.", en: "Only English." }]);
  });

  it("edits the title page", async () => {
    const user = userEvent.setup();
    const saved: Workspace[] = [];
    render(<Host initial={createDalarnaSampleWorkspace()} onSaved={(ws) => saved.push(ws)} />);
    const editor = screen.getByRole("form", { name: "Skriv texten till titelsidan" });
    await user.type(within(editor).getByRole("textbox", { name: "Rubrik på svenska" }), "Årsrapport för Dalarna");
    await user.type(within(editor).getByRole("textbox", { name: "Författare" }), "RSS Dalarna");
    await user.click(within(editor).getByRole("button", { name: /Spara/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.annualReports[0]!.texts).toEqual({
      title: { sv: "Årsrapport för Dalarna" },
      author: "RSS Dalarna",
    });
    expect(screen.getByRole("heading", { level: 2, name: "Årsrapport för Dalarna" })).toBeTruthy();
  });

  it("downloads the core's HTML, styled with REPORT_STYLES, and Markdown of the same report", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:report";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<AnnualReport workspace={written} year={2025} asOf={DALARNA_SAMPLE_AS_OF} locale="en" />);
    await user.click(screen.getByRole("button", { name: "Download as HTML" }));
    await user.click(screen.getByRole("button", { name: "Download as Markdown" }));
    const report = assembleAnnualReport(written, { year: 2025, asOf: DALARNA_SAMPLE_AS_OF });
    expect(names).toEqual(["arsrapport-2025.html", "arsrapport-2025.md"]);
    const html = await blobs[0]!.text();
    expect(html).toBe(renderAnnualReportHtml(report, { locale: "en", embedStyles: true }));
    // Styled when opened offline: the report's own stylesheet travels in the file.
    expect(new DOMParser().parseFromString(html, "text/html").querySelector("head > style")?.textContent).toBe(
      REPORT_STYLES,
    );
    expect(await blobs[1]!.text()).toBe(renderAnnualReportMarkdown(report, { locale: "en" }));
    expect(liveRegion()).toBe("The file arsrapport-2025.md was downloaded.");
  });

  it("prints through the browser, and the page holds no inline style or script", async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const { container } = render(<AnnualReport workspace={written} year={2025} asOf={DALARNA_SAMPLE_AS_OF} />);
    await user.click(screen.getByRole("button", { name: "Skriv ut / spara som PDF" }));
    expect(print).toHaveBeenCalledOnce();
    expect(container.querySelector("[style], script, style")).toBeNull();
  });
});
