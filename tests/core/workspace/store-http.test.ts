/**
 * createHttpStore against a real `node:http` server that keeps the contract in memory
 * (tests/fixtures/http-workspace-server.ts), through the platform's own `fetch`: revisions from ETags, If-Match
 * and If-None-Match, 412 as a conflict, 422 as the door's issues, and faults injected on the wire (a dropped
 * connection, 503, 429 with Retry-After, a slow answer, a save whose answer is lost, an abort).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHttpStore,
  isSystemledningError,
  isWorkspaceConflictError,
  serializeWorkspace,
  type HttpStoreFetch,
  type HttpStoreOptions,
  type StoredWorkspace,
  type Workspace,
} from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { startWorkspaceServer, type WorkspaceTestServer } from "../../fixtures/http-workspace-server.js";
import { describeStoreRevisionContract } from "./store-contract.js";
import { defaultHttpDelay } from "../../../packages/core/src/workspace/store-http-request.js";

const first: Workspace = createNationalWorkspace({ seed: 3, counties: ["20"] });
const second: Workspace = createNationalWorkspace({ seed: 4, counties: ["08"] });
const withLog: Workspace = createDalarnaSampleWorkspace();

const platformFetch: HttpStoreFetch = (url, init) => fetch(url, init);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: WorkspaceTestServer;
beforeAll(async () => {
  server = await startWorkspaceServer();
});
afterAll(() => server.close());

let counter = 0;
const newId = (): string => `ws-${++counter}`;
const requestsTo = (id: string) => server.requests.filter((request) => request.path === `/workspaces/${id}`);

/** A store on `id` whose waits between attempts are recorded, not slept. */
function storeOn(id: string, options: Partial<HttpStoreOptions> = {}) {
  const waits: number[] = [];
  const store = createHttpStore({
    url: server.url(id),
    fetch: platformFetch,
    delay: async (ms) => void waits.push(ms),
    ...options,
  });
  return { store, waits };
}

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

/** A `fetch` that changes the headers of the answers (`null` hides one), as a proxy or another server might. */
function rewritingHeaders(
  change: (name: string, value: string | null, method: string) => string | null,
): HttpStoreFetch {
  return async (url, init) => {
    const response = await fetch(url, init);
    return {
      status: response.status,
      text: () => response.text(),
      headers: { get: (name) => change(name.toLowerCase(), response.headers.get(name), init.method) },
    };
  };
}

