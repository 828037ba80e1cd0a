/**
 * The annual report (*årsrapport*) as plain data, following the table of contents of *Regional årsrapport 2025*: 1
 * assignment and context, 2 how the transition was followed, 3 the picture this year, 4 regional support and
 * activities, 5 lessons and development needs, 6 reflections and the way forward, appendix 1 the self-assessment per
 * delmål, appendix 2 activities and decisions per forum. Numbers are exact (rounding is the renderer's business); a
 * part whose module has no data says so with a reason instead of being absent.
 */
import type { BilingualMessage } from "../../common/issues.js";
import type { LocalizedText } from "../../schema/primitives.js";
import type { AgendaItemKind } from "../../meetings/schema.js";
import type { Gender, IndicatorDirection, IndicatorValueStatus, PlanStatus } from "../schema.js";

/** A part of the report that has data, or says why it has none. */
export type ReportPart<TData> =
  ({ readonly status: "data" } & TData) | { readonly status: "no-data"; readonly reason: BilingualMessage };

/** Paragraphs of narrative text, given by the caller (never written into the code). */
export type ReportParagraphs = readonly LocalizedText[];

/** One source the follow-up used, described from the workspace's own data. */
export interface FollowUpSource {
  readonly kind: "indicators" | "self-assessment" | "check-ins" | "meetings" | "plans";
  readonly title: BilingualMessage;
  readonly detail: BilingualMessage;
}

/** One item (delmål) of the self-assessment, as the report shows it. */
export interface ReportAssessmentItem {
  readonly itemId: string;
  /** The delmål's name, when the item belongs to one. */
  readonly goalName: LocalizedText | null;
  readonly statement: LocalizedText;
  /** Leaderships with a value. */
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly dontKnow: number;
  /** Leaderships per step and half step of the scale (x = scale value, y = count). */
  readonly distribution: readonly {
    readonly value: number;
    readonly label: LocalizedText | null;
    readonly count: number;
  }[];
  /** Free texts with the leadership that wrote them (Bilaga 1). */
  readonly freeTexts: readonly {
    readonly leadership: string;
    readonly grouping: string | null;
    readonly text: string;
  }[];
}

/** The self-assessment round of the year, summarised (section 3.1) and in full (appendix 1). */
export interface ReportSelfAssessment {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly coverage: {
    readonly asked: number | null;
    readonly answered: number;
    readonly responses: number;
    readonly ratio: number | null;
  };
  /** Leaderships that sent separate answers from several groupings. */
  readonly leadershipsWithGroupings: number;
  readonly comparable: boolean;
  /** Why the round may or may not be compared over time. */
  readonly comparability: BilingualMessage;
  /** The comparison with the previous round of the same instrument, when there is one. */
  readonly previousRound: {
    readonly roundTitle: string;
    readonly comparable: boolean;
    readonly message: BilingualMessage;
  } | null;
  readonly scale: {
    readonly min: number;
    readonly max: number;
    readonly steps: readonly { readonly value: number; readonly label: LocalizedText }[];
  };
  readonly maxTotal: number;
  /** What a self-assessment does not measure. */
  readonly caveat: LocalizedText | null;
  /** Findings about the instrument (a declared maximum that disagrees). */
  readonly findings: readonly BilingualMessage[];
  readonly items: readonly ReportAssessmentItem[];
}

/** A year's value in the indicator table. */
export interface ReportIndicatorPoint {
  readonly period: string;
  readonly value: number | null;
  readonly status: IndicatorValueStatus;
}

/** One indicator's verdict for the county. */
export interface ReportIndicatorRow {
  readonly indicatorId: string;
  readonly title: LocalizedText;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly from: ReportIndicatorPoint | null;
  readonly to: ReportIndicatorPoint | null;
  readonly change: number | null;
  readonly verdict: string;
  readonly verdictLabel: BilingualMessage;
  /** A compared value is preliminary: the verdict may still change. */
  readonly preliminary: boolean;
}

/** The indicator verdicts of one delmål. */
export interface ReportIndicatorGoal {
  readonly goalId: string | null;
  readonly goalName: LocalizedText | null;
  readonly rows: readonly ReportIndicatorRow[];
}

/** The indicator verdicts per delmål (section 3). */
export interface ReportIndicators {
  readonly organisationCode: string;
  readonly organisationName: LocalizedText;
  readonly gender: Gender;
  /** The last year read (values after the report's year are left out). */
  readonly lastPeriod: string;
  readonly goals: readonly ReportIndicatorGoal[];
  /** How many verdicts there are of each kind. */
  readonly counts: Readonly<Record<string, number>>;
  /** Attributions of the sources of the values shown ("Källa: Kolada"). */
  readonly attributions: readonly LocalizedText[];
}

