import { describe, expect, it } from "vitest";
import {
  STRUCTURE_MESSAGES,
  createFinding,
  worseStatus,
  worstStatus,
  type StructureReasonCode,
} from "@systemledning/core/structure";
import { SharedFindings } from "../../../packages/core/src/structure/messages.js";

/** Params as the questions pass them, for every reason. */
const SAMPLE_PARAMS = {
  name: "Socialtjänst",
  nameEn: "Social services",
  code: "2080",
  kind: "municipality",
  role: "sekreterare",
  roleEn: "secretary",
  count: 2,
  person: "Person A",
  required: 1,
  asOf: "2025-06-01",
  composition: "politiker",
  compositionEn: "politicians",
  months: 30,
  limit: 24,
  principal: "Falun",
} as const;

describe("STRUCTURE_MESSAGES", () => {
  it("gives every reason a Swedish and an English text with every value filled in", () => {
    const reasons = Object.keys(STRUCTURE_MESSAGES) as StructureReasonCode[];
    expect(reasons.length).toBeGreaterThan(20);
    for (const reason of reasons) {
      const message = STRUCTURE_MESSAGES[reason](SAMPLE_PARAMS);
      expect(message.sv.trim(), reason).not.toBe("");
      expect(message.en.trim(), reason).not.toBe("");
      expect(message.sv, reason).not.toMatch(/undefined|NaN|\$\{/);
      expect(message.en, reason).not.toMatch(/undefined|NaN|\$\{/);
      expect(message.sv, reason).not.toBe(message.en);
    }
  });
});

describe("worstStatus", () => {
  it("ranks missing over warning over info over ok, and is ok for nothing", () => {
    expect(worstStatus(["ok", "info"])).toBe("info");
    expect(worstStatus(["info", "warning", "ok"])).toBe("warning");
    expect(worstStatus(["warning", "missing"])).toBe("missing");
    expect(worstStatus([])).toBe("ok");
    expect(worseStatus("warning", "info")).toBe("warning");
  });
});

describe("SharedFindings", () => {
  it("makes a finding equal to createFinding's, once per reason and subject, frozen", () => {
    const shared = new SharedFindings();
    let calls = 0;
    const params = () => {
      calls += 1;
      return { name: "Polis", sectorId: "polis" };
    };
    const first = shared.get("missing", "required_sector_missing", "polis", params);
    const second = shared.get("missing", "required_sector_missing", "polis", params);
    expect(first).toEqual(createFinding("missing", "required_sector_missing", { name: "Polis", sectorId: "polis" }));
    expect(second).toBe(first);
    expect(calls).toBe(1);
    expect(Object.isFrozen(first) && Object.isFrozen(first.message) && Object.isFrozen(first.params)).toBe(true);
  });

  it("keeps subjects apart and never hands out a finding with another status", () => {
    const shared = new SharedFindings();
    const a = shared.get("info", "extra_sector_represented", "polis", () => ({ name: "Polis" }));
    const b = shared.get("info", "extra_sector_represented", "skolchef", () => ({ name: "Skolchef" }));
    expect(a.message.sv).toContain("Polis");
    expect(b.message.sv).toContain("Skolchef");
    expect(shared.get("warning", "extra_sector_represented", "polis", () => ({ name: "Polis" })).status).toBe(
      "warning",
    );
  });
});
