/**
 * What a host's bundler takes from the BUILT packages for one kind of component (docs/architecture.md, "Pure
 * code apart from schemas"): the charts, the timeline, the map and the meeting views bring no zod and no
 * schema of the core into the chunks a page loads to draw them; the components that validate through the
 * core's door — the assessment form, the meeting page, the map's workshop mode — do (the control that shows
 * the check can fail).
 *
 * Bundled as a host would (bundle, code splitting, minify, React left out), from packages/react/dist and
 * packages/core/dist through their exports maps and their "sideEffects", with the two kinds of bundler hosts
 * use: Vite (Rolldown, as Rollup and webpack: it keeps or drops whole modules by what is used) and esbuild.
 * The same bundles show that each area brings its own texts and the primitives', not every area's
 * (docs/decisions/0011-one-catalogue-per-area.md).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { build as viteBuild, type Rollup } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { splitViteChunks } from "../bench/host-cost/vite.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const REACT_EXTERNAL = ["react", "react/*", "react-dom", "react-dom/*"];

/** The newest modification time of the files under `directory` (recursively). */
function newest(directory: string): number {
  return Math.max(
    ...readdirSync(directory, { recursive: true, encoding: "utf8" }).map(
      (name) => statSync(join(directory, name)).mtimeMs,
    ),
  );
}

/** The file an `@systemledning/<package>[/<entry>]` import names: its package's exports map, `import` condition. */
function builtPlugin(): Plugin {
  return {
    name: "systemledning-built",
    setup(builder) {
      builder.onResolve({ filter: /^@systemledning\/(core|react)(\/.*)?$/ }, (args) => {
        const [, name, subpath = ""] = /^@systemledning\/(core|react)(\/.*)?$/.exec(args.path)!;
        const manifest = JSON.parse(readFileSync(join(root, "packages", name!, "package.json"), "utf8")) as {
          exports: Record<string, { import: { default: string } } | string>;
        };
        const target = manifest.exports[`.${subpath}`];
        if (target === undefined || typeof target === "string")
          return { errors: [{ text: `no ESM export for ${args.path}` }] };
        return { path: join(root, "packages", name!, target.import.default) };
      });
    },
  };
}

/** One bundle: the modules in the chunks a page loads at once, repository-relative. */
interface HostBundle {
  /** The modules of the entry chunk and every chunk it imports statically: what loads before the component draws. */
  readonly initialModules: readonly string[];
  /** The modules of every chunk, the lazily loaded ones too. */
  readonly allModules: readonly string[];
}

