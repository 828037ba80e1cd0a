/** Types of build.mjs, for the end-to-end test that builds the example. */
export function buildExample(options?: {
  /** Where to build; `dist/` of the example by default. */
  readonly outDir?: string;
  /** React's development build in the client, which reports every hydration mismatch. */
  readonly development?: boolean;
}): Promise<string>;
