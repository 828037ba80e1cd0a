/**
 * The JSON Schema of the workspace document, made by zod 4 from the very schemas the validating door uses,
 * so that back ends in any language (ajv, Python's jsonschema, .NET's JsonSchema.Net) can check documents.
 */
import * as z from "zod";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID, Workspace } from "../workspace/schema.js";

/** A JSON Schema document (draft 2020-12) as a plain JSON object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

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
 * @example
 * import Ajv2020 from "ajv/dist/2020";
 * const validate = new Ajv2020({ allErrors: true }).compile(workspaceJsonSchema());
 * if (!validate(JSON.parse(text))) console.log(validate.errors);
 */
export function workspaceJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(Workspace, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `${WORKSPACE_SCHEMA_ID} v${CURRENT_WORKSPACE_VERSION}`,
    description:
      "A systemledning workspace document. Cross-references, unique ids and periods are checked by parseWorkspace in @systemledning/core, not by this schema.",
    ...rest,
  };
}
