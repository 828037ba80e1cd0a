/**
 * Questions about an instrument itself: where it is in the profile, its scale, the maximum total it allows,
 * and findings about it (a declared maximum that disagrees with the computed one).
 */
import type { PathSegment, ValidationIssue } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Profile } from "../profile/schema.js";
import { createAssessmentIssue } from "./issues.js";
import type { Answer, Instrument, InstrumentItem } from "./schema.js";
import { DONT_KNOW } from "./constants.js";

/**
 * The instrument of the profile with this id and version, or `undefined`.
 *
 * @example
 * findInstrument(ws.profile, "dalarna-sjalvskattning", 1)?.items.length // 5
 */
export function findInstrument(profile: Profile, instrumentId: string, version: number): Instrument | undefined {
  return profile.assessment?.instruments.find((i) => i.id === instrumentId && i.version === version);
}

/**
 * The highest total a respondent can reach: the number of items times the scale's maximum (five items on
 * 1–5 give 25). Always computed from the instrument, never taken from `declaredMaxTotal`.
 *
 * @example
 * getMaxTotal(dalarnaInstrument) // 25
 */
export function getMaxTotal(instrument: Instrument): number {
  return instrument.items.length * instrument.scale.max;
}

/**
 * True when `value` is an answer the instrument accepts: a whole number on its scale, or "don't know"
 * where the instrument has that answer.
 *
 * @example
 * isValidAnswer(dalarnaInstrument, 3) // true
 * isValidAnswer(dalarnaInstrument, 3.5) // false: only groupings' means fall between steps
 */
export function isValidAnswer(instrument: Instrument, value: Answer): boolean {
  if (value === DONT_KNOW) return instrument.dontKnow !== undefined;
  return Number.isInteger(value) && value >= instrument.scale.min && value <= instrument.scale.max;
}

/**
 * The label of a scale value, or `undefined` for a value that is not a step (3.5).
 *
 * @example
 * getScaleLabel(dalarnaInstrument, 4)?.sv // "Stämmer bra"
 */
export function getScaleLabel(instrument: Instrument, value: number): LocalizedText | undefined {
  const { min, steps } = instrument.scale;
  return Number.isInteger(value) ? steps[value - min]?.label : undefined;
}

/** The item of an instrument with this id, or `undefined`. */
export function findInstrumentItem(instrument: Instrument, itemId: string): InstrumentItem | undefined {
  return instrument.items.find((item) => item.id === itemId);
}

/**
 * Findings about one instrument: data for the UI and the profile check, not errors. Today one finding: a
 * `declaredMaxTotal` that disagrees with the maximum computed from the items and the scale
 * (`declared_max_total_mismatch`, *Regional årsrapport 2025*, §2.2: "Maxpoängen … är 20 poäng" for five items on 1–5,
 * which give 25). The path points at `declaredMaxTotal` below `path`.
 *
 * Why a finding and not an invalid document: the declared value is a fact of the source (the county's own
 * tool says 20), and a profile that transcribes its source faithfully must still load. The model never uses
 * the declared value for anything; results carry the computed maximum and this finding beside it.
 *
 * @example
 * getInstrumentFindings(dalarnaInstrument, ["profile", "assessment", "instruments", 0])
 * // [{ path: "profile.assessment.instruments[0].declaredMaxTotal", code: "declared_max_total_mismatch", params: { declared: 20, computed: 25, … } }]
 */
export function getInstrumentFindings(instrument: Instrument, path: readonly PathSegment[] = []): ValidationIssue[] {
  const findings: ValidationIssue[] = [];
  const computed = getMaxTotal(instrument);
  if (instrument.declaredMaxTotal !== undefined && instrument.declaredMaxTotal !== computed) {
    findings.push(
      createAssessmentIssue([...path, "declaredMaxTotal"], "declared_max_total_mismatch", {
        instrument: instrument.id,
        version: instrument.version,
        declared: instrument.declaredMaxTotal,
        computed,
        items: instrument.items.length,
        min: instrument.scale.min,
        max: instrument.scale.max,
      }),
    );
  }
  return findings;
}

/**
 * Findings about every instrument of a profile, with paths from the workspace root
 * (`profile.assessment.instruments[0].declaredMaxTotal`). Empty for a profile without assessment settings.
 *
 * @example
 * getAssessmentProfileFindings(createDalarnaSampleWorkspace().profile).map((f) => f.code)
 * // ["declared_max_total_mismatch"]
 */
export function getAssessmentProfileFindings(profile: Profile): ValidationIssue[] {
  const instruments = profile.assessment?.instruments ?? [];
  return instruments.flatMap((instrument, index) =>
    getInstrumentFindings(instrument, ["profile", "assessment", "instruments", index]),
  );
}
