/**
 * A local HTTP server that answers like Kolada from recorded files (tests/fixtures/kolada), so the adapter
 * is tested with the platform's real `fetch` over a real socket, not with a mock of our own code.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a route answers: a status and a body, or nothing at all (the request hangs until the client gives up). */
export type RouteAnswer = { status: number; body: string } | "hang";

/** A route: the path with its query, and what it answers on each call (the last answer repeats). */
export type Routes = Record<string, RouteAnswer[] | ((callNumber: number) => RouteAnswer)>;

/** A running server. */
export interface KoladaTestServer {
  /** `http://127.0.0.1:<port>/v3`, the base URL to give the client. */
  readonly baseUrl: string;
  /** Every path (with query) asked for, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const KOLADA_PREFIX = "https://api.kolada.se/v3";

/** A recorded answer from tests/fixtures/kolada, with Kolada's own address rewritten to `baseUrl`. */
export function recorded(name: string): (baseUrl: string) => RouteAnswer {
  const text = readFileSync(new URL(`../../fixtures/kolada/${name}`, import.meta.url), "utf8");
  return (baseUrl) => ({ status: 200, body: text.split(KOLADA_PREFIX).join(baseUrl) });
}

/** Start a server on a free port answering `routes(baseUrl)`; any other path answers 404 like Kolada. */
export async function startKoladaServer(routes: (baseUrl: string) => Routes): Promise<KoladaTestServer> {
  const requests: string[] = [];
  const calls = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let table: Routes = {};
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").replace(/^\/v3/, "");
    requests.push(path);
    const callNumber = (calls.get(path) ?? 0) + 1;
    calls.set(path, callNumber);
    const route = table[path];
    const answer: RouteAnswer =
      route === undefined
        ? { status: 404, body: JSON.stringify({ detail: "Not Found" }) }
        : typeof route === "function"
          ? route(callNumber)
          : (route[Math.min(callNumber, route.length) - 1] ?? { status: 500, body: "" });
    if (answer === "hang") {
      hanging.add(response);
      response.on("close", () => hanging.delete(response));
      return;
    }
    response.writeHead(answer.status, { "content-type": "application/json; charset=utf-8" });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/v3`;
  table = routes(baseUrl);
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
