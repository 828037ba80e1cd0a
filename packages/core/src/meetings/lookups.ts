/**
 * The meeting a question names, found through the workspace's one index, or a clear refusal.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";
import type { Meeting } from "./schema.js";

/** The meeting with `meetingId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireMeeting(index: WorkspaceIndex, meetingId: string): Meeting {
  const meeting = index.meetingById.get(meetingId);
  if (meeting === undefined)
    throw new SystemledningError("invalidInput", [
      createIssue(["meetingId"], "dangling_reference", { id: String(meetingId), collection: "meetings" }),
    ]);
  return meeting;
}
