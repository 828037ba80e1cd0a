/**
 * Deterministic JSON: object keys sorted by code point, every string in Unicode NFC, dates as ISO-8601,
 * `undefined` properties left out, two-space indentation and a final newline (diff-friendly in git).
 * The same value always gives the same bytes.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError } from "../common/errors.js";
import { createIssue, type PathSegment } from "../common/issues.js";

/** Options of {@link toCanonicalJson}. */
export interface CanonicalJsonOptions {
  /** Spaces of indentation; 0 for one line. @default 2 */
  readonly indent?: number;
  /**
   * Write the value of every property named `key` untouched: its strings and keys as given, not in NFC (keys
   * still sorted, by code unit), so two keys equal after NFC stay two. Not under a property named in
   * `exceptUnder`: there `key` is data, a key of a record, not the property meant. The workspace uses it
   * for `ext`, the host's own metadata.
   */
  readonly untouched?: { readonly key: string; readonly exceptUnder?: ReadonlySet<string> };
}

/** Whether the property `key` of an object that stands under `parentKey` is written untouched. */
type UntouchedTest = (parentKey: PathSegment | undefined, key: string) => boolean;

function untouchedTest(options: CanonicalJsonOptions): UntouchedTest {
  const untouched = options.untouched;
  if (untouched === undefined) return () => false;
  const except = untouched.exceptUnder ?? new Set<string>();
  return (parentKey, key) => key === untouched.key && !(typeof parentKey === "string" && except.has(parentKey));
}

/**
 * Serialise `value` deterministically. Throws a {@link SystemledningError} (`invalidInput`) for values JSON
 * cannot hold (NaN, Infinity, functions, bigint, symbols, cycles), for nesting deeper than 1,000 levels
 * (`too_deep`, never a stack overflow) and for two keys of one object that are
 * equal after NFC normalisation, naming the path.
 *
 * @example
 * toCanonicalJson({ b: 1, a: "e\u0301" }) // '{\n  "a": "é",\n  "b": 1\n}\n'
 */
export function toCanonicalJson(value: unknown, options: CanonicalJsonOptions = {}): string {
  const indent = options.indent ?? 2;
  const isUntouched = untouchedTest(options);
  // JSON.stringify indents by the same rule for whole indents up to 10 (it clamps larger ones).
  if (Number.isInteger(indent) && indent >= 0 && indent <= 10) {
    const copy = sortedCopy(value, 0, false, undefined, isUntouched);
    if (copy !== BAIL) {
      const text = JSON.stringify(copy, null, indent);
      return indent > 0 ? text + "\n" : text;
    }
  }
  return writeCanonicalJson(value, indent, isUntouched);
}

/** Returned by {@link sortedCopy} for anything the fast path leaves to {@link writeCanonicalJson}. */
const BAIL: unique symbol = Symbol("bail");
/** Deeper than this the fast path stops (a cycle, most likely); the writer then names the cycle's path. */
const MAX_FAST_DEPTH = 256;

/**
 * A plain copy of `value` that the native `JSON.stringify` writes as the canonical text: strings and keys in
 * NFC, keys inserted in sorted order (JSON.stringify keeps insertion order), dates as ISO strings, holes and
 * undefined array items as null, undefined properties left out. Fresh plain objects and arrays, so no
 * `toJSON` or boxed primitive of the input is seen by JSON.stringify. {@link BAIL} for every case the
 * careful writer handles instead: values JSON cannot hold (it throws with the path), keys equal after NFC,
 * a key `__proto__` (it would set the copy's prototype), array-index keys (enumerated first, by number,
 * whatever the insertion order) and very deep values (maybe a cycle).
 */
