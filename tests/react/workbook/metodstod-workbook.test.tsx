// @vitest-environment jsdom
/**
 * The Metodstöd workbook in jsdom, by role and name, in Swedish and English: one region per part of the Metodstöd
 * with every question of the profile as a labelled field; saving through the core's charter commands on blur and on
 * "Spara" (the change handed to the host with its context); completeness and "Fortfarande öppet" following the
 * saved answers; a refusal beside its field with what was typed kept; the principles from the county's five; the
 * charter document as a download.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { CHARTER_PARTS, getCharterCompleteness } from "@systemledning/core/structure";
import { SystemledningError, createIssue, type Workspace, type WorkspaceChange } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KitChangeOutcome } from "../../../packages/react/src/store/change.js";
import {
  MetodstodWorkbook,
  type MetodstodWorkbookProps,
} from "../../../packages/react/src/workbook/metodstod-workbook.js";
import type { WorkbookChangeContext } from "../../../packages/react/src/workbook/use-workbook.js";
import { memoryStorage } from "./storage.js";
import { useHostedWorkspace } from "./host.js";

/**
 * The workbook is a long page (every question, the sector checklist, the meeting rules with their preview): in
 * jsdom on two cores shared with the rest of the gate a test takes seconds, so its limit is raised rather than the
 * page made smaller. A hang still fails.
 */
const SLOW = { timeout: 60_000 };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dalarna = createDalarnaSampleWorkspace();
const AS_OF = "2026-05-13";

type Save = (change: WorkspaceChange, context: WorkbookChangeContext) => KitChangeOutcome;

/** A host that applies each change to the workspace it holds now, as `updateWorkspace` does, and shows the result. */
function Host({
  initial,
  refuse,
  seen,
  ...props
}: Omit<MetodstodWorkbookProps, "workspace" | "onChange"> & {
  readonly initial: Workspace;
  readonly refuse?: (context: WorkbookChangeContext) => SystemledningError | null;
  readonly seen: ReturnType<typeof vi.fn<Save>>;
}) {
  const { workspace, apply } = useHostedWorkspace<WorkbookChangeContext>(initial);
  return (
    <MetodstodWorkbook
      {...props}
      workspace={workspace}
      onChange={async (change, context) => {
        seen(change, context);
        const refusal = refuse?.(context) ?? null;
        if (refusal !== null) return { ok: false, error: refusal };
        return apply(change, context);
      }}
    />
  );
}

function renderBook(
  options: {
    workspace?: Workspace;
    leadershipId?: string;
    locale?: "sv" | "en";
    storage?: ReturnType<typeof memoryStorage>;
    refuse?: (context: WorkbookChangeContext) => SystemledningError | null;
  } = {},
) {
  const user = userEvent.setup();
  const seen = vi.fn<Save>();
  const storage = options.storage ?? memoryStorage();
  const view = render(
    <Host
      initial={options.workspace ?? dalarna}
      leadershipId={options.leadershipId ?? "ls-mora"}
      asOf={AS_OF}
      draftStorage={storage}
      seen={seen}
      {...(options.refuse === undefined ? {} : { refuse: options.refuse })}
      {...(options.locale === undefined ? {} : { locale: options.locale })}
    />,
  );
  return { user, seen, storage, ...view };
}

const count = () => document.querySelector(".sl-workbook-count")!.textContent;
const openList = () => screen.getByRole("region", { name: "Fortfarande öppet" });
const question = (id: string) => dalarna.profile.charterQuestions.find((q) => q.id === id)!;

