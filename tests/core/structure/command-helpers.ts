/**
 * What the structure commands' tests share: the Dalarna sample, deep-frozen once (a command that mutates its
 * input throws), and readers of a command's result.
 */
import { expect } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { StructureCommandResult } from "@systemledning/core/structure";
import { safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

/** The Dalarna sample, deep-frozen: every command test starts here. */
export const SAMPLE: Workspace = deepFreeze(createDalarnaSampleWorkspace());
/** The sample as stored text, to prove a command left it as it was. */
export const SAMPLE_TEXT = serializeWorkspace(SAMPLE);

/** The new workspace of an accepted command; it passes the door. */
export function accepted(result: StructureCommandResult): Workspace {
  if (!result.ok) throw new Error(result.error.message);
  const door = safeParseWorkspace(JSON.parse(serializeWorkspace(result.value)));
  if (!door.success) throw new Error(`the door refuses the result: ${door.error.message}`);
  return result.value;
}

/** A refusal's issues as `{ path, code, sv, en }`; the sample is untouched. */
export function refused(result: StructureCommandResult): { path: string; code: string; sv: string; en: string }[] {
  if (result.ok) throw new Error("expected the command to refuse");
  expect(result.error.reason).toBe("invalidInput");
  expect(serializeWorkspace(SAMPLE)).toBe(SAMPLE_TEXT);
  return result.error.issues.map((i) => ({ path: i.path, code: i.code, sv: i.message.sv, en: i.message.en }));
}

/** A refusal's issues as `[code, path]`. */
export function codes(result: StructureCommandResult): [string, string][] {
  return refused(result).map((i) => [i.code, i.path]);
}
