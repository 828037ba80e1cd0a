/**
 * The reference server's HTTP contract (docs/decisions/0013-reference-server.md), as one suite that every
 * database adapter runs unchanged: `contract-sqlite.test.ts` on a SQLite file, `postgres/contract-postgres.test.ts`
 * on PostgreSQL. Raw `fetch`, so the contract is proved apart from any client.
 */
import { randomUUID } from "node:crypto";
import { appendToLog } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createHttpStore, serializeWorkspace, updateWorkspace, type Workspace } from "@systemledning/core/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, startServer, type RunningServer } from "../../packages/server/src/index.js";

/** Where the adapter under test keeps its data: a file path or a `postgres://` URL, and how to remove it. */
export interface ContractDatabase {
  readonly location: string;
  dispose(): Promise<void>;
}

const sample = createDalarnaSampleWorkspace();

/** The sample with a marker in `ext`: a change the door accepts, told apart by `n`. */
export const withMarker = (ws: Workspace, n: number): Workspace => ({ ...ws, ext: { ...ws.ext, contractMarker: n } });

/** The parts of a response the contract speaks of. */
interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test reads its own shape
}

/**
 * Run the contract suite against a server on the database `setup` makes.
 * @param label - the adapter's name in the suite's title
 * @param setup - makes a fresh, empty database for the suite (called once)
 */
