/**
 * Property of the structure commands (fixed seed): any sequence of commands, with intents valid and invalid,
 * drawn from the ids of the sample (and of the records the sequence itself adds) and from random strings, only
 * ever yields workspaces the door accepts; a refusal is `invalidInput` with at least one issue, and no command
 * touches its input (each workspace is deep-frozen, so a mutation throws).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MEETING_RULES } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import {
  addForum,
  addMembership,
  addOrganisation,
  addPerson,
  adoptCharter,
  adoptDefaultPrinciples,
  adoptDefaultTasks,
  answerCharterQuestion,
  clearCharterAnswer,
  endForum,
  endMembership,
  renameForum,
  setCharterPrinciples,
  setCharterTasks,
  setCharterText,
  setForumChairRule,
  setForumComposition,
  setForumMeetingRules,
  setForumSectors,
  setSubstitute,
  type AddMembershipIntent,
  type MembershipRole,
  type StructureCommandResult,
} from "@systemledning/core/structure";
import { safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

const SEED = 20261205;

/** A value read from the workspace the step runs on: so a step can name a record an earlier step added. */
type FromWorkspace<T> = (ws: Workspace) => T;
/** One step: a command's name and how to run it on the workspace of its turn. */
interface Step {
  readonly name: string;
  readonly run: (ws: Workspace) => StructureCommandResult;
}

type Collection = "forums" | "people" | "organisations" | "memberships" | "leaderships" | "sectors" | "questions";
const idsOf = (ws: Workspace, collection: Collection): readonly string[] =>
  collection === "sectors"
    ? ws.profile.sectors.map((s) => s.id)
    : collection === "questions"
      ? ws.profile.charterQuestions.map((q) => q.id)
      : ws[collection].map((r) => r.id);

/** Mostly an id of `collection` in the workspace of the turn, sometimes a random string. */
const idOf = (collection: Collection): fc.Arbitrary<FromWorkspace<string>> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.nat().map((n) => (ws: Workspace) => {
        const ids = idsOf(ws, collection);
        return ids.length === 0 ? "tom" : ids[n % ids.length]!;
      }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => () => s) },
  );

const idsFrom = (collection: Collection) =>
  fc.array(idOf(collection), { maxLength: 4 }).map((list) => (ws: Workspace) => list.map((f) => f(ws)));

const DATE = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.integer({ min: 0, max: 365 * 6 }).map((d) => isoDay(Date.UTC(2022, 0, 1) + d * 86_400_000)),
  },
  { weight: 1, arbitrary: fc.constantFrom("2025-02-30", "i morgon", "") },
);
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const NAME = fc.oneof(
  fc.constantFrom("Välfärdsråd", "Ny ledamot", "Åsa Ö", "???", "", " "),
  fc.string({ maxLength: 12 }),
);
const TEXT = fc.oneof(fc.constantFrom("Ett svar.", "", "  ", "Vi lyssnar."), fc.string({ maxLength: 20 }));
const ROLES = fc.uniqueArray(
  fc.constantFrom<MembershipRole>("chair", "vice-chair", "convener", "secretary", "member", "substitute", "co-opted"),
  { maxLength: 3 },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });

/** A seat's roles: mostly a plain seat or a substitute for a seated member (in that member's forum), sometimes anything. */
const SEAT: fc.Arbitrary<FromWorkspace<{ roles: MembershipRole[]; substituteForId?: string; forumId?: string }>> =
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom<MembershipRole[]>(["member"], ["chair", "member"], ["secretary"])
        .map((roles) => () => ({ roles: [...roles] })),
    },
    {
      weight: 2,
      arbitrary: fc.nat().map((n) => (ws: Workspace) => {
        const seated = ws.memberships.filter((m) => !m.roles.includes("substitute"));
        const target = seated[n % Math.max(1, seated.length)];
        return target === undefined
          ? { roles: ["substitute" as const] }
          : { roles: ["substitute" as const], forumId: target.forumId, substituteForId: target.id };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(ROLES, optional(idOf("memberships"))).map(
        ([roles, sub]) =>
          (ws: Workspace) =>
            sub === undefined ? { roles } : { roles, substituteForId: sub(ws) },
      ),
    },
  );
const JUNK = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.dictionary(fc.string(), fc.string()),
);

