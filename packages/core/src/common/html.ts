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

/**
 * Characters a same-origin stylesheet path may hold: letters, digits and RFC 3986's unreserved and sub-delims
 * characters, `@`, `/`, `?` and `%` (as an escape). Left out on purpose: `:` (it would make a scheme, as in
 * `javascript:` or `https:`), `\` (browsers read it as `/`, so `/\host` is another host), `#`, quotes, angle
 * brackets, white space and control characters (the URL parser drops tabs and newlines, so `/\t/host`
 * would become `//host`).
 */
const SAME_ORIGIN_PATH = /^[A-Za-z0-9._~!$&()*+,;=@/?%-]+$/;

/**
 * Whether `href` is a relative address that stays on the page's origin, whatever the page's address: a path
 * (`/print.css`, `./minutes.css`, `../css/m.css`, `minutes.css`), with a query if any. Refused: a scheme
 * (`https:`, `javascript:`), a protocol-relative `//host`, backslashes, white space and control characters,
 * and a `%` that does not start an escape. The minutes and the annual report link a host's stylesheet only
 * when this holds, so their documents load nothing from elsewhere.
 *
 * @example
 * isSameOriginPath("/css/minutes.css"); // true
 * isSameOriginPath("//evil.example/x.css"); // false
 */
export function isSameOriginPath(href: string): boolean {
  return (
    href.length <= 2048 && SAME_ORIGIN_PATH.test(href) && !href.startsWith("//") && !/%(?![0-9A-Fa-f]{2})/.test(href)
  );
}
