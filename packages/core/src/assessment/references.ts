/**
 * Cross-reference checks of the assessment collections, run by the workspace's validating door after the
 * schemas pass: the profile's instruments (unique versions, items tied to goals that exist), rounds (their
 * instrument version exists, the leaderships asked and the meeting exist), and responses (round and
 * leadership exist, the leadership was asked, answers on the scale, one response per grouping).
 *
 * A declared maximum total that disagrees with the computed one is *not* reported here: it is a finding
 * (`getAssessmentProfileFindings`), so a profile that transcribes its source faithfully still loads.
 */
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { findDuplicateIds } from "../common/ids.js";
import type { Workspace } from "../workspace/schema.js";
import { createAssessmentIssue } from "./issues.js";
import { checkResponseRules, createRoundRuleContext, groupingKey, type RoundRuleContext } from "./response-rules.js";
import type { Instrument } from "./schema.js";

/** The key of an instrument version in lookups. */
export function instrumentKey(instrumentId: string, version: number): string {
  return `${instrumentId}@${version}`;
}

function validateInstruments(ws: Workspace, issues: ValidationIssue[]): Map<string, Instrument> {
  const byKey = new Map<string, Instrument>();
  const firstIndex = new Map<string, number>();
  const goalIds = new Set(ws.profile.goals.map((g) => g.id));
  const base = ["profile", "assessment", "instruments"] as const;
  ws.profile.assessment?.instruments.forEach((instrument, i) => {
    const key = instrumentKey(instrument.id, instrument.version);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, i);
      byKey.set(key, instrument);
    } else {
      issues.push(
        createAssessmentIssue([...base, i, "version"], "duplicate_instrument_version", {
          id: instrument.id,
          version: instrument.version,
          first: `profile.assessment.instruments[${first}]`,
        }),
      );
    }
    findDuplicateIds(instrument.items, [...base, i, "items"], issues);
    instrument.items.forEach((item, j) => {
      if (item.goalId !== undefined && !goalIds.has(item.goalId)) {
        issues.push(
          createIssue([...base, i, "items", j, "goalId"], "dangling_reference", {
            id: item.goalId,
            collection: "profile.goals",
          }),
        );
      }
    });
  });
  return byKey;
}

/** Check every reference of the assessment collections and the profile's instruments. Linear in their size. */
export function validateAssessmentReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const instruments = validateInstruments(ws, issues);
  const leadershipIds = new Set(ws.leaderships.map((l) => l.id));
  const meetingIds = new Set(ws.meetings.map((m) => m.id));
  const instrumentIds = new Set([...instruments.values()].map((i) => i.id));

  const roundIndex = findDuplicateIds(ws.assessmentRounds, ["assessmentRounds"], issues);
  const contexts = new Map<string, RoundRuleContext>();
  ws.assessmentRounds.forEach((round, i) => {
    const path = ["assessmentRounds", i];
    const instrument = instruments.get(instrumentKey(round.instrumentId, round.instrumentVersion));
    if (instrument === undefined) {
      const field = instrumentIds.has(round.instrumentId) ? "instrumentVersion" : "instrumentId";
      issues.push(
        createAssessmentIssue([...path, field], "unknown_instrument", {
          id: round.instrumentId,
          version: round.instrumentVersion,
        }),
      );
    } else if (roundIndex.get(round.id) === i) {
      contexts.set(round.id, createRoundRuleContext(round, instrument));
    }
    if (round.kind === "event-poll" && round.leadershipIds.length > 0) {
      issues.push(createAssessmentIssue([...path, "leadershipIds"], "poll_leaderships_listed", { round: round.id }));
    }
    const seen = new Set<string>();
    round.leadershipIds.forEach((id, j) => {
      if (!leadershipIds.has(id))
        issues.push(
          createIssue([...path, "leadershipIds", j], "dangling_reference", { id, collection: "leaderships" }),
        );
      if (seen.has(id)) issues.push(createIssue([...path, "leadershipIds", j], "duplicate_value", { value: id }));
      seen.add(id);
    });
    if (round.meetingId !== undefined && !meetingIds.has(round.meetingId)) {
      issues.push(
        createIssue([...path, "meetingId"], "dangling_reference", { id: round.meetingId, collection: "meetings" }),
      );
    }
  });

  const roundIds = new Set(ws.assessmentRounds.map((r) => r.id));
  findDuplicateIds(ws.assessmentResponses, ["assessmentResponses"], issues);
  const firstOfGrouping = new Map<string, number>();
  ws.assessmentResponses.forEach((response, i) => {
    const path = ["assessmentResponses", i];
    if (!roundIds.has(response.roundId)) {
      issues.push(
        createIssue([...path, "roundId"], "dangling_reference", {
          id: response.roundId,
          collection: "assessmentRounds",
        }),
      );
      return;
    }
    if (response.leadershipId !== undefined && !leadershipIds.has(response.leadershipId)) {
      issues.push(
        createIssue([...path, "leadershipId"], "dangling_reference", {
          id: response.leadershipId,
          collection: "leaderships",
        }),
      );
    }
    const context = contexts.get(response.roundId);
    // A round whose instrument is unknown was reported above; its responses cannot be checked further.
    if (context === undefined) return;
    checkResponseRules(response, context, path, issues);
    if (context.round.kind === "self-assessment" && response.leadershipId !== undefined) {
      const key = `${response.roundId}\u0000${groupingKey(response)}`;
      const first = firstOfGrouping.get(key);
      if (first === undefined) firstOfGrouping.set(key, i);
      else {
        issues.push(
          createAssessmentIssue([...path, "grouping"], "duplicate_grouping", {
            leadership: response.leadershipId,
            round: response.roundId,
            grouping: response.grouping ?? "",
            first: `assessmentResponses[${first}]`,
          }),
        );
      }
    }
  });
  return issues;
}
