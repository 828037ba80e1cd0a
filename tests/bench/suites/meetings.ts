/**
 * Bench suite "meetings": the annual plan of 300 forums over ten years, compliance of 10,000 meetings,
 * verification of a 10,000-entry decisions log and iCalendar export, each beside a peer measured in the
 * same run. Budgets (issue 3): planning and compliance < 100 ms each; log verification is reported.
 */
import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { toCanonicalJson } from "@systemledning/core/io";
import {
  checkAllMeetingsCompliance,
  logEntryHashInput,
  planMeetings,
  toICalendar,
  verifyLog,
  type LogEntry,
} from "@systemledning/core/meetings";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { addNationalDecisionLog, addNationalMeetings } from "../../fixtures/national-meetings.js";
import { compare, quantile, type BenchResult, type BenchSuite, type GroupRow } from "../harness.js";
import { formatGroup } from "../harness.js";

const PLAN_BUDGET_MS = 100;
const COMPLIANCE_BUDGET_MS = 100;
const SEED = 20261122;

/** The same for async work: warm-up, then timed runs taking turns, as `compare` does. */
async function compareAsync(
  candidates: readonly { name: string; fn: () => Promise<unknown> }[],
  iterations = 15,
  warmup = 2,
): Promise<BenchResult[]> {
  for (const { fn } of candidates) for (let i = 0; i < warmup; i++) await fn();
  const times = candidates.map((): number[] => []);
  for (let i = 0; i < iterations; i++) {
    for (const [c, { fn }] of candidates.entries()) {
      const start = performance.now();
      await fn();
      times[c]!.push(performance.now() - start);
    }
  }
  return candidates.map(({ name }, c) => {
    const sorted = times[c]!.sort((a, b) => a - b);
    return { name, iterations, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), minMs: sorted[0]! };
  });
}

/** The naive peer: re-hash every entry one after the other with node:crypto and compare the chain. */
function naiveVerify(log: readonly LogEntry[]): boolean {
  let previous: string | null = null;
  let valid = true;
  for (const [i, entry] of log.entries()) {
    const { hash, ...rest } = entry;
    const digest = createHash("sha256")
      .update(toCanonicalJson(rest, { indent: 0 }), "utf8")
      .digest("hex");
    valid &&= digest === hash && entry.previousHash === previous && entry.sequence === i;
    previous = hash;
  }
  return valid;
}

const stockholmParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  timeZoneName: "shortOffset",
  hour: "2-digit",
});

/** The meetings suite. */
export const suite: BenchSuite = {
  name: "meetings",
  async run() {
    const base = createNationalWorkspace({ seed: SEED });
    const ws = addNationalMeetings(base, { seed: SEED, meetings: 10_000 });
    const withLog = await addNationalDecisionLog(ws, { entries: 10_000 });
    console.log(
      `National synthetic workspace: ${ws.forums.length} forums, ${ws.memberships.length} memberships, ${ws.meetings.length} meetings, ${withLog.decisionLog.length} log entries. Node ${process.version}.`,
    );

    const forums = ws.forums.slice(0, 300).map((f) => f.id);
    const years = Array.from({ length: 10 }, (_, i) => 2025 + i);
    const planAll = () => {
      let n = 0;
      for (const forumId of forums) for (const year of years) n += planMeetings(ws, forumId, { year }).meetings.length;
      return n;
    };
    const starts = forums.flatMap((forumId) =>
      years.flatMap((year) => planMeetings(ws, forumId, { year }).meetings.map((m) => Date.parse(m.start))),
    );
    const planGroup: GroupRow[] = compare([
      { name: `planMeetings: 300 forums × 10 years (${planAll()} meetings, holidays, DST, deadlines)`, fn: planAll },
      {
        name: `peer: only the Stockholm offsets of those ${starts.length} starts via Intl.DateTimeFormat`,
        fn: () => starts.map((t) => stockholmParts.formatToParts(t).find((p) => p.type === "timeZoneName")!.value),
      },
    ]).map((result, i) => (i === 0 ? { result, budgetMs: PLAN_BUDGET_MS } : { result }));
    console.log(formatGroup("Annual plans (reference: planMeetings)", planGroup));

    const asOf = "2026-05-13";
    const complianceGroup: GroupRow[] = compare([
      // A new workspace object each run, as after every command: its index is built inside.
      {
        name: `checkAllMeetingsCompliance: ${ws.meetings.length} meetings (index built inside)`,
        fn: () => checkAllMeetingsCompliance({ ...ws }, { asOf }),
      },
      {
        name: "the same workspace object again (its index kept by getWorkspaceIndex)",
        fn: () => checkAllMeetingsCompliance(ws, { asOf }),
      },
    ]).map((result, i) => (i === 0 ? { result, budgetMs: COMPLIANCE_BUDGET_MS } : { result }));
    console.log(formatGroup("Meeting compliance (reference: all meetings)", complianceGroup));

    const log = withLog.decisionLog;
    if (!(await verifyLog(log, { anchor: "unanchored" })).valid || !naiveVerify(log))
      throw new Error("the generated log does not verify");
    const logGroup: GroupRow[] = (
      await compareAsync([
        {
          name: `verifyLog: ${log.length} entries (Web Crypto, digests in batches of 256)`,
          fn: () => verifyLog(log, { anchor: "unanchored" }),
        },
        {
          name: "peer: sequential re-hash with node:crypto createHash (canonical JSON)",
          fn: async () => naiveVerify(log),
        },
        {
          name: "canonical JSON of every entry alone (the shared cost)",
          fn: async () => log.map((e) => logEntryHashInput(e)),
        },
      ])
    ).map((result) => ({ result }));
    console.log(formatGroup("Log verification (reference: verifyLog)", logGroup));

    const lchnv = ws.forums[0]!.id;
    const meetingIds = ws.meetings.slice(0, 1_000).map((m) => m.id);
    const text = toICalendar(ws, { meetingIds }, { dtstamp: "2026-01-01T08:00:00Z" });
    const parsed = new ICAL.Component(ICAL.parse(text));
    const icalGroup: GroupRow[] = compare([
      {
        name: "toICalendar: 1,000 meetings with notice deadlines",
        fn: () => toICalendar(ws, { meetingIds }, { dtstamp: "2026-01-01T08:00:00Z" }),
      },
      { name: "peer: ical.js Component.toString() of the same calendar (parsed once)", fn: () => parsed.toString() },
      {
        name: `toICalendar: one forum's annual plan (${lchnv}, 2026)`,
        fn: () => toICalendar(ws, { forumId: lchnv, year: 2026 }, { dtstamp: "2026-01-01T08:00:00Z" }),
      },
    ]).map((result) => ({ result }));
    console.log(formatGroup("iCalendar (reference: 1,000 meetings)", icalGroup));
    return [planGroup, complianceGroup, logGroup, icalGroup];
  },
};
