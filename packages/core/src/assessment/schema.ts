/**
 * Schemas of the assessment module (DOMAIN.md §3): instruments (profile data), rounds and responses
 * (workspace collections). Each schema is also the type of the same name.
 */
import { z } from "zod";
import { Ext, Id, IsoDate, IsoDateTime, LocalizedText, LongText, ShortText } from "../common/primitives.js";

/** One step of a scale with its label (1 = Stämmer inte alls … 5 = Stämmer mycket bra). */
export const ScaleStep = z.strictObject({ value: z.int(), label: LocalizedText });
/** One step of a scale. */
export type ScaleStep = z.infer<typeof ScaleStep>;

/** An item (statement) of an instrument, tied to a delmål or other goal. */
export const InstrumentItem = z.strictObject({
  id: Id,
  goalId: Id.optional(),
  statement: LocalizedText,
  /** Whether a free text may be given for the item. */
  freeText: z.boolean(),
});
/** An item of an instrument. */
export type InstrumentItem = z.infer<typeof InstrumentItem>;

/** A versioned instrument: the Dalarna self-assessment tool, or an event poll's single 1–10 question. */
export const Instrument = z.strictObject({
  id: Id,
  version: z.int().min(1),
  name: LocalizedText,
  items: z.array(InstrumentItem).min(1),
  scale: z.strictObject({ min: z.int(), max: z.int(), steps: z.array(ScaleStep) }),
  /** The label of the "don't know" answer when it is allowed. */
  dontKnow: LocalizedText.optional(),
  /** The maximum total the source declares; a disagreement with the computed one is a finding. */
  declaredMaxTotal: z.int().optional(),
});
/** A versioned instrument. */
export type Instrument = z.infer<typeof Instrument>;

/** Assessment settings of a profile. */
export const AssessmentProfileSettings = z.strictObject({
  instruments: z.array(Instrument),
  /** Share of asked leaderships that must answer before rounds are compared over time (0–1). */
  minComparableCoverage: z.number().min(0).max(1),
});
/** Assessment settings of a profile. */
export type AssessmentProfileSettings = z.infer<typeof AssessmentProfileSettings>;

/** A round: an instrument version asked of some leaderships over a period. */
export const AssessmentRound = z.strictObject({
  id: Id,
  instrumentId: Id,
  instrumentVersion: z.int().min(1),
  title: ShortText,
  /** The period assessed, e.g. the year 2025. */
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  leadershipIds: z.array(Id),
  opensAt: IsoDate,
  closesAt: IsoDate,
  ext: Ext.optional(),
});
/** A round. */
export type AssessmentRound = z.infer<typeof AssessmentRound>;

/** One answer: a scale value, "don't know", or none (the item is absent from `answers`). */
export const Answer = z.union([z.number(), z.literal("dont-know")]);
/** One answer. */
export type Answer = z.infer<typeof Answer>;

/** A response of a leadership (or one of its groupings) to a round. */
export const AssessmentResponse = z.strictObject({
  id: Id,
  roundId: Id,
  leadershipId: Id,
  /** A grouping of the leadership that answered separately; absent when the leadership answered as one. */
  grouping: ShortText.optional(),
  submittedAt: IsoDateTime,
  answers: z.record(Id, Answer),
  freeTexts: z.record(Id, LongText),
  ext: Ext.optional(),
});
/** A response. */
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;
