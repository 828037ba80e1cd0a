// @vitest-environment jsdom
/**
 * KoladaFetch: the button fetches through the host's fetch, the progress shows, the values reach the host as
 * replaceIndicatorValues and replace the sample's; a failure and a cancel say that nothing was changed.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import {
  KoladaFetch,
  type KoladaFetchChangeContext,
  type KoladaFetchProps,
} from "../../../packages/react/src/kolada-fetch/index.js";
import { liveRegion } from "../../fixtures/live-region.js";
import { useHostedWorkspace } from "../workbook/host.js";
import { fakeKoladaFetch } from "../../fixtures/fake-kolada.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const NOW = () => new Date("2026-05-13T07:30:00Z");
const HOME_CARE = "brukarbedomning-hemtjanst";

function Host({
  initial,
  onSaved,
  ...props
}: Omit<KoladaFetchProps, "workspace" | "onChange"> & {
  readonly initial: Workspace;
  readonly onSaved: (next: Workspace, context: KoladaFetchChangeContext) => void;
}) {
  const { workspace, apply } = useHostedWorkspace(initial, onSaved);
  return <KoladaFetch {...props} workspace={workspace} onChange={apply} />;
}

describe("KoladaFetch", () => {
  it("fetches, shows the count and the time, and replaces the sample's values through the door", async () => {
    const user = userEvent.setup();
    const saved: [Workspace, KoladaFetchChangeContext][] = [];
    const requests: string[] = [];
    render(
      <Host
        initial={dalarna}
        fetch={fakeKoladaFetch({ requests })}
        now={NOW}
        onSaved={(next, context) => saved.push([next, context])}
      />,
    );
    expect(screen.getByRole("heading", { name: "Hämta från Kolada" })).toBeTruthy();
    expect(screen.getByText(/5 nyckeltal saknar Kolada-id/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/\/data\/kpi\/U21468\/municipality\/2021,.*,0020,0000\/year\/2021,2022,2023,2024$/);
    const [next, context] = saved[0]!;
    expect(context).toMatchObject({ command: "replaceIndicatorValues", indicatorIds: [HOME_CARE], count: 204 });
    const values = next.indicatorValues.filter((v) => v.indicatorId === HOME_CARE);
    expect(values).toHaveLength(204);
    expect(
      values.every((v) => v.source?.name === "Kolada" && v.source.retrievedAt === "2026-05-13T07:30:00.000Z"),
    ).toBe(true);
    expect(next.indicatorValues.filter((v) => v.indicatorId !== HOME_CARE)).toEqual(
      dalarna.indicatorValues.filter((v) => v.indicatorId !== HOME_CARE),
    );
    const done = await screen.findByText(/204 värden hämtades .* och ersatte exempelvärdena\./, { selector: "p" });
    expect(done.textContent).toMatch(/13 maj 2026/);
    expect(liveRegion()).toMatch(/204 värden hämtades/);
    // A second fetch replaces what the first one brought, and says so.
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    expect(await screen.findByText(/ersatte de tidigare värdena/, { selector: "p" })).toBeTruthy();
  });

  it("shows a progress bar with its text while fetching, and cancel changes nothing", async () => {
    const user = userEvent.setup();
    const saved: Workspace[] = [];
    render(
      <Host initial={dalarna} fetch={fakeKoladaFetch({ delayMs: 10_000 })} now={NOW} onSaved={(n) => saved.push(n)} />,
    );
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    const bar = screen.getByRole("progressbar", { name: "Hämtning från Kolada" });
    expect(bar.getAttribute("max")).toBe("1");
    expect(screen.getByText("0 av 1 indikatorer")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hämta från Kolada" }).hasAttribute("disabled")).toBe(true);
    expect(liveRegion()).toBe("Hämtar från Kolada …");
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(await screen.findByText("Hämtningen avbröts. Inga värden har ändrats.", { selector: "p" })).toBeTruthy();
    expect(liveRegion()).toBe("Hämtningen avbröts. Inga värden har ändrats.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(saved).toEqual([]);
  });

  it("says clearly, in English too, that nothing was changed when Kolada fails", async () => {
    const user = userEvent.setup();
    const saved: Workspace[] = [];
    render(
      <Host initial={dalarna} locale="en" fetch={fakeKoladaFetch({ status: 404 })} onSaved={(n) => saved.push(n)} />,
    );
    await user.click(screen.getByRole("button", { name: "Fetch from Kolada" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^The fetch failed\. Kolada answered 404 .* No values were changed\.$/);
    expect(saved).toEqual([]);
  });

  it("writes the host's source on each value when the answers are not Kolada's own", async () => {
    const user = userEvent.setup();
    const saved: Workspace[] = [];
    const source = {
      name: "Inspelade svar",
      attribution: { sv: "Källa: inspelade svar", en: "Source: recorded answers" },
    };
    render(<Host initial={dalarna} fetch={fakeKoladaFetch()} source={source} onSaved={(n) => saved.push(n)} />);
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const values = saved[0]!.indicatorValues.filter((v) => v.indicatorId === HOME_CARE);
    expect(values.every((v) => v.source?.name === "Inspelade svar" && v.source.seriesId === "U21468")).toBe(true);
    expect(screen.getByText("Källa: inspelade svar")).toBeTruthy();
    expect(screen.queryByText("Källa: Kolada")).toBeNull();
  });

  it("fetches Kalmar's indicator for Kalmar's municipalities", async () => {
    const user = userEvent.setup();
    const requests: string[] = [];
    render(<KoladaFetch workspace={createKalmarSampleWorkspace()} fetch={fakeKoladaFetch({ requests })} />);
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatch(/municipality\/08\d\d,.*,0008,0000\//);
  });

  it("has nothing to fetch when no indicator has a Kolada id", () => {
    const followUp = dalarna.profile.followUp!;
    const none: Workspace = {
      ...dalarna,
      profile: {
        ...dalarna.profile,
        followUp: { ...followUp, indicators: followUp.indicators.filter((i) => i.kolada === undefined) },
      },
    };
    render(<KoladaFetch workspace={none} fetch={fakeKoladaFetch()} />);
    expect(screen.getByText(/inget att hämta/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Hämta från Kolada" })).toBeNull();
  });
});
