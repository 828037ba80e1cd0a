import { describe, expect, it } from "vitest";
import { parseWorkspace, safeParseWorkspace } from "@systemledning/core/workspace";

describe("parseWorkspace", () => {
  it("reports an unknown field with its path", () => {
    const r = safeParseWorkspace({ schema: "systemledning/workspace", version: 1, profile: {}, organisations: [], people: [], leaderships: [], forums: [], memberships: [{ id: "m1", bogus: 1 }], charters: [], extra: 1 });
    expect(r.success).toBe(false);
    if (!r.success) console.log(r.error.issues.map((i) => `${i.path} ${i.code} ${i.message.en}`).join("\n"));
  });
  it("rejects the future", () => {
    expect(() => parseWorkspace({ schema: "systemledning/workspace", version: 99 })).toThrow(/version 99/);
  });
});
