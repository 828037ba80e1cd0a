/**
 * Checks of the core's boundaries (docs/architecture.md, "How the gate holds the rules": the core stays headless;
 * docs/quality.md S1, S6): what its sources import, which browser globals they touch, and what its built bundles
 * contain. The functions take file contents rather than reading the disk, so `tests/core/boundaries.test.ts` can prove
 * each check fails on a bad snippet as well as passes on the real package.
 */
import ts from "typescript";

/** One breach of a boundary, located so a reader can fix it. */
export interface BoundaryViolation {
  /** Path of the offending file, as given to the check. */
  file: string;
  /** 1-based line of the offending code. */
  line: number;
  /** What was found, e.g. `import "react"` or `global document`. */
  finding: string;
}

/**
 * Browser globals the core must not use as values: each is either the DOM, storage, or the network, which
 * the core reaches only through what the host passes in (a store, a `fetch`).
 */
export const FORBIDDEN_GLOBALS: readonly string[] = [
  "window",
  "document",
  "localStorage",
  "sessionStorage",
  "navigator",
  "indexedDB",
  "fetch",
  "XMLHttpRequest",
  "location",
  "history",
  "customElements",
  "self",
];

/** Per-file exceptions: a path suffix and the globals that file may use. */
export interface GlobalAllowance {
  pathEndsWith: string;
  globals: readonly string[];
}

/**
 * The one exception in the core: the IndexedDB store adapter, which the host opts into explicitly
 * (the core itself never touches storage unless the host asks for that adapter).
 */
export const CORE_GLOBAL_ALLOWANCES: readonly GlobalAllowance[] = [
  { pathEndsWith: "packages/core/src/workspace/store-indexeddb.ts", globals: ["indexedDB"] },
];

/** True when the core may import `specifier`: its own modules (relative) and its one dependency, zod. */
export function isAllowedCoreImport(specifier: string): boolean {
  return specifier.startsWith(".") || specifier === "zod" || specifier.startsWith("zod/");
}

