/**
 * The order principals are shown in, wherever the meeting views list them.
 */
import type { PrincipalAttendance } from "@systemledning/core/meetings";

/**
 * A forum's principals as a reader looks for them: the region first, then the municipalities by name.
 *
 * @example
 * orderPrincipals(getForumCompliance(ws, "f-vasterbergslagen", period).principals).map((p) => p.name) // ["Region Dalarna", "Ludvika", "Smedjebacken"]
 */
export function orderPrincipals(principals: readonly PrincipalAttendance[]): PrincipalAttendance[] {
  const region = (p: PrincipalAttendance) => (p.key.startsWith("region:") ? 0 : 1);
  return [...principals].sort((a, b) => region(a) - region(b) || a.name.localeCompare(b.name, "sv"));
}
