// @vitest-environment jsdom
/**
 * The dashboard's recorded Kolada answers are one county's, and the follow-up page says so (issue 19): for every
 * bundled county, `hasRecordedKoladaAnswers` is true exactly when a fetch on the recorded answers succeeds; the
 * county they cover gets the "Hämta från Kolada" button, every other one a text in Swedish and English that no
 * answers are recorded for it and a link to the same page in live mode (`?kolada=live`), and no button that
 * could only fail.
 */
import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
import { createKoladaClient, fetchIndicatorValues } from "@systemledning/core/kolada";
import type { Workspace } from "@systemledning/core/workspace";
import { LocaleProvider } from "@systemledning/react";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  hasRecordedKoladaAnswers,
  RECORDED_KOLADA_REGION_CODE,
  RECORDED_KOLADA_YEARS,
  recordedKoladaFetch,
} from "../../examples/dashboard/src/kolada/recorded-fetch.js";
import { KoladaSection, liveAddress } from "../../examples/dashboard/src/views/follow-up/KoladaSection.js";

afterEach(cleanup);

async function workspaceOf(id: string): Promise<Workspace> {
  const county = await loadBundledCounty(id);
  if (county === undefined) throw new Error(`${id} did not load`);
  return county.workspace;
}

const recordedCounty = BUNDLED_COUNTIES.find((county) => county.regionCode === RECORDED_KOLADA_REGION_CODE)!;

describe.each(BUNDLED_COUNTIES.map((county) => [county.id, county] as const))("Kolada on %s", (id, county) => {
  const covered = county.regionCode === RECORDED_KOLADA_REGION_CODE;

  it(`${covered ? "has" : "has no"} recorded answers, as a fetch on them finds`, async () => {
    const workspace = await workspaceOf(id);
    const client = createKoladaClient({ fetch: recordedKoladaFetch(), retries: 0 });
    const fetched = await fetchIndicatorValues(client, workspace, { years: RECORDED_KOLADA_YEARS });
    expect(hasRecordedKoladaAnswers(workspace)).toBe(fetched.ok);
    expect(hasRecordedKoladaAnswers(workspace)).toBe(covered);
  });

  it.each(["sv", "en"] as const)(
    `shows ${covered ? "the fetch button" : "that no answers are recorded, and how to fetch live"} in %s`,
    async (locale) => {
      const workspace = await workspaceOf(id);
      render(
        <LocaleProvider locale={locale}>
          <KoladaSection workspace={workspace} asOf={county.sampleAsOf} />
        </LocaleProvider>,
      );
      const heading = locale === "sv" ? "Hämta från Kolada" : "Fetch from Kolada";
      const section = screen.getByRole("region", { name: heading });
      if (covered) {
        expect(within(section).getByRole("button", { name: heading })).toBeTruthy();
        return;
      }
      expect(within(section).queryByRole("button")).toBeNull();
      const name = workspace.profile.name[locale] ?? workspace.profile.name.sv;
      const recorded = recordedCounty.name[locale] ?? recordedCounty.name.sv;
      expect(section.textContent).toContain(
        locale === "sv"
          ? `Det finns inga inspelade Kolada-svar för ${name}. Demon har inspelade svar (konstruerade värden, inte Koladas) bara för ${recorded}`
          : `There are no recorded Kolada answers for ${name}. The demo has recorded answers (constructed values, not Kolada's) only for ${recorded}`,
      );
      const link = within(section).getByRole("link", {
        name: locale === "sv" ? "öppna sidan i live-läge" : "open the page in live mode",
      });
      expect(link.getAttribute("href")).toBe(liveAddress(window.location.href));
      expect(section.textContent).toContain("connect-src https://api.kolada.se");
    },
  );
});

describe("liveAddress", () => {
  it("keeps the page, its other parameters and its route, adding kolada=live", () => {
    expect(liveAddress("http://localhost:5173/?county=kalmar#/uppfoljning")).toBe(
      "http://localhost:5173/?county=kalmar&kolada=live#/uppfoljning",
    );
    expect(liveAddress("http://localhost:5173/?kolada=recorded")).toBe("http://localhost:5173/?kolada=live");
  });
});
