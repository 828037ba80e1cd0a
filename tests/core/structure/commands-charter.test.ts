/**
 * The charter commands: they act on the leadership's current charter (the one charter completeness checks),
 * create one when there is none, and refuse unknown ids and blank text with a path, a code and both messages.
 */
import { describe, expect, it } from "vitest";
import {
  adoptCharter,
  adoptDefaultPrinciples,
  adoptDefaultTasks,
  answerCharterQuestion,
  clearCharterAnswer,
  currentCharterOf,
  getCharterCompleteness,
  setCharterPrinciples,
  setCharterTasks,
  setCharterText,
} from "@systemledning/core/structure";
import { SAMPLE, accepted, codes, refused } from "./command-helpers.js";

describe("currentCharterOf", () => {
  it("is the charter completeness checks, or null without one", () => {
    expect(currentCharterOf(SAMPLE, "ls-mora")?.id).toBe("charter-mora");
    expect(getCharterCompleteness(SAMPLE, "ls-mora").charterId).toBe("charter-mora");
    expect(currentCharterOf(SAMPLE, "ls-vansbro")).toBeNull();
    expect(currentCharterOf(SAMPLE, "ls-saknas")).toBeNull();
  });

  it("with several charters is the one adopted last, and the commands write to it", () => {
    const older = {
      id: "charter-mora-0",
      leadershipId: "ls-mora",
      adoptedAt: "2024-01-01",
      principles: [],
      tasks: [],
      answers: {},
    };
    const ws = { ...SAMPLE, charters: [...SAMPLE.charters, older] };
    expect(currentCharterOf(ws, "ls-mora")?.id).toBe("charter-mora");
    const answered = accepted(
      answerCharterQuestion(ws, { leadershipId: "ls-mora", questionId: "vision", answer: "Ja." }),
    );
    expect(answered.charters.find((c) => c.id === "charter-mora")?.answers.vision).toBe("Ja.");
    expect(answered.charters.find((c) => c.id === "charter-mora-0")).toEqual(older);
  });
});

describe("answerCharterQuestion and clearCharterAnswer", () => {
  it("creates the charter on the first answer, and completeness grows", () => {
    const before = getCharterCompleteness(SAMPLE, "ls-vansbro");
    const ws = accepted(
      answerCharterQuestion(SAMPLE, {
        leadershipId: "ls-vansbro",
        questionId: "meeting-chair",
        answer: "Årsvis växling.",
      }),
    );
    expect(ws.charters.at(-1)).toEqual({
      id: "charter-ls-vansbro",
      leadershipId: "ls-vansbro",
      principles: [],
      tasks: [],
      answers: { "meeting-chair": "Årsvis växling." },
    });
    const after = getCharterCompleteness(ws, "ls-vansbro");
    expect(before.charterId).toBeNull();
    expect(after.charterId).toBe("charter-ls-vansbro");
    expect(after.answeredCount).toBe(before.answeredCount + 1);
  });

  it("replaces an answer, and clears it", () => {
    const ws = accepted(
      answerCharterQuestion(SAMPLE, { leadershipId: "ls-mora", questionId: "why", answer: "Nytt svar." }),
    );
    expect(currentCharterOf(ws, "ls-mora")?.answers.why).toBe("Nytt svar.");
    const cleared = accepted(clearCharterAnswer(ws, { leadershipId: "ls-mora", questionId: "why" }));
    expect("why" in currentCharterOf(cleared, "ls-mora")!.answers).toBe(false);
    expect(getCharterCompleteness(cleared, "ls-mora").answeredCount).toBe(
      getCharterCompleteness(SAMPLE, "ls-mora").answeredCount - 1,
    );
  });

  it("refuses a blank answer, an unknown question and an unknown leadership", () => {
    expect(
      refused(answerCharterQuestion(SAMPLE, { leadershipId: "ls-mora", questionId: "why", answer: "  \n" })),
    ).toEqual([
      {
        path: "intent.answer",
        code: "blank_text",
        sv: "Texten är tom. Skriv ett svar, eller ta bort svaret med clearCharterAnswer.",
        en: "The text is blank. Write an answer, or remove the answer with clearCharterAnswer.",
      },
    ]);
    expect(
      codes(answerCharterQuestion(SAMPLE, { leadershipId: "ls-saknas", questionId: "okand", answer: "" })),
    ).toEqual([
      ["dangling_reference", "intent.leadershipId"],
      ["dangling_reference", "intent.questionId"],
      ["blank_text", "intent.answer"],
    ]);
    expect(refused(clearCharterAnswer(SAMPLE, { leadershipId: "ls-mora", questionId: "okand" }))).toEqual([
      {
        path: "intent.questionId",
        code: "dangling_reference",
        sv: 'Hänvisningen "okand" pekar inte på någon post i profile.charterQuestions.',
        en: 'The reference "okand" points to no record in profile.charterQuestions.',
      },
    ]);
  });
});

