// @vitest-environment jsdom
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CharterCompleteness } from "../../../packages/react/src/structure/charter-completeness.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const statuses = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]?.textContent);

describe("CharterCompleteness", () => {
  it("shows answered of all as a progress bar with the count in words beside it", () => {
    render(<CharterCompleteness workspace={dalarna} leadershipId="ls-mora" />);
    expect(screen.getByRole("heading", { level: 2, name: "Överenskommelsens fullständighet" })).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Besvarade frågor i överenskommelsen" });
    expect(bar.getAttribute("value")).toBe("12");
    expect(bar.getAttribute("max")).toBe("35");
    expect(bar.getAttribute("aria-valuetext")).toMatch(/^12 av 35 besvarade \(34\s%\)$/);
    expect(screen.getByText("12 av 35 besvarade")).toBeTruthy();
    expect(screen.getByText("23 frågor är öppna.")).toBeTruthy();
  });

  it("lists the parts and the Metodstöd's questions with their status, the open ones first", () => {
    render(<CharterCompleteness workspace={dalarna} leadershipId="ls-mora" />);
    const parts = screen.getByRole("table", { name: "Överenskommelsens delar" });
    expect(within(parts).getAllByRole("rowheader")).toHaveLength(7);
    const partStatuses = statuses(parts);
    const firstAnswered = partStatuses.indexOf("Besvarad");
    expect(partStatuses.slice(firstAnswered).every((s) => s === "Besvarad")).toBe(true);
    expect(partStatuses.slice(0, firstAnswered).every((s) => s === "Öppen")).toBe(true);

    const questions = screen.getByRole("table", { name: "Metodstödets frågor" });
    const rows = within(questions).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(28);
    const questionStatuses = rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent);
    expect(questionStatuses.indexOf("Besvarad")).toBeGreaterThan(questionStatuses.lastIndexOf("Öppen"));
    // Each open row says what is open, in the core's words.
    expect(within(rows[0]!).getAllByRole("cell")[2]?.textContent).not.toBe("");
    expect(screen.getByText("De öppna frågorna står först.")).toBeTruthy();
  });

  it("says when a leadership has no charter, and when all is answered", () => {
    const { unmount } = render(<CharterCompleteness workspace={dalarna} leadershipId="ls-vansbro" />);
    expect(screen.getByText("0 av 35 besvarade")).toBeTruthy();
    expect(
      screen.getByText("Systemledningen har ingen överenskommelse ännu. Börja med Metodstödets frågor nedan."),
    ).toBeTruthy();
    expect(screen.getByText("Saknas")).toBeTruthy();
    unmount();
    render(<CharterCompleteness workspace={dalarna} leadershipId="ls-falun" headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3 })).toBeTruthy();
    expect(screen.getByText("35 av 35 besvarade")).toBeTruthy();
    expect(screen.getByText("Alla frågor är besvarade.")).toBeTruthy();
    expect(screen.queryByText("De öppna frågorna står först.")).toBeNull();
  });

  it("speaks English and links each item where the host says it is answered", () => {
    render(
      <CharterCompleteness
        workspace={createKalmarSampleWorkspace()}
        leadershipId="ls-lgl"
        locale="en"
        itemHref={(item) => (item.kind === "question" ? `#/metodstod/ls-lgl#${item.questionId}` : undefined)}
      />,
    );
    expect(screen.getByRole("heading", { name: "Charter completeness" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Answered questions in the charter" })).toBeTruthy();
    expect(screen.getByText("6 of 13 answered")).toBeTruthy();
    const questions = screen.getByRole("table", { name: "The Metodstöd's questions" });
    const links = within(questions).getAllByRole("link");
    expect(links).toHaveLength(6);
    expect(links[0]?.getAttribute("href")).toMatch(/^#\/metodstod\/ls-lgl#/);
    expect(within(screen.getByRole("table", { name: "The parts of the charter" })).queryAllByRole("link")).toHaveLength(
      0,
    );
  });
});
