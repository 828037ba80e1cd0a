// @vitest-environment jsdom
/**
 * CheckInHistory: the check-ins per leadership in time order with their RAG counts as words, the follow-up behind a
 * disclosure, the missing periods listed, and a clear empty state where there is no plan (Kalmar).
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CheckInHistory } from "../../../packages/react/src/check-ins/check-in-history.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const AS_OF = "2026-05-13";

describe("CheckInHistory", () => {
  it("lists Falun's check-ins on the regional plan in time order with RAG counts and the follow-up", () => {
    render(
      <CheckInHistory workspace={dalarna} leadershipId="ls-falun" planId="plan-regional-skora-aldre" asOf={AS_OF} />,
    );
    const group = screen.getByRole("region", { name: /Falun – Regional handlingsplan/ });
    const items = within(group).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("time")?.getAttribute("datetime"))).toEqual([
      "2025-07-02",
      "2025-10-08",
      "2026-01-14",
      "2026-04-09",
    ]);
    expect(within(items[1]!).getByText("Grönt – enligt plan: 1")).toBeTruthy();
    expect(within(items[0]!).getByText("Inga aktiviteter rapporterade")).toBeTruthy();
    expect(within(items[3]!).getByText("Uppföljningen")).toBeTruthy();
    expect(within(items[3]!).getByText("Engagerade enhetschefer.")).toBeTruthy();
  });

  it("lists the periods Mora never checked in for", () => {
    render(<CheckInHistory workspace={dalarna} leadershipId="ls-mora" asOf={AS_OF} />);
    const group = screen.getByRole("region", { name: /Mora – / });
    const missing = within(group).getAllByText(/^Avstämning saknas för perioden /);
    expect(missing.length).toBeGreaterThan(2);
    expect(missing[0]!.textContent).toBe("Avstämning saknas för perioden 1 april 2025–30 juni 2025");
  });

  it("says there is nothing to show where there is no plan (Kalmar), in English too", () => {
    render(<CheckInHistory workspace={createKalmarSampleWorkspace()} asOf={AS_OF} locale="en" />);
    expect(screen.getByRole("heading", { name: "Earlier check-ins" })).toBeTruthy();
    expect(screen.getByText("There is no action plan with check-ins to show.")).toBeTruthy();
  });
});
