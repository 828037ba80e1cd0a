/**
 * `pnpm serve`: the reference server from the command line.
 *
 *   PORT=8787 SYSTEMLEDNING_DB=./systemledning.sqlite pnpm serve [--seed dalarna]
 *
 * `SYSTEMLEDNING_DB` is a file path (SQLite, created when missing) or a `postgres://…` URL. `--seed dalarna`
 * creates the workspace `dalarna` from the bundled sample when it does not exist yet (never overwrites).
 * SIGTERM and SIGINT stop it gracefully: requests in flight finish, then the database closes.
 */
import { pathToFileURL } from "node:url";
import { openDatabase, type WorkspaceDatabase } from "./database.js";
import { checkIncomingDocument } from "./incoming.js";
import { DEFAULT_PORT, startServer } from "./server.js";

/** What the command line and the environment ask for. */
export interface ServeConfig {
  readonly port: number;
  readonly host: string;
  readonly database: string;
  readonly seed: readonly string[];
  readonly corsOrigins: "*" | readonly string[];
  readonly maxBodyBytes: number | undefined;
}

/** The samples `--seed` knows: the workspace id each is stored under, and how to make it. */
const SEEDS: Readonly<Record<string, () => Promise<unknown>>> = {
  dalarna: async () => (await import("@systemledning/core/profiles/dalarna")).createDalarnaSampleWorkspace(),
};

/**
 * Read the configuration from `argv` (after the script) and `env`; throws with a message for a bad value.
 *
 * @example
 * readServeConfig(["--seed", "dalarna"], { PORT: "9000" }).port // 9000
 */
export function readServeConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeConfig {
  const port = env.PORT === undefined || env.PORT === "" ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const seed: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith("--seed=") ? arg.slice("--seed=".length) : arg === "--seed" ? argv[++i] : undefined;
    if (value === undefined) {
      if (arg === "--") continue;
      throw new Error(`Unknown argument "${arg}". Usage: pnpm serve [--seed ${Object.keys(SEEDS).join("|")}]`);
    }
    if (!(value in SEEDS))
      throw new Error(`Unknown sample "${value}" for --seed: known are ${Object.keys(SEEDS).join(", ")}`);
    seed.push(value);
  }
  const origins = env.SYSTEMLEDNING_CORS_ORIGINS?.trim();
  const maxBody = env.SYSTEMLEDNING_MAX_BODY_BYTES;
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    database: env.SYSTEMLEDNING_DB || "./systemledning.sqlite",
    seed,
    corsOrigins: origins === undefined || origins === "" || origins === "*" ? "*" : origins.split(/\s*,\s*/),
    maxBodyBytes: maxBody === undefined || maxBody === "" ? undefined : Number(maxBody),
  };
}

/** Store the sample `name` as workspace `name` unless a workspace of that id exists. */
export async function seedWorkspace(database: WorkspaceDatabase, name: string): Promise<"created" | "exists"> {
  if ((await database.head(name)) !== null) return "exists";
  const make = SEEDS[name];
  if (make === undefined) throw new Error(`Unknown sample "${name}"`);
  const checked = await checkIncomingDocument(JSON.stringify(await make()), null);
  if (!checked.ok) throw new Error(`The sample "${name}" does not pass the door: ${checked.issues[0]?.message.en}`);
  const { body, size, logHead, logLength } = checked.document;
  const appended = await database.append(name, null, {
    body,
    size,
    logHead,
    logLength,
    savedAt: new Date().toISOString(),
  });
  return appended.ok ? "created" : "exists";
}

/** Where a database location is shown: a PostgreSQL URL without its password. */
const shown = (location: string): string => location.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");

async function main(): Promise<void> {
  const config = readServeConfig(process.argv.slice(2), process.env);
  const database = await openDatabase(config.database);
  for (const name of config.seed) console.log(`seed ${name}: ${await seedWorkspace(database, name)}`);
  const running = await startServer({
    database,
    port: config.port,
    host: config.host,
    corsOrigins: config.corsOrigins,
    ...(config.maxBodyBytes === undefined ? {} : { maxBodyBytes: config.maxBodyBytes }),
  });
  // Tests and scripts wait for this line.
  console.log(`systemledning server listening on ${running.url} (${database.kind}: ${shown(config.database)})`);
  const stop = (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