/** A step named `name` that runs `command` with an intent built from the workspace of its turn. */
const step = <TIntent>(
  name: string,
  command: (ws: Workspace, intent: TIntent) => StructureCommandResult,
  intent: fc.Arbitrary<FromWorkspace<TIntent>>,
): fc.Arbitrary<Step> => intent.map((build) => ({ name, run: (ws) => command(ws, build(ws)) }));

/** Bind every field of a record of arbitraries of `FromWorkspace` values (or plain values) into one. */
function record<T extends Record<string, unknown>>(parts: {
  [K in keyof T]: fc.Arbitrary<FromWorkspace<T[K]> | T[K]>;
}): fc.Arbitrary<FromWorkspace<T>> {
  return fc.record(parts as Record<string, fc.Arbitrary<unknown>>).map((values) => (ws: Workspace) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values))
      out[key] = typeof value === "function" ? (value as FromWorkspace<unknown>)(ws) : value;
    return out as T;
  });
}

const STEPS: fc.Arbitrary<Step> = fc.oneof(
  step("addPerson", addPerson, record({ name: NAME, title: optional(NAME) })),
  step(
    "addOrganisation",
    addOrganisation,
    record({
      kind: fc.constantFrom("municipality", "civil-society", "region", "other"),
      name: NAME,
      code: optional(fc.constantFrom("0880", "0840", "2080", "0020", "1234")),
      parentId: optional(idOf("organisations")),
      tier: optional(fc.constantFrom("committee", "operation")),
    }),
  ),
  step(
    "addForum",
    addForum,
    record({
      leadershipId: idOf("leaderships"),
      name: NAME,
      composition: fc.constantFrom("joint", "politicians", "officials"),
      requiredSectorIds: optional(idsFrom("sectors")),
      coOptedSectorIds: optional(idsFrom("sectors")),
    }),
  ),
  step(
    "renameForum",
    renameForum,
    record({ forumId: idOf("forums"), name: NAME, shortName: optional(fc.option(NAME, { nil: null })) }),
  ),
  step("endForum", endForum, record({ forumId: idOf("forums"), on: DATE })),
  step(
    "setForumSectors",
    setForumSectors,
    record({
      forumId: idOf("forums"),
      requiredSectorIds: idsFrom("sectors"),
      coOptedSectorIds: idsFrom("sectors"),
    }),
  ),
  step(
    "setForumComposition",
    setForumComposition,
    record({ forumId: idOf("forums"), composition: fc.constantFrom("joint", "politicians", "officials") }),
  ),
  step(
    "setForumChairRule",
    setForumChairRule,
    record({
      forumId: idOf("forums"),
      chairRule: fc.option(
        fc.record({ termMonths: fc.integer({ min: 0, max: 130 }), rotatesBetweenPrincipals: fc.boolean() }),
        { nil: null },
      ),
    }),
  ),
  step(
    "setForumMeetingRules",
    setForumMeetingRules,
    record({
      forumId: idOf("forums"),
      rules: fc.option(
        fc
          .record({
            min: fc.integer({ min: 1, max: 12 }),
            max: fc.integer({ min: 1, max: 12 }),
            noticeDays: fc.integer({ min: -1, max: 30 }),
          })
          .map(({ min, max, noticeDays }) => ({ ...DEFAULT_MEETING_RULES, meetingsPerYear: { min, max }, noticeDays })),
        { nil: null },
      ),
    }),
  ),
  step(
    "addMembership",
    addMembership,
    fc
      .tuple(
        record({
          forumId: idOf("forums"),
          personId: idOf("people"),
          organisationId: idOf("organisations"),
          sectorId: optional(idOf("sectors")),
          kind: fc.constantFrom("official", "politician"),
          hasMandate: fc.boolean(),
          from: DATE,
        }),
        SEAT,
        optional(fc.integer({ min: -30, max: 900 })),
      )
      .map(([base, seat, days]) => (ws: Workspace) => {
        const intent: AddMembershipIntent = { ...base(ws), ...seat(ws) };
        return days === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(intent.from) || Number.isNaN(Date.parse(intent.from))
          ? intent
          : { ...intent, to: isoDay(Date.parse(intent.from) + days * 86_400_000) };
      }),
  ),
  step("endMembership", endMembership, record({ membershipId: idOf("memberships"), on: DATE })),
  step(
    "setSubstitute",
    setSubstitute,
    record({
      membershipId: idOf("memberships"),
      substituteForId: fc.option(idOf("memberships"), { nil: null }),
    }),
  ),
  step(
    "answerCharterQuestion",
    answerCharterQuestion,
    record({ leadershipId: idOf("leaderships"), questionId: idOf("questions"), answer: TEXT }),
  ),
  step(
    "clearCharterAnswer",
    clearCharterAnswer,
    record({ leadershipId: idOf("leaderships"), questionId: idOf("questions") }),
  ),
  step(
    "setCharterText",
    setCharterText,
    record({
      leadershipId: idOf("leaderships"),
      section: fc.constantFrom("purpose", "why", "vision", "meetingStructure", "followUpPlan"),
      text: fc.option(TEXT, { nil: null }),
    }),
  ),
  step(
    "setCharterPrinciples",
    setCharterPrinciples,
    record({ leadershipId: idOf("leaderships"), principles: fc.array(TEXT, { maxLength: 3 }) }),
  ),
  step(
    "setCharterTasks",
    setCharterTasks,
    record({ leadershipId: idOf("leaderships"), tasks: fc.array(TEXT, { maxLength: 3 }) }),
  ),
  step("adoptDefaultPrinciples", adoptDefaultPrinciples, record({ leadershipId: idOf("leaderships") })),
  step("adoptDefaultTasks", adoptDefaultTasks, record({ leadershipId: idOf("leaderships") })),
  step("adoptCharter", adoptCharter, record({ leadershipId: idOf("leaderships"), on: DATE })),
  // Anything at all as the intent of any command.
  fc
    .tuple(
      fc.constantFrom(addPerson, addMembership, endForum, setSubstitute, setCharterText, setForumMeetingRules),
      JUNK,
    )
    .map(([command, junk]) => ({
      name: "junk",
      run: (ws: Workspace) => (command as (w: Workspace, i: unknown) => StructureCommandResult)(ws, junk),
    })),
);

