// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MINUTES_STYLES,
  formatMinutesCsv,
  formatMinutesHtml,
  formatMinutesJson,
  getApprovedMinutes,
  type ApprovedMinutes,
} from "@systemledning/core/meetings";
import { parseCsvRecords } from "@systemledning/core/io";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";

const ws = createDalarnaSampleWorkspace();
const minutes = getApprovedMinutes(ws, "mt-lchnv-2025-03-14");

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'apos\'';
const hostile: ApprovedMinutes = {
  ...minutes,
  forumName: HOSTILE,
  location: HOSTILE,
  items: minutes.items.map((item, i) =>
    i === 0 ? { ...item, title: HOSTILE, notes: `${HOSTILE}\n\nAndra stycket` } : item,
  ),
  decisions: minutes.decisions.map((d, i) =>
    i === 0 ? { ...d, text: '=HYPERLINK("http://evil")', diarienummer: HOSTILE } : d,
  ),
};

describe("getApprovedMinutes", () => {
  it("reads the approved notes and decisions from the log, with the correction applied", () => {
    expect(minutes.items.map((i) => [i.kind, i.title])).toEqual([
      ["decision", "prioriterat område 2025: sköra äldre"],
      ["decision", "uppdrag Regional handlingsplan"],
      ["decision", "Lokal Praktikutveckling (LPU) som stöd i omställningsarbetet"],
    ]);
    expect(minutes.decisions.map((d) => [d.decidedOn, d.diarienummer, d.correctedBy.length])).toEqual([
      ["2025-03-14", "RSS 2025/14", 0],
      ["2025-03-14", "RSS 2025/15", 0],
      ["2025-03-14", "RSS 2025/17", 1],
    ]);
    expect(minutes.corrections).toHaveLength(1);
    expect(minutes.attendance.find((a) => a.status === "represented")?.substituteName).toBeTruthy();
  });

  it("refuses a meeting whose notes are not approved", () => {
    expect(() => getApprovedMinutes(ws, "mt-falun-2026-04-09")).toThrow(/decisionLog/);
  });
});

describe("formatMinutesJson", () => {
  it("is deterministic JSON that reads back to the minutes", () => {
    const text = formatMinutesJson(minutes);
    expect(JSON.parse(text)).toEqual({
      schema: "systemledning/approved-minutes",
      version: 1,
      minutes: JSON.parse(JSON.stringify(minutes)),
    });
    expect(formatMinutesJson(getApprovedMinutes(createDalarnaSampleWorkspace(), "mt-lchnv-2025-03-14"))).toBe(text);
  });
});

describe("formatMinutesCsv", () => {
  it("has one row per item with decision, date and diarienummer, and defuses formulas", () => {
    const table = parseCsvRecords(formatMinutesCsv(hostile, { delimiter: ";" }), { delimiter: ";" });
    expect(table.records).toHaveLength(3);
    expect(table.records[2]).toMatchObject({
      motesdatum: "2025-03-14",
      beslutsdatum: "2025-03-14",
      diarienummer: "RSS 2025/17",
      rattad: "ja",
    });
    expect(table.records[0]!.beslut).toBe('=HYPERLINK("http://evil")');
    expect(formatMinutesCsv(hostile)).toContain("'=HYPERLINK");
  });
});

