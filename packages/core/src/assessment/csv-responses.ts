/**
 * Responses as CSV, in the shape a survey tool exports: one row per response, one column per item (and
 * optionally one free-text column per item). Import checks every row and adds the good ones; every
 * refused row comes back in the report with its record and why, so nothing is lost. Export writes the
 * same shape, so an export imports back unchanged.
 *
 * Header mapping (defaults; each can be renamed through `columns`):
 * - `systemledning`: the leadership, by id, name or short name (case-insensitive) or a host alias. Required in a self-assessment.
 * - `gruppering`: the grouping, empty when the leadership answered as one. Optional column.
 * - `inskickad`: when the response was sent, ISO 8601 with offset. Optional when `submittedAt` is given.
 * - `id`: the response id. Optional; missing ids are made as `idPrefix` + a free number.
 * - one column per item, headed by the item id (`nara-for-mig`): a whole number on the scale, its label
 *   in Swedish or English, the "don't know" label (or `vet ej`, `vet inte`, `dont-know`), or empty for no answer.
 * - one optional free-text column per item, headed `<item id>:fritext`.
 * Columns the mapping does not name are reported in `ignoredColumns`.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError, isSystemledningError } from "../common/errors.js";
import { createIssue, formatPath, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { isIsoDateTime } from "../common/iso-date.js";
import { err, ok, type Result } from "../common/result.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import {
  csvRowStartLines,
  formatCsvRecords,
  parseCsvRecords,
  type CsvCell,
  type CsvDelimiter,
  type CsvFormatOptions,
} from "../io/csv.js";
import type { Workspace } from "../workspace/schema.js";
import { getWorkspaceIndex } from "../workspace/workspace-index.js";
import { resolveRound } from "./aggregate.js";
import { isValidAnswer } from "./instrument.js";
import { createAssessmentIssue } from "./issues.js";
import { checkResponseRules, createRoundRuleContext, groupingKey } from "./response-rules.js";
import { DONT_KNOW } from "./constants.js";
import { AssessmentResponse, type Answer, type Instrument } from "./schema.js";

/** Column headers of a responses CSV. Every field is optional; the defaults are in the module comment. */
export interface ResponseCsvColumns {
  readonly leadership?: string;
  readonly grouping?: string;
  readonly submittedAt?: string;
  readonly id?: string;
  /** Header per item id. */
  readonly items?: Readonly<Record<string, string>>;
  /** Header of the free-text column per item id. */
  readonly freeTexts?: Readonly<Record<string, string>>;
}

/** Options of {@link importAssessmentResponsesCsv}. */
export interface ImportResponsesCsvOptions {
  readonly delimiter?: CsvDelimiter;
  readonly columns?: ResponseCsvColumns;
  /** The instant to use for rows without one (the survey tool's export time). */
  readonly submittedAt?: string;
  /** Prefix of generated response ids. @default `${roundId}-` */
  readonly idPrefix?: string;
  /** More names for leaderships, e.g. `{ "Ludvika/Smedjebacken": "ls-vasterbergslagen" }` (matched case-insensitively). */
  readonly leadershipAliases?: Readonly<Record<string, string>>;
  /** A row for a leadership and grouping that already has a response: refuse it, or replace the old one. @default "refuse" */
  readonly onExisting?: "refuse" | "replace";
}

/** A row the import took in. */
export interface ImportedRow {
  /** The row in the CSV (header = 0). */
  readonly row: number;
  /** The line in the text where the row starts (1-based). */
  readonly line: number;
  readonly responseId: string;
  /** Whether it replaced an earlier response of the same leadership and grouping. */
  readonly replaced: boolean;
}

/** A row the import refused, with its cells as read and every reason (paths `[row, column]`). */
export interface RefusedRow {
  readonly row: number;
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
  readonly issues: readonly ValidationIssue[];
}

/** What an import did, row by row. */
export interface ImportResponsesReport {
  readonly imported: readonly ImportedRow[];
  readonly refused: readonly RefusedRow[];
  /** Header columns the mapping does not use (kept in `refused[].record` when a row is refused). */
  readonly ignoredColumns: readonly string[];
}

const DONT_KNOW_WORDS = ["vet ej", "vet inte", "dont-know", "don't know", "do not know"];

interface Mapping {
  readonly leadership: string;
  readonly grouping: string;
  readonly submittedAt: string;
  readonly id: string;
  readonly items: readonly (readonly [itemId: string, header: string])[];
  readonly freeTexts: readonly (readonly [itemId: string, header: string])[];
}