async function esbuildHost(names: readonly string[], from = "@systemledning/react"): Promise<HostBundle> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(", ")} } from "${from}";`,
      resolveDir: root,
      sourcefile: "host.js",
      loader: "js",
    },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    outdir: join(root, "tests/build/.kit-bundles"),
    write: false,
    metafile: true,
    logLevel: "silent",
    external: REACT_EXTERNAL,
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfigRaw: "{}",
    plugins: [builtPlugin()],
  });
  const outputs = result.metafile.outputs;
  // The host's own entry: every import() target (the poster, a county's files) is an entry point of its own too.
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === "host.js" && name.endsWith(".js"))!;
  const initial = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const imported of outputs[queue.pop()!]!.imports) {
      if (imported.kind === "import-statement" && !imported.external && !initial.has(imported.path)) {
        initial.add(imported.path);
        queue.push(imported.path);
      }
    }
  }
  return {
    initialModules: inputsOf(result.metafile, [...initial]),
    allModules: inputsOf(
      result.metafile,
      Object.keys(outputs).filter((name) => name.endsWith(".js")),
    ),
  };
}

/** The inputs of `chunks` that put bytes into them, repository-relative. */
function inputsOf(metafile: Metafile, chunks: readonly string[]): string[] {
  return chunks.flatMap((chunk) =>
    Object.entries(metafile.outputs[chunk]!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => relative(root, join(root, path))),
  );
}

/** The same host bundled by Vite (Rolldown): a virtual entry that re-exports `names` from the kit. */
async function viteHost(names: readonly string[], from = "@systemledning/react"): Promise<HostBundle> {
  const manifestOf = (name: string) =>
    JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")) as {
      exports: Record<string, { import: { default: string } } | string>;
    };
  const result = (await viteBuild({
    configFile: false,
    logLevel: "silent",
    root,
    plugins: [
      {
        name: "host-entry-and-built-packages",
        resolveId(id) {
          if (id === "virtual:host") return "\0virtual:host";
          const match = /^@systemledning\/(core|react)(\/.*)?$/.exec(id);
          if (match === null) return null;
          const target = manifestOf(match[1]!).exports[`.${match[2] ?? ""}`];
          return target === undefined || typeof target === "string"
            ? null
            : join(root, "packages", match[1]!, target.import.default);
        },
        load(id) {
          return id === "\0virtual:host" ? `export { ${names.join(", ")} } from "${from}";` : null;
        },
      },
    ],
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: "virtual:host",
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        preserveEntrySignatures: "exports-only",
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const { chunks, initial } = splitViteChunks(result);
  const modulesOf = (list: Iterable<Rollup.OutputChunk>) =>
    [...list].flatMap((chunk) => chunk.moduleIds.filter((id) => !id.startsWith("\0")).map((id) => relative(root, id)));
  return { initialModules: modulesOf(initial), allModules: modulesOf(chunks) };
}

const BUNDLERS = [
  ["Vite (Rolldown)", viteHost],
  ["esbuild", esbuildHost],
] as const;

const isZod = (input: string) => /(^|\/)node_modules\/(\.pnpm\/zod@[^/]+\/node_modules\/)?zod\//.test(input);
const isCoreSchema = (input: string) =>
  /^packages\/core\/dist\/(.+\/)?schema(-[a-z]+)?\.js$|^packages\/core\/dist\/schema\//.test(input);

describe("the built kit, bundled as a host would", () => {
  beforeAll(() => {
    // The gate builds right before it tests. Run alone after an edit, build first, as the gate would.
    const built = ["packages/core/dist/index.js", "packages/react/dist/index.js"].every((file) =>
      existsSync(join(root, file)),
    );
    const fresh =
      built &&
      ["core", "react"].every(
        (name) =>
          statSync(join(root, `packages/${name}/dist/index.js`)).mtimeMs >= newest(join(root, `packages/${name}/src`)),
      );
    if (!fresh) execFileSync("pnpm", ["run", "build"], { cwd: root, stdio: "pipe" });
  }, 180_000);

  describe.each(BUNDLERS)("with %s", (_, bundleHost) => {
    it.each([
      [
        "the scoring charts",
        [
          "DistributionChart",
          "RoundOverview",
          "LeadershipComparison",
          "TrendChart",
          "CoverageBadge",
          "CoverageCaption",
        ],
      ],
      ["the timeline", ["Timeline"]],
      ["the system map", ["SystemMap"]],
      ["the annual plan and the compliance overview", ["AnnualPlan", "ComplianceOverview"]],
      [
        "the structure question views",
        ["SectorCoverage", "PrincipalMandate", "KeyRoles", "Substitutes", "ChairRotation", "ForumMembers"],
      ],
    ])(
      "loads %s with no zod and no schema of the core",
      async (_, names) => {
        const { initialModules } = await bundleHost(names);
        expect(initialModules.some((module) => module.startsWith("packages/react/dist/"))).toBe(true);
        expect(initialModules.filter(isZod)).toEqual([]);
        expect(initialModules.filter(isCoreSchema)).toEqual([]);
      },
      60_000,
    );

    it("loads the map's poster only when a reader asks for one: a chunk of its own, imported dynamically", async () => {
      const { initialModules, allModules } = await bundleHost(["SystemMap"]);
      const isPoster = (module: string) => module.startsWith("packages/react/dist/system-map/poster/");
      expect(initialModules.filter(isPoster)).toEqual([]);
      expect(allModules.filter(isPoster)).toContain("packages/react/dist/system-map/poster/pdf-writer.js");
    }, 60_000);

    it("lists the bundled counties without their data or the door; each county's files are chunks of their own", async () => {
      const { initialModules, allModules } = await bundleHost(
        ["BUNDLED_COUNTIES", "loadBundledCounty"],
        "@systemledning/core/counties",
      );
      // A county's profile and sample hold its municipalities; the list (county.json) does not.
      const isCountyData = (module: string) =>
        module.startsWith("packages/core/dist/counties/chunks/") &&
        /\bmunicipalities\b/u.test(readFileSync(join(root, module), "utf8"));
      expect(initialModules).toContain("packages/core/dist/counties/bundled.js");
      expect(initialModules.filter(isCountyData)).toEqual([]);
      expect(initialModules.filter(isZod)).toEqual([]);
      expect(allModules.filter(isCountyData).length).toBeGreaterThanOrEqual(2);
      expect(allModules.filter(isZod).length).toBeGreaterThan(0);
    }, 60_000);

    it.each([
      ["the assessment form", "AssessmentForm"],
      ["the meeting page", "MeetingPage"],
      ["the map's workshop mode", "SystemMapWorkshop"],
    ])(
      "does load zod for %s, which validates through the core's door",
      async (_, name) => {
        const { initialModules } = await bundleHost([name]);
        expect(initialModules.filter(isZod).length).toBeGreaterThan(0);
      },
      60_000,
    );

    const AREA_TEXTS = {
      scoring: "packages/react/dist/scoring/messages.js",
      timeline: "packages/react/dist/timeline/messages.js",
      meetings: "packages/react/dist/meetings/messages.js",
      systemMap: "packages/react/dist/system-map/messages.js",
      structureViews: "packages/react/dist/structure/messages-views.js",
      union: "packages/react/dist/i18n/messages.js",
    } as const;
    const PRIMITIVE_TEXTS = "packages/react/dist/primitives/messages.js";

    it.each([
      ["the scoring charts", ["DistributionChart", "RoundOverview", "LeadershipComparison", "TrendChart"], "scoring"],
      ["the timeline", ["Timeline"], "timeline"],
      ["the system map", ["SystemMap"], "systemMap"],
      ["the annual plan", ["AnnualPlan"], "meetings"],
      ["the structure question views", ["SectorCoverage", "ForumMembers"], "structureViews"],
    ] as const)(
      "loads %s with the texts of its own area and the primitives', and no other area's",
      async (_, names, area) => {
        const { initialModules } = await bundleHost(names);
        // An area may keep its texts in more than one file (the structure views in messages-views.js).
        const texts = initialModules.filter((module) => /\/messages(-[a-z]+)?\.js$/u.test(module));
        expect(texts).toContain(AREA_TEXTS[area]);
        expect(texts).toContain(PRIMITIVE_TEXTS);
        const others = Object.entries(AREA_TEXTS).filter(([name]) => name !== area);
        expect(texts.filter((module) => others.some(([, file]) => file === module))).toEqual([]);
      },
      60_000,
    );
  });
});
