/**
 * The national timeline generator (tests/fixtures/national-timeline.ts), the data of the Timeline component's
 * story and of `pnpm bench timeline`: valid at the door, a log that verifies, about 10,000 items in one year
 * across 30–60 forum lanes, and the same workspace for the same seed; and the fixtures' synchronous SHA-256
 * it seals the log with.
 */
import { describe, expect, it } from "vitest";
import { verifyLog } from "@systemledning/core/meetings";
import { getTimeline, groupTimeline, TIMELINE_ITEM_KINDS } from "@systemledning/core/timeline";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { createNationalTimelineWorkspace, NATIONAL_TIMELINE_YEAR } from "../../fixtures/national-timeline.js";
import { sha256Hex } from "../../fixtures/sha256.js";

const SEED = 20261122;
const year = { from: `${NATIONAL_TIMELINE_YEAR}-01-01`, to: `${NATIONAL_TIMELINE_YEAR}-12-31` };

describe("createNationalTimelineWorkspace", () => {
  it("passes the door, has a log that verifies with Web Crypto, and gives about 10,000 items of every kind in 30–60 forum lanes for the year", async () => {
    const ws = createNationalTimelineWorkspace({ seed: SEED });
    const parsed = safeParseWorkspace(ws);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect((await verifyLog(ws.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    const items = getTimeline(ws, year);
    expect(items.length).toBeGreaterThanOrEqual(8_000);
    expect(items.length).toBeLessThanOrEqual(12_000);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(TIMELINE_ITEM_KINDS));
    const lanes = groupTimeline(ws, items, { by: "forum" }).filter((lane) => lane.key !== "");
    expect(lanes.length).toBeGreaterThanOrEqual(30);
    expect(lanes.length).toBeLessThanOrEqual(60);
    expect(new Set(items.filter((i) => i.kind === "event").map((i) => i.eventScope))).toEqual(
      new Set(["regional", "local", "national"]),
    );
    expect(items.some((i) => i.status === "corrected")).toBe(true);
    expect(items.some((i) => i.status === "cancelled")).toBe(true);
    // Lanes do not all meet on the same days: the forums have rules of their own.
    const meetingDays = new Set(items.filter((i) => i.kind === "meeting").map((i) => i.date));
    expect(meetingDays.size).toBeGreaterThan(60);
  });

  it("makes the same workspace for the same seed, and another for another seed", () => {
    const [first, second, other] = [
      createNationalTimelineWorkspace({ seed: SEED }),
      createNationalTimelineWorkspace({ seed: SEED }),
      createNationalTimelineWorkspace({ seed: SEED + 1, counties: ["20"] }),
    ];
    expect(second).toEqual(first);
    expect(other.meetings.length).toBeLessThan(first.meetings.length);
    expect(other.events).not.toEqual(first.events);
  });
});

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 test vectors and Web Crypto's digest for text of every length around a block", async () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = "å".repeat(length);
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
      expect(sha256Hex(text)).toBe([...digest].map((b) => b.toString(16).padStart(2, "0")).join(""));
    }
  });
});
