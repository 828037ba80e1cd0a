/** Types of scripts/serve-example.mjs, for the end-to-end tests that import it. */
export const EXAMPLE_CSP: string;
export const EXAMPLES: Record<"plain-html" | "react17-host", string[]>;
/** Copy the example's built files and the sample workspace into its vendor/ folder; returns the folder. */
export function prepareExample(name: "plain-html" | "react17-host"): Promise<string>;
/** Prepare and serve an example on 127.0.0.1 (port 0: any free port). */
export function serveExample(
  name: "plain-html" | "react17-host",
  port?: number,
): Promise<{ origin: string; close: () => Promise<void> }>;
