/**
 * Escaping of text for the HTML documents the core writes (approved minutes, the annual report). The core
 * never parses HTML; it only writes user text into documents, always through {@link escapeHtml}.
 */

// Built from code points so the source holds no control characters (eslint no-control-regex).
const CONTROL_CHARACTERS = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11, 12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
  "g",
);

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escape text for HTML text and quoted attribute values: `& < > " '`. NUL and other C0 controls but tab, line
 * feed and carriage return are written as U+FFFD, which is what an HTML parser would make of them anyway.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!).replace(CONTROL_CHARACTERS, "\uFFFD");
}

/** The C0 and DEL control characters except tab, line feed and carriage return (for other escapers). */
export { CONTROL_CHARACTERS };