/** Every module specifier `sourceFile` names: static and dynamic imports, re-exports and `require` calls. */
export function collectModuleSpecifiers(sourceFile: ts.SourceFile): Array<{ specifier: string; line: number }> {
  const found: Array<{ specifier: string; line: number }> = [];
  const record = (literal: ts.Node) => {
    if (ts.isStringLiteralLike(literal)) {
      found.push({ specifier: literal.text, line: lineOf(sourceFile, literal) });
    }
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      record(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      record(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.arguments[0] !== undefined) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (isDynamicImport || isRequire) record(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      record(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Finds forbidden imports and browser globals in the core's TypeScript sources.
 *
 * Globals are found with the type checker, not by name: an identifier counts only when it resolves to
 * TypeScript's standard library (so a parameter named `fetch`, an object key `document` or `typeof fetch`
 * in a type are fine, while `fetch(url)` or `globalThis.document` are not).
 *
 * @param files - path → source text; paths only label findings and match `allowances`.
 * @param allowances - per-file exceptions, {@link CORE_GLOBAL_ALLOWANCES} for the real core.
 * @example
 * findSourceViolations(new Map([["a.ts", 'import React from "react";']]));
 * // → [{ file: "a.ts", line: 1, finding: 'import "react" (only relative modules and zod are allowed)' }]
 */
export function findSourceViolations(
  files: ReadonlyMap<string, string>,
  allowances: readonly GlobalAllowance[] = CORE_GLOBAL_ALLOWANCES,
): BoundaryViolation[] {
  const program = createProgram(files);
  const checker = program.getTypeChecker();
  const violations: BoundaryViolation[] = [];
  for (const file of files.keys()) {
    const sourceFile = program.getSourceFile(file);
    if (sourceFile === undefined) throw new Error(`TypeScript did not load ${file}`);
    for (const { specifier, line } of collectModuleSpecifiers(sourceFile)) {
      if (!isAllowedCoreImport(specifier)) {
        violations.push({ file, line, finding: `import "${specifier}" (only relative modules and zod are allowed)` });
      }
    }
    const allowed = new Set(
      allowances.filter((allowance) => file.endsWith(allowance.pathEndsWith)).flatMap((allowance) => allowance.globals),
    );
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node)) return; // types vanish at run time
      if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.includes(node.text) && !allowed.has(node.text)) {
        if (resolvesToStandardLibrary(node, checker, program) || isReadFromCastGlobalThis(node)) {
          violations.push({ file, line: lineOf(sourceFile, node), finding: `global ${node.text}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return violations;
}

/**
 * Finds what must never reach a built bundle of the core: HTML sinks, code evaluation, and imports other
 * than the package's own chunks and zod. Works on the emitted JavaScript (ESM and CJS), so it also catches
 * what a bundler might inline.
 *
 * @param files - path → built JavaScript.
 * @example
 * findBuiltOutputViolations(new Map([["index.js", 'el.innerHTML = s;']]));
 * // → [{ file: "index.js", line: 1, finding: "innerHTML" }]
 */
export function findBuiltOutputViolations(files: ReadonlyMap<string, string>): BoundaryViolation[] {
  const forbiddenText: Array<{ pattern: RegExp; finding: string }> = [
    { pattern: /innerHTML/g, finding: "innerHTML" },
    { pattern: /\beval\s*\(/g, finding: "eval(" },
    { pattern: /\bnew\s+Function\b/g, finding: "new Function" },
  ];
  const violations: BoundaryViolation[] = [];
  for (const [file, text] of files) {
    for (const { pattern, finding } of forbiddenText) {
      for (const match of text.matchAll(pattern)) {
        violations.push({ file, line: text.slice(0, match.index).split("\n").length, finding });
      }
    }
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    for (const { specifier, line } of collectModuleSpecifiers(sourceFile)) {
      if (!isAllowedCoreImport(specifier)) violations.push({ file, line, finding: `import "${specifier}"` });
    }
  }
  return violations;
}

/** Formats violations one per line, for assertion messages. */
export function describeViolations(violations: readonly BoundaryViolation[]): string {
  return violations.map((violation) => `${violation.file}:${violation.line} ${violation.finding}`).join("\n");
}

function lineOf(sourceFile: ts.SourceFile, node: ts.Node): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

/**
 * `(globalThis as { document?: unknown }).document` resolves to the cast's own type, not to the library,
 * yet reads the global all the same: catch property reads on `globalThis` through parentheses and casts.
 */
function isReadFromCastGlobalThis(identifier: ts.Identifier): boolean {
  const access = identifier.parent;
  if (!ts.isPropertyAccessExpression(access) || access.name !== identifier) return false;
  let target: ts.Expression = access.expression;
  while (
    ts.isParenthesizedExpression(target) ||
    ts.isAsExpression(target) ||
    ts.isTypeAssertionExpression(target) ||
    ts.isNonNullExpression(target) ||
    ts.isSatisfiesExpression(target)
  ) {
    target = target.expression;
  }
  return ts.isIdentifier(target) && target.text === "globalThis";
}

function resolvesToStandardLibrary(identifier: ts.Identifier, checker: ts.TypeChecker, program: ts.Program): boolean {
  const symbol = checker.getSymbolAtLocation(identifier);
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

const libraryCache = new Map<string, ts.SourceFile>();

/**
 * A program over in-memory files plus the ES2023 and DOM libraries. `noResolve` keeps imports as opaque
 * aliases: resolving them is not needed to tell a local binding from a global, and keeps the check fast.
 */
function createProgram(files: ReadonlyMap<string, string>): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
    noResolve: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = files.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    // Library files never change during a run; parsing lib.dom.d.ts once instead of per check saves ~0.3 s each.
    let library = libraryCache.get(fileName);
    if (library === undefined) {
      library = readFromDisk(fileName, languageVersion, onError, shouldCreate);
      if (library !== undefined) libraryCache.set(fileName, library);
    }
    return library;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  return ts.createProgram({ rootNames: [...files.keys()], options, host });
}
