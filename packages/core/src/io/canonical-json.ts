/**
 * Deterministic JSON: object keys sorted by code point, every string in Unicode NFC, dates as ISO-8601,
 * `undefined` properties left out, two-space indentation and a final newline (diff-friendly in git).
 * The same value always gives the same bytes.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type PathSegment } from "../common/issues.js";

/** Options of {@link toCanonicalJson}. */
export interface CanonicalJsonOptions {
  /** Spaces of indentation; 0 for one line. @default 2 */
  readonly indent?: number;
}

/**
 * Serialise `value` deterministically. Throws a {@link SystemledningError} (`invalidInput`) for values JSON
 * cannot hold (NaN, Infinity, functions, bigint, symbols, cycles) and for two keys of one object that are
 * equal after NFC normalisation, naming the path.
 *
 * @example
 * toCanonicalJson({ b: 1, a: "e\u0301" }) // '{\n  "a": "é",\n  "b": 1\n}\n'
 */
export function toCanonicalJson(value: unknown, options: CanonicalJsonOptions = {}): string {
  const indent = options.indent ?? 2;
  const out: string[] = [];
  const ancestors = new Set<object>();
  // One shared path stack: copying a path per node would dominate the cost on large documents.
  const path: PathSegment[] = [];

  const fail = (received: string): never => {
    throw new SystemledningError("invalidInput", [createIssue([...path], "invalid_type", { expected: "JSON", received })]);
  };

  const write = (current: unknown, depth: number): void => {
    const pad = indent > 0 ? "\n" + " ".repeat(indent * (depth + 1)) : "";
    const close = indent > 0 ? "\n" + " ".repeat(indent * depth) : "";
    const sep = indent > 0 ? ": " : ":";
    if (current === null) return void out.push("null");
    switch (typeof current) {
      case "string":
        return void out.push(JSON.stringify(current.normalize("NFC")));
      case "boolean":
        return void out.push(current ? "true" : "false");
      case "number":
        if (!Number.isFinite(current)) fail(String(current));
        return void out.push(JSON.stringify(current));
      case "object":
        break;
      default:
        return void fail(typeof current);
    }
    const obj = current as object;
    if (obj instanceof Date) {
      if (Number.isNaN(obj.getTime())) fail("Invalid Date");
      return void out.push(JSON.stringify(obj.toISOString()));
    }
    if (ancestors.has(obj)) fail("cycle");
    ancestors.add(obj);
    if (Array.isArray(obj)) {
      if (obj.length === 0) out.push("[]");
      else {
        out.push("[");
        obj.forEach((item: unknown, i) => {
          if (i > 0) out.push(",");
          out.push(pad);
          path.push(i);
          write(item === undefined ? null : item, depth + 1);
          path.pop();
        });
        out.push(close, "]");
      }
    } else {
      const record = obj as Record<string, unknown>;
      const entries = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .map((key) => [key.normalize("NFC"), key] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        // Two keys that differ only in Unicode form ("é" and "e\u0301") would become one key: refuse, never drop.
        if (entries[i]![0] === entries[i - 1]![0]) {
          throw new SystemledningError("invalidInput", [createIssue([...path, entries[i]![1]], "duplicate_value", { value: entries[i]![0] })]);
        }
      }
      if (entries.length === 0) out.push("{}");
      else {
        out.push("{");
        entries.forEach(([normalized, key], i) => {
          if (i > 0) out.push(",");
          out.push(pad, JSON.stringify(normalized), sep);
          path.push(key);
          write(record[key], depth + 1);
          path.pop();
        });
        out.push(close, "}");
      }
    }
    ancestors.delete(obj);
  };

  write(value, 0);
  return out.join("") + (indent > 0 ? "\n" : "");
}
