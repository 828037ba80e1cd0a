/**
 * Start and stop the reference server: a `node:http` server around the workspace handler, with a shutdown
 * that stops taking connections, lets the requests in flight finish (a save is never cut off between the
 * check and the append), closes idle keep-alive connections, then closes the database.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { WorkspaceDatabase } from "./database.js";
import { createWorkspaceHandler, type WorkspaceHandlerOptions } from "./http.js";

/** Options of {@link startServer}. */
export interface StartServerOptions extends WorkspaceHandlerOptions {
  readonly database: WorkspaceDatabase;
  /** 0 picks a free port. @default 8787 */
  readonly port?: number;
  /** @default "127.0.0.1" */
  readonly host?: string;
}

/** A running server. */
export interface RunningServer {
  readonly server: Server;
  /** `http://host:port`, the base of every route. */
  readonly url: string;
  readonly port: number;
  /**
   * Stop gracefully: no new connections, requests in flight finish (those still running after `graceMs`
   * are cut), then the database is closed. Safe to call twice.
   */
  close(graceMs?: number): Promise<void>;
}

/** The default port of `pnpm serve`. */
export const DEFAULT_PORT = 8787;

/**
 * Listen on `port` and serve the workspaces of `database`.
 *
 * @example
 * const running = await startServer({ database: await openDatabase("./systemledning.sqlite"), port: 8787 });
 * process.on("SIGTERM", () => void running.close());
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { database, port = DEFAULT_PORT, host = "127.0.0.1", ...handlerOptions } = options;
  const server = createServer({ keepAliveTimeout: 5_000 }, createWorkspaceHandler(database, handlerOptions));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  const close = (graceMs = 10_000): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      cut.unref();
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    }).then(() => database.close()));
  return { server, url: `http://${shownHost}:${address.port}`, port: address.port, close };
}
