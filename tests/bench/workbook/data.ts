/**
 * The workbook bench's data: one local leadership of the Dalarna sample, its charter complete (every Metodstöd
 * question answered, every section written), for our `MetodstodWorkbook`; and the same charter as the SurveyJS
 * survey a county would build instead: one page per part of the Metodstöd (`CHARTER_PARTS`, in its order), on
 * it the part's template text as a comment (textarea), its list (principles, tasks) as a dynamic panel of
 * comments one may add to and remove from (as our list fields do), and every profile question of the part as
 * a comment, titled with the question's Swedish words and pre-filled with the charter's answers.
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { CHARTER_PARTS } from "@systemledning/core/structure";
import type { OursWorkbookData, SurveyWorkbookData } from "./protocol.js";

/** Falun: a complete charter, so both candidates draw every field filled in (the most text to lay out). */
export const BENCH_LEADERSHIP_ID = "ls-falun";

/** The question typed into in both (its textarea exists in both, pre-filled). */
export const TYPED_QUESTION_ID = "vision";

/** Both pages' data, and what they hold (for the suite's description). */
export interface WorkbookBenchData {
  readonly ours: OursWorkbookData;
  /** All sections on one page (SurveyJS's `questionsOnPageMode: "singlePage"`), as ours shows them. */
  readonly surveyjs: SurveyWorkbookData;
  /** The same survey one Metodstöd section per page: only the first is drawn at first. */
  readonly surveyjsPaged: SurveyWorkbookData;
  readonly leadershipName: string;
  readonly questions: number;
  /** Comments (textareas) the SurveyJS survey draws on one page: texts, list entries and questions. */
  readonly textareas: number;
}

/** Build both pages' data from the Dalarna sample. */
export function createWorkbookData(): WorkbookBenchData {
  const workspace = createDalarnaSampleWorkspace();
  const leadership = workspace.leaderships.find((l) => l.id === BENCH_LEADERSHIP_ID);
  const charter = workspace.charters.find((c) => c.leadershipId === BENCH_LEADERSHIP_ID);
  if (leadership === undefined || charter === undefined)
    throw new Error(`the Dalarna sample has no charter for ${BENCH_LEADERSHIP_ID}`);
  const questions = workspace.profile.charterQuestions;

  // Template texts are named `text-<field>` and lists `list-<field>`: a question may share a field's id ("why").
  const pages = CHARTER_PARTS.map((part) => ({
    name: part.section,
    title: part.title.sv,
    elements: [
      ...(part.textField === undefined
        ? []
        : [{ type: "comment", name: `text-${part.textField}`, title: part.textLabel?.sv ?? part.title.sv }]),
      ...(part.listField === undefined
        ? []
        : [
            {
              type: "paneldynamic",
              name: `list-${part.listField}`,
              title: part.title.sv,
              templateElements: [{ type: "comment", name: "text", titleLocation: "hidden" }],
              templateTitle: `${part.listField === "principles" ? "Princip" : "Uppgift"} {panelIndex}`,
              panelAddText: part.listField === "principles" ? "Lägg till en princip" : "Lägg till en uppgift",
            },
          ]),
      ...questions
        .filter((question) => question.section === part.section)
        .map((question) => ({ type: "comment", name: question.id, title: question.text.sv })),
    ],
  }));
  const json = { locale: "sv", title: `Metodstöd: ${leadership.name}`, pages };
  const data: Record<string, unknown> = { ...charter.answers };
  for (const part of CHARTER_PARTS) {
    if (part.textField !== undefined && charter[part.textField] !== undefined)
      data[`text-${part.textField}`] = charter[part.textField];
    if (part.listField !== undefined)
      data[`list-${part.listField}`] = charter[part.listField].map((text) => ({ text }));
  }
  const textFields = CHARTER_PARTS.filter((part) => part.textField !== undefined).length;
  return {
    ours: { workspace, leadershipId: BENCH_LEADERSHIP_ID, asOf: DALARNA_SAMPLE_AS_OF },
    surveyjs: { json: { ...json, questionsOnPageMode: "singlePage" }, data },
    surveyjsPaged: { json, data },
    leadershipName: leadership.name,
    questions: questions.length,
    textareas: textFields + charter.principles.length + charter.tasks.length + questions.length,
  };
}
