/**
 * Schemas of the assessment module (docs/domain.md, Self-assessment): instruments (profile data), rounds and responses
 * (workspace collections). Each schema is also the type of the same name.
 *
 * One model serves both the yearly self-assessment of the local leaderships (*Regional årsrapport 2025*, §2.2 and
 * Bilaga 1) and event polls, a single question asked at a meeting ("Var befinner sig LGL i omställningen? 1–10", the
 * LGL minutes of 2022-01-28, item 4; "Hur stärkt och rustad känner du dig just nu? 1–10", *Regional årsrapport 2025*,
 * §4.2.4). What differs is who answers: in a self-assessment a *leadership* answers (possibly as several groupings); in
 * an event poll every response is one *anonymous participant* and names no leadership. Rules that need the profile (the
 * instrument exists, values lie on its scale) are checked by `references.ts` at the door and by the commands.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { customIssueParams } from "../common/issues.js";
import { Ext, Id, IsoDate, IsoDateTime, LocalizedText, LongText, ShortText } from "../schema/primitives.js";
import { DONT_KNOW } from "./constants.js";
import { ASSESSMENT_ISSUE_MESSAGES } from "./issues.js";

/** One step of a scale with its label (1 = Stämmer inte alls … 5 = Stämmer mycket bra). */
export const ScaleStep = defineSchema(() => z.strictObject({ value: z.int(), label: LocalizedText }));
/** One step of a scale. */
export type ScaleStep = z.infer<typeof ScaleStep>;

/**
 * A scale of whole numbers from `min` to `max` with a label for every value, listed in order: the steps
 * must be exactly `min, min + 1, …, max` (a missing, repeated or unordered step is refused with its path).
 */
export const Scale = defineSchema(() =>
  z.strictObject({ min: z.int(), max: z.int(), steps: z.array(ScaleStep) }).check((ctx) => {
    const { min, max, steps } = ctx.value;
    if (max <= min) {
      const p = { min, max };
      ctx.issues.push({
        code: "custom",
        input: max,
        path: ["max"],
        params: customIssueParams("scale_bounds", ASSESSMENT_ISSUE_MESSAGES.scale_bounds(p), p),
      });
      return;
    }
    // Bounded so that a mistaken max (1–1000000) costs one issue, not a million.
    const expectedCount = max - min + 1;
    if (steps.length !== expectedCount) {
      const p = { min, max, expected: expectedCount, received: steps.length };
      ctx.issues.push({
        code: "custom",
        input: steps,
        path: ["steps"],
        params: customIssueParams("scale_steps", ASSESSMENT_ISSUE_MESSAGES.scale_steps(p), p),
      });
      return;
    }
    steps.forEach((step, index) => {
      if (step.value !== min + index) {
        const p = { expected: min + index, received: step.value };
        ctx.issues.push({
          code: "custom",
          input: step.value,
          path: ["steps", index, "value"],
          params: customIssueParams("scale_step_order", ASSESSMENT_ISSUE_MESSAGES.scale_step_order(p), p),
        });
      }
    });
  }),
);
/** A scale with a label per value. */
export type Scale = z.infer<typeof Scale>;

/** An item (statement) of an instrument, tied to a delmål or other goal of the profile. */
export const InstrumentItem = defineSchema(() =>
  z.strictObject({
    id: Id,
    /** The goal (`profile.goals[].id`) the item assesses; absent for a question tied to no goal (an event poll). */
    goalId: Id.optional(),
    /**
     * The statement in Swedish and optionally English. Where the statement is a goal's description (Dalarna),
     * the profile file builds it from the goal, so the text exists once.
     */
    statement: LocalizedText,
    /** Whether a free text may be given for the item. */
    freeText: z.boolean(),
  }),
);
/** An item of an instrument. */
export type InstrumentItem = z.infer<typeof InstrumentItem>;

/** A versioned instrument: the Dalarna self-assessment tool, or an event poll's single 1–10 question. */
export const Instrument = defineSchema(() =>
  z.strictObject({
    id: Id,
    /** Version of the instrument; a round names the version it asked. Item ids keep their meaning across versions. */
    version: z.int().min(1),
    name: LocalizedText,
    items: z.array(InstrumentItem).min(1),
    scale: Scale,
    /** The label of the "don't know" answer when it is allowed; absent: only scale values (or no answer). */
    dontKnow: LocalizedText.optional(),
    /**
     * The maximum total the source declares. The model always computes the maximum itself (items × scale
     * max); a declared value that disagrees is reported by `getInstrumentFindings`, never silently used.
     */
    declaredMaxTotal: z.int().optional(),
    /** What the results do not show, to print beside them (a self-assessment is the leadership's own view). */
    caveat: LocalizedText.optional(),
  }),
);
/** A versioned instrument. */
export type Instrument = z.infer<typeof Instrument>;

