/**
 * The Dalarna profile: valid, complete as issue 2 lists it, and worded as its sources word it. The wording
 * is compared with the fixtures of source facts (`tests/fixtures/sources/`), which the sources check proves
 * against the documents themselves: the *Metodstöd för lokal systemledning* and the *Regional årsrapport
 * 2025 – God och nära vård i Dalarna*.
 */
import { describe, expect, it } from "vitest";
import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import { Profile } from "@systemledning/core/workspace";
import {
  ANNUAL_REPORT_DELMAL,
  ANNUAL_REPORT_MUNICIPALITIES,
  METODSTOD_CHARTER_QUESTIONS,
  METODSTOD_MEETING_RULES,
  METODSTOD_PRINCIPLES,
  METODSTOD_REPRESENTATION,
  METODSTOD_TASKS,
  type MetodstodSection,
} from "../../fixtures/sources/index.js";

/** The official codes issue 2 lists; the test fails if a code or name drifts. */
const EXPECTED_MUNICIPALITIES: Record<string, string> = {
  "2021": "Vansbro",
  "2023": "Malung-Sälen",
  "2026": "Gagnef",
  "2029": "Leksand",
  "2031": "Rättvik",
  "2034": "Orsa",
  "2039": "Älvdalen",
  "2061": "Smedjebacken",
  "2062": "Mora",
  "2080": "Falun",
  "2081": "Borlänge",
  "2082": "Säter",
  "2083": "Hedemora",
  "2084": "Avesta",
  "2085": "Ludvika",
};