describe("setCharterText", () => {
  it("writes a section and clears it with null", () => {
    const ws = accepted(setCharterText(SAMPLE, { leadershipId: "ls-mora", section: "vision", text: "Nära varandra." }));
    expect(currentCharterOf(ws, "ls-mora")?.vision).toBe("Nära varandra.");
    const cleared = accepted(setCharterText(SAMPLE, { leadershipId: "ls-mora", section: "purpose", text: null }));
    expect("purpose" in currentCharterOf(cleared, "ls-mora")!).toBe(false);
    const created = accepted(
      setCharterText(SAMPLE, { leadershipId: "ls-vansbro", section: "followUpPlan", text: "Årsvis." }),
    );
    expect(currentCharterOf(created, "ls-vansbro")).toMatchObject({
      id: "charter-ls-vansbro",
      followUpPlan: "Årsvis.",
    });
  });

  it("refuses a blank text, an unknown section and an unknown leadership", () => {
    expect(refused(setCharterText(SAMPLE, { leadershipId: "ls-mora", section: "why", text: " " }))).toEqual([
      {
        path: "intent.text",
        code: "blank_text",
        sv: "Texten är tom. Skriv en text, eller töm avsnittet med text: null.",
        en: "The text is blank. Write a text, or clear the section with text: null.",
      },
    ]);
    expect(
      codes(setCharterText(SAMPLE, { leadershipId: "ls-mora", section: "principles" as never, text: "x" })),
    ).toEqual([["invalid_value", "intent.section"]]);
    expect(codes(setCharterText(SAMPLE, { leadershipId: "ls-x", section: "why", text: "x" }))).toEqual([
      ["dangling_reference", "intent.leadershipId"],
    ]);
  });
});

describe("principles, tasks and adoption", () => {
  it("adopts the profile's principles and tasks (Swedish text) as the start, then edits them", () => {
    let ws = accepted(adoptDefaultPrinciples(SAMPLE, { leadershipId: "ls-vansbro" }));
    ws = accepted(adoptDefaultTasks(ws, { leadershipId: "ls-vansbro" }));
    const charter = currentCharterOf(ws, "ls-vansbro")!;
    expect(charter.principles).toEqual(SAMPLE.profile.principles.map((p) => p.sv));
    expect(charter.tasks).toEqual(SAMPLE.profile.tasks.map((t) => t.sv));
    ws = accepted(
      setCharterPrinciples(ws, {
        leadershipId: "ls-vansbro",
        principles: [...charter.principles, "Vi hör invånarna."],
      }),
    );
    expect(currentCharterOf(ws, "ls-vansbro")?.principles.at(-1)).toBe("Vi hör invånarna.");
    ws = accepted(setCharterTasks(ws, { leadershipId: "ls-vansbro", tasks: [] }));
    expect(currentCharterOf(ws, "ls-vansbro")?.tasks).toEqual([]);
  });

  it("refuses a blank entry in a list", () => {
    expect(codes(setCharterPrinciples(SAMPLE, { leadershipId: "ls-mora", principles: ["A", " "] }))).toEqual([
      ["blank_text", "intent.principles[1]"],
    ]);
    expect(refused(setCharterTasks(SAMPLE, { leadershipId: "ls-mora", tasks: [""] }))).toEqual([
      {
        path: "intent.tasks[0]",
        code: "blank_text",
        sv: "Texten är tom. Skriv något eller ta bort raden.",
        en: "The text is blank. Write something or remove the entry.",
      },
    ]);
    expect(codes(adoptDefaultTasks(SAMPLE, { leadershipId: "ls-x" }))).toEqual([
      ["dangling_reference", "intent.leadershipId"],
    ]);
  });

  it("records the adoption day", () => {
    const ws = accepted(adoptCharter(SAMPLE, { leadershipId: "ls-mora", on: "2026-03-05" }));
    expect(currentCharterOf(ws, "ls-mora")).toMatchObject({ id: "charter-mora", adoptedAt: "2026-03-05" });
    expect(codes(adoptCharter(SAMPLE, { leadershipId: "ls-mora", on: "5 mars" }))).toEqual([
      ["invalid_format", "intent.on"],
    ]);
  });
});
