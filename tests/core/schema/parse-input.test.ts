/**
 * The commands' doors never throw either (docs/quality.md D10): a mark, a response, a round, a plan activity, a
 * check-in, a meeting intent or the report's options nested 100,000 levels deep in `ext`, cyclic, or with a
 * getter that throws, is refused with `too_deep`, `circular_reference` or `unreadable_value` at its path.
 */
import { describe, expect, it } from "vitest";
import { addAssessmentRound, safeParseAssessmentResponse } from "@systemledning/core/assessment";
import { scheduleMeeting } from "@systemledning/core/meetings";
import { addPlanActivity, parseAnnualReportOptions, recordCheckIn } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseSystemAnnotation } from "@systemledning/core/system-map";
import { isSystemledningError, type ValidationIssue } from "@systemledning/core/workspace";

const ws = createDalarnaSampleWorkspace();

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const cyclic = (): unknown => {
  const value: Record<string, unknown> = {};
  value.self = value;
  return value;
};

const throwing = (): unknown =>
  Object.defineProperty({}, "x", {
    enumerable: true,
    get() {
      throw new Error("nej");
    },
  });

/** The issues of a door given `ext`; fails when the door throws anything but a SystemledningError or accepts. */
type Door = (ext: unknown) => readonly ValidationIssue[];
const fromResult =
  (run: (ext: unknown) => { ok: boolean; error?: { issues: readonly ValidationIssue[] } }): Door =>
  (ext) => {
    const result = run(ext);
    if (result.ok) throw new Error("expected a refusal");
    return result.error!.issues;
  };

const DOORS: Record<string, [Door, string]> = {
  safeParseSystemAnnotation: [
    fromResult((ext) =>
      safeParseSystemAnnotation(ws, { id: "a-djup", kind: "works-well", target: { type: "node", id: "x" }, ext }),
    ),
    "ext",
  ],
  safeParseAssessmentResponse: [
    fromResult((ext) => safeParseAssessmentResponse(ws, { ...ws.assessmentResponses[0]!, ext })),
    "ext",
  ],
  addAssessmentRound: [
    fromResult((ext) => addAssessmentRound(ws, { ...ws.assessmentRounds[0]!, id: "ny", ext })),
    "ext",
  ],
  addPlanActivity: [
    fromResult((ext) => {
      const plan = ws.plans[0]!;
      const area = plan.focusAreas[0]!;
      return addPlanActivity(ws, {
        planId: plan.id,
        focusAreaId: area.id,
        activity: { ...area.activities[0]!, id: "ny", ext },
      });
    }),
    "activity.ext",
  ],
  recordCheckIn: [fromResult((ext) => recordCheckIn(ws, { ...ws.checkIns[0]!, id: "ny", ext })), "checkIn.ext"],
  scheduleMeeting: [
    fromResult((ext) =>
      scheduleMeeting(ws, { meeting: { ...ws.meetings[0]!, id: "ny", status: "planned", ext } } as never),
    ),
    "intent",
  ],
  parseAnnualReportOptions: [
    (ext) => {
      try {
        parseAnnualReportOptions({ year: 2025, texts: { title: ext } });
      } catch (error) {
        if (isSystemledningError(error)) return error.issues;
        throw error;
      }
      throw new Error("expected a refusal");
    },
    "options.texts.title",
  ],
};

describe("the commands' doors on values that are too deep, cyclic or unreadable", () => {
  for (const [name, [door, path]] of Object.entries(DOORS)) {
    it(`${name} refuses them with their path instead of throwing`, () => {
      expect(door(deep(100_000))[0]).toMatchObject({ code: "too_deep" });
      expect(door(deep(100_000))[0]!.path.startsWith(path)).toBe(true);
      expect(door(cyclic())[0]).toMatchObject({ code: "circular_reference" });
      expect(door(throwing())[0]).toMatchObject({ code: "unreadable_value" });
    });
  }
});