/** Assessment settings of a profile. */
export const AssessmentProfileSettings = defineSchema(() =>
  z.strictObject({
    /** Every version of every instrument the county uses, self-assessments and event polls alike. */
    instruments: z.array(Instrument),
    /**
     * Share of the asked leaderships (or, in an event poll, of the participants present) that must answer
     * before a round is compared with another over time (0–1). Both rounds must reach it.
     */
    minComparableCoverage: z.number().min(0).max(1),
  }),
);
/** Assessment settings of a profile. */
export type AssessmentProfileSettings = z.infer<typeof AssessmentProfileSettings>;

/**
 * The kind of a round. `self-assessment`: leaderships answer, each possibly as several groupings.
 * `event-poll`: the question is asked of the people at a meeting; each response is one anonymous participant.
 */
export const AssessmentRoundKind = z.enum(["self-assessment", "event-poll"]);
/** The kind of a round. */
export type AssessmentRoundKind = z.infer<typeof AssessmentRoundKind>;

/** A period of days, `from` ≤ `to`. */
export const AssessmentPeriod = defineSchema(() =>
  z.strictObject({ from: IsoDate, to: IsoDate }).check((ctx) => {
    const { from, to } = ctx.value;
    if (to < from)
      ctx.issues.push({ code: "custom", input: to, path: ["to"], params: { code: "invalid_period", from, to } });
  }),
);
/** A period of days. */
export type AssessmentPeriod = z.infer<typeof AssessmentPeriod>;

/**
 * A round: an instrument version asked over a period, of some leaderships (a self-assessment) or of the
 * participants of a meeting (an event poll).
 */
export const AssessmentRound = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      kind: AssessmentRoundKind,
      instrumentId: Id,
      instrumentVersion: z.int().min(1),
      title: ShortText,
      /** What the round is, and anything a reader of its results should know. */
      description: LongText.optional(),
      /** The period assessed, e.g. the year 2025. */
      period: AssessmentPeriod,
      /** The leaderships asked (self-assessment). Empty in an event poll, whose respondents are anonymous. */
      leadershipIds: z.array(Id),
      /** The meeting an event poll was asked at (`meetings[].id`), when it is recorded. */
      meetingId: Id.optional(),
      /** How many people were present when an event poll was asked: its coverage denominator. Unknown: absent. */
      participantCount: z.int().min(0).optional(),
      /** The first day answers are accepted. */
      opensAt: IsoDate,
      /** The last day answers are accepted. */
      closesAt: IsoDate,
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { opensAt, closesAt } = ctx.value;
      if (closesAt < opensAt)
        ctx.issues.push({
          code: "custom",
          input: closesAt,
          path: ["closesAt"],
          params: { code: "invalid_period", from: opensAt, to: closesAt },
        });
    }),
);
/** A round. */
export type AssessmentRound = z.infer<typeof AssessmentRound>;

export { DONT_KNOW };

/** One answer: a scale value or "don't know". No answer is the item's absence from `answers`. */
export const Answer = z.union([z.number(), z.literal(DONT_KNOW)]);
/** One answer. */
export type Answer = z.infer<typeof Answer>;

/**
 * A response to a round. In a self-assessment, a leadership (or one of its groupings) answers: `leadershipId`
 * is required and `(roundId, leadershipId, grouping)` is unique. In an event poll, a response is one
 * anonymous participant: it names no leadership and no grouping.
 */
export const AssessmentResponse = defineSchema(() =>
  z.strictObject({
    id: Id,
    roundId: Id,
    /** The leadership that answered (self-assessment); absent in an event poll. */
    leadershipId: Id.optional(),
    /** A grouping of the leadership that answered separately ("Norra länsdelen"); absent when the leadership answered as one. */
    grouping: ShortText.optional(),
    submittedAt: IsoDateTime,
    /** The answer per item id; an item left unanswered is absent. */
    answers: z.record(Id, Answer),
    /** A free text per item id, where the item allows one. */
    freeTexts: z.record(Id, LongText),
    ext: Ext.optional(),
  }),
);
/** A response. */
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;
