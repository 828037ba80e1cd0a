/**
 * The kit's stylesheet for a shadow root. Outside a shadow root a host overrides the kit's `--sl-*` tokens
 * with its own rule on `.sl-root`; inside one it cannot reach `.sl-root`, and a token declared there would
 * beat the value the element inherits from the host. So every token declaration moves from the `.sl-root`
 * rules to the matching `:host` rule, where the host's rule on the element itself (`sl-timeline { … }`, the
 * outer tree's) wins, and `.sl-root` inherits the result. The theme follows the element's `theme` attribute.
 *
 * A token rule (`--sl-*` declarations under a selector naming `.sl-root`) whose selector is not in {@link TOKEN_SELECTORS} fails the build, so a change to the kit's
 * stylesheet cannot silently stop the tokens from reaching a shadow root.
 */
import { build, transform } from "esbuild";
import postcss, { type Rule } from "postcss";
import { STYLES_SOURCE } from "../react/build-styles.js";

/**
 * Where each token rule's selector goes inside a shadow root, whitespace and quotes removed; `null`: nowhere
 * (an ancestor outside the shadow root cannot be matched from inside it; the element's `theme` does that).
 */
export const TOKEN_SELECTORS: Readonly<Record<string, string | null>> = {
  ".sl-root": ":host",
  ".sl-root[data-sl-theme=light]": ':host([theme="light"])',
  ".sl-root[data-sl-theme=dark]": ':host([theme="dark"])',
  ":where([data-sl-theme=dark]) .sl-root": null,
  ".sl-root:not([data-sl-theme=light],[data-sl-theme=light] .sl-root,[data-sl-theme=high-contrast],[data-sl-theme=high-contrast] .sl-root)":
    ':host(:not([theme="light"], [theme="high-contrast"]))',
  ".sl-root[data-sl-theme=high-contrast]": ':host([theme="high-contrast"])',
  ":where([data-sl-theme=high-contrast]) .sl-root": null,
};

const normalise = (selector: string) =>
  selector
    .replace(/"/g, "")
    .replace(/\s*,\s*/g, ",")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The kit's CSS with its tokens on `:host` (see above), and `:host { display: block }` first.
 *
 * @example
 * const shadowCss = toShadowCss(await readFile("styles.css", "utf8"));
 */
export function toShadowCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    const tokens = (rule.nodes ?? []).filter((node) => node.type === "decl" && node.prop.startsWith("--sl-"));
    // Components' own custom properties (`--sl-tl-…` on their classes) stay where they are: only the root's move.
    if (tokens.length === 0 || !rule.selectors.some((selector) => selector.includes(".sl-root"))) return;
    const selectors = rule.selectors.map((selector) => {
      const mapped = TOKEN_SELECTORS[normalise(selector)];
      if (mapped === undefined)
        throw new Error(`shadow-css: tokens under "${selector}", which has no :host equivalent in TOKEN_SELECTORS`);
      return mapped;
    });
    const hostSelectors = selectors.filter((selector): selector is string => selector !== null);
    if (hostSelectors.length > 0) {
      const hostRule = postcss.rule({ selectors: hostSelectors });
      for (const token of tokens) hostRule.append(token.clone());
      rule.before(hostRule);
    }
    for (const token of tokens) token.remove();
    if ((rule.nodes ?? []).length === 0) rule.remove();
  });
  root.prepend(postcss.rule({ selector: ":host", nodes: [postcss.decl({ prop: "display", value: "block" })] }));
  return root.toString();
}

/**
 * The kit's stylesheet, bundled from its sources, moved to `:host` and minified: the text the elements'
 * constructable stylesheet holds.
 */
export async function buildShadowCss(): Promise<string> {
  const bundled = await build({
    entryPoints: [STYLES_SOURCE],
    bundle: true,
    write: false,
    logLevel: "silent",
    target: ["chrome111", "firefox113", "safari16.5"],
  });
  const text = bundled.outputFiles[0]?.text ?? "";
  const minified = await transform(toShadowCss(text), {
    loader: "css",
    minify: true,
    target: ["chrome111", "firefox113", "safari16.5"],
  });
  return minified.code;
}
