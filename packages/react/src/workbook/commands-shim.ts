// TEMPORARY until i16-cmd lands: stand-ins for the core's setForumSectors and setForumMeetingRules.
import { MeetingRules } from "@systemledning/core/meetings";
import { err, ok, SystemledningError, type Result, type Workspace } from "@systemledning/core/workspace";
import { parseInput } from "../../../core/src/schema/parse-input.js";

export function setForumSectors(
  ws: Workspace,
  intent: { forumId: string; requiredSectorIds: readonly string[]; coOptedSectorIds: readonly string[] },
): Result<Workspace, SystemledningError> {
  const known = new Set(ws.profile.sectors.map((s) => s.id));
  const bad = intent.requiredSectorIds.findIndex((id) => !known.has(id));
  if (bad >= 0)
    return err(
      new SystemledningError("invalidInput", [
        {
          path: `intent.requiredSectorIds[${bad}]`,
          pathSegments: ["intent", "requiredSectorIds", bad],
          code: "dangling_reference",
          message: { sv: "Okänd sektor", en: "Unknown sector" },
          params: {},
        },
      ]),
    );
  return ok({
    ...ws,
    forums: ws.forums.map((f) =>
      f.id === intent.forumId
        ? { ...f, requiredSectorIds: [...intent.requiredSectorIds], coOptedSectorIds: [...intent.coOptedSectorIds] }
        : f,
    ),
  });
}

export function setForumMeetingRules(
  ws: Workspace,
  intent: { forumId: string; rules: MeetingRules | null },
): Result<Workspace, SystemledningError> {
  const meetings = ws.profile.meetings ?? { forums: {} };
  const forums = { ...meetings.forums };
  if (intent.rules === null) delete forums[intent.forumId];
  else {
    const parsed = parseInput(MeetingRules, intent.rules, ["intent", "rules"]);
    if (!parsed.ok) return err(new SystemledningError("invalidInput", parsed.error));
    forums[intent.forumId] = parsed.value;
  }
  return ok({ ...ws, profile: { ...ws.profile, meetings: { ...meetings, forums } } });
}
