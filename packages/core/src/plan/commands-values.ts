/**
 * The command that puts fetched indicator values into the workspace: the values of some indicators are replaced
 * as a whole (a fetch from Kolada replaces the sample's), the others are kept. Pure, and validated at the door with
 * the module's schemas and the same reference rules as the workspace's door.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { err, ok } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import { IsoDateTime } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import type { PlanCommandResult } from "./commands.js";
import { indicatorValueChecks } from "./references.js";
import { IndicatorValue } from "./schema.js";
import * as z from "zod";

/** The intent of {@link replaceIndicatorValues}. */
export interface ReplaceIndicatorValuesInput {
  /** The new values; each is validated with {@link IndicatorValue} (paths start at `values`). */
  readonly values: unknown;
  /**
   * The indicators whose values are replaced: every value of these goes, and `values` come in. Each must be an
   * indicator of the profile, and every value must belong to one of them. @default the indicators of `values`
   */
  readonly indicatorIds?: readonly string[];
  /** When the values were fetched (ISO 8601 with offset): set in each value's source that lacks it. */
  readonly retrievedAt?: string;
}

const IndicatorValues = z.array(IndicatorValue);
const IndicatorIds = z.array(z.string().min(1));

const fail = (issues: readonly ValidationIssue[]): PlanCommandResult =>
  err(new SystemledningError("invalidInput", issues));

/**
 * Replace the values of some indicators with new ones, keeping every other indicator's values where they were.
 * Refused with every issue (path, code, Swedish and English text) when a value is malformed, names an indicator
 * outside `indicatorIds` or the profile, an organisation the profile does not know (or `0000`), or repeats an
 * (indicator, organisation, year, gender); the workspace given is never changed.
 *
 * @example
 * const result = replaceIndicatorValues(ws, { values: fetched.values, indicatorIds: fetched.indicatorIds,
 *   retrievedAt: "2026-05-13T09:30:00+02:00" });
 * if (result.ok) save(result.value); else show(result.error.issues);
 */
export function replaceIndicatorValues(ws: Workspace, input: ReplaceIndicatorValuesInput): PlanCommandResult {
  const parsed = parseInput(IndicatorValues, input.values, ["values"]);
  if (!parsed.ok) return fail(parsed.error);
  const values = parsed.value;
  const issues: ValidationIssue[] = [];

  let retrievedAt: string | undefined;
  if (input.retrievedAt !== undefined) {
    const at = parseInput(IsoDateTime, input.retrievedAt, ["retrievedAt"]);
    if (at.ok) retrievedAt = at.value;
    else issues.push(...at.error);
  }

  const profileIndicators = new Set((ws.profile.followUp?.indicators ?? []).map((i) => i.id));
  let replaced: Set<string>;
  if (input.indicatorIds === undefined) {
    replaced = new Set(values.map((v) => v.indicatorId));
  } else {
    const ids = parseInput(IndicatorIds, input.indicatorIds, ["indicatorIds"]);
    if (!ids.ok) return fail([...issues, ...ids.error]);
    replaced = new Set(ids.value);
    ids.value.forEach((id, i) => {
      if (!profileIndicators.has(id))
        issues.push(
          createIssue(["indicatorIds", i], "dangling_reference", { id, collection: "profile.followUp.indicators" }),
        );
    });
  }

  const checkValue = indicatorValueChecks(ws, "values", issues);
  values.forEach((value, i) => {
    if (!profileIndicators.has(value.indicatorId))
      issues.push(
        createIssue(["values", i, "indicatorId"], "dangling_reference", {
          id: value.indicatorId,
          collection: "profile.followUp.indicators",
        }),
      );
    else if (!replaced.has(value.indicatorId))
      issues.push(
        createIssue(["values", i, "indicatorId"], "invalid_value", {
          allowed: [...replaced].map((id) => JSON.stringify(id)).join(", "),
        }),
      );
    checkValue(value, i);
  });
  if (issues.length > 0) return fail(issues);

  const stamped =
    retrievedAt === undefined
      ? values
      : values.map((value) =>
          value.source === undefined || value.source.retrievedAt !== undefined
            ? value
            : { ...value, source: { ...value.source, retrievedAt } },
        );
  const kept = ws.indicatorValues.filter((value) => !replaced.has(value.indicatorId));
  return ok({ ...ws, indicatorValues: [...kept, ...stamped] });
}
