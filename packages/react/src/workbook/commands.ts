/**
 * The core's charter commands the workbook runs. TEMPORARY stand-ins with the design's names and shapes until
 * the core's commands land (branch i16-cmd); then this file only re-exports them.
 */
import type { CharterTextField } from "@systemledning/core/structure";
import { SystemledningError, createIssue, err, ok, type Result, type Workspace } from "@systemledning/core/workspace";
import type { Charter } from "@systemledning/core/structure";

type R = Result<Workspace, SystemledningError>;

function current(ws: Workspace, leadershipId: string): Charter {
  const own = ws.charters.filter((c) => c.leadershipId === leadershipId);
  own.sort((a, b) => (a.adoptedAt ?? "").localeCompare(b.adoptedAt ?? "") || a.id.localeCompare(b.id));
  return own.at(-1) ?? { id: `charter-${leadershipId}`, leadershipId, principles: [], tasks: [], answers: {} };
}

function write(ws: Workspace, charter: Charter): R {
  const others = ws.charters.filter((c) => c.id !== charter.id);
  return ok({ ...ws, charters: [...others, charter] });
}

const blank = (path: (string | number)[]) =>
  err(new SystemledningError("invalidInput", [createIssue(path, "too_small", { minimum: 1 })]));

export function answerCharterQuestion(
  ws: Workspace,
  intent: { leadershipId: string; questionId: string; answer: string },
): R {
  if (intent.answer.trim() === "") return blank(["intent", "answer"]);
  const charter = current(ws, intent.leadershipId);
  return write(ws, { ...charter, answers: { ...charter.answers, [intent.questionId]: intent.answer } });
}

export function clearCharterAnswer(ws: Workspace, intent: { leadershipId: string; questionId: string }): R {
  const charter = current(ws, intent.leadershipId);
  const answers = { ...charter.answers };
  delete answers[intent.questionId];
  return write(ws, { ...charter, answers });
}

export function setCharterText(
  ws: Workspace,
  intent: { leadershipId: string; section: CharterTextField; text: string | null },
): R {
  const charter = current(ws, intent.leadershipId);
  const next: Charter = { ...charter };
  if (intent.text === null || intent.text.trim() === "") delete next[intent.section];
  else next[intent.section] = intent.text;
  return write(ws, next);
}

export function setCharterPrinciples(ws: Workspace, intent: { leadershipId: string; principles: string[] }): R {
  const i = intent.principles.findIndex((p) => p.trim() === "");
  if (i >= 0) return blank(["intent", "principles", i]);
  return write(ws, { ...current(ws, intent.leadershipId), principles: intent.principles });
}

export function setCharterTasks(ws: Workspace, intent: { leadershipId: string; tasks: string[] }): R {
  const i = intent.tasks.findIndex((p) => p.trim() === "");
  if (i >= 0) return blank(["intent", "tasks", i]);
  return write(ws, { ...current(ws, intent.leadershipId), tasks: intent.tasks });
}

export function adoptDefaultPrinciples(ws: Workspace, intent: { leadershipId: string }): R {
  return write(ws, { ...current(ws, intent.leadershipId), principles: ws.profile.principles.map((p) => p.sv) });
}

export function adoptDefaultTasks(ws: Workspace, intent: { leadershipId: string }): R {
  return write(ws, { ...current(ws, intent.leadershipId), tasks: ws.profile.tasks.map((p) => p.sv) });
}