function mappingFor(instrument: Instrument, columns: ResponseCsvColumns = {}): Mapping {
  return {
    leadership: columns.leadership ?? "systemledning",
    grouping: columns.grouping ?? "gruppering",
    submittedAt: columns.submittedAt ?? "inskickad",
    id: columns.id ?? "id",
    items: instrument.items.map((item) => [item.id, columns.items?.[item.id] ?? item.id] as const),
    freeTexts: instrument.items.map((item) => [item.id, columns.freeTexts?.[item.id] ?? `${item.id}:fritext`] as const),
  };
}

/** Read one answer cell: a whole number on the scale, a label, "don't know", or empty. */
function readAnswer(cell: string, instrument: Instrument): Answer | undefined | null {
  const text = cell.trim();
  if (text === "") return undefined;
  const lower = text.toLocaleLowerCase("sv");
  if (instrument.dontKnow !== undefined) {
    const labels = [instrument.dontKnow.sv, instrument.dontKnow.en ?? "", ...DONT_KNOW_WORDS].map((w) =>
      w.toLocaleLowerCase("sv"),
    );
    if (labels.includes(lower)) return DONT_KNOW;
  }
  if (/^[+-]?\d+$/.test(text)) {
    const value = Number(text);
    return isValidAnswer(instrument, value) ? value : null;
  }
  const step = instrument.scale.steps.find(
    (s) => s.label.sv.toLocaleLowerCase("sv") === lower || s.label.en?.toLocaleLowerCase("sv") === lower,
  );
  return step === undefined ? null : step.value;
}

/**
 * Import responses to a round from CSV (the mapping is in the module comment). Good rows are added;
 * every refused row is reported with its cells and reasons (paths `[row, column]`): an unknown leadership
 * or one not asked, an answer that is not on the scale, a free text where the item takes none, a second
 * row for the same leadership and grouping, a response id already used, an instant that is not ISO 8601.
 * Fails as a whole (`invalidInput`) only when the round is unknown, the text is not CSV, a row has the
 * wrong number of fields, or a required column is missing — then nothing is imported.
 *
 * @example
 * const result = importAssessmentResponsesCsv(ws, "sjalvskattning-2025", text, { delimiter: ";", submittedAt: "2025-11-01T12:00:00+01:00" });
 * if (result.ok) { save(result.value.workspace); show(result.value.report.refused); }
 */
