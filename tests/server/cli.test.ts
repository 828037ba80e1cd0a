/**
 * `pnpm serve` (packages/server/src/cli.ts): its settings from the environment and the command line, the
 * sample it seeds, and a graceful stop on SIGTERM that keeps what was saved.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteDatabase, readServeConfig, seedWorkspace } from "../../packages/server/src/index.js";
import { startChildServer } from "./load/child-server.js";
import { freePort } from "./postgres-cluster.js";

describe("readServeConfig", () => {
  it("defaults to port 8787 and ./systemledning.sqlite, and reads PORT, SYSTEMLEDNING_DB and --seed", () => {
    expect(readServeConfig([], {})).toMatchObject({
      port: 8787,
      host: "127.0.0.1",
      database: "./systemledning.sqlite",
      seed: [],
      corsOrigins: "*",
    });
    const config = readServeConfig(["--seed", "dalarna"], {
      PORT: "9000",
      SYSTEMLEDNING_DB: "postgres://u@db/x",
      SYSTEMLEDNING_CORS_ORIGINS: "http://localhost:5173, https://intranet.example",
    });
    expect(config).toMatchObject({ port: 9000, database: "postgres://u@db/x", seed: ["dalarna"] });
    expect(config.corsOrigins).toEqual(["http://localhost:5173", "https://intranet.example"]);
    expect(readServeConfig(["--seed=dalarna"], {}).seed).toEqual(["dalarna"]);
  });

  it("refuses a bad port, an unknown sample and an unknown argument with a message", () => {
    expect(() => readServeConfig([], { PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readServeConfig(["--seed", "gotland"], {})).toThrow(/Unknown sample "gotland"/);
    expect(() => readServeConfig(["--verbose"], {})).toThrow(/Unknown argument/);
  });
});

describe("seedWorkspace", () => {
  it("stores the Dalarna sample once and never overwrites it", async () => {
    const database = openSqliteDatabase(":memory:");
    try {
      expect(await seedWorkspace(database, "dalarna")).toBe("created");
      expect(await seedWorkspace(database, "dalarna")).toBe("exists");
      expect((await database.revisions("dalarna")).map((entry) => entry.revision)).toEqual([1]);
    } finally {
      await database.close();
    }
  });
});

describe("pnpm serve", () => {
  it("serves the seeded sample, and on SIGTERM exits cleanly with what was saved kept", async () => {
    const folder = mkdtempSync(join(tmpdir(), "systemledning-serve-"));
    const file = join(folder, "serve.sqlite");
    try {
      const port = await freePort();
      const first = await startChildServer(port, file, ["--seed", "dalarna"]);
      const loaded = await fetch(`${first.url}/workspaces/dalarna`);
      expect(loaded.status).toBe(200);
      expect(loaded.headers.get("etag")).toBe('"1"');
      await loaded.arrayBuffer();
      expect(await first.kill("SIGTERM")).toEqual({ code: 0, signal: null });
      const again = await startChildServer(port, file);
      const revisions = await (await fetch(`${again.url}/workspaces/dalarna/revisions`)).json();
      expect(revisions).toHaveLength(1);
      expect(await again.kill("SIGTERM")).toEqual({ code: 0, signal: null });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
