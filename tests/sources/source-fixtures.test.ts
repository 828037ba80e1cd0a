/**
 * The fixtures of source facts (`tests/fixtures/sources/`) against the documents themselves: every
 * document is found, every phrase a fixture cites occurs in the document and section it cites, the tables
 * of Bilaga 2 read from the annual report are the fixtures' rows, and the report names no other
 * municipality of Dalarna than the fixture lists. A fixture can therefore never drift from its source.
 */
import { describe, expect, it } from "vitest";
import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import {
  ANNUAL_REPORT_MUNICIPALITIES,
  BILAGA_2_ACTIVITIES,
  BILAGA_2_ITEMS,
  METODSTOD_REPRESENTATION,
  SOURCE_DOCUMENTS,
  SOURCE_FIXTURES,
  collectSourcePhrases,
  quote,
} from "../fixtures/sources/index.js";
import { readBilaga2Activities, readBilaga2Items } from "./bilaga2-table.js";
import { findDocument, nameOccurrences, phraseProblems, readSourceTexts } from "./source-texts.js";

const texts = readSourceTexts();
const phrases = collectSourcePhrases(SOURCE_FIXTURES);
const annualReport = findDocument(texts, SOURCE_DOCUMENTS.annualReport2025);

describe("the source documents", () => {
  it.each(Object.values(SOURCE_DOCUMENTS).map((document) => [document.title, document] as const))(
    "holds %s, found by its opening in exactly one file",
    (_title, document) => {
      expect(findDocument(texts, document).text).toContain(document.identifiedBy);
    },
  );
});

describe("the fixtures' phrases", () => {
  it("are many, from every fixture module, each with a section and a locator", () => {
    expect(phrases.length).toBeGreaterThan(50);
    for (const fixture of Object.values(SOURCE_FIXTURES))
      expect(collectSourcePhrases(fixture).length).toBeGreaterThan(0);
    for (const phrase of phrases)
      expect(
        [phrase.cite.section, phrase.cite.locator].every((s) => s.trim() !== ""),
        phrase.phrase,
      ).toBe(true);
  });

  it("each occur in the document they cite, after the section's heading and within the bounds they give", () => {
    const problems = phrases.flatMap((phrase) => phraseProblems(phrase, findDocument(texts, phrase.cite.document)));
    expect(problems).toEqual([]);
  });

  it("would be reported if one letter differed from the document: the checklist with its typo mended", () => {
    const { list } = METODSTOD_REPRESENTATION;
    expect(phraseProblems(list, findDocument(texts, list.cite.document))).toEqual([]);
    const mended = quote(list.phrase.replace("Folkvandvård", "Folktandvård"), list.cite);
    expect(phraseProblems(mended, findDocument(texts, list.cite.document))).toEqual([
      expect.stringContaining("not in the document where cited"),
    ]);
    const elsewhere = quote(list.phrase, { ...list.cite, section: "Mötesstruktur" });
    expect(phraseProblems(elsewhere, findDocument(texts, list.cite.document))).toEqual([
      expect.stringContaining("not in the document where cited"),
    ]);
  });
});

describe("Bilaga 2 of the annual report", () => {
  it("lists exactly the fixture's agenda items: forum, day, kind and title, in the table's order", () => {
    expect(readBilaga2Items(annualReport.raw)).toEqual(
      BILAGA_2_ITEMS.map(({ forum, date, kind, title }) => ({ forum, date, kind, title })),
    );
  });

  it("lists exactly the fixture's regional activities: days, remark, audience and purpose", () => {
    expect(readBilaga2Activities(annualReport.raw)).toEqual(
      BILAGA_2_ACTIVITIES.map(({ activity, dates, whenNote, audienceAndPurpose }) => ({
        activity,
        dates,
        whenNote,
        audienceAndPurpose,
      })),
    );
  });
});

describe("the municipalities the annual report names", () => {
  it("are exactly the fixture's, of the 15 in the Dalarna profile", () => {
    const named = dalarnaProfile.municipalities
      .filter((m) => nameOccurrences(m.name, [annualReport.text]).includes(m.name))
      .map((m) => m.name);
    expect(named.sort()).toEqual(ANNUAL_REPORT_MUNICIPALITIES.map((m) => m.name).sort());
  });
});