export function describeServerContract(label: string, setup: () => Promise<ContractDatabase>): void {
  describe(`reference server contract on ${label}`, () => {
    let database: ContractDatabase;
    let running: RunningServer;

    const call = async (path: string, init: RequestInit = {}): Promise<Answer> => {
      const response = await fetch(`${running.url}${path}`, init);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
    };
    const put = (id: string, ws: Workspace | string, headers: Record<string, string>) =>
      call(`/workspaces/${id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", ...headers },
        body: typeof ws === "string" ? ws : serializeWorkspace(ws),
      });
    const create = (id: string, ws: Workspace = sample) => put(id, ws, { "If-None-Match": "*" });
    const codes = (answer: Answer): string[] => answer.json().issues.map((issue: { code: string }) => issue.code);
    const fresh = () => `ws-${randomUUID()}`;

    beforeAll(async () => {
      database = await setup();
      running = await startServer({
        database: await openDatabase(database.location),
        port: 0,
        maxBodyBytes: 2_000_000,
      });
    });
    afterAll(async () => {
      await running?.close();
      await database?.dispose();
    });

    it("answers 404 with an issue for a workspace that does not exist, with CORS headers", async () => {
      const answer = await call(`/workspaces/${fresh()}`, { headers: { Origin: "http://localhost:5173" } });
      expect(answer.status).toBe(404);
      expect(codes(answer)).toEqual(["workspace_not_found"]);
      expect(answer.json().issues[0].message.sv).toContain("finns inte");
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    });

    it("creates with If-None-Match: * (201, ETag, X-Log-Head) and serves back the canonical document", async () => {
      const id = fresh();
      const created = await create(id);
      expect(created.status).toBe(201);
      expect(created.headers.get("etag")).toBe('"1"');
      expect(created.headers.get("x-log-head")).toBe(sample.decisionLog.at(-1)!.hash);
      expect(created.headers.get("location")).toBe(`/workspaces/${id}`);
      const loaded = await call(`/workspaces/${id}`);
      expect(loaded.status).toBe(200);
      expect(loaded.headers.get("etag")).toBe('"1"');
      expect(loaded.headers.get("x-log-head")).toBe(sample.decisionLog.at(-1)!.hash);
      expect(loaded.text).toBe(serializeWorkspace(sample));
      expect((await create(id)).status).toBe(412);
    });

    it("sends X-Log-Head empty for an empty decisions log, so a client can tell it from no head kept", async () => {
      const id = fresh();
      const empty = { ...sample, decisionLog: [] };
      const created = await put(id, empty, { "If-None-Match": "*" });
      expect(created.status).toBe(201);
      expect(created.headers.get("x-log-head")).toBe("");
      expect((await call(`/workspaces/${id}`)).headers.get("x-log-head")).toBe("");
    });

    it("refuses a PUT without a precondition (428), and If-Match: *, writing nothing", async () => {
      const id = fresh();
      const bare = await put(id, sample, {});
      expect(bare.status).toBe(428);
      expect(codes(bare)).toEqual(["precondition_required"]);
      expect((await put(id, sample, { "If-Match": "*" })).status).toBe(428);
      expect((await call(`/workspaces/${id}`)).status).toBe(404);
    });

    it("saves on the latest revision (200, next ETag) and refuses a stale one with 412 and the current revision", async () => {
      const id = fresh();
      await create(id);
      const saved = await put(id, withMarker(sample, 1), { "If-Match": '"1"' });
      expect(saved.status).toBe(200);
      expect(saved.headers.get("etag")).toBe('"2"');
      expect(saved.json()).toMatchObject({
        revision: "2",
        size: Buffer.byteLength(serializeWorkspace(withMarker(sample, 1))),
      });
      const stale = await put(id, withMarker(sample, 2), { "If-Match": '"1"' });
      expect(stale.status).toBe(412);
      expect(stale.headers.get("etag")).toBe('"2"');
      expect(stale.json()).toMatchObject({ revision: "2" });
      expect(codes(stale)).toEqual(["revision_conflict"]);
      expect((await call(`/workspaces/${id}`)).text).toBe(serializeWorkspace(withMarker(sample, 1)));
      expect((await put(fresh(), sample, { "If-Match": '"1"' })).status).toBe(412);
    });

    it("answers a stale save's 412 with the current document, its ETag and X-Log-Head, before reading the body", async () => {
      const id = fresh();
      await create(id);
      await put(id, withMarker(sample, 1), { "If-Match": '"1"' });
      // Not even JSON: a stale save is refused on its If-Match alone, so the door never sees it (412, not 422).
      const stale = await put(id, "{ not json", { "If-Match": '"1"' });
      expect(stale.status).toBe(412);
      expect(stale.headers.get("etag")).toBe('"2"');
      expect(stale.headers.get("x-log-head")).toBe(sample.decisionLog.at(-1)?.hash ?? "");
      expect(stale.json()).toMatchObject({ revision: "2", issues: [{ code: "revision_conflict" }] });
      expect(JSON.stringify(stale.json().document, null, 2) + "\n").toBe(serializeWorkspace(withMarker(sample, 1)));
      // A create over an existing workspace carries it too; a save on a workspace that does not exist, nothing.
      expect((await create(id)).json().document).toEqual(JSON.parse(serializeWorkspace(withMarker(sample, 1))));
      expect((await put(fresh(), sample, { "If-Match": '"1"' })).json().document).toBeUndefined();
    });

    it("lets createHttpStore run a change again after a 412 without a GET, from the document the 412 carries", async () => {
      const id = fresh();
      await create(id);
      const methods: string[] = [];
      const store = createHttpStore({
        url: `${running.url}/workspaces/${id}`,
        fetch: (url, init) => {
          methods.push(init?.method ?? "GET");
          return fetch(url, init);
        },
      });
      await store.load();
      await put(id, withMarker(sample, 1), { "If-Match": '"1"' });
      const vision = { sv: "Min vision", en: "My vision" };
      const result = await updateWorkspace(store, (ws) => ({
        ok: true,
        value: { ...ws, profile: { ...ws.profile, vision } },
      }));
      expect(result).toMatchObject({ ok: true, attempts: 2, value: { revision: "3" } });
      expect(methods).toEqual(["GET", "PUT", "PUT"]);
      const saved = JSON.parse((await call(`/workspaces/${id}`)).text);
      expect([saved.ext.contractMarker, saved.profile.vision]).toEqual([1, vision]);
    });

    it("refuses with 422 and the door's issues whatever the door refuses, before anything is written", async () => {
      const id = fresh();
      await create(id);
      const dangling = { ...sample, memberships: [{ ...sample.memberships[0]!, forumId: "no-such-forum" }] };
      const refused = await put(id, JSON.stringify(dangling), { "If-Match": '"1"' });
      expect(refused.status).toBe(422);
      expect(refused.json().issues[0]).toMatchObject({ code: "dangling_reference", path: "memberships[0].forumId" });
      const notJson = await put(id, "{ not json", { "If-Match": '"1"' });
      expect(notJson.status).toBe(422);
      expect(codes(notJson)).toEqual(["invalid_json"]);
      const notWorkspace = await put(id, "[]", { "If-Match": '"1"' });
      expect(notWorkspace.status).toBe(422);
      expect((await call(`/workspaces/${id}/revisions`)).json()).toHaveLength(1);
      expect((await put(fresh(), "{}", { "If-None-Match": "*" })).status).toBe(422);
    });

    it("accepts a log that grows, refuses one rewritten below the stored head (422 log_rewritten) or broken", async () => {
      const id = fresh();
      await create(id);
      const last = sample.decisionLog.at(-1)!;
      const grown = await appendToLog(sample.decisionLog, [{ ...last, id: "e-contract-grown" } as never]);
      const saved = await put(id, { ...sample, decisionLog: grown }, { "If-Match": '"1"' });
      expect(saved.status).toBe(200);
      expect(saved.headers.get("x-log-head")).toBe(grown.at(-1)!.hash);
      // Every hash recomputed after an edit: a valid chain that is not the stored one.
      const edited = await appendToLog(
        [],
        [...grown.map(({ sequence: _s, previousHash: _p, hash: _h, ...entry }) => entry as never)].map(
          (entry, index) => (index === 0 ? ({ ...(entry as object), id: "e-edited" } as never) : entry),
        ),
      );
      const rewritten = await put(id, { ...sample, decisionLog: edited }, { "If-Match": '"2"' });
      expect(rewritten.status).toBe(422);
      expect(codes(rewritten)).toEqual(["log_rewritten"]);
      const shortened = await put(id, { ...sample, decisionLog: grown.slice(0, -1) }, { "If-Match": '"2"' });
      expect(codes(shortened)).toEqual(["log_rewritten"]);
      const broken = grown.map((entry, index) => (index === 1 ? { ...entry, id: "e-tampered" } : entry));
      const tampered = await put(id, { ...sample, decisionLog: broken }, { "If-Match": '"2"' });
      expect(tampered.status).toBe(422);
      expect(codes(tampered)).toContain("log_hash_mismatch");
      expect((await call(`/workspaces/${id}/revisions`)).json()).toHaveLength(2);
    });

    it("keeps every revision, append-only, and reads any back as it was stored", async () => {
      const id = fresh();
      await create(id);
      for (let n = 1; n <= 3; n++)
        expect((await put(id, withMarker(sample, n), { "If-Match": `"${n}"` })).status).toBe(200);
      const list = (await call(`/workspaces/${id}/revisions`)).json();
      expect(list.map((entry: { revision: string }) => entry.revision)).toEqual(["1", "2", "3", "4"]);
      for (const entry of list) {
        expect(Date.parse(entry.savedAt)).not.toBeNaN();
        expect(entry.logHead).toBe(sample.decisionLog.at(-1)!.hash);
      }
      const first = await call(`/workspaces/${id}/revisions/1`);
      expect(first.status).toBe(200);
      expect(first.headers.get("etag")).toBe('"1"');
      expect(first.text).toBe(serializeWorkspace(sample));
      expect(list[0].size).toBe(Buffer.byteLength(first.text));
      expect((await call(`/workspaces/${id}/revisions/3`)).text).toBe(serializeWorkspace(withMarker(sample, 2)));
      expect((await call(`/workspaces/${id}/revisions/9`)).status).toBe(404);
      expect((await call(`/workspaces/${fresh()}/revisions`)).status).toBe(404);
    });

    it("lets exactly one of many concurrent saves on the same revision through; the others get 412", async () => {
      const id = fresh();
      await create(id);
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, n) => put(id, withMarker(sample, n + 10), { "If-Match": '"1"' })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(11).fill(412)]);
      expect((await call(`/workspaces/${id}/revisions`)).json()).toHaveLength(2);
      const creates = await Promise.all(Array.from({ length: 6 }, () => create(`${id}-new`)));
      expect(creates.map((answer) => answer.status).sort()).toEqual([201, 412, 412, 412, 412, 412]);
    });

    it("refuses a body over the limit with 413, answers CORS preflights and unknown methods", async () => {
      const id = fresh();
      const big = await put(id, " ".repeat(2_000_001), { "If-None-Match": "*" });
      expect(big.status).toBe(413);
      expect(codes(big)).toEqual(["body_too_large"]);
      const preflight = await call(`/workspaces/${id}`, {
        method: "OPTIONS",
        headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "PUT" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("If-Match");
      expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
      expect(preflight.headers.get("access-control-expose-headers")).toBe("ETag, X-Log-Head, Location");
      const deleted = await call(`/workspaces/${id}`, { method: "DELETE" });
      expect(deleted.status).toBe(405);
      expect(deleted.headers.get("allow")).toBe("GET, PUT, OPTIONS");
      expect((await call("/elsewhere")).status).toBe(404);
      expect((await call("/workspaces/%E0%A4%A")).status).toBe(404);
    });

    it("keeps what was saved across a restart, and migrates its tables once", async () => {
      const id = fresh();
      await create(id);
      await running.close();
      running = await startServer({ database: await openDatabase(database.location), port: 0 });
      const loaded = await call(`/workspaces/${id}`);
      expect(loaded.status).toBe(200);
      expect(loaded.headers.get("etag")).toBe('"1"');
      expect((await put(id, withMarker(sample, 1), { "If-Match": '"1"' })).status).toBe(200);
    });
  });
}
