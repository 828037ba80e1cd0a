/**
 * Commands of the forums: add, rename and end a forum; set its required and co-opted sectors, its composition,
 * its chair rule and its meeting rules. Like every structure command (commands.ts) each returns a new workspace
 * or a refusal with paths into `intent`, and never mutates its input.
 */
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { ok } from "../common/result.js";
import type { MeetingRules } from "../meetings/schema-rules.js";
import type { Workspace } from "../workspace/schema.js";
import {
  checked,
  duplicateId,
  fail,
  idFromName,
  parseIntent,
  repeatedValues,
  replaceAt,
  unknownId,
  type StructureCommandResult,
} from "./commands-support.js";
import { createStructureIssue } from "./issues.js";
import type { Forum } from "./schema.js";
import {
  AddForumIntent,
  EndForumIntent,
  RenameForumIntent,
  SetForumChairRuleIntent,
  SetForumCompositionIntent,
  SetForumMeetingRulesIntent,
  SetForumSectorsIntent,
} from "./schema-intents.js";

/** Why the two sector lists cannot be a forum's: unknown or repeated ids, or a sector in both. */
function sectorIssues(ws: Workspace, required: readonly string[], coOpted: readonly string[]): ValidationIssue[] {
  const known = new Set(ws.profile.sectors.map((s) => s.id));
  const issues: ValidationIssue[] = [];
  for (const [field, ids] of [
    ["requiredSectorIds", required],
    ["coOptedSectorIds", coOpted],
  ] as const) {
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push(createIssue(["intent", field, i], "dangling_reference", { id, collection: "profile.sectors" }));
    });
    issues.push(...repeatedValues(ids, field));
  }
  const requiredSet = new Set(required);
  coOpted.forEach((id, i) => {
    if (requiredSet.has(id))
      issues.push(
        createStructureIssue(["intent", "coOptedSectorIds", i], "sector_required_and_co_opted", { sector: id }),
      );
  });
  return issues;
}

/** The forum with `forumId` and its index, or a dangling reference at `intent.forumId`. */
function findForum(
  ws: Workspace,
  forumId: string,
): { ok: true; index: number; forum: Forum } | { ok: false; result: StructureCommandResult } {
  const index = ws.forums.findIndex((f) => f.id === forumId);
  if (index < 0) return { ok: false, result: fail([unknownId("forumId", forumId, "forums")]) };
  return { ok: true, index, forum: ws.forums[index]! };
}

/** Replace the forum at `index` and check the result at the door. */
const withForum = (ws: Workspace, index: number, forum: Forum): StructureCommandResult =>
  checked({ ...ws, forums: replaceAt(ws.forums, index, forum) });

/**
 * Add a forum to a leadership, at the end of `forums`: its name, composition (politicians, officials or joint),
 * purpose, the sectors that must be represented and those co-opted when needed (ids of the profile's sectors,
 * each in one list only), and its chair rule.
 *
 * @example
 * addForum(ws, { leadershipId: "ls-mora", name: "Välfärdsråd Mora", composition: "joint", requiredSectorIds: ["socialtjanst"] });
 */
export function addForum(ws: Workspace, intent: AddForumIntent): StructureCommandResult {
  const parsed = parseIntent(AddForumIntent, intent);
  if (!parsed.ok) return parsed.result;
  const value = parsed.value;
  const required = value.requiredSectorIds ?? [];
  const coOpted = value.coOptedSectorIds ?? [];
  const issues: ValidationIssue[] = value.id === undefined ? [] : duplicateId(value.id, ws.forums, "forums");
  if (!ws.leaderships.some((l) => l.id === value.leadershipId))
    issues.push(unknownId("leadershipId", value.leadershipId, "leaderships"));
  issues.push(...sectorIssues(ws, required, coOpted));
  if (issues.length > 0) return fail(issues);
  const forum: Forum = {
    id: value.id ?? idFromName("f", value.name, ws.forums),
    leadershipId: value.leadershipId,
    name: value.name,
    composition: value.composition,
    requiredSectorIds: [...required],
    coOptedSectorIds: [...coOpted],
  };
  if (value.shortName !== undefined) forum.shortName = value.shortName;
  if (value.purpose !== undefined) forum.purpose = value.purpose;
  if (value.chairRule !== undefined) forum.chairRule = value.chairRule;
  return checked({ ...ws, forums: [...ws.forums, forum] });
}

/**
 * Rename a forum. `shortName` null clears the short name; absent keeps it.
 *
 * @example
 * renameForum(ws, { forumId: "f-mora", name: "Lokal systemledning Mora", shortName: null });
 */