describe("MetodstodWorkbook: the Metodstöd as sections", SLOW, () => {
  it("is an article with a table of contents and one region per part, in the Metodstöd's order", () => {
    renderBook();
    expect(screen.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" })).toBeTruthy();
    const contents = screen.getByRole("navigation", { name: "Metodstödets delar" });
    const links = within(contents).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(CHARTER_PARTS.map((part) => part.title.sv));
    for (const part of CHARTER_PARTS) {
      const region = screen.getByRole("region", { name: part.title.sv });
      expect(within(region).getByRole("heading", { level: 3, name: part.title.sv })).toBeTruthy();
    }
  });

  it("asks every question of the profile in its own words, each a labelled field under its part", () => {
    renderBook();
    for (const q of dalarna.profile.charterQuestions) {
      const part = CHARTER_PARTS.find((p) => p.section === q.section)!;
      const region = screen.getByRole("region", { name: part.title.sv });
      expect(within(region).getByRole("textbox", { name: q.text.sv })).toBeTruthy();
    }
    expect(screen.getByRole("textbox", { name: "Systemledningens syfte" })).toHaveProperty(
      "value",
      dalarna.charters.find((c) => c.id === "charter-mora")!.purpose,
    );
  });

  it("speaks English: parts, questions and controls", () => {
    renderBook({ locale: "en" });
    expect(screen.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Meeting structure" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: question("why").text.en! })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save – Purpose" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download the charter (HTML)" })).toBeTruthy();
    expect(count()).toMatch(/^12 of 35 answered/);
  });

  it("shows how much is answered, with a progress bar and the parts' counts", () => {
    renderBook();
    const { answeredCount, total } = getCharterCompleteness(dalarna, "ls-mora");
    expect(count()).toMatch(new RegExp(`^${answeredCount} av ${total} besvarade`));
    const progress = screen.getByRole("progressbar", { name: "Hur långt ni har kommit" });
    expect(progress.getAttribute("value")).toBe(String(answeredCount));
    expect(progress.getAttribute("max")).toBe(String(total));
  });
});

describe("MetodstodWorkbook: saving as the user goes", SLOW, () => {
  it("saves an answer when the field is left (answerCharterQuestion), and completeness grows", async () => {
    const { user, seen } = renderBook();
    const field = screen.getByRole("textbox", { name: question("vision").text.sv });
    expect(within(openList()).getByRole("link", { name: question("vision").text.sv })).toBeTruthy();
    await user.type(field, "Ja, den är känd av alla.");
    await user.tab();
    await waitFor(() => expect(count()).toMatch(/^13 av 35/));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![1]).toEqual({
      command: "answerCharterQuestion",
      leadershipId: "ls-mora",
      field: "answer:vision",
    });
    expect(within(openList()).queryByRole("link", { name: question("vision").text.sv })).toBeNull();
    expect(field).toHaveProperty("value", "Ja, den är känd av alla.");
  });

  it("saves everything unsaved in a part with its Spara, and says so", async () => {
    const { user, seen } = renderBook();
    const region = screen.getByRole("region", { name: "Målbild" });
    const text = within(region).getByRole("textbox", { name: "Er lokala målbild" });
    await user.click(text);
    await user.paste("Nära för alla i Mora.");
    // Straight to the part's button: the blur saves the text, "Spara" finds nothing left.
    await user.click(within(region).getByRole("button", { name: "Spara – Målbild" }));
    await waitFor(() => expect(count()).toMatch(/^13 av 35/));
    expect(seen.mock.calls.map((call) => call[1].command)).toEqual(["setCharterText"]);
    expect(seen.mock.calls[0]![1]).toMatchObject({ field: "text:vision" });
  });

  it("clears an answer emptied (clearCharterAnswer), and the question is open again", async () => {
    const { user, seen } = renderBook();
    const field = screen.getByRole("textbox", { name: question("meeting-secretary").text.sv });
    await user.clear(field);
    await user.tab();
    await waitFor(() => expect(count()).toMatch(/^11 av 35/));
    expect(seen.mock.calls[0]![1].command).toBe("clearCharterAnswer");
    expect(within(openList()).getByRole("link", { name: "Sekreterare" })).toBeTruthy();
  });

  it("moves focus to an open question's field from 'Fortfarande öppet'", async () => {
    const { user } = renderBook();
    await user.click(within(openList()).getByRole("link", { name: question("followup-lessons").text.sv }));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: question("followup-lessons").text.sv }));
  });

  it("shows a refusal beside its field, focuses it on Spara, and keeps what was typed", async () => {
    const refusal = new SystemledningError("invalidInput", [
      createIssue(["intent", "answer"], "too_big", { maximum: 5 }),
    ]);
    const { user } = renderBook({
      refuse: (context) => ("field" in context && context.field === "answer:vision" ? refusal : null),
    });
    const region = screen.getByRole("region", { name: "Målbild" });
    const field = within(region).getByRole("textbox", { name: question("vision").text.sv });
    await user.type(field, "Ett långt svar");
    await user.click(within(region).getByRole("button", { name: "Spara – Målbild" }));
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    const error = document.getElementById(field.getAttribute("aria-describedby")!.split(" ")[0]!)!;
    expect(error.textContent).toContain("Kunde inte sparas:");
    expect(error.textContent).toContain(refusal.issues[0]!.message.sv);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field).toHaveProperty("value", "Ett långt svar");
    expect(count()).toMatch(/^12 av 35/);
  });
});

