/**
 * Attendance and quorum of a meeting: a checkbox per member on the meeting's day, grouped by organisation,
 * each member's substitutes beside them (a ticked substitute stands in for an unticked member), and the
 * quorum computed by the core's rule as the boxes are ticked, with the reasons in words and announced
 * politely when they change. Native checkboxes: Tab between them, Space to tick, no custom keys to learn.
 */
import type { Meeting, QuorumResult } from "@systemledning/core/meetings";
import { MEMBERSHIP_ROLE_NAMES } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useAnnounce } from "../primitives/live-region.js";
import { RefusalAlert, SuccessNote } from "./feedback.js";
import { attendanceOfChecks, getLiveQuorum, type MemberSeat, type SubstituteSeat } from "./meeting-model.js";
import { Content, joinNames } from "./shared.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingTools } from "./messages.js";

/** One rule of the quorum in words, and whether it holds. */
export interface QuorumLine {
  readonly met: boolean;
  readonly text: string;
}

/** The rules of a quorum result in words ("För få med mandat: 4 av 9 deltar, minst 5 krävs."). */
export function quorumLines(quorum: QuorumResult, tools: MeetingTools): QuorumLine[] {
  const { t, number, locale } = tools;
  if (quorum.checks.length === 0) return [{ met: true, text: t("meetingsQuorumNoRule") }];
  return quorum.checks.map((check): QuorumLine => {
    if (check.rule === "share") {
      const params = {
        taking: number(check.taking),
        total: number(check.mandateHolders),
        required: number(check.required),
      };
      return { met: check.met, text: t(check.met ? "meetingsQuorumShareMet" : "meetingsQuorumShareNotMet", params) };
    }
    if (check.rule === "every-principal") {
      if (check.met) return { met: true, text: t("meetingsQuorumPrincipalsMet") };
      return {
        met: false,
        text: t(check.missing.length === 1 ? "meetingsQuorumPrincipalMissing" : "meetingsQuorumPrincipalsMissing", {
          names: joinNames(
            check.missing.map((m) => m.name),
            locale,
          ),
        }),
      };
    }
    return { met: check.met, text: t(check.met ? "meetingsQuorumChairMet" : "meetingsQuorumChairNotMet") };
  });
}

/** The quorum in one sentence, for the live region: the verdict and the reasons that decide it. */
export function quorumSummary(quorum: QuorumResult, tools: MeetingTools): string {
  const lines = quorumLines(quorum, tools);
  const reasons = quorum.quorate ? lines : lines.filter((line) => !line.met);
  return `${tools.t(quorum.quorate ? "meetingsQuorate" : "meetingsNotQuorate")}. ${reasons.map((line) => line.text).join(" ")}`;
}

