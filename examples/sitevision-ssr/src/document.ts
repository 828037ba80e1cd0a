/**
 * The HTML document the server sends: the server-rendered page, its props as a JSON data block, and the
 * client bundle and stylesheet as files of the same origin. Nothing inline runs or styles: the data block is
 * not a script to the browser (its type is `application/json`), so `script-src 'self'` holds.
 */
import { PAGE_DATA_ID, PAGE_ROOT_ID, type SitevisionPageProps } from "./page.js";

/**
 * The policy the server sends with every response: only the page's own files, no inline script or style, no
 * eval, and Trusted Types for script sinks (docs/quality.md S3).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; require-trusted-types-for 'script'";

/** The client bundle's file, served beside the stylesheet. */
export const CLIENT_SCRIPT = "main.js";
/** The kit's stylesheet, copied beside the bundle. */
export const STYLESHEET = "styles.css";

/**
 * JSON that is safe inside a `<script>` element: `<` is escaped, so no text of the workspace can close the
 * element (`</script>`) or open a comment; JSON.parse reads `\u003c` back as `<`.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The whole document around `pageHtml`, which must be React's `renderToString` of the page with `props`. */
export function renderDocument(pageHtml: string, props: SitevisionPageProps): string {
  return [
    "<!doctype html>",
    '<html lang="sv">',
    "<head>",
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>Systemledning i ${escapeText(props.workspace.profile.name.sv)}</title>`,
    `<link rel="stylesheet" href="/${STYLESHEET}" />`,
    `<script type="module" src="/${CLIENT_SCRIPT}"></script>`,
    "</head>",
    "<body>",
    `<div id="${PAGE_ROOT_ID}">${pageHtml}</div>`,
    `<script type="application/json" id="${PAGE_DATA_ID}">${jsonForScriptElement(props)}</script>`,
    "</body>",
    "</html>",
  ].join("\n");
}

/** Text for an HTML text node: the three characters that could start markup or an entity are escaped. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
