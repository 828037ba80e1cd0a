/**
 * The attendance of approved minutes, as the decisions log holds it: who was present, who was represented
 * by whom and who was absent, grouped and counted. Read-only, like the rest of the approved minutes.
 */
import type { MinutesAttendance } from "@systemledning/core/meetings";
import { Content } from "./shared.js";
import type { MeetingMessageKey, MeetingTools } from "./messages.js";

/** Attendance as approved: who was present, who was represented by whom, who was absent. */
export function ApprovedAttendance({
  attendance,
  contentLanguage,
  tools,
}: {
  readonly attendance: readonly MinutesAttendance[];
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}) {
  const { t, number } = tools;
  const groups: readonly { readonly status: MinutesAttendance["status"]; readonly key: MeetingMessageKey }[] = [
    { status: "present", key: "meetingsAttendancePresent" },
    { status: "represented", key: "meetingsAttendanceRepresented" },
    { status: "absent", key: "meetingsAttendanceAbsent" },
  ];
  if (attendance.length === 0) return <p className="sl-meetings-empty">{t("meetingsQuorumNotRecorded")}</p>;
  return (
    <dl className="sl-meetings-attendance-list">
      {groups.map(({ status, key }) => {
        const lines = attendance.filter((a) => a.status === status);
        if (lines.length === 0) return null;
        return (
          <div key={status}>
            <dt>
              {t(key)} ({number(lines.length)})
            </dt>
            <dd>
              <ul>
                {lines.map((line) => (
                  <li key={line.membershipId}>
                    <Content lang={contentLanguage} className="sl-text">
                      {line.name}
                      {line.organisation === "" ? "" : `, ${line.organisation}`}
                    </Content>
                    {line.substituteName === undefined ? null : (
                      <>
                        {" "}
                        {t("meetingsRepresentedBy")} <Content lang={contentLanguage}>{line.substituteName}</Content>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
