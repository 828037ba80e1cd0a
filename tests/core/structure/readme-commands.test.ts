/**
 * The README's example of the structure commands ("### Structure: commands"), run as written: the code
 * between the markers below is in the README verbatim, and the test checks what its comments say.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// README: structure commands (begin)
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  addMembership,
  addPerson,
  answerCharterQuestion,
  endMembership,
  getCharterCompleteness,
} from "@systemledning/core/structure";

const workspace = createDalarnaSampleWorkspace();
const added = addPerson(workspace, { name: "Kim Exempel", title: "Fritidschef" }); // id "p-kim-exempel"
if (!added.ok) throw added.error;
const seated = addMembership(added.value, {
  forumId: "f-mora",
  personId: "p-kim-exempel",
  organisationId: "org-mora",
  sectorId: "fritidsforvaltning",
  roles: ["member"],
  kind: "official",
  hasMandate: true,
  from: "2026-02-01",
}); // { ok: true, value: a new workspace }; `workspace` is unchanged

const ended = endMembership(workspace, { membershipId: "m:f-mora:p-mora-vo", on: "2022-12-31" });
const reason = ended.ok ? null : ended.error.issues[0];
// { path: "intent.on", code: "ends_before_start", message: { sv: "Slutdatumet 2022-12-31 ligger före …", en: … } }

const answered = answerCharterQuestion(workspace, {
  leadershipId: "ls-vansbro", // no charter yet: the first answer makes one
  questionId: "meeting-chair",
  answer: "Ordförandeskapet växlar årsvis mellan kommunen och regionen.",
});
const charter = answered.ok ? getCharterCompleteness(answered.value, "ls-vansbro") : null;
// charter.charterId: "charter-ls-vansbro"; charter.answeredCount: 1
// README: structure commands (end)

describe("README: structure commands", () => {
  it("is in the README verbatim", () => {
    const own = readFileSync(new URL(import.meta.url), "utf8");
    const example = own.slice(
      own.indexOf("\n", own.indexOf("// README: structure commands (begin)")) + 1,
      own.indexOf("// README: structure commands (end)"),
    );
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("\n### Structure: commands\n"));
    expect(section.length).toBeGreaterThan(0);
    expect(section.slice(0, section.indexOf("\n### ", 10))).toContain("```ts\n" + example + "```\n");
    expect(readme.indexOf("\n### Structure: commands\n")).toBeLessThan(
      readme.indexOf("\n### Meetings, decisions and the annual plan\n"),
    );
  });

  it("does what its comments say", () => {
    expect(added.value.people.at(-1)?.id).toBe("p-kim-exempel");
    expect(seated.ok && seated.value.memberships.at(-1)?.id).toBe("m:f-mora:p-kim-exempel");
    expect(workspace.people.some((p) => p.id === "p-kim-exempel")).toBe(false);
    expect(reason).toMatchObject({ path: "intent.on", code: "ends_before_start" });
    expect(reason?.message.sv.startsWith("Slutdatumet 2022-12-31 ligger före ")).toBe(true);
    expect(charter).toMatchObject({ charterId: "charter-ls-vansbro", answeredCount: 1 });
  });
});