function sortedCopy(
  value: unknown,
  depth: number,
  raw: boolean,
  parentKey: PathSegment | undefined,
  isUntouched: UntouchedTest,
): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      return raw || isNfcFast(value) ? value : value.normalize("NFC");
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : BAIL;
    case "object":
      break;
    default:
      return BAIL;
  }
  if (depth > MAX_FAST_DEPTH) return BAIL;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? BAIL : value.toISOString();
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    const copy: unknown[] = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const itemCopy = item === undefined ? null : sortedCopy(item, depth + 1, raw, i, isUntouched);
      if (itemCopy === BAIL) return BAIL;
      copy[i] = itemCopy;
    }
    return copy;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let plain = true;
  for (const key of keys) {
    if (!isPlainAscii(key)) plain = false;
    else if (isArrayIndex(key) || key === "__proto__") return BAIL;
  }
  const copy: Record<string, unknown> = {};
  if (plain) {
    keys.sort();
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      const itemCopy = sortedCopy(item, depth + 1, raw || isUntouched(parentKey, key), key, isUntouched);
      if (itemCopy === BAIL) return BAIL;
      copy[key] = itemCopy;
    }
    return copy;
  }
  const pairs = keys
    .map((key) => [raw || isNfcFast(key) ? key : key.normalize("NFC"), key] as const)
    .sort((a, b) => compareStrings(a[0], b[0]));
  let previous: string | undefined;
  for (const [name, key] of pairs) {
    const item = record[key];
    if (item === undefined) continue;
    // Two defined keys equal in NFC are refused by the writer, with the path; so are keys that become special.
    if (name === previous || name === "__proto__" || isArrayIndex(name)) return BAIL;
    previous = name;
    const itemCopy = sortedCopy(item, depth + 1, raw || isUntouched(parentKey, key), key, isUntouched);
    if (itemCopy === BAIL) return BAIL;
    copy[name] = itemCopy;
  }
  return copy;
}

/** Whether a key is an array index (`0`, `17`, below 2^32 - 1), which JS objects enumerate first. */
function isArrayIndex(key: string): boolean {
  const length = key.length;
  if (length === 0 || length > 10) return false;
  const first = key.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || (first === 0x30 && length > 1)) return false;
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return Number(key) < 4_294_967_295;
}

/** Printable ASCII without `"` and `\\`: already NFC and needs no escape. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

/**
 * True when `text` is certainly in NFC without calling `normalize`: every code unit below U+0300. Those
 * characters (ASCII, Latin-1 with å, ä, ö, Latin Extended, IPA, spacing modifiers) all have canonical
 * combining class 0, no decomposition that NFC keeps apart, and no two of them compose (tested exhaustively
 * in tests/core/io/canonical-json.test.ts), so any string of them is its own NFC.
 */
