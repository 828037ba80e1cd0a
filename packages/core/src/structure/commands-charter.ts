/**
 * Commands of a leadership's charter (the Metodstöd's *överenskommelse*): answer or clear one of the profile's
 * charter questions, write or clear a text section, set the principles and tasks (or adopt the profile's as the
 * start), and record the day it was adopted. Each acts on the leadership's current charter
 * ({@link currentCharterOf}, the one charter completeness checks) and creates one (`charter-<leadershipId>`,
 * empty lists) when the leadership has none, so the first answer in the workbook just works. Like every
 * structure command (commands.ts) each returns a new workspace or a refusal with paths into `intent`.
 */
import type { ValidationIssue } from "../common/issues.js";
import type { Workspace } from "../workspace/schema.js";
import { currentCharterOf } from "./charter-completeness.js";
import {
  checked,
  fail,
  isBlank,
  parseIntent,
  replaceAt,
  uniqueId,
  unknownId,
  type StructureCommandResult,
} from "./commands-support.js";
import { createStructureIssue } from "./issues.js";
import type { Charter } from "./schema.js";
import {
  AdoptCharterIntent,
  AnswerCharterQuestionIntent,
  ClearCharterAnswerIntent,
  LeadershipIntent,
  SetCharterPrinciplesIntent,
  SetCharterTasksIntent,
  SetCharterTextIntent,
} from "./schema-intents.js";

/**
 * Write `change(charter)` to the leadership's current charter, made first when there is none; refused with
 * `issues` (found by the command) and an unknown leadership.
 */
function withCharter(
  ws: Workspace,
  leadershipId: string,
  change: (charter: Charter) => Charter,
  issues: readonly ValidationIssue[] = [],
): StructureCommandResult {
  const all = ws.leaderships.some((l) => l.id === leadershipId)
    ? issues
    : [unknownId("leadershipId", leadershipId, "leaderships"), ...issues];
  if (all.length > 0) return fail(all);
  const current = currentCharterOf(ws, leadershipId);
  if (current === null) {
    const id = uniqueId(`charter-${leadershipId}`, new Set(ws.charters.map((c) => c.id)));
    const fresh: Charter = { id, leadershipId, principles: [], tasks: [], answers: {} };
    return checked({ ...ws, charters: [...ws.charters, change(fresh)] });
  }
  const index = ws.charters.indexOf(current);
  return checked({ ...ws, charters: replaceAt(ws.charters, index, change(current)) });
}

/** A dangling reference when `questionId` is not one of the profile's charter questions. */
function unknownQuestion(ws: Workspace, questionId: string): ValidationIssue[] {
  return ws.profile.charterQuestions.some((q) => q.id === questionId)
    ? []
    : [unknownId("questionId", questionId, "profile.charterQuestions")];
}

/** `blank_text` at `path`, with how to clear instead. */
function blank(path: readonly (string | number)[], hintSv: string, hintEn: string): ValidationIssue {
  return createStructureIssue(path, "blank_text", { hintSv, hintEn });
}

/** `blank_text` issues for the blank entries of a list. */
function blankEntries(entries: readonly string[], field: string): ValidationIssue[] {
  return entries.flatMap((entry, i) =>
    isBlank(entry)
      ? [blank(["intent", field, i], "Skriv något eller ta bort raden.", "Write something or remove the entry.")]
      : [],
  );
}

/**
 * Answer one of the profile's charter questions (`profile.charterQuestions`) in the leadership's charter. A blank
 * answer is refused: clear an answer with {@link clearCharterAnswer}.
 *
 * @example
 * answerCharterQuestion(ws, { leadershipId: "ls-vansbro", questionId: "meeting-chair", answer: "Årsvis växling." });
 */
export function answerCharterQuestion(ws: Workspace, intent: AnswerCharterQuestionIntent): StructureCommandResult {
  const parsed = parseIntent(AnswerCharterQuestionIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, questionId, answer } = parsed.value;
  const issues = unknownQuestion(ws, questionId);
  if (isBlank(answer))
    issues.push(
      blank(
        ["intent", "answer"],
        "Skriv ett svar, eller ta bort svaret med clearCharterAnswer.",
        "Write an answer, or remove the answer with clearCharterAnswer.",
      ),
    );
  return withCharter(
    ws,
    leadershipId,
    (charter) => ({ ...charter, answers: { ...charter.answers, [questionId]: answer } }),
    issues,
  );
}

/**
 * Remove the answer to one of the profile's charter questions from the leadership's charter (nothing changes
 * when it has none).
 *
 * @example
 * clearCharterAnswer(ws, { leadershipId: "ls-mora", questionId: "meeting-chair" });
 */