describe("MetodstodWorkbook: principles and tasks", SLOW, () => {
  it("starts a leadership with no charter from the county's principles, then edits, adds and removes", async () => {
    const { user, seen } = renderBook({ leadershipId: "ls-vansbro" });
    const region = screen.getByRole("region", { name: "Enkla principer för samverkan" });
    await user.click(within(region).getByRole("button", { name: "Använd länets principer" }));
    await waitFor(() => expect(within(region).getAllByRole("textbox")).toHaveLength(6)); // five and the question
    expect(seen.mock.calls[0]![1].command).toBe("adoptDefaultPrinciples");
    expect(document.activeElement).toBe(within(region).getByRole("textbox", { name: "Princip 1" }));
    expect(within(region).getByRole("textbox", { name: "Princip 1" })).toHaveProperty(
      "value",
      dalarna.profile.principles[0]!.sv,
    );

    await user.click(within(region).getByRole("button", { name: "Lägg till egen princip" }));
    const sixth = within(region).getByRole("textbox", { name: "Princip 6" });
    expect(document.activeElement).toBe(sixth);
    await user.type(sixth, "Vi frågar invånarna först.");
    await user.tab();
    await waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen.mock.calls[1]![1].command).toBe("setCharterPrinciples");

    await user.click(within(region).getByRole("button", { name: "Ta bort Princip 2" }));
    await waitFor(() => expect(within(region).queryByRole("textbox", { name: "Princip 6" })).toBeNull());
    expect(within(region).getByRole("textbox", { name: "Princip 5" })).toHaveProperty(
      "value",
      "Vi frågar invånarna först.",
    );
  });

  it("offers the county's tasks for an empty task list", () => {
    renderBook({ leadershipId: "ls-vansbro" });
    const region = screen.getByRole("region", { name: "Uppgifter för systemledningen" });
    expect(within(region).getByRole("button", { name: "Använd länets uppgifter" })).toBeTruthy();
  });
});

describe("MetodstodWorkbook: Kalmar and the charter document", SLOW, () => {
  it("asks Kalmar's own questions", () => {
    const kalmar = createKalmarSampleWorkspace();
    renderBook({ workspace: kalmar, leadershipId: kalmar.charters[0]!.leadershipId });
    for (const q of kalmar.profile.charterQuestions)
      expect(screen.getByRole("textbox", { name: q.text.sv })).toBeTruthy();
  });

  it("downloads the charter as an HTML document", async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return "blob:charter";
      },
      revokeObjectURL: () => undefined,
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderBook();
    await user.click(screen.getByRole("button", { name: "Ladda ned överenskommelsen (HTML)" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(created).toHaveLength(1);
    const text = await created[0]!.text();
    expect(text).toContain("<h1>Överenskommelse: Lokal systemledning Mora</h1>");
  });

  it("prints through the browser", async () => {
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const { user } = renderBook();
    await user.click(screen.getByRole("button", { name: "Skriv ut" }));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
