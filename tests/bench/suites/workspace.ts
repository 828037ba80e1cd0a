/**
 * Bench suite "workspace": the national synthetic workspace through the door, serialisation and the structure
 * questions, each beside peers measured in the same run. Budgets (the project's own at national size, docs/quality.md
 * R1): parse + validate < 300 ms, coverage of all leaderships < 50 ms.
 */
import Ajv2020 from "ajv/dist/2020.js";
import { workspaceJsonSchema } from "@systemledning/core/io";
import {
  parseWorkspace,
  serializeWorkspace,
  validateWorkspaceReferences,
  Workspace,
} from "@systemledning/core/workspace";
import { getAllLeadershipOverviews, getLeadershipOverview } from "@systemledning/core/structure";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { bench, compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const PARSE_BUDGET_MS = 300;
const COVERAGE_BUDGET_MS = 50;
const AS_OF = "2025-06-01";

/** The workspace suite: parse, serialise, structure questions. */
export const suite: BenchSuite = {
  name: "workspace",
  run() {
    const ws = createNationalWorkspace({ seed: 20261122 });
    const text = serializeWorkspace(ws);
    console.log(
      `National synthetic workspace: ${ws.profile.regions.length} regions, ${ws.profile.municipalities.length} municipalities, ` +
        `${ws.organisations.length} organisations, ${ws.leaderships.length} leaderships, ${ws.forums.length} forums, ` +
        `${ws.people.length} people, ${ws.memberships.length} memberships, ${(text.length / 1e6).toFixed(1)} MB of JSON. Node ${process.version}.`,
    );

    const validateWithAjv = new Ajv2020({
      allErrors: true,
      strict: true,
      formats: { date: true, "date-time": true },
    }).compile(workspaceJsonSchema());
    const requireValid = (valid: boolean, what: string): void => {
      if (!valid) throw new Error(`${what} refused the national workspace`);
    };

    const [door, ...parsePeers] = compare(
      [
        { name: "parseWorkspace(JSON.parse(text)): the door (jitless)", fn: () => parseWorkspace(JSON.parse(text)) },
        { name: "JSON.parse(text) alone", fn: () => JSON.parse(text) },
        {
          name: "JSON.parse + zod schema only, jitless (as the door)",
          fn: () => Workspace.safeParse(JSON.parse(text), { jitless: true }),
        },
        // No "zod with its JIT" row: the core switches zod to jitless before its schemas exist (strict CSP), so a
        // JIT variant of the same schemas cannot be built in this process; measured before that switch it was
        // about 0.7× the jitless time.
        {
          name: "JSON.parse + ajv on workspaceJsonSchema() (compiled once)",
          fn: () => requireValid(validateWithAjv(JSON.parse(text)), "ajv"),
        },
        { name: "cross-references only (validateWorkspaceReferences)", fn: () => validateWorkspaceReferences(ws) },
      ],
      { iterations: 30 },
    );
    const parseGroup: GroupRow[] = [
      { result: door!, budgetMs: PARSE_BUDGET_MS },
      ...parsePeers.map((result) => ({ result })),
    ];
    console.log(formatGroup("Parse and validate the national workspace from text (reference: the door)", parseGroup));

    const serializeGroup: GroupRow[] = compare([
      { name: "serializeWorkspace(ws): sorted keys, NFC, indented", fn: () => serializeWorkspace(ws) },
      { name: "JSON.stringify(ws, null, 2)", fn: () => JSON.stringify(ws, null, 2) },
      { name: "JSON.stringify(ws)", fn: () => JSON.stringify(ws) },
    ]).map((result) => ({ result }));
    console.log(formatGroup("Serialise the national workspace (reference: serializeWorkspace)", serializeGroup));

    const coverageGroup: GroupRow[] = [];
    const count = getAllLeadershipOverviews(ws, { asOf: AS_OF }).length;
    // A new workspace object each run, as after every command, so the workspace's index is built inside.
    coverageGroup.push({
      result: bench(`getAllLeadershipOverviews(ws, { asOf }): all ${count} leaderships, index built inside`, () =>
        getAllLeadershipOverviews({ ...ws }, { asOf: AS_OF }),
      ),
      budgetMs: COVERAGE_BUDGET_MS,
    });
    coverageGroup.push({
      result: bench(`the same workspace object again (its index kept by getWorkspaceIndex)`, () =>
        getAllLeadershipOverviews(ws, { asOf: AS_OF }),
      ),
    });
    const first = ws.leaderships[0]!.id;
    coverageGroup.push({
      result: bench("getLeadershipOverview(ws, id, { asOf }): one regional leadership, index built inside", () =>
        getLeadershipOverview({ ...ws }, first, { asOf: AS_OF }),
      ),
    });
    console.log(
      formatGroup("Structure questions over the national workspace (reference: all leaderships)", coverageGroup),
    );
    return [parseGroup, coverageGroup];
  },
};
