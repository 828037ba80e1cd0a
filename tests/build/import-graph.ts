/**
 * The import graph of a package's sources, read with the TypeScript compiler: which file imports which, and
 * whether only for types (`import type`, `export type`, or an import whose every name is `type`). The layer
 * checks of the core (tests/core/layers.test.ts) and of the kit are questions about this graph, so they take
 * file contents and can be proved on planted graphs as well as on the real packages.
 */
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

/** One import of a source file. */
export interface ImportEdge {
  /** The importing file. */
  readonly from: string;
  /** The module specifier as written (`"../common/issues.js"`, `"zod"`). */
  readonly specifier: string;
  /** The imported file, for a relative specifier that names a known file; null for a package. */
  readonly to: string | null;
  /** True when the import brings only types (erased from the built code). */
  readonly typeOnly: boolean;
}

/** The graph: every file's imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import "x"`: a side effect
  if (clause.isTypeOnly) return true;
  if (clause.name !== undefined) return false;
  const bindings = clause.namedBindings;
  if (bindings === undefined || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/** Resolve a relative specifier of `from` to a known file: `./x.js` → `./x.ts`, `./x.tsx` or `./x/index.ts`. */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = normalize(join(dirname(from), specifier)).replace(/\.js$/, "");
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Build the import graph of `files` (path → source text). Static imports and re-exports count, and dynamic
 * `import()` of a literal (never type-only, as it runs).
 *
 * @example
 * const graph = buildImportGraph(new Map([["/a.ts", 'import { b } from "./b.js";'], ["/b.ts", "export const b = 1;"]]));
 * graph.get("/a.ts")?.[0]?.to; // "/b.ts"
 */
export function buildImportGraph(files: ReadonlyMap<string, string>): ImportGraph {
  const known = new Set(files.keys());
  const graph = new Map<string, ImportEdge[]>();
  for (const [path, text] of files) {
    const source = ts.createSourceFile(
      path,
      text,
      ts.ScriptTarget.Latest,
      false,
      path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const edges: ImportEdge[] = [];
    const add = (specifier: string, typeOnly: boolean) => {
      edges.push({
        from: path,
        specifier,
        to: specifier.startsWith(".") ? resolveRelative(path, specifier, known) : null,
        typeOnly,
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
        add(node.moduleSpecifier.text, isTypeOnlyImport(node));
      else if (
        ts.isExportDeclaration(node) &&
        node.moduleSpecifier !== undefined &&
        ts.isStringLiteral(node.moduleSpecifier)
      )
        add(node.moduleSpecifier.text, isTypeOnlyExport(node));
      else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        add(node.arguments[0].text, false);
      } else if (
        ts.isImportTypeNode(node) &&
        ts.isLiteralTypeNode(node.argument) &&
        ts.isStringLiteral(node.argument.literal)
      )
        add(node.argument.literal.text, true);
      ts.forEachChild(node, visit);
    };
    visit(source);
    graph.set(path, edges);
  }
  return graph;
}

/**
 * Every cycle of the graph, each as the list of its files (the strongly connected components with more than
 * one file, or a file that imports itself). `includeTypeOnly` counts type-only imports too.
 */
export function findImportCycles(graph: ImportGraph, options: { readonly includeTypeOnly: boolean }): string[][] {
  const next = (file: string): string[] =>
    (graph.get(file) ?? [])
      .filter((edge) => edge.to !== null && (options.includeTypeOnly || !edge.typeOnly))
      .map((edge) => edge.to!);
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work: Array<{ file: string; children: string[]; position: number }> = [];
    const enter = (file: string) => {
      order.set(file, counter);
      low.set(file, counter);
      counter++;
      stack.push(file);
      onStack.add(file);
      work.push({ file, children: next(file), position: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.position < frame.children.length) {
        const child = frame.children[frame.position++]!;
        if (!order.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.file, Math.min(low.get(frame.file)!, order.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
      if (low.get(frame.file) === order.get(frame.file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.file);
        if (component.length > 1 || next(frame.file).includes(frame.file)) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/**
 * The files `start` reaches through imports that run (type-only imports skipped), `start` included: what a
 * bundler may have to include when `start` is used.
 */
export function valueClosure(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const edge of graph.get(file) ?? []) {
      if (edge.typeOnly || edge.to === null || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

/** The packages (non-relative specifiers) a file imports for its values. */
export function valuePackages(graph: ImportGraph, file: string): string[] {
  return (graph.get(file) ?? [])
    .filter((edge) => !edge.typeOnly && edge.to === null && !edge.specifier.startsWith("."))
    .map((edge) => edge.specifier);
}
