// @vitest-environment jsdom
/**
 * The charter (the *överenskommelse*) as an HTML document: complete and well-formed, in Swedish or English, the
 * Metodstöd's parts in order with their texts, lists, forums, rules in words and every question with its answer or
 * "Ej besvarad"; every text escaped, no script and no inline style, only a same-origin stylesheet linked.
 */
import { describe, expect, it } from "vitest";
import {
  CHARTER_PARTS,
  CHARTER_STYLES,
  formatCharterHtml,
  getCharterCompleteness,
} from "@systemledning/core/structure";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";

const ws = createDalarnaSampleWorkspace();
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'apos\'';

/** Mora's charter with hostile text in every kind of field. */
const hostileWs: Workspace = {
  ...ws,
  charters: ws.charters.map((charter) =>
    charter.leadershipId === "ls-mora"
      ? {
          ...charter,
          purpose: `${HOSTILE}\n\nAndra stycket`,
          principles: [HOSTILE, ...charter.principles],
          answers: { ...charter.answers, vision: HOSTILE },
        }
      : charter,
  ),
};

const VOID = new Set(["meta", "link", "br"]);

/** Every element opened is closed, in order (the document is written by hand, so this is its grammar check). */
function unbalancedTags(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const match of html.replace(/^<!doctype html>/, "").matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    const [, closing, name] = match as unknown as [string, string, string];
    if (VOID.has(name)) continue;
    if (closing === "") stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> at ${match.index}`);
  }
  return [...problems, ...stack.map((name) => `<${name}> never closed`)];
}

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("formatCharterHtml", () => {
  const html = formatCharterHtml(ws, "ls-mora", { locale: "sv", stylesheetHref: "/css/charter.css" });
  const doc = parse(html);

  it("is a complete, well-formed Swedish document with the Metodstöd's parts in order", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(unbalancedTags(html)).toEqual([]);
    expect(doc.querySelector("h1")!.textContent).toBe("Överenskommelse: Lokal systemledning Mora");
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(CHARTER_PARTS.map((p) => p.title.sv));
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute("href")).toBe("/css/charter.css");
  });

  it("keeps the headings in order: no level skipped", () => {
    const levels = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it("lists the principles and tasks, the forum's members with roles and sectors, and the rules in words", () => {
    const sections = [...doc.querySelectorAll("section")];
    const principles = sections[3]!;
    expect(principles.querySelectorAll("ul > li")).toHaveLength(5);
    const composition = sections[4]!;
    expect(composition.querySelector("h3")!.textContent).toBe("Systemledning Mora");
    expect(composition.textContent).toContain("Annika Brändström, Region Dalarna: ordförande, ledamot, med mandat");
    expect(composition.textContent).toContain("Sektorer som ska vara företrädda");
    expect(composition.textContent).toContain("Socialtjänst");
    expect(composition.textContent).toContain("Sektorer som adjungeras vid behov");
    const meeting = sections[6]!;
    expect(meeting.textContent).toContain("Kallelse senast 14 dagar före mötet");
    expect(meeting.textContent).toContain("Länets gemensamma mötesregler gäller");
  });

  it("puts every answer under its question and marks the open ones 'Ej besvarad'", () => {
    const completeness = getCharterCompleteness(ws, "ls-mora");
    const terms = [...doc.querySelectorAll("section dt")];
    expect(terms.map((dt) => dt.textContent)).toEqual(ws.profile.charterQuestions.map((q) => q.text.sv));
    const openQuestions = completeness.items.filter((item) => item.kind === "question" && !item.answered);
    const openAnswers = terms.filter((dt) => dt.nextElementSibling!.textContent === "Ej besvarad");
    expect(openAnswers).toHaveLength(openQuestions.length);
    expect(doc.querySelector("main > dl")!.textContent).toContain(
      `${completeness.answeredCount} av ${completeness.total}`,
    );
  });

  it("speaks English when asked, marking the Swedish charter texts with lang", () => {
    const en = parse(formatCharterHtml(ws, "ls-mora", { locale: "en" }));
    expect(en.documentElement.lang).toBe("en");
    expect(en.querySelector("h1")!.textContent).toBe("Charter: Lokal systemledning Mora");
    expect([...en.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(CHARTER_PARTS.map((p) => p.title.en));
    expect(en.querySelector("section p")!.getAttribute("lang")).toBe("sv");
    expect(en.body.textContent).toContain("Not answered");
    expect(en.body.textContent).toContain("Why is your local system leadership needed?");
  });

  it("escapes all text: no script, no inline style, no event handler, the hostile text shown as text", () => {
    const text = formatCharterHtml(hostileWs, "ls-mora", { locale: "sv" });
    const hostile = parse(text);
    expect(unbalancedTags(text)).toEqual([]);
    expect(hostile.querySelectorAll("script, style, img, [style]")).toHaveLength(0);
    expect(text).not.toMatch(/<style|\sstyle=/i);
    expect(
      [...hostile.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => a.name.startsWith("on"))),
    ).toBe(false);
    const sections = hostile.querySelectorAll("section");
    expect(sections[0]!.querySelectorAll("p")).toHaveLength(2);
    expect(sections[0]!.querySelector("p")!.textContent).toBe(HOSTILE);
    expect(sections[3]!.querySelector("li")!.textContent).toBe(HOSTILE);
  });

  it("links no stylesheet from an unsafe address", () => {
    // eslint-disable-next-line no-script-url -- the hostile address under test
    for (const href of ["javascript:alert(1)", "//evil.example/x.css", "https://evil.example/x.css"]) {
      const text = formatCharterHtml(ws, "ls-mora", { stylesheetHref: href });
      expect(text).not.toContain("<link");
    }
  });

  it("writes a leadership without a charter as a document with every part open", () => {
    const vansbro = parse(formatCharterHtml(ws, "ls-vansbro"));
    expect(vansbro.body.textContent).toContain("Systemledningen har ännu ingen överenskommelse.");
    expect(vansbro.querySelectorAll("h2")).toHaveLength(CHARTER_PARTS.length);
    expect(vansbro.querySelector("main > dl")!.textContent).toContain("Ej antagen");
  });

  it("writes Kalmar's charter with Kalmar's own questions", () => {
    const kalmar = createKalmarSampleWorkspace();
    const leadershipId = kalmar.charters[0]!.leadershipId;
    const text = formatCharterHtml(kalmar, leadershipId, { locale: "sv" });
    expect(unbalancedTags(text)).toEqual([]);
    expect(parse(text).body.textContent).toContain("Vad behövs för att göra denna förflyttning?");
  });

  it("refuses an unknown leadership", () => {
    expect(() => formatCharterHtml(ws, "ls-nowhere")).toThrow();
  });

  it("keeps its screen and A4 print styles in CHARTER_STYLES", () => {
    expect(CHARTER_STYLES).toContain("@media print");
    expect(CHARTER_STYLES).toContain("size:A4");
  });
});
