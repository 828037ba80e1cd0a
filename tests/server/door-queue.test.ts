/**
 * Saves on one workspace pass the server's door one at a time (packages/server/src/http.ts): of many saves on
 * the same revision only the first is checked and appended, the others are refused 412 on their If-Match
 * before the door, and nothing about the outcome changes (exactly one lands, nothing is lost).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { serializeWorkspace } from "@systemledning/core/workspace";
import { describe, expect, it } from "vitest";
import { openSqliteDatabase, startServer, type WorkspaceDatabase } from "../../packages/server/src/index.js";

describe("the reference server's door under contention", () => {
  it("checks and appends only the one save that can land of many on the same revision; the others get 412", async () => {
    const folder = mkdtempSync(join(tmpdir(), "systemledning-door-"));
    const inner = openSqliteDatabase(join(folder, "workspaces.sqlite"));
    let appends = 0;
    const database: WorkspaceDatabase = {
      kind: inner.kind,
      latest: (id) => inner.latest(id),
      head: (id) => inner.head(id),
      revision: (id, revision) => inner.revision(id, revision),
      revisions: (id) => inner.revisions(id),
      append: (id, base, next) => {
        appends++;
        return inner.append(id, base, next);
      },
      close: () => inner.close(),
    };
    const running = await startServer({ database, port: 0 });
    try {
      const sample = createDalarnaSampleWorkspace();
      const url = `${running.url}/workspaces/door`;
      const put = (body: string, headers: Record<string, string>) =>
        fetch(url, { method: "PUT", headers: { "Content-Type": "application/json", ...headers }, body });
      expect((await put(serializeWorkspace(sample), { "If-None-Match": "*" })).status).toBe(201);
      appends = 0;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          put(serializeWorkspace({ ...sample, ext: { ...sample.ext, n } }), { "If-Match": '"1"' }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(7).fill(412)]);
      expect(appends).toBe(1);
      expect((await database.revisions("door")).length).toBe(2);
    } finally {
      await running.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
