import { describe, expect, it } from "vitest";
import { diffJson, formatDiffPath } from "@systemledning/core/workspace";

const meeting = (id: string, status: string, attendance: { membershipId: string; status: string }[] = []) => ({
  id,
  status,
  notes: { status },
  attendance,
});

describe("diffJson", () => {
  it("names a changed record by its id, not its position, so an item added before it moves nothing", () => {
    const before = { meetings: [meeting("m-1", "held"), meeting("m-2", "held")] };
    const after = {
      meetings: [
        meeting("m-0", "planned"),
        meeting("m-1", "held"),
        { ...meeting("m-2", "held"), notes: { status: "approved" } },
      ],
    };
    expect(diffJson(before, after).map((c) => c.path)).toEqual(["meetings[id=m-2].notes.status", "meetings[id=m-0]"]);
  });

  it("matches attendance by membershipId, reports a removed key, and gives the values before and after", () => {
    const before = {
      m: meeting("m-1", "held", [
        { membershipId: "a", status: "present" },
        { membershipId: "b", status: "absent" },
      ]),
      x: 1,
    };
    const after = {
      m: meeting("m-1", "held", [
        { membershipId: "b", status: "present" },
        { membershipId: "a", status: "present" },
      ]),
    };
    const changes = diffJson(before, after);
    expect(changes.map((c) => c.path)).toEqual(["m.attendance", "m.attendance[membershipId=b].status", "x"]);
    expect(changes[1]).toMatchObject({ before: "absent", after: "present" });
    expect(changes[2]).toMatchObject({ before: 1, after: undefined });
  });

  it("treats an array without keys as one value, and finds nothing in equal values or a shared subtree", () => {
    const shared = { deep: [1, 2, 3] };
    expect(diffJson({ months: [1, 2], shared }, { months: [1, 3], shared }).map((c) => c.path)).toEqual(["months"]);
    expect(diffJson({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } })).toEqual([]);
  });

  it("formats segments as the clash's paths", () => {
    expect(formatDiffPath(["meetings", { key: "id", value: "m-1" }, "notes", "status"])).toBe(
      "meetings[id=m-1].notes.status",
    );
  });
});