export function clearCharterAnswer(ws: Workspace, intent: ClearCharterAnswerIntent): StructureCommandResult {
  const parsed = parseIntent(ClearCharterAnswerIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, questionId } = parsed.value;
  return withCharter(
    ws,
    leadershipId,
    (charter) => {
      const answers = { ...charter.answers };
      delete answers[questionId];
      return { ...charter, answers };
    },
    unknownQuestion(ws, questionId),
  );
}

/**
 * Write one text section of the charter (purpose, why, vision, meeting structure, follow-up plan); null clears
 * it. A blank text is refused: clear with null.
 *
 * @example
 * setCharterText(ws, { leadershipId: "ls-vansbro", section: "purpose", text: "Att tillsammans …" });
 */
export function setCharterText(ws: Workspace, intent: SetCharterTextIntent): StructureCommandResult {
  const parsed = parseIntent(SetCharterTextIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, section, text } = parsed.value;
  const issues =
    text !== null && isBlank(text)
      ? [
          blank(
            ["intent", "text"],
            "Skriv en text, eller töm avsnittet med text: null.",
            "Write a text, or clear the section with text: null.",
          ),
        ]
      : [];
  return withCharter(
    ws,
    leadershipId,
    (charter) => {
      const next: Charter = { ...charter };
      if (text === null) delete next[section];
      else next[section] = text;
      return next;
    },
    issues,
  );
}

/**
 * Set the charter's principles for collaboration, the whole list in order; each entry non-blank. An empty
 * list clears them.
 *
 * @example
 * setCharterPrinciples(ws, { leadershipId: "ls-mora", principles: ["Invånaren i centrum."] });
 */
export function setCharterPrinciples(ws: Workspace, intent: SetCharterPrinciplesIntent): StructureCommandResult {
  const parsed = parseIntent(SetCharterPrinciplesIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, principles } = parsed.value;
  return withCharter(
    ws,
    leadershipId,
    (charter) => ({ ...charter, principles: [...principles] }),
    blankEntries(principles, "principles"),
  );
}

/**
 * Set the charter's tasks, the whole list in order; each entry non-blank. An empty list clears them.
 *
 * @example
 * setCharterTasks(ws, { leadershipId: "ls-mora", tasks: ["Ta fram en gemensam lägesbild."] });
 */
export function setCharterTasks(ws: Workspace, intent: SetCharterTasksIntent): StructureCommandResult {
  const parsed = parseIntent(SetCharterTasksIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, tasks } = parsed.value;
  return withCharter(ws, leadershipId, (charter) => ({ ...charter, tasks: [...tasks] }), blankEntries(tasks, "tasks"));
}

/**
 * Take the profile's principles (their Swedish text, the Metodstöd's five in Dalarna) as the charter's
 * principles, replacing the list; the leadership edits them from there with {@link setCharterPrinciples}.
 *
 * @example
 * adoptDefaultPrinciples(ws, { leadershipId: "ls-vansbro" });
 */
export function adoptDefaultPrinciples(ws: Workspace, intent: LeadershipIntent): StructureCommandResult {
  const parsed = parseIntent(LeadershipIntent, intent);
  if (!parsed.ok) return parsed.result;
  const principles = ws.profile.principles.map((p) => p.sv);
  return withCharter(ws, parsed.value.leadershipId, (charter) => ({ ...charter, principles }));
}

/**
 * Take the profile's tasks (their Swedish text) as the charter's tasks, replacing the list.
 *
 * @example
 * adoptDefaultTasks(ws, { leadershipId: "ls-vansbro" });
 */
export function adoptDefaultTasks(ws: Workspace, intent: LeadershipIntent): StructureCommandResult {
  const parsed = parseIntent(LeadershipIntent, intent);
  if (!parsed.ok) return parsed.result;
  const tasks = ws.profile.tasks.map((t) => t.sv);
  return withCharter(ws, parsed.value.leadershipId, (charter) => ({ ...charter, tasks }));
}

/**
 * Record the day the leadership adopted its charter (`adoptedAt`).
 *
 * @example
 * adoptCharter(ws, { leadershipId: "ls-vansbro", on: "2026-03-05" });
 */
export function adoptCharter(ws: Workspace, intent: AdoptCharterIntent): StructureCommandResult {
  const parsed = parseIntent(AdoptCharterIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { leadershipId, on } = parsed.value;
  return withCharter(ws, leadershipId, (charter) => ({ ...charter, adoptedAt: on }));
}