/** The status of one focus area of a plan. */
export interface ReportFocusArea {
  readonly focusAreaId: string;
  readonly title: string;
  readonly progress: number | null;
  readonly activityCount: number;
  readonly doneCount: number;
}

/** The status of one plan (section 3). */
export interface ReportPlan {
  readonly planId: string;
  readonly title: string;
  readonly kind: "regional" | "local";
  readonly status: PlanStatus;
  readonly statusLabel: BilingualMessage;
  readonly leadership: string;
  readonly targetGroup: string | null;
  readonly decidedBy: string | null;
  readonly decidedOn: string | null;
  readonly userPerspective: string | null;
  readonly progress: number | null;
  readonly focusAreas: readonly ReportFocusArea[];
  readonly healthCounts: { readonly error: number; readonly warning: number; readonly info: number };
  /** The plan-health findings' messages, errors first (at most ten; `moreFindings` counts the rest). */
  readonly findings: readonly BilingualMessage[];
  readonly moreFindings: number;
}

/** Meetings and items of one forum in the year (section 4). */
export interface ReportForumActivity {
  readonly forumId: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly leadership: string;
  readonly meetingCount: number;
  readonly itemCounts: Readonly<Record<AgendaItemKind, number>>;
}

/** What a leadership reported at a check-in of the year (section 5). */
export interface ReportCheckInLesson {
  readonly checkInId: string;
  readonly date: string;
  readonly leadership: string;
  readonly plan: string;
  readonly activitiesAndResults: string | null;
  readonly lessons: string | null;
  readonly successFactors: string | null;
  readonly challenges: string | null;
  readonly visionRating: number | null;
  readonly visionAssessment: string | null;
}

/** One row of appendix 2: a meeting's agenda item. */
export interface ReportAgendaRow {
  readonly date: string;
  readonly kind: AgendaItemKind;
  readonly kindLabel: BilingualMessage;
  readonly title: string;
  /** The decision's text, for a decision item that has one. */
  readonly decision: string | null;
}

/** The agenda items of one forum in the year (appendix 2). */
export interface ReportForumAgenda {
  readonly forumId: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly rows: readonly ReportAgendaRow[];
}

/** The whole annual report. */
export interface AnnualReport {
  readonly kind: "systemledning/annual-report";
  readonly year: number;
  readonly asOf: string;
  readonly title: LocalizedText;
  readonly subtitle: LocalizedText | null;
  readonly county: LocalizedText;
  readonly meta: {
    readonly date: string | null;
    readonly author: string | null;
    readonly approvedBy: string | null;
    readonly diarienummer: string | null;
    readonly version: string | null;
  };
  /** 1 Assignment and context. */
  readonly assignment: {
    readonly paragraphs: ReportParagraphs;
    readonly vision: LocalizedText | null;
    readonly goals: readonly {
      readonly id: string;
      readonly name: LocalizedText;
      readonly description: LocalizedText | null;
    }[];
  };
  /** 2 How the transition was followed. */
  readonly followUp: { readonly paragraphs: ReportParagraphs; readonly sources: readonly FollowUpSource[] };
  /** 3 The picture this year. */
  readonly picture: {
    readonly paragraphs: ReportParagraphs;
    readonly selfAssessment: ReportPart<ReportSelfAssessment>;
    readonly indicators: ReportPart<ReportIndicators>;
    readonly plans: ReportPart<{ readonly plans: readonly ReportPlan[] }>;
  };
  /** 4 Regional support and activities. */
  readonly regionalSupport: {
    readonly paragraphs: ReportParagraphs;
    readonly forums: ReportPart<{ readonly forums: readonly ReportForumActivity[] }>;
  };
  /** 5 Lessons and development needs. */
  readonly lessons: {
    readonly paragraphs: ReportParagraphs;
    readonly points: readonly { readonly title: LocalizedText; readonly text: LocalizedText }[];
    readonly checkIns: ReportPart<{ readonly entries: readonly ReportCheckInLesson[] }>;
  };
  /** 6 Reflections and the way forward. */
  readonly reflections: { readonly paragraphs: ReportParagraphs };
  /** Appendix 1: the self-assessment per delmål (the same data as 3's summary, in full). */
  readonly appendixSelfAssessment: ReportPart<ReportSelfAssessment>;
  /** Appendix 2: activities and decisions per forum. */
  readonly appendixActivities: ReportPart<{ readonly forums: readonly ReportForumAgenda[] }>;
}
