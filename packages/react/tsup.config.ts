import { defineConfig } from "tsup";
import { buildStyles } from "./build-styles.js";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "browser",
  treeshake: true,
  sourcemap: true,
  clean: true,
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  // The core, React and React DOM stay imports: the host brings one copy of each.
  external: ["@systemledning/core", "react", "react-dom"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  async onSuccess() {
    await buildStyles("dist/styles.css");
  },
});