describe("formatMinutesHtml", () => {
  const html = formatMinutesHtml(hostile, { stylesheetHref: "/print.css" });
  const doc = new DOMParser().parseFromString(html, "text/html");

  it("is a complete Swedish document with a captioned table of decisions, dates and diarienummer", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(doc.documentElement.lang).toBe("sv");
    const table = doc.querySelector("table")!;
    expect(table.querySelector("caption")!.textContent).toContain("Beslut vid");
    expect([...table.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["Ärende", "col"],
      ["Beslut", "col"],
      ["Datum", "col"],
      ["Diarienummer", "col"],
    ]);
    const rows = [...table.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(3);
    expect(rows[2]!.querySelector("time")!.getAttribute("datetime")).toBe("2025-03-14");
    expect(rows[2]!.textContent).toContain("RSS 2025/17");
    expect(rows[2]!.textContent).toContain("(rättat)");
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute("href")).toBe("/print.css");
  });

  it("escapes all text: no script, no inline style, no event handler, the hostile text shown as text", () => {
    expect(doc.querySelectorAll("script, style, img, [style]")).toHaveLength(0);
    expect([...doc.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => a.name.startsWith("on")))).toBe(
      false,
    );
    expect(doc.querySelector("h1")!.textContent).toContain(HOSTILE);
    expect(doc.querySelector("tbody tr td:last-child")!.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll("ol li p")).not.toHaveLength(0);
  });

  it("links no stylesheet from an unsafe address, and writes no default one in its place", () => {
    // eslint-disable-next-line no-script-url -- the hostile address under test
    const html = formatMinutesHtml(minutes, { stylesheetHref: "javascript:alert(1)" });
    expect(html).not.toContain("<link");
    expect(html).not.toContain("<style");
  });

  it("carries no inline style at all: no <style> element and no style attribute, with or without a stylesheet", () => {
    for (const options of [{}, { stylesheetHref: "/print.css" }, { stylesheetHref: "//evil.example/x.css" }]) {
      const text = formatMinutesHtml(hostile, options);
      const parsed = new DOMParser().parseFromString(text, "text/html");
      expect(parsed.querySelectorAll("style, [style], script")).toHaveLength(0);
      expect(text).not.toMatch(/<style|\sstyle=/i);
    }
  });

  it("without a stylesheet links none and is still a readable document (headings, table, lists)", () => {
    const plain = new DOMParser().parseFromString(formatMinutesHtml(minutes), "text/html");
    expect(plain.querySelectorAll("link")).toHaveLength(0);
    expect(plain.querySelector("h1")!.textContent).toContain("Minnesanteckningar");
    expect(plain.querySelector("table caption")).not.toBeNull();
  });

  it("keeps its print styles in MINUTES_STYLES, for the host to serve as the linked stylesheet", () => {
    expect(MINUTES_STYLES).toContain("@page{size:A4");
  });
});

describe("formatMinutesHtml's stylesheet address", () => {
  const BASES = ["https://intranet.example/", "https://intranet.example/forum/lchnv/minutes.html"];
  /** The href of the linked stylesheet, as the HTML parser reads it (the head alone, for speed), or null when none is linked. */
  const linked = (href: string): string | null => {
    const html = formatMinutesHtml(minutes, { stylesheetHref: href });
    return (
      new DOMParser()
        .parseFromString(html.slice(0, html.indexOf("</head>")), "text/html")
        .querySelector('link[rel="stylesheet"]')
        ?.getAttribute("href") ?? null
    );
  };
  const sameOrigin = (href: string): boolean =>
    BASES.every((base) => {
      try {
        return new URL(href, base).origin === new URL(base).origin;
      } catch {
        return false;
      }
    });

  it("links same-origin relative paths as given", () => {
    for (const href of ["/print.css", "./minutes.css", "../css/minutes.css", "minutes.css", "/css/minutes.css?v=2"])
      expect(linked(href), href).toBe(href);
  });

  it("refuses every address that could load from another origin or run code", () => {
    for (const href of [
      "//evil.example/x.css",
      "/\\evil.example/x.css",
      "\\\\evil.example\\x.css",
      "\\/evil.example/x.css",
      "/\t/evil.example/x.css",
      "/\n/evil.example/x.css",
      " //evil.example/x.css",
      "\u0000//evil.example/x.css",
      "&#47;&#47;evil.example/x.css",
      "https://evil.example/x.css",
      "http:evil.example/x.css",
      "HTTPS://evil.example/x.css",
      // eslint-disable-next-line no-script-url -- a hostile address under test
      "javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/css,body{}",
      "",
    ])
      expect(linked(href), JSON.stringify(href)).toBeNull();
  });

  it("links an address only when it stays on the page's origin, for any string (a property)", () => {
    const unit = fc.constantFrom(..."/\\:.%2Fae \t\n\r\u0000\u000b\u3000@?#&=+-_~".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ maxLength: 12 })), (href) => {
        // The head as text (parsing a whole document a thousand times is slow); attribute escapes read back.
        const html = formatMinutesHtml(minutes, { stylesheetHref: href });
        const head = html.slice(0, html.indexOf("</head>"));
        expect(head).not.toMatch(/<style|\sstyle=/i);
        const match = /<link rel="stylesheet" href="([^"]*)">/.exec(head);
        const got =
          match === null
            ? null
            : match[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
                name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
              );
        if (got !== null) {
          expect(got).toBe(href);
          expect(sameOrigin(href), JSON.stringify(href)).toBe(true);
        }
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  });
});