export function importAssessmentResponsesCsv(
  ws: Workspace,
  roundId: string,
  text: string,
  options: ImportResponsesCsvOptions = {},
): Result<{ readonly workspace: Workspace; readonly report: ImportResponsesReport }, SystemledningError> {
  let table: ReturnType<typeof parseCsvRecords>;
  let round, instrument;
  try {
    ({ round, instrument } = resolveRound(ws, getWorkspaceIndex(ws), roundId));
    table = parseCsvRecords(text, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  } catch (error) {
    if (isSystemledningError(error)) return err(error);
    throw error;
  }
  const map = mappingFor(instrument, options.columns);
  const isPoll = round.kind === "event-poll";
  const header = new Set(table.header);
  const missing: ValidationIssue[] = [];
  const requireColumn = (column: string): void => {
    if (!header.has(column)) missing.push(createAssessmentIssue([0], "csv_missing_column", { column }));
  };
  if (!isPoll) requireColumn(map.leadership);
  if (options.submittedAt === undefined) requireColumn(map.submittedAt);
  for (const [, column] of map.items) requireColumn(column);
  if (options.submittedAt !== undefined && !isIsoDateTime(options.submittedAt)) {
    missing.push(
      createAssessmentIssue(["submittedAt"], "csv_invalid_submitted_at", { value: options.submittedAt, line: 0 }),
    );
  }
  if (missing.length > 0) return err(new SystemledningError("invalidInput", missing));

  const used = new Set([
    map.leadership,
    map.grouping,
    map.submittedAt,
    map.id,
    ...map.items.map(([, c]) => c),
    ...map.freeTexts.map(([, c]) => c),
  ]);
  const ignoredColumns = table.header.filter((column) => !used.has(column));
  const lines = csvRowStartLines(text);
  const context = createRoundRuleContext(round, instrument);
  const leadershipByName = new Map<string, string>();
  for (const l of ws.leaderships) {
    for (const name of [l.id, l.name, l.shortName])
      if (name !== undefined) leadershipByName.set(name.toLocaleLowerCase("sv"), l.id);
  }
  for (const [alias, id] of Object.entries(options.leadershipAliases ?? {}))
    leadershipByName.set(alias.toLocaleLowerCase("sv"), id);
  const fieldColumn: Record<string, string> = {
    leadershipId: map.leadership,
    grouping: map.grouping,
    submittedAt: map.submittedAt,
    id: map.id,
  };
  const itemColumn = new Map(map.items);
  const freeTextColumn = new Map(map.freeTexts);

  const responses = ws.assessmentResponses.slice();
  const positionById = new Map(responses.map((r, i) => [r.id, i]));
  const positionByGrouping = new Map<string, number>();
  responses.forEach((r, i) => {
    if (r.roundId === roundId && !isPoll) positionByGrouping.set(groupingKey(r), i);
  });
  /** Positions filled from this file, with the line each came from. */
  const fromFile = new Map<number, number>();
  const idPrefix = options.idPrefix ?? `${roundId}-`;
  let nextNumber = 1;
  const freshId = (): string => {
    while (positionById.has(`${idPrefix}${nextNumber}`)) nextNumber++;
    return `${idPrefix}${nextNumber}`;
  };

  const imported: ImportedRow[] = [];
  const refused: RefusedRow[] = [];
  table.records.forEach((record, r) => {
    const row = r + 1;
    const line = lines[row] ?? row + 1;
    const issues: ValidationIssue[] = [];
    const cell = (column: string): string => (Object.hasOwn(record, column) ? record[column]! : "");
    const at = (column: string): PathSegment[] => [row, column];

    let leadershipId: string | undefined;
    const leadershipCell = cell(map.leadership).trim();
    if (!isPoll) {
      leadershipId = leadershipByName.get(leadershipCell.toLocaleLowerCase("sv"));
      if (leadershipId === undefined)
        issues.push(
          createAssessmentIssue(at(map.leadership), "csv_unknown_leadership", { value: leadershipCell, line }),
        );
    }
    const grouping = cell(map.grouping).trim();
    let submittedAt = cell(map.submittedAt).trim();
    if (submittedAt === "") submittedAt = options.submittedAt ?? "";
    if (!isIsoDateTime(submittedAt))
      issues.push(createAssessmentIssue(at(map.submittedAt), "csv_invalid_submitted_at", { value: submittedAt, line }));

    const answers: Record<string, Answer> = {};
    for (const [itemId, column] of map.items) {
      const answer = readAnswer(cell(column), instrument);
      if (answer === null) {
        const dontKnow = instrument.dontKnow?.sv ?? "";
        issues.push(
          createAssessmentIssue(at(column), "csv_invalid_answer", {
            value: cell(column),
            line,
            min: instrument.scale.min,
            max: instrument.scale.max,
            dontKnow,
          }),
        );
      } else if (answer !== undefined) answers[itemId] = answer;
    }
    const freeTexts: Record<string, string> = {};
    for (const [itemId, column] of map.freeTexts) {
      const value = cell(column);
      if (value.trim() !== "") freeTexts[itemId] = value;
    }
    const givenId = cell(map.id).trim();
    const candidate: Record<string, unknown> = {
      id: givenId === "" ? freshId() : givenId,
      roundId,
      submittedAt,
      answers,
      freeTexts,
    };
    if (leadershipId !== undefined) candidate.leadershipId = leadershipId;
    if (grouping !== "" && !isPoll) candidate.grouping = grouping;

    let replaced = false;
    let replacePosition = -1;
    if (issues.length === 0) {
      const parsed = AssessmentResponse.safeParse(candidate, { reportInput: false, jitless: true });
      if (!parsed.success)
        issues.push(
          ...remap(fromZodIssues(parsed.error.issues, candidate), row, fieldColumn, itemColumn, freeTextColumn),
        );
      else {
        const response = parsed.data;
        const ruleIssues: ValidationIssue[] = [];
        checkResponseRules(response, context, [], ruleIssues);
        issues.push(...remap(ruleIssues, row, fieldColumn, itemColumn, freeTextColumn));
        const key = groupingKey(response);
        const existing = isPoll ? undefined : positionByGrouping.get(key);
        if (existing !== undefined && (options.onExisting !== "replace" || fromFile.has(existing))) {
          issues.push(
            createAssessmentIssue(at(map.grouping), "duplicate_grouping", {
              leadership: response.leadershipId ?? "",
              round: roundId,
              grouping: response.grouping ?? "",
              first: fromFile.has(existing)
                ? `rad/line ${fromFile.get(existing) ?? ""}`
                : `assessmentResponses[${existing}]`,
            }),
          );
        } else if (existing !== undefined) {
          replaced = true;
          replacePosition = existing;
        }
        const idPosition = positionById.get(response.id);
        if (idPosition !== undefined && idPosition !== replacePosition) {
          issues.push(
            createIssue(at(map.id), "duplicate_id", { id: response.id, first: `assessmentResponses[${idPosition}]` }),
          );
        }
        if (issues.length === 0) {
          const position = replaced ? replacePosition : responses.length;
          if (replaced) positionById.delete(responses[position]!.id);
          responses[position] = response;
          positionById.set(response.id, position);
          if (!isPoll) positionByGrouping.set(key, position);
          fromFile.set(position, line);
          imported.push({ row, line, responseId: response.id, replaced });
        }
      }
    }
    if (issues.length > 0) refused.push({ row, line, record, issues });
  });
  return ok({ workspace: { ...ws, assessmentResponses: responses }, report: { imported, refused, ignoredColumns } });
}

/** Point issues of a response (`answers.x`, `leadershipId`) at the row and column they came from. */
function remap(
  issues: readonly ValidationIssue[],
  row: number,
  fieldColumn: Readonly<Record<string, string>>,
  itemColumn: ReadonlyMap<string, string>,
  freeTextColumn: ReadonlyMap<string, string>,
): ValidationIssue[] {
  return issues.map((issue) => {
    const [field, key] = issue.pathSegments;
    let column: string | undefined;
    if (field === "answers" && typeof key === "string") column = itemColumn.get(key) ?? key;
    else if (field === "freeTexts" && typeof key === "string") column = freeTextColumn.get(key) ?? key;
    else if (typeof field === "string") column = fieldColumn[field] ?? field;
    const segments: PathSegment[] = column === undefined ? [row] : [row, column];
    return { ...issue, path: formatPath(segments), pathSegments: segments };
  });
}

/** Options of {@link formatAssessmentResponsesCsv}. */
export interface FormatResponsesCsvOptions extends CsvFormatOptions {
  readonly columns?: ResponseCsvColumns;
}

/**
 * Write a round's responses as CSV in the import's shape (one row per response, ordered by leadership,
 * grouping and id; "don't know" as the instrument's Swedish label), injection-safe. Imports back unchanged.
 *
 * @example
 * formatAssessmentResponsesCsv(ws, "sjalvskattning-2025", { delimiter: ";", byteOrderMark: true })
 */
export function formatAssessmentResponsesCsv(
  ws: Workspace,
  roundId: string,
  options: FormatResponsesCsvOptions = {},
): string {
  const index = getWorkspaceIndex(ws);
  const { instrument } = resolveRound(ws, index, roundId);
  const map = mappingFor(instrument, options.columns);
  const sortKey = (r: AssessmentResponse): string => `${r.leadershipId ?? ""}\u0000${r.grouping ?? ""}\u0000${r.id}`;
  const responses = [...(index.responsesByRound.get(roundId) ?? [])].sort((a, b) =>
    compareStrings(sortKey(a), sortKey(b)),
  );
  const columns = [
    map.id,
    map.leadership,
    map.grouping,
    map.submittedAt,
    ...map.items.map(([, c]) => c),
    ...map.freeTexts.map(([, c]) => c),
  ];
  const records = responses.map((response) => {
    const record: Record<string, CsvCell> = {
      [map.id]: response.id,
      [map.leadership]: response.leadershipId ?? "",
      [map.grouping]: response.grouping ?? "",
      [map.submittedAt]: response.submittedAt,
    };
    for (const [itemId, column] of map.items) {
      const answer = response.answers[itemId];
      record[column] = answer === DONT_KNOW ? (instrument.dontKnow?.sv ?? DONT_KNOW) : answer;
    }
    for (const [itemId, column] of map.freeTexts) record[column] = response.freeTexts[itemId] ?? "";
    return record;
  });
  const { columns: _ignored, ...csvOptions } = options;
  void _ignored;
  return formatCsvRecords(records, { ...csvOptions, columns });
}
