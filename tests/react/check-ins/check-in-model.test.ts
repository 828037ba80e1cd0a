/**
 * The check-in form's model: the fields in the page's order, the check-in built from what is typed (per cent to a
 * share, empty answers left out, a word that is no number passed on for the core to refuse), and the field an issue's
 * path names.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { recordCheckIn } from "@systemledning/core/plan";
import { describe, expect, it } from "vitest";
import {
  checkInFieldKeys,
  checkInOfValues,
  fieldOfCheckInPath,
  newCheckInId,
  prefilledValues,
  type CheckInFieldKey,
} from "../../../packages/react/src/check-ins/check-in-model.js";

const ws = createDalarnaSampleWorkspace();
const plan = ws.plans.find((p) => p.id === "plan-lokal-falun")!;
const prefilled = prefilledValues(ws, plan, "ls-falun", "2026-05-13");

describe("checkInOfValues", () => {
  it("turns a typed per cent with a decimal comma into a share and leaves empty answers out", () => {
    const typed: Partial<Record<CheckInFieldKey, string>> = {
      "activity:akt-falun-smagrupper:progress": "62,5 %",
      "followUp.lessons": "  Tidigt.  ",
      "followUp.visionRating": "4",
    };
    const value = (key: CheckInFieldKey) => typed[key] ?? prefilled[key] ?? "";
    const checkIn = checkInOfValues(ws, plan, "ls-falun", value);
    expect(checkIn.followUp).toEqual({ lessons: "Tidigt.", visionRating: 4 });
    expect(checkIn.activityStatuses).toContainEqual({
      activityId: "akt-falun-smagrupper",
      status: "ongoing",
      progress: 0.625,
      rag: "amber",
      comment: "Schemaläggningen tar längre tid än väntat.",
    });
    expect(recordCheckIn(ws, checkIn).ok).toBe(true);
  });

  it("passes a share that is no number to the core, which refuses it at that activity's field", () => {
    const value = (key: CheckInFieldKey) =>
      key === "activity:akt-falun-hemgangsteam:progress" ? "hälften" : (prefilled[key] ?? "");
    const result = recordCheckIn(ws, checkInOfValues(ws, plan, "ls-falun", value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.error.issues.map((issue) => fieldOfCheckInPath(issue.pathSegments, plan));
    expect(fields).toEqual(["activity:akt-falun-hemgangsteam:progress"]);
  });
});

describe("checkInFieldKeys and newCheckInId", () => {
  it("lists the period, each activity's four parts and the six follow-up answers", () => {
    expect(checkInFieldKeys(plan)).toHaveLength(3 + 2 * 4 + 6);
  });

  it("gives a new id, never one taken", () => {
    expect(newCheckInId(ws, "ls-falun", "2026-03-01")).toBe("ci-ls-falun-2026-03-01");
    const taken = { ...ws, checkIns: [...ws.checkIns, { ...ws.checkIns[0]!, id: "ci-ls-falun-2026-03-01" }] };
    expect(newCheckInId(taken, "ls-falun", "2026-03-01")).toBe("ci-ls-falun-2026-03-01-2");
  });
});
