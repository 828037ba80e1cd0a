/**
 * What the stories of the structure question views start from: the Dalarna and extreme samples (made once
 * here, not once per story file, since the views only read them) and the fixtures' days and ids, so each
 * story file holds only its meta and its stories.
 */
import { dalarnaStructureSample, extremeStructureSample } from "../../../tests/fixtures/structure-views.js";

export {
  EXTREME,
  kalmarStructureSample,
  KALMAR_AS_OF,
  STRUCTURE_AS_OF,
} from "../../../tests/fixtures/structure-views.js";

/** Dalarna's sample with its forums' seats, roles and substitutes. */
export const dalarna = dalarnaStructureSample();

/** The sample of extremes: an empty leadership, a forum of 60 seats with very long names. */
export const extreme = extremeStructureSample();
