/**
 * The server of the example, as a Sitevision WebApp's `index.js` renders: the page to a string with React 18's
 * `renderToString`, sent with the strict Content Security Policy, and the client bundle and stylesheet from
 * the folder beside this file. node:http and nothing else; `PORT` picks the port (3000 by default).
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { parseWorkspace, serializeWorkspace } from "@systemledning/core/workspace";
import { renderToString } from "react-dom/server";
import { CONTENT_SECURITY_POLICY, renderDocument } from "./document.js";
import { SitevisionPage, type SitevisionPageProps } from "./page.js";

/** The folder of the client's files: `public/` beside the built server. */
const publicFolder = new URL("./public/", import.meta.url);
/** A file of the public folder by name alone (no folders, no `..`), with the type to send it as. */
const PUBLIC_FILE = /^[\w-]+(?:\.[\w-]+)*\.(js|css)$/;
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/**
 * The page's props: the Dalarna sample through the core's door, as a host loads its stored document
 * (serialised, then `parseWorkspace`), so the server renders from the same data the browser will validate.
 */
const props: SitevisionPageProps = {
  workspace: parseWorkspace(JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace()))),
  asOf: DALARNA_SAMPLE_AS_OF,
};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    "content-type": type,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (request.method !== "GET") return send(response, 405, "text/plain; charset=utf-8", "Method not allowed");
  if (path === "/") {
    const page = renderToString(<SitevisionPage {...props} />);
    return send(response, 200, "text/html; charset=utf-8", renderDocument(page, props));
  }
  const name = path.slice(1);
  const match = PUBLIC_FILE.exec(name);
  if (match === null) return send(response, 404, "text/plain; charset=utf-8", "Not found");
  try {
    send(response, 200, CONTENT_TYPES[match[1]!]!, await readFile(new URL(name, publicFolder)));
  } catch {
    send(response, 404, "text/plain; charset=utf-8", "Not found");
  }
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "Server error");
  });
});
const port = Number(process.env.PORT ?? 3000);
server.listen(port, "127.0.0.1", () => {
  // The e2e test waits for this line before it opens the page.
  console.log(`listening on http://127.0.0.1:${port}/`);
});
