/**
 * The reference server as a child process, exactly as `pnpm serve` runs it (`node --import tsx` on
 * packages/server/src/cli.ts), so a test can kill it with SIGKILL — no shutdown handler, no flush — and start
 * it again on the same port and database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** A server process. */
export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  /** Kill it with `signal` and wait until it is gone; resolves with how it ended. */
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Start the server on `port` and `database` (a file path or a `postgres://` URL); resolves when it listens.
 * @param args - more arguments for the command line (`--seed dalarna`)
 * @param script - the server to run: the reference server, or the bench's last-write-wins peer
 */
export function startChildServer(
  port: number,
  database: string,
  args: readonly string[] = [],
  script = "packages/server/src/cli.ts",
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SYSTEMLEDNING_DB: database,
      LWW_DB: database,
      // tsx resolves the `@systemledning/core` paths to the core's sources through this file's baseUrl.
      TSX_TSCONFIG_PATH: "packages/server/tsconfig.json",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start within 60 s:\n${output}`));
    }, 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      listening = true;
      child.stdout?.off("data", listen);
      child.stdout?.resume();
      resolve({
        url: match[1]!,
        pid: child.pid!,
        kill: async (signal = "SIGKILL") => {
          killed = true;
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    let listening = false;
    let killed = false;
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      // A server that dies on its own (not killed by us) says why: its output is the only trace.
      if (listening && !killed) process.stderr.write(`the server exited with ${code}:\n${output}`);
      reject(new Error(`the server exited (${code ?? signal}) before it listened:\n${output}`));
    });
  });
}
