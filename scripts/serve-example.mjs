/**
 * Serves one of the host examples (`examples/plain-html`, `examples/react17-host`) the way an intranet
 * would: static files from the site's own origin, every response under the strict Content Security Policy
 * below. Before serving it copies what the example takes from the build into the example's `vendor/` folder
 * (not committed): the elements' files, the Dalarna sample as `workspace.json`, and for the React 17 host
 * React 17's UMD builds. `pnpm run build` first.
 *
 *   node scripts/serve-example.mjs plain-html [port]    (pnpm --filter @systemledning/example-plain-html start)
 *
 * `serveExample()` is exported for the end-to-end tests, which start the same server on a free port.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The policy of every response: scripts and styles of the page's own origin only, and Trusted Types. */
export const EXAMPLE_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The examples, with the built files each copies into its `vendor/` folder (from, relative to the root). */
export const EXAMPLES = {
  "plain-html": ["packages/elements/dist/systemledning-elements.iife.js"],
  "react17-host": [
    "node_modules/react-17/umd/react.production.min.js",
    "node_modules/react-dom-17/umd/react-dom.production.min.js",
    "packages/elements/dist/systemledning-elements.iife.js",
  ],
};

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * Copy the example's built files and the sample workspace into its `vendor/` folder; returns the folder
 * served. Throws, saying what to run, when the build is missing.
 * @param {keyof typeof EXAMPLES} name
 */
export async function prepareExample(name) {
  const files = EXAMPLES[name];
  if (files === undefined) throw new Error(`serve-example: no example "${name}" (${Object.keys(EXAMPLES).join(", ")})`);
  const folder = join(repositoryRoot, "examples", name);
  const vendor = join(folder, "vendor");
  mkdirSync(vendor, { recursive: true });
  for (const file of files) {
    const from = join(repositoryRoot, file);
    if (!existsSync(from)) throw new Error(`serve-example: ${file} is missing; run pnpm install && pnpm run build`);
    copyFileSync(from, join(vendor, file.split("/").at(-1)));
  }
  const coreDist = join(repositoryRoot, "packages/core/dist");
  if (!existsSync(join(coreDist, "index.js")))
    throw new Error("serve-example: the core is not built; run pnpm run build");
  const { serializeWorkspace } = await import(pathToFileURL(join(coreDist, "index.js")).href);
  const { createDalarnaSampleWorkspace } = await import(
    pathToFileURL(join(coreDist, "profiles/dalarna/index.js")).href
  );
  writeFileSync(join(vendor, "workspace.json"), serializeWorkspace(createDalarnaSampleWorkspace()));
  return folder;
}

/**
 * Prepare and serve an example on 127.0.0.1.
 * @param {keyof typeof EXAMPLES} name
 * @param {number} [port] - 0 for any free port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveExample(name, port = 0) {
  const folder = await prepareExample(name);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(folder, path.endsWith("/") ? `${path}index.html` : path));
    const headers = { "content-security-policy": EXAMPLE_CSP, "cache-control": "no-store" };
    if (!file.startsWith(folder + sep) || !existsSync(file) || !["GET", "HEAD"].includes(request.method ?? "")) {
      response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, { ...headers, "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : port}`;
  return {
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, port = "8080"] = process.argv.slice(2);
  const { origin } = await serveExample(name, Number(port));
  console.log(`examples/${name} on ${origin}/ under ${EXAMPLE_CSP} (Ctrl-C stops it)`);
}
