/**
 * The kit's stylesheet inside each element's shadow root, as one constructable stylesheet shared by every
 * element on the page: no `<style>` element is written, so a page whose policy is `style-src 'self'` (no
 * 'unsafe-inline') shows the elements styled and reports no violation.
 *
 * The text is the kit's stylesheet with its `--sl-*` tokens moved from `.sl-root` to `:host`
 * (packages/elements/shadow-css.ts, run by the build), so the host's own `sl-timeline { --sl-color-accent: … }`
 * wins over ours, as its rule on `.sl-root` does outside a shadow root.
 */

/**
 * Replaced by the build with the transformed stylesheet's text. Left empty in the sources, which the unit
 * tests run (jsdom has no constructable stylesheets); Chromium tests run the built files.
 */
declare const __SL_SHADOW_CSS__: string | undefined;

let shared: CSSStyleSheet | null | undefined;

/** The one stylesheet of the page's elements, made on first use; `null` when there is none to make. */
function kitStyleSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  const text = typeof __SL_SHADOW_CSS__ === "string" ? __SL_SHADOW_CSS__ : "";
  const canConstruct = typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype;
  if (text === "" || !canConstruct) return (shared = null);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return (shared = sheet);
}

/**
 * Adopt the kit's stylesheet into `root`.
 *
 * @example
 * adoptKitStyles(this.attachShadow({ mode: "open" }));
 */
export function adoptKitStyles(root: ShadowRoot): void {
  const sheet = kitStyleSheet();
  if (sheet === null || !("adoptedStyleSheets" in root)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
