/**
 * The first step of the door: read the input once into a plain JSON copy, so that nothing the caller hands in
 * can make the door throw. Zod and the door's own walks recurse, so a value nested 100,000 levels deep (or a
 * cycle) would overflow the stack with a `RangeError`; a getter or a proxy could throw, or answer differently
 * the second time it is read. This walk recurses at most {@link MAX_DOCUMENT_DEPTH} levels, reads every
 * property exactly once inside a `try`, and refuses whatever JSON text could not have held.
 */
import { createIssue, type CommonIssueCode, type PathSegment, type ValidationIssue } from "./issues.js";
import { err, ok, type Result } from "./result.js";

/**
 * The deepest a workspace document may nest arrays and objects, counting the document itself as level 1
 * (a person's `ext` is level 4: document, `people`, the person, `ext`). Real documents use about 8 levels;
 * a host's `ext` has the rest. Deeper input is refused with the issue `too_deep`, never a stack overflow.
 */
export const MAX_DOCUMENT_DEPTH = 100;

/** The door stops listing after this many issues of this kind: one broken value can be a million wrong items. */
const MAX_ISSUES = 100;

type Issue = ValidationIssue<CommonIssueCode>;

/** What a value is, for the message of `not_json`. */
function kindOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === "Object" ? "object with a prototype" : tag;
}

/** True for an object JSON.parse could have made: prototype null or some realm's `Object.prototype`. */
function isPlainPrototype(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** The message of whatever a getter or proxy threw, never the thrown value itself. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}

/**
 * Copy `input` as plain JSON: fresh arrays and plain objects, each property read once, properties whose
 * value is `undefined` left out (as JSON.stringify does). Refused, each with its path: nesting deeper than
 * `maxDepth` (`too_deep`), a value that contains itself (`circular_reference`), objects JSON cannot hold and
 * a walk cannot copy safely — a hole in a list, Dates, maps, typed arrays, class instances (`not_json`) — and
 * a getter or proxy that throws (`unreadable_value`). Other values JSON cannot hold (NaN, Infinity,
 * `undefined` in a list, BigInt, symbols, functions) are copied as they are, for the schemas to report with
 * the type they expected. Never throws.
 *
 * @example
 * const copy = readPlainJson(input);
 * if (!copy.ok) return refuse(copy.error);
 */
export function readPlainJson(input: unknown, maxDepth: number = MAX_DOCUMENT_DEPTH): Result<unknown, Issue[]> {
  const issues: Issue[] = [];
  const path: PathSegment[] = [];
  // The containers on the path from the root: a cycle is a container met again among its own ancestors.
  const ancestors = new Set<object>();
  const report = (code: CommonIssueCode, params: Record<string, string | number> = {}): undefined => {
    if (issues.length < MAX_ISSUES) issues.push(createIssue(path, code, params));
    return undefined;
  };

  const copy = (value: unknown, depth: number): unknown => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "object":
        if (value === null) return null;
        break;
      default:
        // Numbers, and what JSON cannot hold but cannot harm a walk either (NaN, undefined, BigInt, symbols,
        // functions), go on as they are: the schemas report them with the type they expected there.
        return value;
    }
    if (ancestors.has(value)) return report("circular_reference");
    // Recursion ends here, at a fixed depth, so the walk itself can never overflow the stack.
    if (depth > maxDepth) return report("too_deep", { maximum: maxDepth });
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return copyArray(value as readonly unknown[], depth);
      if (!isPlainPrototype(value)) return report("not_json", { received: kindOf(value) });
      return copyObject(value as Readonly<Record<string, unknown>>, depth);
    } catch (error) {
      return report("unreadable_value", { reason: reasonOf(error) });
    } finally {
      ancestors.delete(value);
    }
  };

  const copyArray = (items: readonly unknown[], depth: number): unknown[] => {
    const length = items.length;
    const out: unknown[] = [];
    for (let i = 0; i < length && issues.length < MAX_ISSUES; i++) {
      path.push(i);
      try {
        // A hole ends the walk of the list: `new Array(2 ** 32 - 1)` is refused at once, not after 4e9 steps.
        if (!(i in items)) {
          report("not_json", { received: "hole" });
          break;
        }
        const item = readOnce(items, i);
        out.push(item === READ_FAILED ? undefined : copy(item, depth + 1));
      } finally {
        path.pop();
      }
    }
    return out;
  };

  const READ_FAILED: unique symbol = Symbol("read failed");
  const readOnce = (record: object, key: PropertyKey): unknown => {
    try {
      return (record as Record<PropertyKey, unknown>)[key];
    } catch (error) {
      report("unreadable_value", { reason: reasonOf(error) });
      return READ_FAILED;
    }
  };

  const copyObject = (record: Readonly<Record<string, unknown>>, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      if (issues.length >= MAX_ISSUES) break;
      path.push(key);
      try {
        const item = readOnce(record, key);
        if (item === undefined || item === READ_FAILED) continue;
        const itemCopy = copy(item, depth + 1);
        // `out.__proto__ = …` would set the copy's prototype; the door reports such a key by name later.
        if (key === "__proto__")
          Object.defineProperty(out, key, { value: itemCopy, enumerable: true, writable: true, configurable: true });
        else out[key] = itemCopy;
      } finally {
        path.pop();
      }
    }
    return out;
  };

  const value = copy(input, 1);
  return issues.length > 0 ? err(issues) : ok(value);
}
