/**
 * The Kalmar profile and sample: a second county made of data only. It validates with the same schemas,
 * is built by the same shared functions as Dalarna's sample, and has Länsgemensam ledning with user
 * representatives, as the *Protokoll Länsgemensam ledning 2022-01-28* records them (compared with the
 * fixture of its facts, `tests/fixtures/sources/lgl-minutes-2022.ts`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createKalmarSampleWorkspace, kalmarProfile, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { parseWorkspace, Profile } from "@systemledning/core/workspace";
import { LGL_FORUM, LGL_QUESTIONS, LGL_SHIFTS } from "../../fixtures/sources/index.js";

const profilesRoot = fileURLToPath(new URL("../../../packages/core/src/profiles/", import.meta.url));

const EXPECTED_MUNICIPALITIES: Record<string, string> = {
  "0821": "Högsby",
  "0834": "Torsås",
  "0840": "Mörbylånga",
  "0860": "Hultsfred",
  "0861": "Mönsterås",
  "0862": "Emmaboda",
  "0880": "Kalmar",
  "0881": "Nybro",
  "0882": "Oskarshamn",
  "0883": "Västervik",
  "0884": "Vimmerby",
  "0885": "Borgholm",
};

describe("kalmarProfile", () => {
  it("passes Profile.parse unchanged", () => {
    expect(Profile.parse(kalmarProfile)).toEqual(kalmarProfile);
  });

  it("holds Region Kalmar län (0008) and its 12 municipalities with their official codes", () => {
    expect(kalmarProfile.regions).toEqual([{ code: "0008", name: "Region Kalmar län" }]);
    expect(Object.fromEntries(kalmarProfile.municipalities.map((m) => [m.code, m.name]))).toEqual(
      EXPECTED_MUNICIPALITIES,
    );
  });

  it("has its own goals and questions, taken from the LGL minutes", () => {
    expect(kalmarProfile.goals.map((g) => g.name.sv.toLocaleLowerCase("sv"))).toEqual([
      "mer samordning och personcentrering",
      "mer förebyggande och tidiga insatser",
      "ökad delaktighet från invånare som aktiva medskapare",
      "använda invånarens egenkraft för att skapa hälsa",
    ]);
    // The minutes write the four shifts in lower case, in one sentence; the profile capitalises each goal.
    expect(kalmarProfile.goals.map((g) => g.name.sv.toLocaleLowerCase("sv"))).toEqual([...LGL_SHIFTS.items]);
    const question = (id: string) => kalmarProfile.charterQuestions.find((q) => q.id === id)?.text.sv;
    expect([question("why"), question("needs"), question("steering"), question("position")]).toEqual(
      [LGL_QUESTIONS.gain, LGL_QUESTIONS.needs, LGL_QUESTIONS.steering, LGL_QUESTIONS.position].map((q) => q.phrase),
    );
  });

  it("differs from Dalarna in its texts and settings, not in its shape", async () => {
    const { dalarnaProfile } = await import("@systemledning/core/profiles/dalarna");
    expect(Object.keys(kalmarProfile).sort()).toEqual(
      Object.keys(dalarnaProfile)
        .filter((k) => k !== "ext")
        .sort(),
    );
    expect(kalmarProfile.goals).not.toEqual(dalarnaProfile.goals);
    expect(kalmarProfile.structure).not.toEqual(dalarnaProfile.structure);
  });
});

describe("createKalmarSampleWorkspace", () => {
  const ws = createKalmarSampleWorkspace();

  it("passes parseWorkspace with no issues and comes back unchanged", () => {
    expect(parseWorkspace(ws)).toEqual(ws);
  });

  it("has Länsgemensam ledning over all 12 municipalities with the LGL forum, on the day of the minutes", () => {
    expect(ws.leaderships).toHaveLength(1);
    expect(ws.leaderships[0]?.municipalityCodes).toHaveLength(12);
    const lgl = ws.forums.find((f) => f.shortName === LGL_FORUM.shortName);
    expect(lgl?.name).toBe(
      "Länsgemensam ledning i samverkan inom socialtjänst och angränsande område hälso- och sjukvård samt skolan",
    );
    // The minutes' welcome writes "Läns gemensam" apart; the name is kept in the one-word spelling the rest of the minutes use.
    expect(lgl?.name).toBe(LGL_FORUM.name);
    expect(LGL_FORUM.writtenAs.phrase).toBe(
      `${LGL_FORUM.name.replace("Länsgemensam", "Läns gemensam")} (${LGL_FORUM.shortName})`,
    );
    expect(KALMAR_SAMPLE_AS_OF).toBe(LGL_FORUM.meetingDate.date);
  });

  it("seats seven user representatives in LGL on the reference day, as the minutes count them, and one who left before", () => {
    const representatives = ws.memberships.filter((m) => m.forumId === "f-lgl" && m.kind === "user-representative");
    const isActive = (from: string, to: string | undefined) =>
      from <= KALMAR_SAMPLE_AS_OF && (to === undefined || KALMAR_SAMPLE_AS_OF <= to);
    expect(LGL_FORUM.userRepresentatives.count).toBe(7);
    expect(representatives.filter((m) => isActive(m.from, m.to))).toHaveLength(LGL_FORUM.userRepresentatives.count);
    expect(representatives.filter((m) => !isActive(m.from, m.to))).toHaveLength(1);
    expect(representatives.every((m) => m.sectorId === "brukare" && !m.hasMandate)).toBe(true);
  });

  it("chairs LGL from Region Kalmar län, as the minutes' welcome does", () => {
    const chair = ws.memberships.find((m) => m.forumId === "f-lgl" && m.roles.includes("chair"));
    expect(ws.organisations.find((o) => o.id === chair?.organisationId)?.name).toBe(LGL_FORUM.chairOrganisation.name);
  });

  it("returns a fresh workspace on every call", () => {
    const first = createKalmarSampleWorkspace();
    first.memberships.length = 0;
    first.profile.goals[0]!.name.sv = "Ändrat";
    expect(createKalmarSampleWorkspace()).toEqual(ws);
  });
});

/** Module specifiers a source file imports, with whether the import is type-only. */
function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  return [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gmu)].map((match) => ({
    specifier: match[2] ?? "",
    typeOnly: match[1] !== undefined,
  }));
}

describe.each(["dalarna", "kalmar"])("the %s profile entry", (county) => {
  const files = readdirSync(join(profilesRoot, county)).filter((f) => f.endsWith(".ts"));
  const sources = files.map((file) => ({ file, text: readFileSync(join(profilesRoot, county, file), "utf8") }));

  it("holds no data of its own: at run time it imports only the county's JSON files, its ids and deepFreeze", () => {
    expect(files.every((file) => ["index.ts", "ids.ts"].includes(file))).toBe(true);
    const jsonFile = new RegExp(`^\\.\\./\\.\\./\\.\\./counties/${county}/[a-z0-9-]+\\.json$`, "u");
    for (const { file, text } of sources) {
      for (const { specifier, typeOnly } of importsOf(text)) {
        const allowed =
          typeOnly || jsonFile.test(specifier) || ["./ids.js", "../../common/deep-freeze.js"].includes(specifier);
        expect(allowed, `${file} imports ${specifier}`).toBe(true);
      }
    }
    expect(importsOf(sources.find((s) => s.file === "index.ts")?.text ?? "").map((i) => i.specifier)).toContain(
      `../../../counties/${county}/sample.json`,
    );
  });
});