describe("dalarnaProfile", () => {
  it("passes Profile.parse unchanged", () => {
    expect(Profile.parse(dalarnaProfile)).toEqual(dalarnaProfile);
  });

  it("holds Region Dalarna (0020) and exactly the 15 municipalities with their official codes", () => {
    expect(dalarnaProfile.regions).toEqual([{ code: "0020", name: "Region Dalarna" }]);
    expect(dalarnaProfile.municipalities).toHaveLength(15);
    expect(Object.fromEntries(dalarnaProfile.municipalities.map((m) => [m.code, m.name]))).toEqual(
      EXPECTED_MUNICIPALITIES,
    );
    expect(dalarnaProfile.municipalities.every((m) => m.regionCode === "0020")).toBe(true);
  });

  it("names every municipality the annual report mentions by name", () => {
    expect(ANNUAL_REPORT_MUNICIPALITIES.map((m) => m.name)).toEqual(["Rättvik", "Borlänge"]);
    for (const { name } of ANNUAL_REPORT_MUNICIPALITIES)
      expect(dalarnaProfile.municipalities.map((m) => m.name)).toContain(name);
  });

  it("has the Metodstöd's 20 sectors in its order, in Swedish and English, with Folktandvård spelt right", () => {
    expect(dalarnaProfile.sectors).toHaveLength(20);
    const names = dalarnaProfile.sectors.map((s) => s.name.sv);
    expect(names).toContain("Folktandvård");
    expect(names).not.toContain("Folkvandvård");
    // The checklist as the Metodstöd prints it, with its one slip ("Folkvandvård") mended.
    expect(
      METODSTOD_REPRESENTATION.sectors.filter((s) => s.writtenAs !== undefined).map((s) => [s.writtenAs, s.name]),
    ).toEqual([["Folkvandvård", "Folktandvård"]]);
    expect(METODSTOD_REPRESENTATION.sectors.map((s) => s.name)).toEqual(names);
    for (const sector of dalarnaProfile.sectors) expect(sector.name.en).toBeTruthy();
  });

  it("gives Civilsamhället the Metodstöd's examples", () => {
    const civil = dalarnaProfile.sectors.find((s) => s.id === "civilsamhallet");
    expect(civil?.examples?.sv).toBe("Svenska kyrkan, Rädda Barnen, Röda korset, föreningslivet lokalt");
    // The Metodstöd writes "svenska kyrkan" in lower case; the profile capitalises the proper name.
    const source = METODSTOD_REPRESENTATION.sectors.find((s) => s.name === "Civilsamhället")?.examples;
    expect(civil?.examples?.sv.toLocaleLowerCase("sv")).toBe(source?.toLocaleLowerCase("sv"));
  });

  it("has the five delmål with the annual report's names and statements, and English translations", () => {
    expect(dalarnaProfile.goals.map((g) => g.name.sv)).toEqual([
      "Nära för mig",
      "Nära för alla",
      "Nära i hela Dalarna",
      "Nära mellan oss",
      "Nära till hälsa",
    ]);
    expect(dalarnaProfile.goals.map((g) => [g.name.sv, g.description?.sv])).toEqual(
      ANNUAL_REPORT_DELMAL.map((d) => [d.name, d.statement]),
    );
    for (const goal of dalarnaProfile.goals) {
      expect(goal.name.en).toBeTruthy();
      expect(goal.description?.en).toBeTruthy();
    }
  });

  it("has the five principles and eight tasks worded exactly as the Metodstöd, in its order, with English", () => {
    expect(dalarnaProfile.principles.map((p) => p.sv)).toEqual([...METODSTOD_PRINCIPLES.items]);
    expect(dalarnaProfile.tasks.map((t) => t.sv)).toEqual([...METODSTOD_TASKS.items]);
    expect([dalarnaProfile.principles.length, dalarnaProfile.tasks.length]).toEqual([5, 8]);
    for (const text of [...dalarnaProfile.principles, ...dalarnaProfile.tasks]) expect(text.en).toBeTruthy();
  });

  it("has the Metodstöd's charter questions in its order, each worded as the Metodstöd or with its slip mended, under the heading it stands under", () => {
    const sectionOf: Record<MetodstodSection, string | undefined> = {
      why: "why",
      vision: "vision",
      principles: "principles",
      composition: "composition",
      tasks: "tasks",
      meetingStructure: "meetingStructure",
      meetingExample: undefined,
      followUp: "followUp",
    };
    const questions = dalarnaProfile.charterQuestions;
    expect(questions.length).toBe(28);
    const asked = questions.filter((q) => q.id !== "composition-sectors");
    expect(asked.map((q) => [q.section, q.text.sv])).toEqual(
      METODSTOD_CHARTER_QUESTIONS.map((q) => [sectionOf[q.section], q.text]),
    );
    // Two slips of the Metodstöd are mended, as the profile's notes say.
    expect(METODSTOD_CHARTER_QUESTIONS.filter((q) => q.text !== q.source.phrase).map((q) => q.text)).toEqual([
      "Har ni en gemensam bild av vad systemledningen är och ska göra?",
      "Deltagare – vilka behöver vara närvarande för att systemledningen ska vara beslutsför?",
    ]);
    for (const question of questions) expect(question.text.en).toBeTruthy();
    const sectors = questions.find((q) => q.id === "composition-sectors");
    expect(sectors?.section).toBe("composition");
    expect(sectors?.text.sv).toBe(
      `${METODSTOD_REPRESENTATION.lead} ${dalarnaProfile.sectors.map((s) => s.name.sv).join(", ")}?`,
    );
    expect(questions.find((q) => q.text.sv === "Varför behövs er lokala systemledning?")?.section).toBe("why");
  });

  it("meets as the Metodstöd's example: monthly but for a summer break, notice 14 days ahead, physical first with digital allowed, notes sent out for review", () => {
    const rules = [dalarnaProfile.meetings!.defaults!, ...Object.values(dalarnaProfile.meetings!.forums)];
    const local = dalarnaProfile.meetings!.defaults!;
    expect(METODSTOD_MEETING_RULES.noticeDays.days).toBe(14);
    for (const r of rules) {
      expect(r.noticeDays).toBe(METODSTOD_MEETING_RULES.noticeDays.days);
      expect([r.defaultMode, r.allowedModes.includes("digital")]).toEqual(["physical", true]);
      expect(r.notesWithinDays).toBeGreaterThan(0);
      expect(r.reviewDays).toBeGreaterThan(0);
    }
    // "1 gång per månad": one meeting in each month it meets, every month but July (the break is the profile's assumption).
    expect(local.recurrence.months).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
    expect(local.meetingsPerYear.max).toBeLessThanOrEqual(12);
  });

  it("sets chair, convener and secretary as key roles, requires substitutes and caps chair terms at 24 months", () => {
    expect(dalarnaProfile.structure).toEqual({
      keyRoles: ["chair", "convener", "secretary"],
      substituteRequiredForMandateHolders: true,
      maxChairTermMonths: 24,
    });
  });

  it("says in Swedish and English which municipalities besides Västerbergslagen share a leadership, and that the chair cap is plausible", () => {
    const notes = dalarnaProfile.notes ?? [];
    const pairing = notes.find((n) => n.sv.includes("Hedemora och Säter"));
    expect(pairing?.en).toContain("Hedemora and Säter");
    expect(pairing?.sv).toContain("Västerbergslagen (Ludvika och Smedjebacken)");
    const chairCap = notes.find((n) => n.sv.includes("24 månader"));
    expect(chairCap?.en).toContain("plausible");
  });

  it("is frozen, so shared profile data cannot be changed by accident", () => {
    expect(Object.isFrozen(dalarnaProfile)).toBe(true);
    expect(() => {
      (dalarnaProfile.municipalities as { name: string }[])[0]!.name = "Changed";
    }).toThrow(TypeError);
  });
});
