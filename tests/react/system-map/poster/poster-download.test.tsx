// @vitest-environment jsdom
/**
 * The map's poster buttons: four (A3 and A1, PDF and SVG), named in the reader's language, each downloading the
 * poster of the graph the map shows and announcing the file; the poster's code is imported when asked for.
 */
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SystemMap } from "../../../../packages/react/src/system-map/system-map.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });

/** Catch the downloads: each Blob handed to `URL.createObjectURL`. */
function catchDownloads() {
  const createObjectURL = vi.fn((_: Blob) => "blob:poster");
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs: () => createObjectURL.mock.calls.map(([blob]) => blob), names };
}

describe("the map's poster downloads", () => {
  it("offers A3 and A1 as PDF and SVG", () => {
    render(<SystemMap graph={system} />);
    for (const name of ["Affisch A3 (PDF)", "Affisch A3 (SVG)", "Affisch A1 (PDF)", "Affisch A1 (SVG)"])
      expect(screen.getByRole("button", { name })).toBeTruthy();
  });

  it("downloads the A3 PDF poster with the workshop's marks and announces the file", async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    render(<SystemMap graph={system} annotations={DALARNA_WORKSHOP_ANNOTATIONS} />);
    await user.click(screen.getByRole("button", { name: "Affisch A3 (PDF)" }));
    await waitFor(() => expect(downloads.names).toEqual(["systemkarta-a3.pdf"]));
    const blob = downloads.blobs()[0]!;
    expect(blob.type).toBe("application/pdf");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const file = Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");
    expect(file.startsWith("%PDF-1.4")).toBe(true);
    expect(file).toContain("/MediaBox [0 0 1190.55 841.89]");
    expect(file).toContain("(+1) Tj");
    expect(screen.getByRole("status").textContent).toMatch(/^Kartan laddades ner som systemkarta-a3\.pdf\./);
  });

  it("downloads the A1 SVG poster, in English for an English page", async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    render(<SystemMap graph={system} locale="en" />);
    await user.click(screen.getByRole("button", { name: "Poster A1 (SVG)" }));
    await waitFor(() => expect(downloads.names).toEqual(["system-map-a1.svg"]));
    const svg = await downloads.blobs()[0]!.text();
    expect(svg).toContain('width="841mm"');
    expect(svg).toContain(">Legend</text>");
    expect(svg).toContain(">My role:</text>");
    expect(screen.getByRole("status").textContent).toMatch(/^The map was downloaded as system-map-a1\.svg\./);
  });
});
