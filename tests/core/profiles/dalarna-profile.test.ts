/**
 * The Dalarna profile: valid, complete as issue 2 lists it, and worded as the seeds word it (the seeds are
 * read at test time, so the wording is checked against the source rather than against a copy).
 */
import { describe, expect, it } from "vitest";
import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
import { Profile } from "@systemledning/core/workspace";
import { normaliseSpace, readSeedTexts, seedText } from "./seed-texts.js";

const seeds = readSeedTexts();
const metodstod = seedText(seeds, "001");
const annualReport = seedText(seeds, "004");

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
    expect(Object.fromEntries(dalarnaProfile.municipalities.map((m) => [m.code, m.name]))).toEqual(EXPECTED_MUNICIPALITIES);
    expect(dalarnaProfile.municipalities.every((m) => m.regionCode === "0020")).toBe(true);
  });

  it("names every municipality the annual report mentions by name", () => {
    const named = ["Rättvik", "Borlänge"];
    for (const name of named) expect(annualReport.includes(name), name).toBe(true);
    for (const name of named) expect(dalarnaProfile.municipalities.map((m) => m.name)).toContain(name);
  });

  it("has the Metodstöd's 20 sectors in its order, in Swedish and English, with Folktandvård spelt right", () => {
    expect(dalarnaProfile.sectors).toHaveLength(20);
    const names = dalarnaProfile.sectors.map((s) => s.name.sv);
    expect(names).toContain("Folktandvård");
    expect(names).not.toContain("Folkvandvård");
    const checklist = metodstod.split("Finns representation från exempelvis: ")[1]?.split(" Uppgifter för systemledning")[0] ?? "";
    const seedOrder = checklist.split("- ").map((item) => item.trim().split(" (")[0]).filter((item) => item !== "");
    expect(seedOrder.map((item) => (item === "Folkvandvård" ? "Folktandvård" : item))).toEqual(names);
    for (const sector of dalarnaProfile.sectors) expect(sector.name.en).toBeTruthy();
  });

  it("gives Civilsamhället the Metodstöd's examples", () => {
    const civil = dalarnaProfile.sectors.find((s) => s.id === "civilsamhallet");
    expect(civil?.examples?.sv).toBe("Svenska kyrkan, Rädda Barnen, Röda korset, föreningslivet lokalt");
    // The seed writes "svenska kyrkan" in lower case; the profile capitalises the proper name.
    const phrase = `civilsamhället (${civil?.examples?.sv.toLocaleLowerCase("sv") ?? ""})`;
    expect(metodstod.toLocaleLowerCase("sv").includes(phrase), phrase).toBe(true);
  });

  it("has the five delmål with the annual report's names and statements, and English translations", () => {
    expect(dalarnaProfile.goals.map((g) => g.name.sv)).toEqual(["Nära för mig", "Nära för alla", "Nära i hela Dalarna", "Nära mellan oss", "Nära till hälsa"]);
    dalarnaProfile.goals.forEach((goal, index) => {
      const phrase = `Delmål ${index + 1} – ${goal.name.sv} ${goal.description?.sv ?? "missing"}`;
      expect(annualReport.includes(phrase), phrase).toBe(true);
      expect(goal.name.en).toBeTruthy();
      expect(goal.description?.en).toBeTruthy();
    });
  });

  it("has the five principles and eight tasks worded exactly as the Metodstöd, with English", () => {
    expect(dalarnaProfile.principles).toHaveLength(5);
    expect(dalarnaProfile.tasks).toHaveLength(8);
    for (const text of [...dalarnaProfile.principles, ...dalarnaProfile.tasks]) {
      expect(metodstod.includes(`- ${normaliseSpace(text.sv)}`), text.sv).toBe(true);
      expect(text.en).toBeTruthy();
    }
  });

  it("has the Metodstöd's charter questions, each worded as the seed or mended as the notes say", () => {
    const mended = new Map([
      ["Har ni en gemensam bild av vad systemledningen är och ska göra?", "Har ni en gemensam bild av systemledningen är och ska göra?"],
      ["Deltagare – vilka behöver vara närvarande för att systemledningen ska vara beslutsför?", "Deltagare- vilka behöver vara närvarande för att systemledningen ska vara beslutsför?"],
    ]);
    const questions = dalarnaProfile.charterQuestions;
    expect(questions.length).toBe(28);
    for (const question of questions.filter((q) => q.id !== "composition-sectors")) {
      const seedWording = mended.get(question.text.sv) ?? question.text.sv;
      expect(metodstod.includes(seedWording), seedWording).toBe(true);
      expect(question.text.en).toBeTruthy();
    }
    const sections = new Set(questions.map((q) => q.section));
    expect([...sections].sort()).toEqual(["composition", "followUp", "meetingStructure", "principles", "tasks", "vision", "why"]);
    expect(questions.find((q) => q.text.sv === "Varför behövs er lokala systemledning?")?.section).toBe("why");
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
