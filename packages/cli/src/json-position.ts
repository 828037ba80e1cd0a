/**
 * Where JSON text goes wrong, as a line and column. Node 20's `JSON.parse` says what it met but not where, and a
 * county's file has thousands of lines, so after `JSON.parse` fails this scanner walks the text once (with a
 * stack, not recursion, so no nesting depth can overflow it) and stops at the first byte JSON does not allow.
 */
import type { BilingualMessage } from "@systemledning/core/workspace";

/** Where the text stops being JSON, 1-based, and what was expected there. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly what: BilingualMessage;
}

const END: BilingualMessage = { sv: "filen tar slut för tidigt", en: "the file ends too early" };
const unexpected = (char: string): BilingualMessage => ({
  sv: `oväntat tecken ${JSON.stringify(char)}`,
  en: `unexpected character ${JSON.stringify(char)}`,
});
const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON forbids
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The 1-based line and column of offset `at` in `text`. */
function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** The length of the JSON value's token at `at` (a string, number or literal), or 0 when none starts there. */
function scalarLength(text: string, at: number): number {
  for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, at)) return literal.length;
  for (const pattern of [STRING, NUMBER]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match !== null && match[0] !== "") return match[0].length;
  }
  return 0;
}

/**
 * The first place `text` is not JSON, or null when it is JSON. Expects what `JSON.parse` refused, but any text
 * gives an answer.
 *
 * @example
 * findJsonSyntaxError('{\n  "a": }') // { line: 2, column: 8, what: { sv: 'oväntat tecken "}"', … } }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  // What may come next: a value, an object's key (or its end), or what follows a value in its container.
  type Expect = "value" | "key-or-end" | "key" | "after-value" | "value-or-end";
  const containers: ("{" | "[")[] = [];
  let expect: Expect = "value";
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (what: BilingualMessage): JsonSyntaxError => ({ ...lineAndColumn(text, at), what });
  for (;;) {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
    if (at >= text.length) return expect === "after-value" && containers.length === 0 ? null : fail(END);
    const char = text[at]!;
    if (expect === "after-value") {
      const top = containers.at(-1);
      if (top === undefined) return fail(unexpected(char));
      if (char === ",") expect = top === "{" ? "key" : "value";
      else if ((char === "}" && top === "{") || (char === "]" && top === "[")) containers.pop();
      else return fail(unexpected(char));
      at++;
      continue;
    }
    if ((expect === "key-or-end" && char === "}") || (expect === "value-or-end" && char === "]")) {
      containers.pop();
      expect = "after-value";
      at++;
      continue;
    }
    if (expect === "key" || expect === "key-or-end") {
      STRING.lastIndex = at;
      const key = STRING.exec(text);
      if (key === null) return fail(unexpected(char));
      at += key[0].length;
      while (at < text.length && WHITESPACE.has(text[at]!)) at++;
      if (at >= text.length) return fail(END);
      if (text[at] !== ":") return fail(unexpected(text[at]!));
      at++;
      expect = "value";
      continue;
    }
    if (char === "{" || char === "[") {
      containers.push(char);
      expect = char === "{" ? "key-or-end" : "value-or-end";
      at++;
      continue;
    }
    const length = scalarLength(text, at);
    if (length === 0) return fail(unexpected(char));
    at += length;
    expect = "after-value";
  }
}
