/**
 * The door of the annual report: the year, the day it is written, and the narrative texts the caller
 * passes (the region's own words for the assignment, the reflections …). Validated like any other input;
 * county facts and prose are data, never code.
 */
import * as z from "zod";
import { defineSchema } from "../../schema/define-schema.js";
import { SystemledningError } from "../../common/errors.js";
import { IsoDate, LocalizedText, OfficialCode, ShortText } from "../../schema/primitives.js";
import { parseInput } from "../../schema/parse-input.js";

/** Paragraphs of a section, each in Swedish and optionally English. */
export const ReportParagraphsInput = z.array(LocalizedText);

/**
 * The narrative texts of a report. Every field is optional: a section without text shows only what the
 * workspace's data says.
 */
export const AnnualReportTexts = defineSchema(() =>
  z.strictObject({
    /** The report's title; default "Årsrapport {year}" with the profile's name. */
    title: LocalizedText.optional(),
    subtitle: LocalizedText.optional(),
    /** Who wrote the report ("RSS Dalarna"). */
    author: ShortText.optional(),
    /** Who approved it (forums, in words). */
    approvedBy: ShortText.optional(),
    /** The date the report carries. */
    date: IsoDate.optional(),
    diarienummer: ShortText.optional(),
    version: ShortText.optional(),
    /** 1 Assignment and context. */
    assignment: ReportParagraphsInput.optional(),
    /** 2 How the transition was followed. */
    followUp: ReportParagraphsInput.optional(),
    /** 3 The picture this year (an introduction before the data). */
    picture: ReportParagraphsInput.optional(),
    /** 4 Regional support and activities. */
    regionalSupport: ReportParagraphsInput.optional(),
    /** 5 Lessons and development needs: an introduction … */
    lessons: ReportParagraphsInput.optional(),
    /** … and the lessons as headed points. */
    lessonPoints: z.array(z.strictObject({ title: LocalizedText, text: LocalizedText })).optional(),
    /** 6 Reflections and the way forward. */
    reflections: ReportParagraphsInput.optional(),
  }),
);
/** The narrative texts of a report. */
export type AnnualReportTexts = z.infer<typeof AnnualReportTexts>;

/**
 * The texts people wrote for the report of one year, saved in the workspace (version 5) so that what a
 * region writes on screen is kept with the data it describes. One record per year.
 */
export const AnnualReportRecord = defineSchema(() =>
  z.strictObject({
    /** The year reported on. */
    year: z.int().min(2000).max(2100),
    texts: AnnualReportTexts,
  }),
);
/** The texts people wrote for the report of one year (workspace version 5). */
export type AnnualReportRecord = z.infer<typeof AnnualReportRecord>;

/** The intent of `setAnnualReportTexts`: the year and its texts, which replace the year's saved texts. */
export const SetAnnualReportTextsIntent = defineSchema(() =>
  z.strictObject({
    year: z.int().min(2000).max(2100),
    texts: AnnualReportTexts,
  }),
);
/** The intent of `setAnnualReportTexts`. */
export type SetAnnualReportTextsIntent = z.input<typeof SetAnnualReportTextsIntent>;

/** Options of `assembleAnnualReport`. */
export const AnnualReportOptions = defineSchema(() =>
  z.strictObject({
    /** The year reported on. */
    year: z.int().min(2000).max(2100),
    /** The day the report is written (`YYYY-MM-DD`); plan health is judged on it. @default the last day of `year` */
    asOf: IsoDate.optional(),
    /** Whose indicator verdicts the report shows. @default the profile's first region (the county) */
    organisationCode: OfficialCode.optional(),
    /** The narrative texts. @default the texts saved in the workspace for `year` (`annualReports`), else none */
    texts: AnnualReportTexts.optional(),
  }),
);
/** Options of `assembleAnnualReport`. */
export type AnnualReportOptions = z.input<typeof AnnualReportOptions>;

/** Validate the options, or throw a {@link SystemledningError} (`invalidInput`) with each issue's path under `options`. */
export function parseAnnualReportOptions(options: unknown): z.output<typeof AnnualReportOptions> {
  const parsed = parseInput(AnnualReportOptions, options, ["options"]);
  if (parsed.ok) return parsed.value;
  throw new SystemledningError("invalidInput", parsed.error);
}