/** The quorum verdict with its reasons, each with the status shape. */
export function QuorumPanel({ quorum, tools }: { readonly quorum: QuorumResult | null; readonly tools: MeetingTools }) {
  const { t } = tools;
  if (quorum === null) {
    return (
      <div className="sl-meetings-quorum">
        <p className="sl-meetings-quorum-verdict">
          <span className="sl-status" data-status="info">
            {t("meetingsQuorumNotRecorded")}
          </span>
        </p>
        <p className="sl-meetings-hint">{t("meetingsQuorumNotRecordedHint")}</p>
      </div>
    );
  }
  return (
    <div className="sl-meetings-quorum" data-sl-quorate={quorum.quorate ? "true" : "false"}>
      <p className="sl-meetings-quorum-verdict">
        <span className="sl-status" data-status={quorum.quorate ? "ok" : "missing"}>
          {t(quorum.quorate ? "meetingsQuorate" : "meetingsNotQuorate")}
        </span>
      </p>
      <ul className="sl-meetings-quorum-rules">
        {quorumLines(quorum, tools).map((line, index) => (
          <li key={index}>
            <span className="sl-status" data-status={line.met ? "ok" : "missing"}>
              <span className="sl-visually-hidden">{t(line.met ? "meetingsRuleMet" : "meetingsRuleNotMet")} </span>
            </span>
            <span className="sl-text">{line.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface AttendanceSectionProps {
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly page: MeetingPageState;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** The attendance checkboxes with the live quorum and a save button. */
export function AttendanceSection({
  workspace,
  meeting,
  page,
  headingLevel,
  contentLanguage,
  tools,
}: AttendanceSectionProps) {
  const { t, number, locale } = tools;
  const announce = useAnnounce();
  const headingId = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const quorum = useMemo(
    () => (page.quorumAttendance === null ? null : getLiveQuorum(workspace, meeting, page.quorumAttendance)),
    [workspace, meeting, page.quorumAttendance],
  );
  const summary = quorum === null ? null : quorumSummary(quorum, tools);
  const saving = page.pending === "updateMeeting";

  const onToggle = (membershipId: string, checked: boolean) => {
    page.toggle(membershipId, checked);
    // The quorum after this tick, worked out here so the change is announced once, as it happens.
    const next = getLiveQuorum(
      workspace,
      meeting,
      attendanceOfChecks(page.groups, { ...page.checks, [membershipId]: checked }, meeting.attendance),
    );
    const text = quorumSummary(next, tools);
    if (text !== summary) announce(text);
  };

  const counts = { present: 0, represented: 0, absent: 0 };
  for (const entry of page.quorumAttendance ?? []) counts[entry.status]++;
  const roles = (seat: MemberSeat) => {
    const words = seat.membership.roles
      .filter((role) => role !== "member")
      .map((role) => MEMBERSHIP_ROLE_NAMES[role][locale]);
    if (seat.membership.hasMandate) words.push(t("meetingsWithMandate"));
    return words.join(", ");
  };

  return (
    <section className="sl-meetings-section sl-meetings-attendance" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-meetings-subtitle">
        {t("meetingsAttendanceTitle")}
      </Heading>
      <QuorumPanel quorum={quorum} tools={tools} />
      {page.quorumAttendance === null ? null : (
        <p className="sl-meetings-counts">
          {t("meetingsAttendanceCounts", {
            present: number(counts.present),
            represented: number(counts.represented),
            absent: number(counts.absent),
          })}
        </p>
      )}
      <p className="sl-meetings-hint">{t("meetingsAttendanceHint")}</p>
      {page.groups.length === 0 ? <p className="sl-meetings-empty">{t("meetingsAttendanceNoMembers")}</p> : null}
      <div className="sl-meetings-orgs">
        {page.groups.map((group) => (
          <fieldset key={group.organisationId} className="sl-fieldset sl-meetings-org">
            <legend className="sl-legend-title">
              <Content lang={contentLanguage}>{group.organisationName}</Content>
            </legend>
            <ul className="sl-meetings-checks">
              {group.seats.map((seat) => {
                const memberChecked = page.checks[seat.membership.id] === true;
                return (
                  <li key={seat.membership.id}>
                    <Check
                      id={`${headingId}-${seat.membership.id}`}
                      checked={memberChecked}
                      onChange={(checked) => onToggle(seat.membership.id, checked)}
                      name={seat.name}
                      meta={roles(seat)}
                      contentLanguage={contentLanguage}
                      mandate={seat.membership.hasMandate}
                    />
                    {seat.substitutes.length === 0 ? null : (
                      <ul className="sl-meetings-checks sl-meetings-substitutes">
                        {seat.substitutes.map((substitute) => (
                          <li key={substitute.membership.id}>
                            <SubstituteCheck
                              id={`${headingId}-${substitute.membership.id}`}
                              substitute={substitute}
                              member={seat}
                              checks={page.checks}
                              onToggle={onToggle}
                              contentLanguage={contentLanguage}
                              tools={tools}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
              {group.loneSubstitutes.map((substitute) => (
                <li key={substitute.membership.id}>
                  <Check
                    id={`${headingId}-${substitute.membership.id}`}
                    checked={page.checks[substitute.membership.id] === true}
                    onChange={(checked) => onToggle(substitute.membership.id, checked)}
                    name={substitute.name}
                    meta={t("meetingsSubstituteAlone")}
                    contentLanguage={contentLanguage}
                    mandate={false}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      {page.refusal?.section === "attendance" ? (
        <RefusalAlert issues={page.refusal.issues} onDismiss={page.dismissRefusal} />
      ) : null}
      <div className="sl-form-actions sl-meetings-save">
        <button
          type="button"
          className="sl-button sl-button-primary"
          aria-disabled={saving || undefined}
          onClick={() => void (saving ? undefined : page.save("attendance", t("meetingsAttendanceSaved")))}
        >
          {t("meetingsAttendanceSave")}
        </button>
        {page.attendanceDirty ? <p className="sl-meetings-dirty">{t("meetingsUnsaved")}</p> : null}
      </div>
      {page.success?.section === "attendance" ? <SuccessNote success={page.success} /> : null}
    </section>
  );
}

interface CheckProps {
  readonly id: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly name: string;
  readonly meta: string;
  readonly mandate: boolean;
  readonly contentLanguage: string;
}

/** One native checkbox with a name and a line of detail, the whole row its target. */
function Check({ id, checked, onChange, name, meta, mandate, contentLanguage }: CheckProps) {
  return (
    <div className="sl-check-box sl-meetings-check" data-sl-mandate={mandate ? "" : undefined}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label htmlFor={id}>
        <Content lang={contentLanguage} className="sl-meetings-check-name sl-text">
          {name}
        </Content>
        {/* A space between name and detail, so the checkbox's name reads "Ann-Sofi Grönvall med mandat". */}
        {meta === "" ? null : (
          <>
            {" "}
            <span className="sl-meetings-check-meta">{meta}</span>
          </>
        )}
      </label>
    </div>
  );
}

interface SubstituteCheckProps {
  readonly id: string;
  readonly substitute: SubstituteSeat;
  readonly member: MemberSeat;
  readonly checks: Readonly<Record<string, boolean>>;
  readonly onToggle: (membershipId: string, checked: boolean) => void;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** A substitute's checkbox, saying for whom they stand in and whether they do now. */
function SubstituteCheck({ id, substitute, member, checks, onToggle, contentLanguage, tools }: SubstituteCheckProps) {
  const { t } = tools;
  const checked = checks[substitute.membership.id] === true;
  const memberPresent = checks[member.membership.id] === true;
  // Only the first ticked substitute of an absent member stands in (the rest attend without a vote).
  const first = member.substitutes.find((s) => checks[s.membership.id] === true);
  const serving = checked && !memberPresent && first?.membership.id === substitute.membership.id;
  const state = !checked ? "" : serving ? t("meetingsSubstituteServing") : t("meetingsSubstituteAttending");
  return (
    <Check
      id={id}
      checked={checked}
      onChange={(next) => onToggle(substitute.membership.id, next)}
      name={substitute.name}
      meta={[t("meetingsSubstituteFor", { member: member.name }), state].filter((part) => part !== "").join(", ")}
      mandate={false}
      contentLanguage={contentLanguage}
    />
  );
}
