import { defineConfig } from "tsup";

// One ES module for Node: the binary. The core stays an import (a dependency), so the CLI checks with exactly
// the door a county's own code uses; the shebang of src/cli.ts is kept and the file made executable by tsup.
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  sourcemap: false,
  clean: false,
});
