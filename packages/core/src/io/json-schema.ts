/**
 * The JSON Schema of the workspace document, made by zod 4 from the very schemas the validating door uses,
 * so that back ends in any language (ajv, Python's jsonschema, .NET's JsonSchema.Net) can check documents.
 */
import * as z from "zod";
import { Profile } from "../profile/schema.js";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID, Workspace } from "../workspace/schema.js";

/** A JSON Schema document (draft 2020-12) as a plain JSON object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The end of a pattern in every dialect: no character follows. `$` accepts a trailing newline in Python, .NET and Java. */
const END = "(?![\\s\\S])";

/**
 * A pattern zod wrote for JavaScript, rewritten to mean the same in other validators (Python's `re`, .NET,
 * Java): `\d` (any script's digits in Python and .NET) becomes `[0-9]` (`0-9` inside a class) and `$`
 * outside a class becomes {@link END}. Escapes whose meaning differs between dialects and have no portable
 * spelling here (`\w`, `\s`, `\b`, `\D`, their opposites) and `.` outside a class (Python's `.` takes `\r`,
 * JavaScript's does not) make it throw: our own schemas use none, and a new one must be written portably
 * rather than exported with a meaning that changes by language.
 */
function portablePattern(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\") {
      const next = pattern[i + 1] ?? "";
      i++;
      if (next === "d") out += inClass ? "0-9" : "[0-9]";
      else if ("DwWsSbB".includes(next) && next !== "")
        throw new Error(`workspaceJsonSchema: the pattern ${pattern} uses \\${next}, which differs between dialects`);
      else out += char + next;
    } else if (inClass) {
      if (char === "]") inClass = false;
      out += char;
    } else if (char === "[") {
      inClass = true;
      out += char;
      // A negated class keeps its ^ (not an anchor there).
      if (pattern[i + 1] === "^") out += pattern[++i]!;
    } else if (char === "$") out += END;
    else if (char === ".")
      throw new Error(`workspaceJsonSchema: the pattern ${pattern} uses ".", which differs between dialects`);
    else out += char;
  }
  return out;
}

/** A copy of a generated schema with every `pattern` made portable. */
function withPortablePatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withPortablePatterns);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === "pattern" && typeof value === "string" ? portablePattern(value) : withPortablePatterns(value);
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of the current workspace version.
 *
 * It describes what `parseWorkspace` accepts as input (zod's `io: "input"`), which is what a back end receives
 * and stores: had the schemas defaults or transforms, fields with a default would be optional here, as they
 * are in a document. Every object is closed (`additionalProperties: false`), so an unknown field fails here
 * as it does at the door; `ext` objects take any JSON. What JSON Schema cannot say is left to `parseWorkspace`:
 * cross-references (a membership's forum must exist, municipality codes must be in the profile), unique ids,
 * and a period that ends before it starts. A new object every call, safe to modify.
 *
 * Its patterns mean the same in every validator: digits are `[0-9]` (Python's and .NET's `\d` accepts any
 * script's digits) and the end is `(?![\s\S])` (their `$` accepts a trailing newline); see
 * {@link portablePattern}. The formats `date` and `date-time` are named as well: ajv needs `ajv-formats` to
 * know them (without it `compile` throws "unknown format").
 *
 * @example
 * import Ajv2020 from "ajv/dist/2020.js";
 * import addFormats from "ajv-formats";
 * const ajv = new Ajv2020({ allErrors: true });
 * addFormats(ajv);
 * const validate = ajv.compile(workspaceJsonSchema());
 * if (!validate(JSON.parse(text))) console.log(validate.errors);
 */
export function workspaceJsonSchema(): JsonSchema {
  const { $schema, ...rest } = portableJsonSchema(Workspace);
  return {
    $schema,
    title: `${WORKSPACE_SCHEMA_ID} v${CURRENT_WORKSPACE_VERSION}`,
    description:
      "A systemledning workspace document. Cross-references, unique ids and periods are checked by parseWorkspace in @systemledning/core, not by this schema.",
    ...rest,
  };
}

/** The JSON Schema zod makes of `schema` for what the door accepts as input, with portable patterns. */
function portableJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  return withPortablePatterns(generated) as Record<string, unknown>;
}

/**
 * The JSON Schema (draft 2020-12) of a lone county profile, a county's `profile.json`: the profile part of
 * {@link workspaceJsonSchema}, with the same rules (input shape, closed objects, portable patterns), and a
 * top-level `"$schema"` string allowed, the link by which an editor finds this schema
 * (`"$schema": "../../schemas/profile.schema.json"`). The package ships it as
 * `@systemledning/core/schemas/profile.schema.json`; tests/core/io/profile-json-schema.test.ts keeps that file in
 * step. What JSON Schema cannot say (unique ids, a municipality's region, an instrument's goals) is left to
 * `safeParseProfile`. A new object every call.
 *
 * @example
 * const validate = new Ajv2020().compile(profileJsonSchema());
 * validate(JSON.parse(await readFile("counties/dalarna/profile.json", "utf8"))); // true
 */
export function profileJsonSchema(): JsonSchema {
  const { $schema, properties, ...rest } = portableJsonSchema(Profile);
  return {
    $schema,
    title: "systemledning/profile",
    description:
      "A systemledning county profile (profile.json). Unique ids and references are checked by safeParseProfile in @systemledning/core, not by this schema.",
    ...rest,
    properties: {
      $schema: { type: "string", description: "The link to this JSON Schema, for editors; not part of the profile." },
      ...(properties as Record<string, unknown>),
    },
  };
}
