/**
 * Run in a Node process of its own (`tsx tests/core/schema/zod-probe.ts <module>…`): count every `new Function`
 * while the given modules are imported and then while the door parses the Dalarna sample, and print the counts
 * as JSON. A process of its own, because zod's global settings (`jitless`, its cached probe) would otherwise
 * carry over from whatever ran before in the same process and hide a probe.
 *
 * zod 4 probes with `new Function("")` when it creates an object schema while jitless is off; under a strict
 * Content Security Policy (no `unsafe-eval`) the browser reports that probe as a violation even though zod
 * catches it. So: `probesAtImport` must be 0 (no object schema is made when a module is imported) and
 * `functionsAtParse` 0 (the door switched zod to jitless before its first schema was built), and zod's
 * `jitless` setting is off until the door runs (`jitlessAtImport` false: no module switches it as a side effect
 * of being imported) and on after it (`jitlessAfterParse` true).
 */
import { pathToFileURL } from "node:url";

const RealFunction = globalThis.Function;
let constructed = 0;
let probes = 0;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args: unknown[], newTarget) {
    constructed++;
    if (args.length === 1 && args[0] === "") probes++;
    return Reflect.construct(target, args, newTarget) as object;
  },
});

const modules = process.argv.slice(2);
for (const module of modules) await import(module.startsWith("/") ? pathToFileURL(module).href : module);
const probesAtImport = probes;
const constructedAtImport = constructed;
// zod keeps its settings on globalThis, so they can be read without importing zod here.
const zodConfig = () => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig;
const jitlessAtImport = zodConfig()?.jitless === true;

const { parseWorkspace } = (await import(
  pathToFileURL(`${process.cwd()}/packages/core/src/workspace/index.ts`).href
)) as typeof import("../../../packages/core/src/workspace/index.js");
const { createDalarnaSampleWorkspace } = (await import(
  pathToFileURL(`${process.cwd()}/packages/core/src/profiles/dalarna/index.ts`).href
)) as typeof import("../../../packages/core/src/profiles/dalarna/index.js");
const sample = createDalarnaSampleWorkspace();
const parsed = parseWorkspace(JSON.parse(JSON.stringify(sample)));
process.stdout.write(
  JSON.stringify({
    modules: modules.length,
    probesAtImport,
    constructedAtImport,
    functionsAtParse: constructed - constructedAtImport,
    jitlessAtImport,
    jitlessAfterParse: zodConfig()?.jitless === true,
    parsedMeetings: parsed.meetings.length,
  }),
);
