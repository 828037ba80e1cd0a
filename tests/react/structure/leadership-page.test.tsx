// @vitest-environment jsdom
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LeadershipPage } from "../../../packages/react/src/structure/leadership-page.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const asOf = DALARNA_SAMPLE_AS_OF;

describe("LeadershipPage", () => {
  it("names the leadership, its level and municipalities, and every question's status", () => {
    render(<LeadershipPage workspace={dalarna} leadershipId="ls-mora" asOf={asOf} />);
    const page = screen.getByRole("article", { name: "Lokal systemledning Mora" });
    expect(within(page).getByRole("heading", { level: 2, name: "Lokal systemledning Mora" })).toBeTruthy();
    const terms = within(page)
      .getAllByRole("term")
      .map((term) => term.textContent);
    expect(terms.slice(0, 2)).toEqual(["Nivå", "Kommuner"]);
    expect(within(page).getAllByRole("definition")[0]?.textContent).toBe("Lokal");
    expect(within(page).getAllByRole("definition")[1]?.textContent).toBe("Mora");
    expect(terms).toContain("Överenskommelsens fullständighet");
    expect(within(page).getByRole("heading", { level: 3, name: "Frågorna i korthet" })).toBeTruthy();
    expect(within(page).getByRole("heading", { level: 3, name: "Frågor om strukturen" })).toBeTruthy();
    // Each forum is a part of its own, named by the forum.
    expect(within(page).getByRole("region", { name: "Systemledning Mora" })).toBeTruthy();
  });

  it("answers the leadership's questions: forum kinds and the charter's completeness", () => {
    render(<LeadershipPage workspace={dalarna} leadershipId="ls-mora" asOf={asOf} />);
    const kinds = screen.getByRole("table", { name: "Forum för politiker, tjänstepersoner och båda tillsammans" });
    expect(
      within(kinds)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Politiker", "Tjänstepersoner", "Politiker och tjänstepersoner tillsammans"]);
    expect(screen.getByRole("heading", { level: 4, name: "Överenskommelsens fullständighet" })).toBeTruthy();
    expect(screen.getByText("12 av 35 besvarade")).toBeTruthy();
  });

  it("shows the leadership's questions through the kit's views, each under the page's outline", () => {
    render(<LeadershipPage workspace={dalarna} leadershipId="ls-mora" asOf={asOf} />);
    const questions = screen.getByRole("region", { name: "Frågor om strukturen" });
    const titles = within(questions)
      .getAllByRole("heading", { level: 4 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Representation av sektorer",
        "Huvudmän med mandat",
        "Ersättare för mandatbärare",
        "Typer av forum",
        "Överenskommelsens fullständighet",
      ]),
    );
  });

  it("shows each forum with its composition, questions, key roles, chair and members", () => {
    render(<LeadershipPage workspace={dalarna} leadershipId="ls-regional" asOf={asOf} />);
    const forums = screen
      .getAllByRole("heading", { level: 3 })
      .map((heading) => heading.textContent)
      .filter((name) => name !== "Frågorna i korthet" && name !== "Frågor om strukturen");
    expect(forums).toHaveLength(6);
    const lchnv = screen.getByRole("region", { name: "Länschefsnätverket" });
    const titles = within(lchnv)
      .getAllByRole("heading", { level: 4 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(expect.arrayContaining(["Nyckelroller", "Ordförandeskap och rotation"]));
    expect(within(lchnv).getByRole("table", { name: "Uppdrag i Länschefsnätverket" })).toBeTruthy();
  });

  it("speaks English and lets the host focus the name after navigating", () => {
    const ref = createRef<HTMLHeadingElement>();
    render(<LeadershipPage workspace={dalarna} leadershipId="ls-mora" asOf={asOf} locale="en" headingRef={ref} />);
    expect(ref.current?.textContent).toBe("Lokal systemledning Mora");
    expect(ref.current?.tabIndex).toBe(-1);
    expect(screen.getByRole("heading", { name: "The questions at a glance" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Forums for politicians, officials and both together" })).toBeTruthy();
    expect(screen.getByText("Local")).toBeTruthy();
    expect(screen.getByText("12 of 35 answered")).toBeTruthy();
  });

  it("says so for an unknown leadership, and for one without forums", () => {
    const { unmount } = render(<LeadershipPage workspace={dalarna} leadershipId="ls-nowhere" asOf={asOf} />);
    expect(screen.getByRole("heading", { name: "Systemledningen finns inte i arbetsytan." })).toBeTruthy();
    unmount();
    const empty = { ...dalarna, forums: dalarna.forums.filter((f) => f.leadershipId !== "ls-mora") };
    const kept = new Set(empty.forums.map((f) => f.id));
    render(
      <LeadershipPage
        workspace={{ ...empty, memberships: dalarna.memberships.filter((m) => kept.has(m.forumId)) }}
        leadershipId="ls-mora"
        asOf={asOf}
      />,
    );
    expect(screen.getByText(/har inga forum ännu/)).toBeTruthy();
  });
});
