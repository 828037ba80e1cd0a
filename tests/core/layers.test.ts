/**
 * The core's layers (docs/architecture.md, "Layers"), as rules over its import graph: no cycle, type-only
 * imports included; `common/` a leaf that knows no feature; the workspace document built from schemas alone;
 * and zod reached only by the doors, so a function a chart needs brings no schema library into a host's
 * bundle. Each rule is also shown to fail on a planted graph.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildImportGraph,
  findImportCycles,
  valueClosure,
  valuePackages,
  type ImportGraph,
} from "../build/import-graph.js";

const src = fileURLToPath(new URL("../../packages/core/src/", import.meta.url));

function readSources(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(directory, { recursive: true, encoding: "utf8" })) {
    const path = join(directory, name);
    if (/\.tsx?$/.test(path) && statSync(path).isFile()) files.set(path, readFileSync(path, "utf8"));
  }
  return files;
}

const graph = buildImportGraph(readSources(src));
const rel = (path: string) => relative(src, path);

/** Files that may reach zod: the schemas, and the doors that validate outside data or an intent with them. */
const DOORS: ReadonlyArray<{ readonly file: RegExp; readonly why: string }> = [
  { file: /(^|\/)schema(-[a-z]+)?\.ts$/, why: "a module's schemas" },
  { file: /^schema\//, why: "zod's building blocks" },
  { file: /(^|\/)commands(-[a-z]+)?\.ts$/, why: "commands validate the intents and records they write" },
  { file: /(^|\/)index\.ts$/, why: "an entry re-exports its module's schemas (bundlers drop what is not used)" },
  {
    file: /^workspace\/(parse|store-indexeddb|store-http)\.ts$/,
    why: "the workspace's door, and the stores that load through it",
  },
  { file: /^profile\/parse\.ts$/, why: "a lone profile's door, with the workspace's schema and checks" },
  { file: /^assessment\/csv-responses\.ts$/, why: "responses imported from CSV enter through the door" },
  { file: /^kolada\/(client|responses)\.ts$/, why: "Kolada's answers are validated before they become values" },
  { file: /^io\/json-schema\.ts$/, why: "the JSON Schema is made from the zod schemas" },
  { file: /^plan\/report\/assemble\.ts$/, why: "the report's options and texts are validated" },
];

/** The files of the document's definition: schemas, issue messages, constants, and the leaf layers. */
const DOCUMENT_PARTS = [
  /(^|\/)schema(-[a-z]+)?\.ts$/,
  /(^|\/)issues\.ts$/,
  /(^|\/)constants\.ts$/,
  /^common\//,
  /^schema\//,
  /^system-map\/(ids|model)\.ts$/,
];

/** Files whose value imports reach a file that imports zod, and are not doors. */
function pureFilesReachingZod(importGraph: ImportGraph, root: string): string[] {
  const zodFiles = new Set(
    [...importGraph.keys()].filter((file) =>
      valuePackages(importGraph, file).some((p) => p === "zod" || p.startsWith("zod/")),
    ),
  );
  return [...importGraph.keys()]
    .map((file) => relative(root, file))
    .filter((file) => !file.startsWith("profiles/") && !DOORS.some((door) => door.file.test(file)))
    .filter((file) => [...valueClosure(importGraph, join(root, file))].some((reached) => zodFiles.has(reached)))
    .sort();
}

/** Every import of a file in `folder` that leaves it (type-only included), as `file → specifier`. */
function importsLeaving(importGraph: ImportGraph, root: string, folder: string): string[] {
  const inside = join(root, folder);
  return [...importGraph.entries()]
    .filter(([file]) => file.startsWith(inside))
    .flatMap(([file, edges]) =>
      edges
        .filter((edge) => edge.to === null || !edge.to.startsWith(inside))
        .map((edge) => `${relative(root, file)} → ${edge.specifier}`),
    );
}

describe("the core's import graph", () => {
  it("has no cycle, type-only imports included", () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(findImportCycles(graph, { includeTypeOnly: true }).map((cycle) => cycle.map(rel))).toEqual([]);
  });

  it("keeps common/ a leaf: it imports nothing outside common/, not even zod", () => {
    expect(importsLeaving(graph, src, "common/")).toEqual([]);
  });

  it("builds the workspace document from schemas alone: no function, no index, no command in its definition", () => {
    const definition = [...valueClosureWithTypes(graph, join(src, "workspace/schema.ts"))].map(rel);
    expect(definition.length).toBeGreaterThan(15);
    expect(definition.filter((file) => !DOCUMENT_PARTS.some((part) => part.test(file)))).toEqual([]);
  });

  it("lets only the doors reach zod: every other file imports schemas for their types alone", () => {
    expect(pureFilesReachingZod(graph, src)).toEqual([]);
  });
});

/** Like {@link valueClosure}, following type-only imports too: everything a file's definition depends on. */
function valueClosureWithTypes(importGraph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const edge of importGraph.get(queue.pop()!) ?? []) {
      if (edge.to === null || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

describe("the layer rules on planted graphs", () => {
  const root = "/planted/src";
  const planted = (files: Record<string, string>) =>
    buildImportGraph(new Map(Object.entries(files).map(([name, text]) => [join(root, name), text])));

  it("finds a cycle closed by a type-only import only when type-only imports count", () => {
    const cyclic = planted({
      "a/x.ts": 'import { y } from "../b/y.js";\nexport const x = y;',
      "b/y.ts": 'import type { X } from "../a/types.js";\nexport const y: X = 1;',
      "a/types.ts": 'import { x } from "./x.js";\nexport type X = typeof x;',
    });
    expect(
      findImportCycles(cyclic, { includeTypeOnly: true }).map((cycle) => cycle.map((file) => relative(root, file))),
    ).toEqual([["a/types.ts", "a/x.ts", "b/y.ts"]]);
    expect(findImportCycles(cyclic, { includeTypeOnly: false })).toEqual([]);
  });

  it("finds a leaf that imports a feature, even for a type", () => {
    const leaky = planted({
      "common/issues.ts":
        'import type { MeetingsIssueCode } from "../meetings/issues.js";\nexport type C = MeetingsIssueCode;',
      "meetings/issues.ts": "export type MeetingsIssueCode = string;",
    });
    expect(importsLeaving(leaky, root, "common/")).toEqual(["common/issues.ts → ../meetings/issues.js"]);
  });

  it("finds a pure file that reaches zod through another file, and not one that imports a schema for its type", () => {
    const files = planted({
      "m/schema.ts":
        'import * as z from "zod";\nexport const Item = z.string();\nexport type Item = z.infer<typeof Item>;',
      "m/labels.ts": 'import { Item } from "./schema.js";\nexport const options = Item;',
      "m/chart.ts": 'import { options } from "./labels.js";\nexport const draw = () => options;',
      "m/typed.ts": 'import type { Item } from "./schema.js";\nexport const show = (item: Item) => item;',
    });
    expect(pureFilesReachingZod(files, root)).toEqual(["m/chart.ts", "m/labels.ts"]);
  });
});