describe("createHttpStore: the contract", () => {
  it("makes no request until asked", async () => {
    let calls = 0;
    const store = createHttpStore({ url: server.url(newId()), fetch: (url, init) => (calls++, fetch(url, init)) });
    store.subscribe(() => undefined);
    expect([calls, store.getSnapshot(), store.getStored()]).toEqual([0, null, null]);
    await store.load();
    expect(calls).toBe(1);
  });

  it("loads null on 404, asking for JSON", async () => {
    const id = newId();
    const { store } = storeOn(id);
    expect(await store.load()).toBeNull();
    expect(store.getSnapshot()).toBeNull();
    expect(store.getStored()).toBeNull();
    expect(requestsTo(id)).toMatchObject([{ method: "GET", headers: { accept: "application/json" }, status: 404 }]);
  });

  it("creates with If-None-Match: *, sending the canonical text, and takes the revision from the ETag", async () => {
    const id = newId();
    const { store } = storeOn(id);
    const saved = await store.save(first, { baseRevision: null });
    const held = server.current(id)!;
    expect(saved).toMatchObject({ workspace: first, revision: held.revision, logHead: null });
    expect(held.revision).toMatch(/^r\d+$/u);
    expect(store.getSnapshot()).toBe(first);
    expect(store.getStored()).toBe(saved);
    const [put] = requestsTo(id);
    expect(put).toMatchObject({
      method: "PUT",
      headers: { "if-none-match": "*", "content-type": "application/json" },
      body: serializeWorkspace(first),
      status: 201,
    });
    expect(put!.headers["if-match"]).toBeUndefined();
  });

  it("saves over a revision with If-Match, and a second store loads it back with the same revision and head", async () => {
    const id = newId();
    const { store } = storeOn(id);
    const created = await store.save(first, { baseRevision: null });
    const saved = await store.save(withLog, { baseRevision: created.revision });
    expect(requestsTo(id)[1]!.headers["if-match"]).toBe(`"${created.revision}"`);
    expect(saved).toMatchObject({ workspace: withLog, logHead: withLog.decisionLog.at(-1)!.hash });
    expect(saved.revision).not.toBe(created.revision);
    const reader = storeOn(id).store;
    const loaded = await reader.load();
    expect(loaded).toMatchObject({ revision: saved.revision, logHead: saved.logHead });
    expect(serializeWorkspace(loaded!.workspace)).toBe(serializeWorkspace(withLog));
    expect(reader.getStored()).toBe(loaded);
  });

  it("reads the log head from X-Log-Head and verifies the log against it: an entry cut from the end is found", async () => {
    const id = newId();
    const cut = { ...withLog, decisionLog: withLog.decisionLog.slice(0, -1) };
    server.seedRaw(id, serializeWorkspace(cut), withLog.decisionLog.at(-1)!.hash);
    const error = await rejection(storeOn(id).store.load());
    expect(error).toMatchObject({ reason: "invalidDocument", issues: [{ code: "log_head_mismatch" }] });
    const whole = newId();
    server.seed(whole, withLog);
    expect((await storeOn(whole).store.load())?.logHead).toBe(withLog.decisionLog.at(-1)!.hash);
  });

  it("treats a weak ETag and a strong one as the same revision, and sends it back quoted", async () => {
    const id = newId();
    const weakening = rewritingHeaders((name, value) => (name === "etag" && value !== null ? `W/${value}` : value));
    const { store } = storeOn(id, { fetch: weakening });
    const created = await store.save(first, { baseRevision: null });
    expect(created.revision).toBe(server.current(id)!.revision);
    expect((await store.load())?.revision).toBe(created.revision);
    await store.save(second, { baseRevision: created.revision });
    expect(requestsTo(id)[2]!.headers["if-match"]).toBe(`"${created.revision}"`);
  });

  it("rejects a stale save with a WorkspaceConflictError carrying what the server holds (412)", async () => {
    const id = newId();
    const alice = storeOn(id).store;
    const bob = storeOn(id).store;
    const created = await alice.save(first, { baseRevision: null });
    await bob.load();
    const newer = await alice.save(second, { baseRevision: created.revision });
    const error = await rejection(bob.save(withLog, { baseRevision: created.revision }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    const latest = (error as { latest: StoredWorkspace }).latest;
    expect(latest.revision).toBe(newer.revision);
    expect(serializeWorkspace(latest.workspace)).toBe(serializeWorkspace(second));
    expect(error).toMatchObject({ reason: "conflict" });
    expect(server.current(id)!.revision).toBe(newer.revision);
    expect(bob.getStored()?.revision).toBe(created.revision);
  });

  it("rejects a create when the server already holds a document (If-None-Match: * answered 412)", async () => {
    const id = newId();
    server.seed(id, first);
    const error = await rejection(storeOn(id).store.save(second, { baseRevision: null }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    expect((error as { latest: StoredWorkspace }).latest.revision).toBe(server.current(id)!.revision);
  });

  it("rejects a document the server refuses (422) with the server's issues, reason invalidDocument", async () => {
    const id = newId();
    const broken = {
      ...first,
      people: first.people.map((person, index) => (index === 1 ? { ...person, name: 42 } : person)),
    } as unknown as Workspace;
    const error = await rejection(storeOn(id).store.save(broken, { baseRevision: null }));
    expect(isSystemledningError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: "invalidDocument",
      issues: [{ path: "people[1].name", code: "invalid_type", message: { sv: expect.any(String) } }],
    });
    expect(server.current(id)).toBeUndefined();
  });

  it.each([
    ["an HTML page", "<html><body>Fel</body></html>"],
    ["issues without messages", JSON.stringify({ issues: [{ path: "people[1].name", code: "invalid_type" }] })],
    ["no issues", JSON.stringify({ issues: [] })],
  ])("says so when a 422 answer is not a list of issues (%s)", async (_, body) => {
    const id = newId();
    server.inject({ kind: "status", method: "PUT", status: 422, body });
    const error = await rejection(storeOn(id).store.save(first, { baseRevision: null }));
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_malformed_answer" }] });
    expect((error as Error).message).toContain("{ issues }");
  });

  it("refuses to send a log that does not extend the one loaded, so a plain file server cannot lose an entry", async () => {
    const id = newId();
    server.seed(id, withLog);
    const { store } = storeOn(id);
    const loaded = (await store.load())!;
    const rewritten = { ...withLog, decisionLog: withLog.decisionLog.slice(0, -1) };
    const error = await rejection(store.save(rewritten, { baseRevision: loaded.revision }));
    expect(error).toMatchObject({ reason: "invalidDocument", issues: [{ code: "log_rewritten" }] });
    expect(requestsTo(id).map((request) => request.method)).toEqual(["GET"]);
  });

  it("notifies subscribers after a load and a save, and keeps a slower earlier load from bringing back an older document", async () => {
    const id = newId();
    const seeded = server.seed(id, first);
    const slowReads: HttpStoreFetch = async (url, init) => {
      const response = await fetch(url, init);
      if (init.method === "GET") await sleep(300);
      return response;
    };
    const { store } = storeOn(id, { fetch: slowReads });
    const seen: (Workspace | null)[] = [];
    store.subscribe((ws) => seen.push(ws));
    const loading = store.load();
    await sleep(50);
    const saved = await store.save(second, { baseRevision: seeded.revision });
    const loaded = await loading;
    expect(loaded?.revision).toBe(seeded.revision);
    expect(store.getStored()).toBe(saved);
    expect(seen).toEqual([second]);
    await store.load();
    expect(seen).toHaveLength(2);
    expect(serializeWorkspace(seen[1]!)).toBe(serializeWorkspace(second));
  });

  it("reads the document back when a save is answered without an ETag", async () => {
    const id = newId();
    const hiding = rewritingHeaders((name, value, method) => (name === "etag" && method === "PUT" ? null : value));
    const { store } = storeOn(id, { fetch: hiding });
    const saved = await store.save(first, { baseRevision: null });
    expect(saved.revision).toBe(server.current(id)!.revision);
    expect(saved.workspace).toBe(first);
    expect(requestsTo(id).map((request) => request.method)).toEqual(["PUT", "GET"]);
  });

  it("explains a document answered without an ETag (a server on another origin that does not expose it)", async () => {
    const id = newId();
    server.seed(id, first);
    const hiding = rewritingHeaders((name, value) => (name === "etag" ? null : value));
    const error = await rejection(storeOn(id, { fetch: hiding }).store.load());
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_malformed_answer" }] });
    expect((error as Error).message).toContain("Access-Control-Expose-Headers");
  });

  it("reports an answer that is not JSON (a sign-in page) as invalid_json, naming its content type", async () => {
    const id = newId();
    server.inject({
      kind: "status",
      method: "GET",
      status: 200,
      headers: { etag: '"r0"', "content-type": "text/html" },
      body: "<!doctype html><title>Logga in</title>",
    });
    const error = await rejection(storeOn(id).store.load());
    expect(error).toMatchObject({ reason: "invalidDocument", issues: [{ code: "invalid_json" }] });
    expect((error as { issues: { params: { reason: string } }[] }).issues[0]!.params.reason).toContain("text/html");
  });
});

describe("createHttpStore: the store contract every store keeps", () => {
  describeStoreRevisionContract(async () => {
    const id = newId();
    return { store: storeOn(id).store, reopen: async () => storeOn(id).store };
  });
});

describe("createHttpStore: the host's headers and refusals", () => {
  it("sends the host's headers, asks a header function again for every attempt, and keeps the conditions its own", async () => {
    const id = newId();
    let issued = 0;
    const { store } = storeOn(id, {
      headers: async () => ({ Authorization: `Bearer t${++issued}`, "X-RequestDigest": "d", "if-match": "*" }),
    });
    const created = await store.save(first, { baseRevision: null });
    server.inject({ kind: "status", method: "PUT", status: 503 });
    await store.save(second, { baseRevision: created.revision });
    const puts = requestsTo(id);
    expect(puts.map((request) => request.headers.authorization)).toEqual(["Bearer t1", "Bearer t2", "Bearer t3"]);
    expect(puts.map((request) => request.headers["x-requestdigest"])).toEqual(["d", "d", "d"]);
    expect(puts.map((request) => request.headers["if-match"])).toEqual([
      undefined,
      `"${created.revision}"`,
      `"${created.revision}"`,
    ]);
  });

  it.each([401, 403])("names authentication on %i and does not retry", async (status) => {
    const id = newId();
    server.inject({ kind: "status", status });
    const error = await rejection(storeOn(id).store.load());
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_unauthorized", params: { status } }] });
    expect((error as Error).message).toMatch(/authentication/u);
    expect((error as { messageSv: string }).messageSv).toMatch(/inloggningen/u);
    expect(requestsTo(id)).toHaveLength(1);
  });

  it("explains a 428 (a proxy that strips If-Match) and does not retry", async () => {
    const id = newId();
    server.inject({ kind: "status", method: "PUT", status: 428 });
    const error = await rejection(storeOn(id).store.save(first, { baseRevision: null }));
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_precondition_required" }] });
    expect((error as Error).message).toContain("If-Match");
    expect(requestsTo(id)).toHaveLength(1);
  });

  it("refuses any other status it cannot act on without retrying", async () => {
    const id = newId();
    server.inject({ kind: "status", method: "PUT", status: 405 });
    const error = await rejection(storeOn(id).store.save(first, { baseRevision: null }));
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_refused", params: { status: 405 } }] });
    expect(requestsTo(id)).toHaveLength(1);
  });
});

describe("createHttpStore: faults on the wire", () => {
  it("retries a dropped connection and then loads", async () => {
    const id = newId();
    server.seed(id, first);
    server.inject({ kind: "drop", method: "GET" });
    const { store, waits } = storeOn(id);
    expect(serializeWorkspace((await store.load())!.workspace)).toBe(serializeWorkspace(first));
    expect(requestsTo(id).map((request) => request.status)).toEqual([null, 200]);
    expect(waits).toHaveLength(1);
  });

  it.each([503, 500, 408, 429])("retries a %i and then saves", async (status) => {
    const id = newId();
    server.inject({ kind: "status", method: "PUT", status });
    const { store } = storeOn(id);
    const saved = await store.save(first, { baseRevision: null });
    expect(saved.revision).toBe(server.current(id)!.revision);
    expect(requestsTo(id).map((request) => request.status)).toEqual([status, 201]);
  });

  it("waits exponentially longer between attempts, with jitter", async () => {
    const id = newId();
    server.seed(id, first);
    server.inject(...[1, 2, 3].map(() => ({ kind: "status", method: "GET", status: 503 }) as const));
    const jitter = [0, 0.5, 1];
    const { store, waits } = storeOn(id, { retries: 3, retryDelayMs: 100, random: () => jitter.shift()! });
    await store.load();
    // Ceilings 100, 200, 400: half of each is fixed, the other half drawn.
    expect(waits).toEqual([50, 150, 400]);
  });

  it("honours Retry-After in seconds and as a date, within maxRetryDelayMs", async () => {
    const id = newId();
    server.seed(id, first);
    server.inject(
      { kind: "status", method: "GET", status: 429, headers: { "retry-after": "2" } },
      {
        kind: "status",
        method: "GET",
        status: 503,
        headers: { "retry-after": new Date(Date.now() + 6000).toUTCString() },
      },
      { kind: "status", method: "GET", status: 429, headers: { "retry-after": "3600" } },
    );
    const { store, waits } = storeOn(id, { retryDelayMs: 1, maxRetryDelayMs: 10_000 });
    await store.load();
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThan(4000);
    expect(waits[1]).toBeLessThanOrEqual(6000);
    expect(waits[2]).toBe(10_000);
  });

  it("gives up after the retries with reason unavailable, in Swedish and English", async () => {
    const id = newId();
    server.inject(...[1, 2, 3].map(() => ({ kind: "status", method: "GET", status: 503 }) as const));
    const error = await rejection(storeOn(id, { retries: 2 }).store.load());
    expect(error).toMatchObject({
      reason: "unavailable",
      issues: [{ code: "http_unavailable", params: { attempts: 3, last: "HTTP 503", method: "GET" } }],
    });
    expect((error as Error).message).toContain("after 3 attempts");
    expect((error as { messageSv: string }).messageSv).toContain("efter 3 försök");
    expect(requestsTo(id)).toHaveLength(3);
  });

  it("gives up on a server that never answers the connection", async () => {
    const id = newId();
    server.inject({ kind: "drop" }, { kind: "drop" });
    const error = await rejection(storeOn(id, { retries: 1 }).store.load());
    expect(error).toMatchObject({
      reason: "unavailable",
      issues: [{ code: "http_unavailable", params: { attempts: 2 } }],
    });
  });

  it("abandons an attempt slower than timeoutMs and tries again", async () => {
    const id = newId();
    server.seed(id, first);
    server.inject({ kind: "delay", method: "GET", ms: 2000 });
    const started = Date.now();
    const { store } = storeOn(id, { timeoutMs: 200 });
    expect(await store.load()).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(requestsTo(id)).toHaveLength(2);
    const slow = newId();
    server.inject({ kind: "delay", method: "GET", ms: 2000 }, { kind: "delay", method: "GET", ms: 2000 });
    const error = await rejection(storeOn(slow, { timeoutMs: 100, retries: 1 }).store.load());
    expect(error).toMatchObject({ issues: [{ params: { last: "no answer within 100 ms" } }] });
  });

  it("recognises a retried save whose first answer was lost as done (412 with the text it sent)", async () => {
    const id = newId();
    const { store } = storeOn(id);
    const created = await store.save(first, { baseRevision: null });
    server.inject({ kind: "lose-response", method: "PUT" });
    const saved = await store.save(second, { baseRevision: created.revision });
    expect(saved.revision).toBe(server.current(id)!.revision);
    expect(saved.revision).not.toBe(created.revision);
    expect(saved.workspace).toBe(second);
    expect(store.getSnapshot()).toBe(second);
    expect(requestsTo(id).map((request) => `${request.method} ${String(request.status)}`)).toEqual([
      "PUT 201",
      "PUT null",
      "PUT 412",
      "GET 200",
    ]);
  });

  it("recognises a retried create whose first answer was lost as done", async () => {
    const id = newId();
    server.inject({ kind: "lose-response", method: "PUT" });
    const saved = await storeOn(id).store.save(first, { baseRevision: null });
    expect(saved.revision).toBe(server.current(id)!.revision);
    expect(requestsTo(id).map((request) => request.status)).toEqual([null, 412, 200]);
  });

  it("still reports a conflict when a retried save meets someone else's document", async () => {
    const id = newId();
    const created = server.seed(id, first);
    server.inject({ kind: "drop", method: "PUT" });
    const { store } = storeOn(id, {
      // Someone else saves while our first attempt is lost.
      delay: async () => void server.seed(id, withLog),
    });
    const error = await rejection(store.save(second, { baseRevision: created.revision }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    expect(serializeWorkspace((error as { latest: StoredWorkspace }).latest.workspace)).toBe(
      serializeWorkspace(withLog),
    );
  });

  it("leaves the outcome to the read's error when a retried save meets 412 and the server cannot be read", async () => {
    const id = newId();
    const created = server.seed(id, first);
    server.inject(
      { kind: "lose-response", method: "PUT" },
      { kind: "status", method: "GET", status: 503 },
      { kind: "status", method: "GET", status: 503 },
    );
    const error = await rejection(storeOn(id, { retries: 1 }).store.save(second, { baseRevision: created.revision }));
    expect(isWorkspaceConflictError(error)).toBe(false);
    expect(error).toMatchObject({ reason: "unavailable", issues: [{ code: "http_unavailable" }] });
  });

  it("reports a first attempt's 412 as a conflict even when the server cannot then be read", async () => {
    const id = newId();
    server.seed(id, first);
    server.inject({ kind: "status", method: "GET", status: 503 }, { kind: "status", method: "GET", status: 503 });
    const error = await rejection(storeOn(id, { retries: 1 }).store.save(second, { baseRevision: "r0" }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    expect((error as { latest: unknown }).latest).toBeNull();
  });

  it("keeps the timeout and the abort when the host's fetch ignores the signal", async () => {
    const deaf: HttpStoreFetch = (url, init) =>
      fetch(url, { method: init.method, headers: init.headers, body: init.body ?? null });
    const id = newId();
    server.seed(id, first);
    server.inject({ kind: "delay", method: "GET", ms: 2000 });
    const started = Date.now();
    expect(await storeOn(id, { fetch: deaf, timeoutMs: 200 }).store.load()).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
    server.inject({ kind: "delay", method: "GET", ms: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(storeOn(id, { fetch: deaf }).store.load({ signal: controller.signal }));
    expect((error as Error).name).toBe("AbortError");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("stops at once when the caller aborts during a slow answer, and tries no more", async () => {
    const id = newId();
    server.inject({ kind: "delay", method: "GET", ms: 3000 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(storeOn(id).store.load({ signal: controller.signal }));
    expect((error as Error).name).toBe("AbortError");
    expect(Date.now() - started).toBeLessThan(1000);
    await sleep(100);
    expect(requestsTo(id)).toHaveLength(1);
  });

  it("stops at once when the caller aborts while waiting to retry", async () => {
    const id = newId();
    server.inject({ kind: "status", method: "PUT", status: 503 });
    const controller = new AbortController();
    const store = createHttpStore({
      url: server.url(id),
      fetch: platformFetch,
      retryDelayMs: 60_000,
      maxRetryDelayMs: 60_000,
    });
    const saving = store.save(first, { baseRevision: null, signal: controller.signal });
    await sleep(200);
    controller.abort();
    const error = await rejection(saving);
    expect((error as Error).name).toBe("AbortError");
    expect(requestsTo(id)).toHaveLength(1);
    expect(server.current(id)).toBeUndefined();
  });

  it("sends nothing when the signal aborts while the host's headers are read", async () => {
    const id = newId();
    const controller = new AbortController();
    const headers = async () => (controller.abort(), { Authorization: "Bearer t" });
    const deaf: HttpStoreFetch = (url, init) => fetch(url, { method: init.method, headers: init.headers });
    const store = storeOn(id, { headers, fetch: deaf }).store;
    const saving = store.save(first, { baseRevision: null, signal: controller.signal });
    expect(((await rejection(saving)) as Error).name).toBe("AbortError");
    await sleep(100);
    expect(requestsTo(id)).toHaveLength(0);
  });

  it("sends nothing, and asks for no headers, when the signal has already aborted", async () => {
    const id = newId();
    let asked = 0;
    const { store } = storeOn(id, { headers: () => (asked++, {}) });
    const error = await rejection(store.save(first, { baseRevision: null, signal: AbortSignal.abort() }));
    expect((error as Error).name).toBe("AbortError");
    expect([asked, requestsTo(id).length]).toEqual([0, 0]);
  });
});

describe("defaultHttpDelay", () => {
  it("waits the time asked, ends early when the signal aborts, and not at all when it has aborted", async () => {
    let started = Date.now();
    await defaultHttpDelay(120, undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const controller = new AbortController();
    started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await defaultHttpDelay(60_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1000);
    started = Date.now();
    await defaultHttpDelay(60_000, AbortSignal.abort());
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("createHttpStore and a 412 that carries the current document", () => {
  /** A server that answers every PUT 412 with `document` (and its ETag, X-Log-Head), and GETs with `served`. */
  function carrying(document: unknown, logHead: string, served: Workspace) {
    const methods: string[] = [];
    const answer = (status: number, body: string, headers: Record<string, string>) => ({
      status,
      headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
      text: async () => body,
    });
    const fetch: HttpStoreFetch = async (_url, init) => {
      methods.push(init.method);
      const headLog = served.decisionLog.at(-1)?.hash ?? "";
      if (init.method === "GET") return answer(200, serializeWorkspace(served), { etag: '"7"', "x-log-head": headLog });
      return answer(412, JSON.stringify({ revision: "2", logHead, issues: [], document }), {
        etag: '"2"',
        "x-log-head": logHead,
      });
    };
    return { store: createHttpStore({ url: "https://example.test/ws", fetch }), methods };
  }
  const head = withLog.decisionLog.at(-1)!.hash;

  it("takes the conflict's latest from the 412's document, with no GET", async () => {
    const { store, methods } = carrying(JSON.parse(serializeWorkspace(withLog)), head, first);
    const error = await rejection(store.save(second, { baseRevision: "1" }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    const latest = (error as { latest: StoredWorkspace }).latest;
    expect([latest.revision, latest.logHead, serializeWorkspace(latest.workspace)]).toEqual([
      "2",
      head,
      serializeWorkspace(withLog),
    ]);
    expect(methods).toEqual(["PUT"]);
  });

  it("never takes a carried document whose log was cut below its X-Log-Head", async () => {
    const cut = { ...withLog, decisionLog: withLog.decisionLog.slice(0, -1) };
    const { store } = carrying(JSON.parse(serializeWorkspace(cut)), head, first);
    const error = await rejection(store.save(second, { baseRevision: "1" }));
    expect(isWorkspaceConflictError(error)).toBe(true);
    expect((error as { latest: StoredWorkspace | null }).latest).toBeNull();
  });
});