export function renameForum(ws: Workspace, intent: RenameForumIntent): StructureCommandResult {
  const parsed = parseIntent(RenameForumIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { forumId, name, shortName } = parsed.value;
  const found = findForum(ws, forumId);
  if (!found.ok) return found.result;
  const { shortName: oldShortName, ...rest } = found.forum;
  const forum: Forum = { ...rest, name };
  const nextShortName = shortName === undefined ? oldShortName : (shortName ?? undefined);
  if (nextShortName !== undefined) forum.shortName = nextShortName;
  return withForum(ws, found.index, forum);
}

/**
 * End a forum: `on` becomes its last day (`endedOn`), and every seat of it still running after `on` ends on
 * `on`. Nothing is deleted: its meetings, decisions and seats stay as history, and the structure questions
 * leave the forum out after `on`. Refused when a seat starts after `on`, and when the forum already ended on
 * or before `on` (an end can be brought forward, not repeated or extended).
 *
 * @example
 * endForum(ws, { forumId: "f-mora", on: "2026-12-31" });
 */
export function endForum(ws: Workspace, intent: EndForumIntent): StructureCommandResult {
  const parsed = parseIntent(EndForumIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { forumId, on } = parsed.value;
  const found = findForum(ws, forumId);
  if (!found.ok) return found.result;
  const { endedOn } = found.forum;
  if (endedOn !== undefined && endedOn <= on)
    return fail([createStructureIssue(["intent", "on"], "already_ended", { id: forumId, ended: endedOn })]);
  const late = ws.memberships.find((m) => m.forumId === forumId && m.from > on);
  if (late !== undefined)
    return fail([
      createStructureIssue(["intent", "on"], "forum_ends_before_member_starts", { on, id: late.id, from: late.from }),
    ]);
  const memberships = ws.memberships.map((m) =>
    m.forumId === forumId && (m.to === undefined || m.to > on) ? { ...m, to: on } : m,
  );
  return checked({ ...ws, forums: replaceAt(ws.forums, found.index, { ...found.forum, endedOn: on }), memberships });
}

/**
 * Set the sectors that must be represented in a forum and those co-opted when needed (the Metodstöd's
 * representation checklist): ids of the profile's sectors, no repeats, no sector in both lists.
 *
 * @example
 * setForumSectors(ws, { forumId: "f-mora", requiredSectorIds: ["socialtjanst", "primarvard"], coOptedSectorIds: ["polis"] });
 */
export function setForumSectors(ws: Workspace, intent: SetForumSectorsIntent): StructureCommandResult {
  const parsed = parseIntent(SetForumSectorsIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { forumId, requiredSectorIds, coOptedSectorIds } = parsed.value;
  const found = findForum(ws, forumId);
  if (!found.ok) return found.result;
  const issues = sectorIssues(ws, requiredSectorIds, coOptedSectorIds);
  if (issues.length > 0) return fail(issues);
  return withForum(ws, found.index, {
    ...found.forum,
    requiredSectorIds: [...requiredSectorIds],
    coOptedSectorIds: [...coOptedSectorIds],
  });
}

/**
 * Set who sits in a forum: politicians, officials, or both (joint).
 *
 * @example
 * setForumComposition(ws, { forumId: "f-mora", composition: "joint" });
 */
export function setForumComposition(ws: Workspace, intent: SetForumCompositionIntent): StructureCommandResult {
  const parsed = parseIntent(SetForumCompositionIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findForum(ws, parsed.value.forumId);
  if (!found.ok) return found.result;
  return withForum(ws, found.index, { ...found.forum, composition: parsed.value.composition });
}

/**
 * Set how a forum's chair is chosen (term in months, rotation between principals, a description); null
 * removes the rule.
 *
 * @example
 * setForumChairRule(ws, { forumId: "f-mora", chairRule: { termMonths: 12, rotatesBetweenPrincipals: true } });
 */
export function setForumChairRule(ws: Workspace, intent: SetForumChairRuleIntent): StructureCommandResult {
  const parsed = parseIntent(SetForumChairRuleIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findForum(ws, parsed.value.forumId);
  if (!found.ok) return found.result;
  const { chairRule: _old, ...rest } = found.forum;
  const { chairRule } = parsed.value;
  return withForum(ws, found.index, chairRule === null ? rest : { ...rest, chairRule });
}

/**
 * Set a forum's own meeting rules (how often and when it meets, notice, mode, notes and approval, quorum), written
 * to `profile.meetings.forums[forumId]`, so the annual plan and the compliance questions follow them. The rules
 * are checked as the door checks them (meetings a year, months ascending, the default mode allowed). Null removes
 * the forum's own rules: the county's defaults apply again.
 *
 * @example
 * setForumMeetingRules(ws, { forumId: "f-mora", rules: { ...DEFAULT_MEETING_RULES, noticeDays: 21 } });
 */
export function setForumMeetingRules(ws: Workspace, intent: SetForumMeetingRulesIntent): StructureCommandResult {
  const parsed = parseIntent(SetForumMeetingRulesIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { forumId, rules } = parsed.value;
  const found = findForum(ws, forumId);
  if (!found.ok) return found.result;
  const settings = ws.profile.meetings;
  const forums: Record<string, MeetingRules> = { ...(settings?.forums ?? {}) };
  if (rules === null) {
    if (!Object.hasOwn(forums, forumId)) return ok(ws);
    delete forums[forumId];
  } else forums[forumId] = rules;
  return checked({ ...ws, profile: { ...ws.profile, meetings: { ...settings, forums } } });
}
