/**
 * The gate's "postgres" step (scripts/gate.mjs, scripts/postgres-plan.mjs): the reference server's PostgreSQL
 * tests run with the server SYSTEMLEDNING_TEST_PG_URL names or with PostgreSQL's initdb and pg_ctl found on the
 * machine, and are otherwise reported as not run, with the reason, and never counted (no test is skipped).
 */
import { describe, expect, it } from "vitest";
import { postgresStep } from "../../scripts/gate.mjs";
import {
  DEBIAN_POSTGRES_ROOT,
  findPostgresBin,
  postgresPlan,
  TEST_PG_URL_VARIABLE,
} from "../../scripts/postgres-plan.mjs";

const none = () => null;

describe("postgresPlan", () => {
  it("uses the server SYSTEMLEDNING_TEST_PG_URL names before looking for programs", () => {
    const url = "postgres://ci@db.internal:5432/postgres";
    expect(postgresPlan({ [TEST_PG_URL_VARIABLE]: ` ${url} ` }, () => "/usr/bin")).toEqual({ run: true, url });
  });

  it("starts a cluster of its own when initdb and pg_ctl are found", () => {
    expect(postgresPlan({}, () => "/usr/lib/postgresql/15/bin")).toEqual({
      run: true,
      bin: "/usr/lib/postgresql/15/bin",
    });
  });

  it("is not run without either, and says why and how to get PostgreSQL", () => {
    const plan = postgresPlan({ [TEST_PG_URL_VARIABLE]: " " }, none);
    expect(plan).toEqual({ run: false, reason: expect.stringContaining("apt-get install postgresql") });
  });
});

describe("findPostgresBin", () => {
  it("takes Debian's newest version first, then PATH; null when neither has both programs", () => {
    const present = new Set([
      `${DEBIAN_POSTGRES_ROOT}/9/bin/initdb`,
      `${DEBIAN_POSTGRES_ROOT}/9/bin/pg_ctl`,
      `${DEBIAN_POSTGRES_ROOT}/15/bin/initdb`,
      `${DEBIAN_POSTGRES_ROOT}/15/bin/pg_ctl`,
      "/opt/pg/bin/initdb",
      "/opt/pg/bin/pg_ctl",
      "/usr/bin/initdb",
    ]);
    const exists = (path: string) => present.has(path);
    expect(findPostgresBin({ PATH: "/opt/pg/bin" }, exists, ["9", "15"])).toBe(`${DEBIAN_POSTGRES_ROOT}/15/bin`);
    expect(findPostgresBin({ PATH: "/usr/bin:/opt/pg/bin" }, exists, [])).toBe("/opt/pg/bin");
    expect(findPostgresBin({ PATH: "/usr/bin" }, exists, [])).toBeNull();
  });
});

describe("postgresStep", () => {
  it("is not run on a machine without PostgreSQL: no Vitest run, zero counts and the reason", async () => {
    const step = postgresStep({}, none);
    expect(step.name).toBe("postgres");
    await expect(step.execute(null)).resolves.toEqual({
      passed: 0,
      failed: 0,
      notRun: expect.stringContaining("no PostgreSQL"),
    });
  });
});
