/**
 * fetchIndicatorValues against recorded answers served by a local HTTP server, through the platform's `fetch`:
 * one indicator after another with progress, `next_url` pages followed, nulls kept, groups and withdrawn points
 * listed, and every failure an error value (code, Swedish and English) rather than a throw.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  createKoladaClient,
  defaultOrganisationCodes,
  fetchIndicatorValues,
  type KoladaFetchProgress,
} from "@systemledning/core/kolada";
import { replaceIndicatorValues } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { recorded, startKoladaServer, type KoladaTestServer, type Routes } from "./kolada-server.js";

let server: KoladaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function serve(routes: (baseUrl: string) => Routes): Promise<KoladaTestServer> {
  server = await startKoladaServer(routes);
  return server;
}
const client = (s: KoladaTestServer) =>
  createKoladaClient({ fetch, baseUrl: s.baseUrl, retries: 0, delay: () => Promise.resolve() });

/** Dalarna with a second indicator given the population KPI (N00945), for this test only: two to fetch. */
const ws: Workspace = deepFreeze(
  (() => {
    const base = createDalarnaSampleWorkspace();
    const followUp = base.profile.followUp!;
    return {
      ...base,
      profile: {
        ...base.profile,
        followUp: {
          ...followUp,
          indicators: followUp.indicators.map((i) =>
            i.id === "fallskador-80" ? { ...i, kolada: { kpiId: "N00945", verified: false } } : i,
          ),
        },
      },
    };
  })(),
);

const U21468 = "/data/kpi/U21468/municipality/2080,2081/year/2022,2023";
const N00945 = "/data/kpi/N00945/municipality/2080,2081/year/2022,2023";
const u21468Answer = JSON.stringify({
  count: 2,
  values: [
    {
      kpi: "U21468",
      municipality: "2080",
      period: 2023,
      isdeleted: false,
      values: [
        { count: 1, gender: "K", status: "", value: null },
        { count: 1, gender: "M", status: "", value: 86 },
        { count: 1, gender: "T", status: "", value: 87 },
      ],
    },
    { kpi: "U21468", municipality: "2081", period: 2022, isdeleted: true, values: [] },
  ],
  next_url: null,
});

describe("fetchIndicatorValues", () => {
  it("fetches each indicator with a KPI id in turn, follows pages and reports progress", async () => {
    const s = await serve((base) => ({
      [U21468]: [{ status: 200, body: u21468Answer }],
      [N00945]: [recorded("data-N00945-page-1.json")(base)],
      [`${N00945}?page=2&per_page=2`]: [recorded("data-N00945-page-2.json")(base)],
    }));
    const progress: KoladaFetchProgress[] = [];
    const result = await fetchIndicatorValues(client(s), ws, {
      years: [2022, 2023],
      organisationCodes: ["2080", "2081"],
      onProgress: (p) => progress.push(p),
      retrievedAt: "2026-05-13T09:30:00+02:00",
    });
    expect(s.requests).toEqual([U21468, N00945, `${N00945}?page=2&per_page=2`]);
    expect(progress).toEqual([
      { done: 1, total: 2, indicatorId: "brukarbedomning-hemtjanst" },
      { done: 2, total: 2, indicatorId: "fallskador-80" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { values, indicatorIds, withoutKpi, unmapped } = result.value;
    expect(indicatorIds).toEqual(["brukarbedomning-hemtjanst", "fallskador-80"]);
    expect(withoutKpi).toHaveLength(4);
    expect(unmapped).toEqual([{ kpi: "U21468", municipality: "2081", period: "2022", reason: "deleted" }]);
    const women = values.find((v) => v.indicatorId === "brukarbedomning-hemtjanst" && v.gender === "K");
    expect(women).toMatchObject({ value: null, status: "missing" });
    expect(values.filter((v) => v.indicatorId === "fallskador-80")).toHaveLength(10);
    expect(values[0]!.source).toMatchObject({
      name: "Kolada",
      seriesId: "U21468",
      retrievedAt: "2026-05-13T09:30:00+02:00",
    });

    // The values go through the door and replace those indicators' sample values.
    const next = replaceIndicatorValues(ws, { values, indicatorIds });
    expect(next.ok && safeParseWorkspace(next.value).success).toBe(true);
  });

  it("asks for the county's municipalities, the region and the country by default", async () => {
    const codes = defaultOrganisationCodes(ws);
    expect(codes).toHaveLength(17);
    expect(codes.slice(-2)).toEqual(["0020", "0000"]);
    const path = `/data/kpi/U21468/municipality/${codes.join(",")}/year/2024`;
    const s = await serve(() => ({ [path]: [{ status: 200, body: JSON.stringify({ count: 0, values: [] }) }] }));
    const result = await fetchIndicatorValues(client(s), ws, {
      years: [2024],
      indicatorIds: ["brukarbedomning-hemtjanst"],
    });
    expect(s.requests).toEqual([path]);
    expect(result.ok && result.value.values).toEqual([]);
  });

  it("lists points of groups as unmapped", async () => {
    const s = await serve((base) => ({
      "/data/kpi/U21468/municipality/2062/year/2024": [recorded("data-U21468-nulls.json")(base)],
    }));
    const result = await fetchIndicatorValues(client(s), ws, {
      years: [2024],
      organisationCodes: ["2062"],
      indicatorIds: ["brukarbedomning-hemtjanst"],
    });
    expect(result.ok && result.value.unmapped.map((u) => u.reason)).toEqual(["not-an-official-code"]);
  });

  it("gives an error value, all or nothing, when Kolada fails on the second indicator", async () => {
    const s = await serve(() => ({
      [U21468]: [{ status: 200, body: u21468Answer }],
      [N00945]: [{ status: 503, body: "" }],
    }));
    const result = await fetchIndicatorValues(client(s), ws, {
      years: [2022, 2023],
      organisationCodes: ["2080", "2081"],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "kolada-unavailable", indicatorId: "fallskador-80", done: 1 });
    expect(result.error.message.sv).toMatch(/503.*Inga värden har ändrats\.$/s);
    expect(result.error.message.en).toMatch(/No values were changed\.$/);
  });

  it("gives `aborted` when the signal stops it, and a malformed answer its own code", async () => {
    const controller = new AbortController();
    const s = await serve(() => ({
      [U21468]: [{ status: 200, body: u21468Answer }],
      [N00945]: [{ status: 200, body: JSON.stringify({ values: "nej" }) }],
    }));
    const stopped = await fetchIndicatorValues(client(s), ws, {
      years: [2022, 2023],
      organisationCodes: ["2080", "2081"],
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    expect(!stopped.ok && stopped.error.code).toBe("aborted");
    const malformed = await fetchIndicatorValues(client(s), ws, {
      years: [2022, 2023],
      organisationCodes: ["2080", "2081"],
    });
    expect(!malformed.ok && malformed.error.code).toBe("malformed-response");
  });

  it("refuses without a request when nothing can be fetched", async () => {
    const s = await serve(() => ({}));
    const none = await fetchIndicatorValues(client(s), ws, {
      years: [2024],
      indicatorIds: ["undvikbar-slutenvard-65"],
    });
    expect(!none.ok && none.error.code).toBe("no-kolada-indicators");
    const unknown = await fetchIndicatorValues(client(s), ws, { years: [2024], indicatorIds: ["finns-inte"] });
    expect(!unknown.ok && unknown.error.code).toBe("unknown-indicator");
    const noYears = await fetchIndicatorValues(client(s), ws, { years: [] });
    expect(!noYears.ok && noYears.error.code).toBe("invalid-request");
    expect(s.requests).toEqual([]);
  });
});
