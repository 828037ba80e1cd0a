import { defineConfig } from "tsup";

/** One entry per module, mirroring package.json "exports". */
export const entries = {
  index: "src/index.ts",
  "structure/index": "src/structure/index.ts",
  "workspace/index": "src/workspace/index.ts",
  "io/index": "src/io/index.ts",
  "meetings/index": "src/meetings/index.ts",
  "assessment/index": "src/assessment/index.ts",
  "plan/index": "src/plan/index.ts",
  "timeline/index": "src/timeline/index.ts",
  "system-map/index": "src/system-map/index.ts",
  "kolada/index": "src/kolada/index.ts",
  "profiles/dalarna/index": "src/profiles/dalarna/index.ts",
  "profiles/kalmar/index": "src/profiles/kalmar/index.ts",
};

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
});
