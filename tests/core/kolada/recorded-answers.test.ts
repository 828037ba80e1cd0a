/**
 * The dashboard's recorded Kolada answers (examples/dashboard/src/kolada/recorded/): they pass the adapter's
 * schemas, the client follows their `next_url` pages, and fetchIndicatorValues maps them onto Dalarna's sample so
 * that replaceIndicatorValues accepts them: with `null` values kept `missing`, never 0.
 */
import { describe, expect, it } from "vitest";
import { createKoladaClient, fetchIndicatorValues, KoladaDataPage } from "@systemledning/core/kolada";
import { replaceIndicatorValues } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { RECORDED_KOLADA_YEARS, recordedKoladaFetch } from "../../../examples/dashboard/src/kolada/recorded-fetch.js";
import page1 from "../../../examples/dashboard/src/kolada/recorded/data-U21468-page-1.json";
import page2 from "../../../examples/dashboard/src/kolada/recorded/data-U21468-page-2.json";
import page3 from "../../../examples/dashboard/src/kolada/recorded/data-U21468-page-3.json";

describe("the dashboard's recorded Kolada answers", () => {
  it("are Kolada v3 data pages linked by next_url", () => {
    for (const page of [page1, page2, page3]) expect(KoladaDataPage.safeParse(page).success).toBe(true);
    expect(page1.next_url).toMatch(/^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/U21468\/.*\?page=2&per_page=25$/);
    expect(page3.next_url).toBeNull();
  });

  it("give Dalarna's indicator 204 values the door accepts, nulls kept missing", async () => {
    const requests: string[] = [];
    const recorded = recordedKoladaFetch();
    const client = createKoladaClient({ fetch: (url, init) => (requests.push(url), recorded(url, init)) });
    const ws = createDalarnaSampleWorkspace();
    const result = await fetchIndicatorValues(client, ws, { years: RECORDED_KOLADA_YEARS });
    expect(requests).toHaveLength(3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.values).toHaveLength(204);
    const missing = result.value.values.filter((v) => v.value === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((v) => v.status === "missing")).toBe(true);
    const next = replaceIndicatorValues(ws, { values: result.value.values, indicatorIds: result.value.indicatorIds });
    expect(next.ok && safeParseWorkspace(next.value).success).toBe(true);
  });

  it("answer 404, as Kolada does, for an address that was not recorded", async () => {
    const client = createKoladaClient({ fetch: recordedKoladaFetch(), retries: 0 });
    const result = await fetchIndicatorValues(client, createDalarnaSampleWorkspace(), { years: [2019] });
    expect(!result.ok && result.error.code).toBe("kolada-unavailable");
    expect(!result.ok && result.error.message.sv).toMatch(/404/);
  });
});
