/**
 * The peer a user would otherwise pick, for `pnpm bench server`: a plain last-write-wins server. `GET` reads the
 * document, `PUT` stores whatever passes the same door (`safeParseWorkspace`) over what was there, on the same
 * SQLite settings as the reference server (WAL, synchronous=FULL) — with no revision, so nothing stops a save
 * based on an old read from erasing what others saved since. Run as a child process, like the reference server:
 *
 *   PORT=8788 LWW_DB=/tmp/lww.sqlite node --import tsx tests/bench/server/lww-server.ts
 */
import { createServer } from "node:http";
import { safeParseWorkspace, serializeWorkspace } from "@systemledning/core/workspace";
import Database from "better-sqlite3";

const db = new Database(process.env.LWW_DB ?? ":memory:");
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT");
const read = db.prepare<[string], { body: string }>("SELECT body FROM documents WHERE id = ?");
const write = db.prepare(
  "INSERT INTO documents (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body",
);

const server = createServer((request, response) => {
  const id = (request.url ?? "/").split("/")[2] ?? "";
  if (request.method === "GET") {
    const row = read.get(id);
    response.writeHead(row === undefined ? 404 : 200, { "Content-Type": "application/json" });
    response.end(row?.body ?? "{}");
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const parsed = safeParseWorkspace(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    if (!parsed.success) {
      response.writeHead(422, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ issues: parsed.error.issues }));
      return;
    }
    write.run(id, serializeWorkspace(parsed.data));
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end("{}");
  });
});
server.listen(Number(process.env.PORT ?? 8788), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  console.log(`lww server listening on http://127.0.0.1:${port}`);
});