function isNfcFast(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/**
 * The deepest the careful writer nests before it refuses (`too_deep`): it recurses, and a value nested
 * 100,000 levels would overflow the stack with a `RangeError`. Far above what the workspace door accepts.
 */
const MAX_WRITE_DEPTH = 1_000;

/** The careful writer: every case, with the exact path of a value JSON cannot hold or of colliding keys. */
function writeCanonicalJson(value: unknown, indent: number, isUntouched: UntouchedTest): string {
  const separator = indent > 0 ? ": " : ":";
  // Line breaks with indentation, one per depth, made once: a national workspace has ~200,000 values.
  const breaks: string[] = [];
  const lineBreak = (depth: number): string =>
    indent > 0 ? (breaks[depth] ??= "\n" + " ".repeat(indent * depth)) : "";
  const ancestors = new Set<object>();
  // One shared path stack: copying a path per node would dominate the cost on large documents.
  const path: PathSegment[] = [];
  let out = "";

  const fail = (received: string): never => {
    throw new SystemledningError("invalidInput", [
      createIssue([...path], "invalid_type", { expected: "JSON", received }),
    ]);
  };

  const write = (current: unknown, depth: number, raw: boolean): void => {
    if (current === null) {
      out += "null";
      return;
    }
    switch (typeof current) {
      case "string":
        out += quote(current, raw);
        return;
      case "boolean":
        out += current ? "true" : "false";
        return;
      case "number":
        if (!Number.isFinite(current)) fail(String(current));
        out += JSON.stringify(current);
        return;
      case "object":
        break;
      default:
        fail(typeof current);
    }
    const obj = current as object;
    if (obj instanceof Date) {
      if (Number.isNaN(obj.getTime())) fail("Invalid Date");
      out += JSON.stringify(obj.toISOString());
      return;
    }
    if (ancestors.has(obj)) fail("cycle");
    if (depth >= MAX_WRITE_DEPTH)
      throw new SystemledningError("invalidInput", [createIssue([...path], "too_deep", { maximum: MAX_WRITE_DEPTH })]);
    ancestors.add(obj);
    const inner = lineBreak(depth + 1);
    if (Array.isArray(obj)) {
      if (obj.length === 0) out += "[]";
      else {
        out += "[";
        for (let i = 0; i < obj.length; i++) {
          if (i > 0) out += ",";
          out += inner;
          path.push(i);
          const item: unknown = obj[i];
          write(item === undefined ? null : item, depth + 1, raw);
          path.pop();
        }
        out += lineBreak(depth) + "]";
      }
    } else {
      const record = obj as Record<string, unknown>;
      const { normalized, own } = sortedKeys(record, raw);
      const parentKey = path.at(-1);
      if (own.length === 0) out += "{}";
      else {
        out += "{";
        for (let i = 0; i < own.length; i++) {
          const name = normalized[i]!;
          const key = own[i]!;
          // Two keys that differ only in Unicode form ("é" and "e\u0301") would become one key: refuse, never drop.
          if (i > 0 && name === normalized[i - 1]) {
            throw new SystemledningError("invalidInput", [
              createIssue([...path, key], "duplicate_value", { value: name }),
            ]);
          }
          if (i > 0) out += ",";
          out += inner + quote(name, true) + separator;
          const keepRaw = raw || isUntouched(parentKey, key);
          path.push(key);
          write(record[key], depth + 1, keepRaw);
          path.pop();
        }
        out += lineBreak(depth) + "}";
      }
    }
    ancestors.delete(obj);
  };

  write(value, 0, false);
  return indent > 0 ? out + "\n" : out;
}

/** Printable ASCII without `"` and `\\`: already NFC and needs no escape, the common case by far. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * Text JSON writes as it is: no `"`, `\\`, control characters or surrogates (lone ones are escaped, and pairs
 * are left to JSON.stringify too). Swedish letters pass, so most names skip JSON.stringify.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON must escape
const NEEDS_NO_ESCAPE = /^[^"\\\x00-\x1f\ud800-\udfff]*$/;

/** The JSON string literal of `text` in NFC, or as it is when `raw`. */
function quote(text: string, raw: boolean): string {
  if (PLAIN_ASCII.test(text)) return `"${text}"`;
  const normalized = raw ? text : text.normalize("NFC");
  return NEEDS_NO_ESCAPE.test(normalized) ? `"${normalized}"` : JSON.stringify(normalized);
}

/**
 * The defined keys of `record` in output order: `normalized` holds the NFC keys, sorted by UTF-16 code units,
 * and `own` the record's own spelling of each. For the usual all-ASCII object both are one array.
 */
function sortedKeys(
  record: Record<string, unknown>,
  raw: boolean,
): {
  readonly normalized: readonly string[];
  readonly own: readonly string[];
} {
  const keys: string[] = [];
  let plain = true;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined) continue;
    keys.push(key);
    if (plain && !PLAIN_ASCII.test(key)) plain = false;
  }
  if (plain) {
    keys.sort();
    return { normalized: keys, own: keys };
  }
  // Stable, so keys equal after NFC keep their own order and the duplicate check names the later one.
  const pairs = keys
    .map((key) => [raw ? key : key.normalize("NFC"), key] as const)
    .sort((a, b) => compareStrings(a[0], b[0]));
  return { normalized: pairs.map((pair) => pair[0]), own: pairs.map((pair) => pair[1]) };
}
