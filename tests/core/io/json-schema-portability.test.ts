/**
 * The JSON Schema means the same in other validators (docs/quality.md D11): ajv (with ajv-formats) and Python's
 * `jsonschema` judge one seeded corpus of valid and broken documents alike, and agree with `safeParseWorkspace`
 * on everything the schema can express. The corpus: the samples and generated workspaces (valid), and targeted
 * mutations of their formatted strings (ids, dates, times, codes, hashes): a trailing or leading newline, and
 * digits of other scripts (Arabic-Indic, full-width), which Python's `$` and `\d` used to let through.
 * Also: the README's ajv example runs as written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { workspaceJsonSchema } from "@systemledning/core/io";
import { safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { workspaceArbitrary } from "../../fixtures/arbitraries.js";

const SEED = 20261122;
const root = fileURLToPath(new URL("../../../", import.meta.url));
const PYTHON_CHECK = fileURLToPath(new URL("./jsonschema_check.py", import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Issue codes of the door that a JSON Schema can express at the place it names. */
const EXPRESSIBLE = new Set([
  "invalid_type",
  "missing_field",
  "unknown_field",
  "invalid_value",
  "invalid_format",
  "invalid_id",
  "invalid_code",
  "too_small",
  "too_big",
  "invalid_union",
]);

function stored(ws: Workspace): Json {
  return JSON.parse(serializeWorkspace(ws)) as Json;
}

/** A copy with every top-level collection cut to its first three records: every kind of field, far fewer bytes. */
function trimmed(doc: Json): Json {
  const copy = structuredClone(doc) as Record<string, Json>;
  for (const [key, value] of Object.entries(copy)) if (Array.isArray(value)) copy[key] = value.slice(0, 3);
  return copy;
}

/** Every string in the document that looks formatted (an id, a date, a time, a code, a hash), with its path. */
function formattedStrings(doc: Json, path: Path = [], out: [Path, string][] = []): [Path, string][] {
  if (typeof doc === "string") {
    if (doc.length <= 128 && /^[0-9A-Za-z][0-9A-Za-z._:+-]*$/.test(doc)) out.push([path, doc]);
  } else if (Array.isArray(doc)) doc.forEach((item, i) => formattedStrings(item, [...path, i], out));
  else if (doc !== null && typeof doc === "object")
    for (const [key, value] of Object.entries(doc)) formattedStrings(value, [...path, key], out);
  return out;
}

function withValue(doc: Json, path: Path, value: string): Json {
  const copy = structuredClone(doc);
  let node = copy as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}

const MUTATIONS: readonly { name: string; apply: (s: string) => string | undefined }[] = [
  { name: "trailing newline", apply: (s) => `${s}\n` },
  { name: "leading newline", apply: (s) => `\n${s}` },
  {
    name: "Arabic-Indic digits",
    apply: (s) => (/[0-9]/.test(s) ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d))) : undefined),
  },
  {
    name: "one full-width digit",
    apply: (s) => (/[0-9]/.test(s) ? s.replace(/[0-9]/, (d) => String.fromCharCode(0xff10 + Number(d))) : undefined),
  },
];

interface Case {
  readonly name: string;
  readonly document: Json;
  /** The path mutated, when the case is a mutation. */
  readonly path?: Path;
}

/** The seeded corpus: valid documents, then mutations of some of their formatted strings. */
function corpus(): Case[] {
  const generated = fc.sample(workspaceArbitrary({ maxRecords: 2 }), { seed: SEED, numRuns: 8 }).map(stored);
  const valid: Case[] = [
    { name: "Dalarna sample", document: stored(createDalarnaSampleWorkspace()) },
    { name: "Kalmar sample", document: stored(createKalmarSampleWorkspace()) },
    ...generated.map((document, i) => ({ name: `generated ${i}`, document })),
  ];
  const bases = [trimmed(valid[0]!.document), trimmed(valid[1]!.document), ...generated.slice(0, 4)];
  const picks = fc.sample(fc.nat(), { seed: SEED, numRuns: 200 });
  const mutated: Case[] = [];
  bases.forEach((base, b) => {
    const candidates = formattedStrings(base);
    for (let k = 0; k < 14 && candidates.length > 0; k++) {
      const [path, value] = candidates[picks[(b * 14 + k) % picks.length]! % candidates.length]!;
      for (const mutation of MUTATIONS) {
        const next = mutation.apply(value);
        if (next === undefined) continue;
        mutated.push({
          name: `${mutation.name} at ${path.join(".")} of base ${b}`,
          document: withValue(base, path, next),
          path,
        });
      }
    }
  });
  return [...valid, ...mutated];
}

function ajvValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(workspaceJsonSchema());
}

/** Python's verdicts, one process for the whole corpus. */
function pythonVerdicts(documents: readonly Json[]): boolean[] {
  const run = spawnSync("python3", [PYTHON_CHECK], {
    input: JSON.stringify({ schema: workspaceJsonSchema(), documents }),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python3 ${PYTHON_CHECK} failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

describe("workspaceJsonSchema in ajv and in Python's jsonschema", () => {
  it("keeps every pattern to the portable subset: [0-9] for digits, no '.', and an end that no newline passes", () => {
    const patterns: string[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === "pattern" && typeof child === "string") patterns.push(child);
        else visit(child);
      }
    };
    visit(workspaceJsonSchema());
    expect(patterns.length).toBeGreaterThan(0);
    const end = "(?![\\s\\S])";
    for (const pattern of patterns) {
      expect(pattern.startsWith("^") && pattern.endsWith(end), pattern).toBe(true);
      const body = pattern.slice(1, -end.length);
      expect(body, pattern).not.toMatch(/\\[dDwWsSbB]/);
      // Outside its classes, no "." and no "$" (a class's "." is a literal dot in every dialect).
      expect(body.replace(/\\./g, "").replace(/\[[^\]]*\]/g, ""), pattern).not.toMatch(/[.$]/);
    }
  });

  it("agree with each other and with safeParseWorkspace on a seeded corpus of valid and broken documents", () => {
    const cases = corpus();
    const validate = ajvValidator();
    const python = pythonVerdicts(cases.map((c) => c.document));
    expect(python).toHaveLength(cases.length);
    const disagreements: string[] = [];
    let rejected = 0;
    cases.forEach((c, i) => {
      const ajv = validate(c.document);
      const door = safeParseWorkspace(c.document);
      if (ajv !== python[i]) disagreements.push(`${c.name}: ajv ${ajv}, python ${python[i]}`);
      if (door.success && !ajv) disagreements.push(`${c.name}: the door accepts, the schema refuses`);
      if (!door.success && c.path !== undefined) {
        const here = door.error.issues.filter((issue) => samePath(issue.pathSegments, c.path!));
        if (here.some((issue) => EXPRESSIBLE.has(issue.code))) {
          rejected++;
          if (ajv || python[i])
            disagreements.push(`${c.name}: the door refuses (${here[0]!.code}), ajv ${ajv}, python ${python[i]}`);
        }
      }
    });
    expect(disagreements).toEqual([]);
    // The corpus does what it is for: the samples and generated documents are valid, most mutations refused.
    expect(cases.slice(0, 10).every((c) => safeParseWorkspace(c.document).success)).toBe(true);
    expect(rejected).toBeGreaterThan(100);
  }, 120_000);
});

describe("README: JSON Schema for other back ends", () => {
  it("needs ajv-formats: ajv alone refuses to compile the schema's formats (what the old example did)", () => {
    expect(() => new Ajv2020({ allErrors: true }).compile(workspaceJsonSchema())).toThrow(/unknown format "date/);
  });

  it("runs the ajv example as written, and it tells a valid document from a broken one", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const start = readme.indexOf("\n### JSON Schema for other back ends\n");
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    // The example reads the document from `text`, as the README's other examples do.
    const dir = join(root, "tmp", `readme-json-schema-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const global = globalThis as { text?: string };
    try {
      const sample = serializeWorkspace(createDalarnaSampleWorkspace());
      const broken = sample.replace(/"recordedAt": "([^"]*)"/, '"recordedAt": "$1\\n"');
      expect(broken).not.toBe(sample);
      for (const [name, text, logged] of [
        ["valid", sample, 0],
        ["broken", broken, 1],
      ] as const) {
        const file = join(dir, `${name}.ts`);
        writeFileSync(file, code!);
        global.text = text;
        log.mockClear();
        await import(/* @vite-ignore */ file);
        expect(log.mock.calls.length, name).toBe(logged);
      }
      expect(log.mock.calls[0]![0]).toContainEqual(expect.objectContaining({ keyword: "pattern" }));
    } finally {
      delete global.text;
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
