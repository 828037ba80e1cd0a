import { describe, expect, it, vi } from "vitest";
import { updateMeeting, verifyLog } from "@systemledning/core/meetings";
import {
  createMemoryStore,
  isSystemledningError,
  isWorkspaceClash,
  isWorkspaceConflictError,
  resolveWorkspaceClash,
  updateWorkspace,
  type UpdateWorkspaceResult,
  type WorkspaceClash,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { APPROVABLE, approve, mark, respond, retitle, sample } from "./two-writers.js";

const MEETING = "mt-falun-2026-04-09";

function clashOf(result: UpdateWorkspaceResult): WorkspaceClash {
  expect(result.ok).toBe(false);
  if (result.ok || !isWorkspaceClash(result.error)) throw new Error(`not a clash: ${JSON.stringify(result)}`);
  return result.error;
}

/** A store where `interfere` saves on the same store right before each save, so every save is stale. */
function contested(store: WorkspaceStore, interfere: () => Promise<unknown>): WorkspaceStore & { saves: number } {
  const wrapped = {
    saves: 0,
    load: (options?: Parameters<WorkspaceStore["load"]>[0]) => store.load(options),
    async save(...args: Parameters<WorkspaceStore["save"]>) {
      wrapped.saves++;
      await interfere();
      return store.save(...args);
    },
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    getStored: store.getStored,
  };
  return wrapped;
}

describe("updateWorkspace", () => {
  it("applies a change and saves it on the stored revision", async () => {
    const store = createMemoryStore(sample);
    const result = await updateWorkspace(store, respond(0, 0).change);
    expect(result).toMatchObject({ ok: true, attempts: 1, value: { revision: "2" } });
    expect(respond(0, 0).isIn(store.getSnapshot()!)).toBe(true);
  });

  it("loads first when the store holds no snapshot yet, and refuses when nothing is stored", async () => {
    const loading = createMemoryStore(sample);
    const load = vi.spyOn(loading, "getStored").mockReturnValueOnce(null);
    expect((await updateWorkspace(loading, mark(0, 0).change)).ok).toBe(true);
    expect(load).toHaveBeenCalled();
    const empty = await updateWorkspace(createMemoryStore(), mark(0, 0).change);
    expect(!empty.ok && isSystemledningError(empty.error) && empty.error.issues[0]?.code).toBe("workspace_missing");
  });

  it("returns the change's own refusal and saves nothing", async () => {
    const store = createMemoryStore(sample);
    const refused = await updateWorkspace(store, approve("mt-lchnv-2025-02-07").change);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && isSystemledningError(refused.error) && refused.error.issues.map((i) => i.code)).toContain(
      "invalid_transition",
    );
    expect(store.getStored()?.revision).toBe("1");
  });

  it("runs the change again on the newer document when another writer saved in between", async () => {
    const store = createMemoryStore(sample);
    const change = vi.fn(respond(1, 0).change);
    const [first, second] = await Promise.all([
      updateWorkspace(store, mark(0, 0).change),
      updateWorkspace(store, change),
    ]);
    expect(first).toMatchObject({ ok: true, attempts: 1 });
    expect(second).toMatchObject({ ok: true, attempts: 2 });
    expect(change).toHaveBeenCalledTimes(2);
    const final = store.getSnapshot()!;
    expect(mark(0, 0).isIn(final) && respond(1, 0).isIn(final)).toBe(true);
  });

  it("keeps both approvals of different meetings: the log entries numbered by position are numbered again", async () => {
    const store = createMemoryStore(sample);
    const results = await Promise.all(APPROVABLE.map((id) => updateWorkspace(store, approve(id).change)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const final = store.getStored()!;
    expect(APPROVABLE.every((id) => approve(id).isIn(final.workspace))).toBe(true);
    expect((await verifyLog(final.workspace.decisionLog, { expectedHead: final.logHead })).valid).toBe(true);
  });

  it("gives a clash with both versions when both approved the same notes", async () => {
    const store = createMemoryStore(sample);
    const times = ["2026-06-01T10:00:00+02:00", "2026-06-02T10:00:00+02:00"] as const;
    const results = await Promise.all(times.map((at) => updateWorkspace(store, approve(MEETING, at).change)));
    // Both start at once and each hashes its log entry asynchronously, so either may save first (under load the
    // second often does): exactly one saves, and the other gets the clash, whichever that is.
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const winner = results.findIndex((result) => result.ok);
    const clash = clashOf(results[1 - winner]!);
    expect(clash.reason).toBe("conflict");
    expect(clash.refusal?.issues.map((i) => i.code)).toContain("invalid_transition");
    expect(clash.mine.meetings.find((m) => m.id === MEETING)?.approvedAt).toBe(times[1 - winner]);
    expect(clash.theirs.workspace.meetings.find((m) => m.id === MEETING)?.approvedAt).toBe(times[winner]);
    expect(clash.paths).toContain(`meetings[id=${MEETING}].approvedAt`);
    expect(clash.messages.sv).toContain("Någon annan");
    expect(store.getStored()?.revision).toBe("2");
    // The log never loses an entry: keeping mine would rewrite theirs, so only theirs can be kept.
    const mine = await resolveWorkspaceClash(store, clash, "mine");
    expect(!mine.ok && isSystemledningError(mine.error) && mine.error.issues[0]?.code).toBe("log_rewritten");
  });

  it("gives a clash when both changed the same text to different values, and none when to the same", async () => {
    const store = createMemoryStore(sample);
    const [a, b] = await Promise.all([
      updateWorkspace(store, retitle(MEETING, "Ledningsgruppen i april").change),
      updateWorkspace(store, retitle(MEETING, "Aprilmötet").change),
    ]);
    expect(a.ok).toBe(true);
    const clash = clashOf(b);
    expect(clash.paths).toEqual([`meetings[id=${MEETING}].title`]);
    expect(clash.refusal).toBeUndefined();
    const same = await Promise.all([
      updateWorkspace(store, retitle(MEETING, "Samma titel").change),
      updateWorkspace(store, retitle(MEETING, "Samma titel").change),
    ]);
    expect(same.map((r) => r.ok)).toEqual([true, true]);
  });

  it("resolves a clash: theirs saves nothing, mine keeps mine and what the others changed elsewhere", async () => {
    const store = createMemoryStore(sample);
    const base = store.getStored()!;
    const theirsFirst = await updateWorkspace(store, async (ws) => {
      const titled = await retitle(MEETING, "Deras titel").change(ws);
      return titled.ok ? mark(0, 0).change(titled.value) : titled;
    });
    expect(theirsFirst.ok).toBe(true);
    // A writer that still holds the first revision, as another tab would.
    const stale: WorkspaceStore = { ...store, getStored: () => base };
    const clash = clashOf(await updateWorkspace(stale, retitle(MEETING, "Min titel").change));
    expect(clash.paths).toEqual([`meetings[id=${MEETING}].title`]);
    const theirs = await resolveWorkspaceClash(store, clash, "theirs");
    expect(theirs).toMatchObject({ ok: true, value: { revision: "2" } });
    expect(store.getStored()?.revision).toBe("2");
    const mine = await resolveWorkspaceClash(store, clash, "mine");
    expect(mine).toMatchObject({ ok: true, value: { revision: "3" } });
    expect(retitle(MEETING, "Min titel").isIn(store.getSnapshot()!)).toBe(true);
    expect(mark(0, 0).isIn(store.getSnapshot()!)).toBe(true);
  });

  it("gives a clash, not a silent loss, when running a change again would undo another writer's entry", async () => {
    const held = "mt-vasterbergslagen-2026-03-12";
    const store = createMemoryStore(sample);
    const base = store.getStored()!;
    const attendance = base.workspace.meetings.find((m) => m.id === held)!.attendance;
    expect(attendance.length).toBeGreaterThan(1);
    // Two secretaries' forms, each built from the attendance as it was, each marking one member absent.
    const absent = (i: number) =>
      attendance.map((a, j) => (j === i ? { membershipId: a.membershipId, status: "absent" as const } : a));
    const first = await updateWorkspace(store, (ws) =>
      updateMeeting(ws, { meetingId: held, changes: { attendance: absent(0) } }),
    );
    expect(first.ok).toBe(true);
    const stale: WorkspaceStore = { ...store, getStored: () => base };
    const clash = clashOf(
      await updateWorkspace(stale, (ws) => updateMeeting(ws, { meetingId: held, changes: { attendance: absent(1) } })),
    );
    expect(clash.paths).toEqual([
      `meetings[id=${held}].attendance[membershipId=${attendance[0]!.membershipId}].status`,
    ]);
    expect(store.getStored()?.revision).toBe("2");
    // Keeping mine applies my mark over theirs: both members are absent.
    expect((await resolveWorkspaceClash(store, clash, "mine")).ok).toBe(true);
    const kept = store.getSnapshot()!.meetings.find((m) => m.id === held)!.attendance;
    expect(kept.slice(0, 2).map((a) => a.status)).toEqual(["absent", "absent"]);
  });

  it("gives up after maxAttempts saves with the store's conflict error", async () => {
    const inner = createMemoryStore(sample);
    let n = 0;
    const store = contested(inner, () => updateWorkspace(inner, mark(9, n++).change));
    const change = vi.fn(respond(0, 0).change);
    const result = await updateWorkspace(store, change, { maxAttempts: 3 });
    expect(result.ok).toBe(false);
    expect(!result.ok && isWorkspaceConflictError(result.error)).toBe(true);
    expect(store.saves).toBe(3);
    expect(change).toHaveBeenCalledTimes(3);
    const defaults = contested(inner, () => updateWorkspace(inner, mark(8, n++).change));
    expect((await updateWorkspace(defaults, respond(0, 1).change)).ok).toBe(false);
    expect(defaults.saves).toBe(5);
  });

  it("waits a randomised, growing backoff after each conflict (decorrelated jitter), none before the first save or after the last", async () => {
    const inner = createMemoryStore(sample);
    let n = 0;
    const store = contested(inner, () => updateWorkspace(inner, mark(9, n++).change, { backoffMs: 0 }));
    const waits: number[] = [];
    const draws = [0.5, 1, 0, 0.99];
    const result = await updateWorkspace(store, respond(0, 0).change, {
      maxAttempts: 4,
      backoffMs: 10,
      maxBackoffMs: 50,
      random: () => draws.shift()!,
      delay: async (ms) => void waits.push(ms),
    });
    expect(!result.ok && isWorkspaceConflictError(result.error)).toBe(true);
    expect(store.saves).toBe(4);
    // [10, 3×10] at 0.5 → 20; [10, 3×20] at 1 → 60, capped at 50; [10, 150] at 0 → 10.
    expect(waits).toEqual([20, 50, 10]);
    const none: number[] = [];
    await updateWorkspace(
      contested(inner, () => updateWorkspace(inner, mark(8, n++).change, { backoffMs: 0 })),
      respond(0, 1).change,
      {
        maxAttempts: 2,
        backoffMs: 0,
        delay: async (ms) => void none.push(ms),
      },
    );
    expect(none).toEqual([]);
  });

  it("stops during a backoff's wait when its signal aborts, and saves nothing more", async () => {
    const inner = createMemoryStore(sample);
    const controller = new AbortController();
    const store = contested(inner, () => updateWorkspace(inner, mark(9, store.saves).change, { backoffMs: 0 }));
    const pending = updateWorkspace(store, respond(0, 0).change, {
      signal: controller.signal,
      backoffMs: 60_000,
      maxBackoffMs: 60_000,
    });
    setTimeout(() => controller.abort(new Error("avbrutet i väntan")), 20);
    const started = Date.now();
    await expect(pending).rejects.toThrow("avbrutet i väntan");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(store.saves).toBe(1);
    expect(respond(0, 0).isIn(inner.getSnapshot()!)).toBe(false);
  });

  it("stops when its signal aborts, before or between attempts", async () => {
    const store = createMemoryStore(sample);
    const aborted = AbortSignal.abort(new Error("avbrutet"));
    await expect(updateWorkspace(store, mark(0, 0).change, { signal: aborted })).rejects.toThrow("avbrutet");
    const controller = new AbortController();
    const contestedStore = contested(store, async () => {
      await updateWorkspace(store, mark(1, contestedStore.saves).change);
      controller.abort(new Error("avbrutet under tiden"));
    });
    await expect(updateWorkspace(contestedStore, respond(0, 0).change, { signal: controller.signal })).rejects.toThrow(
      "avbrutet under tiden",
    );
    expect(respond(0, 0).isIn(store.getSnapshot()!)).toBe(false);
  });
});
