/**
 * The Kolada client against recorded answers served by a local HTTP server, through the platform's `fetch`:
 * paging, chunking, retries, timeouts, aborts, malformed answers, nulls and genders.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  KOLADA_ATTRIBUTION,
  chunk,
  createKoladaClient,
  isKoladaError,
  KoladaError,
  type KoladaClientOptions,
  type KoladaDelay,
} from "@systemledning/core/kolada";
import { IndicatorValue, type IndicatorDefinition } from "@systemledning/core/plan";
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

/** A delay that does not sleep but records what it was asked to wait. */
function recordingDelay(): { delay: KoladaDelay; waits: number[] } {
  const waits: number[] = [];
  return { waits, delay: (ms) => (waits.push(ms), Promise.resolve()) };
}

function client(s: KoladaTestServer, options: Partial<KoladaClientOptions> = {}) {
  return createKoladaClient({ fetch, baseUrl: s.baseUrl, delay: recordingDelay().delay, ...options });
}

/** The error a promise rejects with (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<KoladaError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isKoladaError(outcome)) throw new Error(`expected a KoladaError, got ${String(outcome)}`);
  return outcome;
}

const PAGE_1 = "/data/kpi/N00945/municipality/2080,2081/year/2022,2023";
const PAGE_2 = `${PAGE_1}?page=2&per_page=2`;

const INDICATORS: IndicatorDefinition[] = [
  {
    id: "invanare",
    title: { sv: "Invånare" },
    unit: "antal",
    direction: "neutral",
    kolada: { kpiId: "N00945", verified: true },
  },
  {
    id: "aldre-exempel",
    title: { sv: "Exempel" },
    unit: "%",
    direction: "higher-is-better",
    kolada: { kpiId: "U21468", verified: false },
  },
  { id: "lokal", title: { sv: "Lokal uppföljning" }, unit: "antal", direction: "neutral" },
];

describe("createKoladaClient", () => {
  it("makes no request when it is created", async () => {
    const s = await serve(() => ({}));
    let calls = 0;
    createKoladaClient({ fetch: (url, init) => (calls++, fetch(url, init)), baseUrl: s.baseUrl });
    expect(calls).toBe(0);
    expect(s.requests).toEqual([]);
  });
});

describe("getData", () => {
  it("follows next_url until the last page and returns every point sorted", async () => {
    const s = await serve((base) => ({
      [PAGE_1]: [recorded("data-N00945-page-1.json")(base)],
      [PAGE_2]: [recorded("data-N00945-page-2.json")(base)],
    }));
    const points = await client(s).getData({
      kpiIds: ["N00945"],
      municipalityCodes: ["2080", "2081"],
      years: [2022, 2023],
    });
    expect(s.requests).toEqual([PAGE_1, PAGE_2]);
    expect(points.map((p) => `${p.municipality}/${String(p.period)}`)).toEqual([
      "2080/2022",
      "2080/2023",
      "2081/2022",
      "2081/2023",
    ]);
  });

  it("splits id lists into segments of at most 25 and asks every combination", async () => {
    const codes = Array.from({ length: 30 }, (_, i) => String(2000 + i));
    const empty = { status: 200, body: JSON.stringify({ count: 0, values: [] }) };
    const first = `/data/kpi/N00945/municipality/${codes.slice(0, 25).join(",")}/year/2024`;
    const second = `/data/kpi/N00945/municipality/${codes.slice(25).join(",")}/year/2024`;
    const s = await serve(() => ({ [first]: [empty], [second]: [empty] }));
    await client(s).getData({ kpiIds: ["N00945"], municipalityCodes: codes, years: [2024] });
    expect(s.requests).toEqual([first, second]);
    expect(s.requests.every((path) => path.split("/").every((segment) => segment.split(",").length <= 25))).toBe(true);
  });

  it("asks without a year segment when no years are given", async () => {
    const s = await serve((base) => ({
      "/data/kpi/U21468/municipality/2062": [recorded("data-U21468-nulls.json")(base)],
    }));
    const points = await client(s).getData({ kpiIds: ["U21468"], municipalityCodes: ["2062"] });
    expect(points).toHaveLength(2);
  });

  it("keeps a null value null, never 0, and a real 0 as 0", async () => {
    const s = await serve((base) => ({
      "/data/kpi/U21468/municipality/2062/year/2024": [recorded("data-U21468-nulls.json")(base)],
    }));
    const [point] = await client(s).getData({ kpiIds: ["U21468"], municipalityCodes: ["2062"], years: [2024] });
    expect(point?.values.map((v) => [v.gender, v.value])).toEqual([
      ["K", null],
      ["M", null],
      ["T", 0],
    ]);
  });

  it("retries a 5xx with growing waits and then succeeds", async () => {
    const { delay, waits } = recordingDelay();
    const path = "/data/kpi/U21468/municipality/2062/year/2024";
    const s = await serve((base) => ({
      [path]: [
        { status: 503, body: "" },
        { status: 502, body: "<html>Bad gateway</html>" },
        recorded("data-U21468-nulls.json")(base),
      ],
    }));
    const points = await client(s, { delay, retries: 2, retryDelayMs: 100 }).getData({
      kpiIds: ["U21468"],
      municipalityCodes: ["2062"],
      years: [2024],
    });
    expect(points).toHaveLength(2);
    expect(s.requests).toEqual([path, path, path]);
    expect(waits).toEqual([100, 200]);
  });

  it("gives up after the retries with an http-status error that names the status", async () => {
    const path = "/data/kpi/U21468/municipality/2062/year/2024";
    const s = await serve(() => ({ [path]: [{ status: 500, body: "" }] }));
    const error = await rejectionOf(
      client(s, { retries: 1 }).getData({ kpiIds: ["U21468"], municipalityCodes: ["2062"], years: [2024] }),
    );
    expect(error.reason).toBe("http-status");
    expect(error.status).toBe(500);
    expect(error.attempts).toBe(2);
    expect(s.requests).toHaveLength(2);
    expect(error.messageSv).toContain("500");
    expect(error.message).toContain("after 2 attempts");
  });

  it("never retries a 4xx and says how to fix the request", async () => {
    const s = await serve(() => ({}));
    const error = await rejectionOf(
      client(s, { retries: 3 }).getData({ kpiIds: ["X99999"], municipalityCodes: ["2080"], years: [2024] }),
    );
    expect(error.reason).toBe("http-status");
    expect(error.status).toBe(404);
    expect(s.requests).toHaveLength(1);
    expect(error.messageSv).toMatch(/kontrollera nyckeltalets id/);
    expect(error.message).toMatch(/check the KPI id/);
  });

  it("times out a request that gets no answer, retrying it first", async () => {
    const { delay, waits } = recordingDelay();
    const path = "/data/kpi/U21468/municipality/2062/year/2024";
    const s = await serve(() => ({ [path]: () => "hang" }));
    const error = await rejectionOf(
      client(s, { timeoutMs: 50, retries: 1, delay }).getData({
        kpiIds: ["U21468"],
        municipalityCodes: ["2062"],
        years: [2024],
      }),
    );
    expect(error.reason).toBe("timeout");
    expect(error.attempts).toBe(2);
    expect(waits).toHaveLength(1);
    expect(error.messageSv).toContain("50 ms");
  });

  it("stops at once, without retrying, when the caller aborts", async () => {
    const path = "/data/kpi/U21468/municipality/2062/year/2024";
    const s = await serve(() => ({ [path]: () => "hang" }));
    const controller = new AbortController();
    const pending = client(s, { retries: 5, timeoutMs: 10_000 }).getData({
      kpiIds: ["U21468"],
      municipalityCodes: ["2062"],
      years: [2024],
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    const error = await rejectionOf(pending);
    expect(error.reason).toBe("aborted");
    expect(s.requests).toHaveLength(1);
  });

  it("stops when the client's own signal was aborted before the call", async () => {
    const s = await serve(() => ({}));
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      client(s, { signal: controller.signal }).getData({
        kpiIds: ["U21468"],
        municipalityCodes: ["2062"],
        years: [2024],
      }),
    );
    expect(error.reason).toBe("aborted");
    expect(s.requests).toEqual([]);
  });

  it("retries a network error and reports it when the server stays away", async () => {
    const s = await serve(() => ({}));
    const baseUrl = s.baseUrl;
    await s.close();
    server = undefined;
    const { delay, waits } = recordingDelay();
    const error = await rejectionOf(
      createKoladaClient({ fetch, baseUrl, retries: 2, delay }).getData({
        kpiIds: ["U21468"],
        municipalityCodes: ["2062"],
        years: [2024],
      }),
    );
    expect(error.reason).toBe("network");
    expect(error.attempts).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it("reports an answer that is not JSON as malformed", async () => {
    const path = "/data/kpi/U21468/municipality/2062/year/2024";
    const s = await serve(() => ({ [path]: [{ status: 200, body: "<html>Underhåll pågår</html>" }] }));
    const error = await rejectionOf(
      client(s).getData({ kpiIds: ["U21468"], municipalityCodes: ["2062"], years: [2024] }),
    );
    expect(error.reason).toBe("malformed-response");
    expect(error.issues[0]?.code).toBe("invalid_json");
    expect(s.requests).toHaveLength(1);
  });

  it("reports a wrong field with its exact path in the answer", async () => {
    const path = "/data/kpi/N00945/municipality/2080,2081/year/2023";
    const s = await serve((base) => ({ [path]: [recorded("data-malformed-gender.json")(base)] }));
    const error = await rejectionOf(
      client(s).getData({ kpiIds: ["N00945"], municipalityCodes: ["2080", "2081"], years: [2023] }),
    );
    expect(error.reason).toBe("malformed-response");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([["values[1].values[0].gender", "invalid_value"]]);
    expect(error.messageSv).toContain("values[1].values[0].gender");
    expect(error.message).toContain("values[1].values[0].gender");
  });

  it("reports a value that is a string instead of a number, never reading it as a number", async () => {
    const path = "/data/kpi/N00945/municipality/2080/year/2023";
    const body = JSON.stringify({
      count: 1,
      values: [
        {
          kpi: "N00945",
          municipality: "2080",
          period: 2023,
          values: [{ gender: "T", count: 1, status: "", value: "59820" }],
        },
      ],
    });
    const s = await serve(() => ({ [path]: [{ status: 200, body }] }));
    const error = await rejectionOf(
      client(s).getData({ kpiIds: ["N00945"], municipalityCodes: ["2080"], years: [2023] }),
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([["values[0].values[0].value", "invalid_type"]]);
  });

  it("refuses a next_url that leaves Kolada's address", async () => {
    const path = "/data/kpi/N00945/municipality/2080/year/2023";
    const body = JSON.stringify({ count: 1, values: [], next_url: "https://elsewhere.invalid/v3/data?page=2" });
    const s = await serve(() => ({ [path]: [{ status: 200, body }] }));
    const error = await rejectionOf(
      client(s).getData({ kpiIds: ["N00945"], municipalityCodes: ["2080"], years: [2023] }),
    );
    expect(error.reason).toBe("malformed-response");
    expect(error.issues[0]?.path).toBe("next_url");
    expect(s.requests).toHaveLength(1);
  });

  it("refuses a next_url that points back to a page already read", async () => {
    const s = await serve((base) => ({
      ["/data/kpi/N00945/year/2023"]: [
        { status: 200, body: JSON.stringify({ count: 0, values: [], next_url: `${base}/data/kpi/N00945/year/2023` }) },
      ],
    }));
    const error = await rejectionOf(client(s).getData({ kpiIds: ["N00945"], years: [2023] }));
    expect(error.issues[0]?.message.en).toMatch(/already read/);
    expect(s.requests).toHaveLength(1);
  });

  it.each([
    [{ kpiIds: [] as string[], years: [2024] }, /at least one KPI/],
    [{ kpiIds: ["N00945"] }, /municipalities or years/],
    [{ kpiIds: ["N00945"], municipalityCodes: [] as string[] }, /municipalities or years/],
    [{ kpiIds: ["N00945/../x"], years: [2024] }, /cannot be part of an address/],
    [{ kpiIds: ["N00945"], years: [24.5] }, /not a year/],
  ])("refuses an invalid query %# before any request", async (query, message) => {
    const s = await serve(() => ({}));
    const error = await rejectionOf(client(s).getData(query));
    expect(error.reason).toBe("invalid-request");
    expect(error.message).toMatch(message);
    expect(error.messageSv.length).toBeGreaterThan(10);
    expect(s.requests).toEqual([]);
  });
});

describe("getKpis and getMunicipalities", () => {
  it("reads KPI metadata for several ids in one segment, sorted by id", async () => {
    const s = await serve((base) => ({ "/kpi/U21468,N00945": [recorded("kpi-N00945-U21468.json")(base)] }));
    const kpis = await client(s).getKpis(["U21468", "N00945", "U21468"]);
    expect(kpis.map((k) => [k.id, k.title])).toEqual([
      ["N00945", "Invånare totalt, antal"],
      ["U21468", "Exempelnyckeltal för äldreomsorg, andel (%)"],
    ]);
    expect(kpis[0]?.["operating_area"]).toBe("Befolkning");
  });

  it("lists municipalities, regions and the country", async () => {
    const s = await serve((base) => ({ "/municipality": [recorded("municipality-dalarna.json")(base)] }));
    const municipalities = await client(s).getMunicipalities();
    expect(municipalities.map((m) => m.id)).toEqual(["0000", "0020", "2080"]);
  });

  it("asks for named municipalities by id", async () => {
    const s = await serve((base) => ({ "/municipality/2080,0020": [recorded("municipality-dalarna.json")(base)] }));
    await client(s).getMunicipalities({ ids: ["2080", "0020"] });
    expect(s.requests).toEqual(["/municipality/2080,0020"]);
  });
});

describe("getIndicatorValues", () => {
  it("maps every gender to an indicator value with the Kolada attribution and valid status", async () => {
    const s = await serve((base) => ({
      [PAGE_1]: [recorded("data-N00945-page-1.json")(base)],
      [PAGE_2]: [recorded("data-N00945-page-2.json")(base)],
    }));
    const result = await client(s).getIndicatorValues({
      indicators: INDICATORS.slice(0, 1),
      municipalityCodes: ["2080", "2081"],
      years: [2022, 2023],
      retrievedAt: "2026-05-13T09:00:00+02:00",
    });
    expect(result.attribution).toEqual({ sv: "Källa: Kolada", en: "Source: Kolada" });
    expect(result.values).toHaveLength(10);
    expect(result.values.slice(0, 3).map((v) => [v.organisationCode, v.period, v.gender, v.value])).toEqual([
      ["2080", "2022", "T", 59675],
      ["2080", "2022", "K", 29921],
      ["2080", "2022", "M", 29754],
    ]);
    const preliminary = result.values.find((v) => v.organisationCode === "2081" && v.period === "2023");
    expect(preliminary?.status).toBe("preliminary");
    for (const value of result.values) {
      expect(value.source).toEqual({
        name: "Kolada",
        attribution: KOLADA_ATTRIBUTION,
        seriesId: "N00945",
        retrievedAt: "2026-05-13T09:00:00+02:00",
      });
      expect(IndicatorValue.safeParse(value).success).toBe(true);
    }
  });

  it("keeps nulls as missing, lists a municipality group as unmapped, and names indicators without a KPI", async () => {
    const s = await serve((base) => ({
      "/data/kpi/N00945,U21468/municipality/2062/year/2024": [recorded("data-U21468-nulls.json")(base)],
    }));
    const result = await client(s).getIndicatorValues({
      indicators: INDICATORS,
      municipalityCodes: ["2062"],
      years: [2024],
    });
    expect(result.values.map((v) => [v.gender, v.value, v.status])).toEqual([
      ["T", 0, "final"],
      ["K", null, "missing"],
      ["M", null, "missing"],
    ]);
    expect(result.unmapped).toEqual([
      { kpi: "U21468", municipality: "G33940", period: "2024", reason: "not-an-official-code" },
    ]);
    expect(result.withoutKpi).toEqual(["lokal"]);
  });

  it("makes no request when no indicator has a Kolada id", async () => {
    const s = await serve(() => ({}));
    const result = await client(s).getIndicatorValues({
      indicators: INDICATORS.slice(2),
      municipalityCodes: ["2080"],
      years: [2024],
    });
    expect(result.values).toEqual([]);
    expect(s.requests).toEqual([]);
  });
});

describe("chunk", () => {
  it("splits into runs of at most 25, keeping every item in order", () => {
    const items = Array.from({ length: 76 }, (_, i) => i);
    const runs = chunk(items);
    expect(runs.map((r) => r.length)).toEqual([25, 25, 25, 1]);
    expect(runs.flat()).toEqual(items);
    expect(chunk([])).toEqual([]);
  });
});