function runSequence(start: Workspace, steps: readonly Step[]): { accepted: number } {
  let ws = deepFreeze(start);
  let accepted = 0;
  for (const { name, run } of steps) {
    const result = run(ws);
    if (!result.ok) {
      expect(result.error.reason, name).toBe("invalidInput");
      expect(result.error.issues.length, name).toBeGreaterThan(0);
      for (const issue of result.error.issues) {
        expect(issue.message.sv, name).not.toBe("");
        expect(issue.message.en, name).not.toBe("");
      }
      continue;
    }
    const door = safeParseWorkspace(JSON.parse(serializeWorkspace(result.value)));
    if (!door.success) throw new Error(`${name} produced a workspace the door refuses: ${door.error.message}`);
    if (result.value !== ws) accepted += 1;
    ws = deepFreeze(result.value);
  }
  return { accepted };
}

describe("structure commands, any sequence", () => {
  it("on the Kalmar sample only ever yield workspaces the door accepts, and never touch their input", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(STEPS, { minLength: 1, maxLength: 10 }), (steps) => {
        accepted += runSequence(createKalmarSampleWorkspace(), steps).accepted;
      }),
      { seed: SEED, numRuns: 40 },
    );
    // The sequences are not all refusals: the property says something about changed workspaces.
    expect(accepted).toBeGreaterThan(40);
  });

  it("on the Dalarna sample (meetings, attendance, workshop marks) likewise", () => {
    const dalarna = deepFreeze(createDalarnaSampleWorkspace());
    fc.assert(
      fc.property(fc.array(STEPS, { minLength: 1, maxLength: 8 }), (steps) => {
        runSequence(dalarna, steps);
      }),
      { seed: SEED, numRuns: 12 },
    );
  });
});
