/**
 * Builds the kit's one stylesheet. esbuild minifies it and keeps `@layer` as written, so the host's own
 * unlayered styles always win over ours (S8). tsup calls this after the scripts are built; the stylesheet
 * test calls it too, so it checks the file that ships rather than the source.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** Path of the stylesheet source. */
export const STYLES_SOURCE = fileURLToPath(new URL("./src/styles.css", import.meta.url));

/**
 * Minify `src/styles.css` into `outFile`.
 *
 * @example
 * await buildStyles("dist/styles.css");
 */
export async function buildStyles(outFile: string): Promise<void> {
  await build({
    entryPoints: [STYLES_SOURCE],
    outfile: outFile,
    bundle: true,
    minify: true,
    logLevel: "silent",
    // Browsers the kit supports all know @layer, nesting-free CSS and custom properties: no lowering needed.
    target: ["chrome111", "firefox113", "safari16.5"],
  });
}
