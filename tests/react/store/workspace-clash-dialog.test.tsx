// @vitest-environment jsdom
/**
 * The clash dialog by role and name: a modal alertdialog named by its title, focus moved in on open and back on
 * close, Tab kept inside, both versions named with the places they differ in words, and two choices.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeClashPlaces, parseClashPath } from "../../../packages/react/src/store/clash-paths.js";
import { STORE_MESSAGES } from "../../../packages/react/src/store/messages.js";
import {
  WorkspaceClashDialog,
  type ClashChoice,
  type ClashShown,
} from "../../../packages/react/src/store/workspace-clash-dialog.js";

afterEach(cleanup);

const base = createDalarnaSampleWorkspace();
const meeting = base.meetings.find((m) => m.status === "notes-in-review")!;
/** A meeting without a title is named by its forum and day. */
const meetingName =
  meeting.title ?? `${base.forums.find((f) => f.id === meeting.forumId)!.name} ${meeting.start.slice(0, 10)}`;

/** Mine approved the notes; theirs cancelled the same meeting meanwhile. */
function clashOverStatus(): ClashShown {
  const withStatus = (ws: Workspace, status: typeof meeting.status): Workspace => ({
    ...ws,
    meetings: ws.meetings.map((m) => (m.id === meeting.id ? { ...m, status } : m)),
  });
  return {
    mine: withStatus(base, "approved"),
    theirs: { workspace: withStatus(base, "cancelled"), revision: "7" },
    paths: [`meetings[id=${meeting.id}].status`],
    messages: {
      sv: `Någon annan har ändrat samma uppgifter: meetings[id=${meeting.id}].status.`,
      en: `Someone else changed the same details: meetings[id=${meeting.id}].status.`,
    },
  };
}

const t = (key: string): string => (STORE_MESSAGES as Record<string, { sv: string }>)[key]!.sv;

function Page({ clash, onChoose }: { readonly clash: ClashShown; readonly onChoose: (choice: ClashChoice) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Spara
      </button>
      <button type="button">Något annat</button>
      {open ? (
        <WorkspaceClashDialog
          clash={clash}
          onChoose={(choice) => {
            onChoose(choice);
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

async function openDialog(clash = clashOverStatus(), locale?: "en") {
  const user = userEvent.setup();
  const onChoose = vi.fn<(choice: ClashChoice) => void>();
  const view = render(
    locale === undefined ? (
      <Page clash={clash} onChoose={onChoose} />
    ) : (
      <WorkspaceClashDialog clash={clash} onChoose={onChoose} locale={locale} />
    ),
  );
  if (locale === undefined) await user.click(screen.getByRole("button", { name: "Spara" }));
  return { user, onChoose, ...view };
}

describe("WorkspaceClashDialog", () => {
  it("is a modal alertdialog named by its title and described by what happened, with focus moved in", async () => {
    await openDialog();
    const dialog = screen.getByRole("alertdialog", { name: "Någon annan har ändrat samma sak" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.getAttribute("aria-describedby")).not.toBeNull();
    expect(document.getElementById(dialog.getAttribute("aria-describedby")!)!.textContent).toBe(t("storeClashLead"));
    expect(document.activeElement).toBe(within(dialog).getByRole("heading", { name: t("storeClashTitle") }));
  });

  it("names both versions and shows each place in words with the value each side holds", async () => {
    await openDialog();
    const dialog = screen.getByRole("alertdialog");
    const place = within(dialog).getByRole("listitem");
    const where = within(place).getByText(/^Möte «/);
    // The field in words, the exact path kept in the title for a report.
    expect(where.textContent).toBe(`Möte «${meetingName}» › Status`);
    expect(where.getAttribute("title")).toBe(`meetings[id=${meeting.id}].status`);
    const terms = within(place)
      .getAllByRole("term")
      .map((term) => term.textContent);
    expect(terms).toEqual(["Din version (inte sparad)", "Sparad version 7"]);
    expect(
      within(place)
        .getAllByRole("definition")
        .map((value) => value.textContent),
    ).toEqual(["approved", "cancelled"]);
    // The core's own sentence names the places as paths: with the places listed in words it is left out.
    expect(within(dialog).queryByText(/^Någon annan har ändrat samma uppgifter/)).toBeNull();
  });

  it("shows the core's own sentence when the clash names no place to list", async () => {
    render(<WorkspaceClashDialog clash={{ ...clashOverStatus(), paths: [] }} onChoose={() => undefined} />);
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/^Någon annan har ändrat samma uppgifter/)).toBeTruthy();
  });

  it("offers keep mine and keep theirs; each choice is passed on and focus returns to the button pressed", async () => {
    const { user, onChoose } = await openDialog();
    await user.click(screen.getByRole("button", { name: "Behåll min version" }));
    expect(onChoose).toHaveBeenLastCalledWith("mine");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Spara" }));

    await user.click(screen.getByRole("button", { name: "Spara" }));
    await user.click(screen.getByRole("button", { name: "Behåll den sparade versionen" }));
    expect(onChoose).toHaveBeenLastCalledWith("theirs");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Spara" }));
  });

  it("keeps Tab inside the dialog and takes Esc as keeping the saved version", async () => {
    const { user, onChoose } = await openDialog();
    const mine = screen.getByRole("button", { name: "Behåll min version" });
    const theirs = screen.getByRole("button", { name: "Behåll den sparade versionen" });
    await user.tab();
    expect(document.activeElement).toBe(mine);
    await user.tab();
    expect(document.activeElement).toBe(theirs);
    await user.tab();
    expect(document.activeElement).toBe(mine);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(theirs);
    await user.keyboard("{Escape}");
    expect(onChoose).toHaveBeenCalledWith("theirs");
  });

  it("ignores presses while a choice is being saved, and says so to assistive technology", () => {
    const onChoose = vi.fn();
    render(<WorkspaceClashDialog clash={clashOverStatus()} onChoose={onChoose} busy />);
    const mine = screen.getByRole("button", { name: "Behåll min version" });
    expect(mine.getAttribute("aria-disabled")).toBe("true");
    mine.click();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it("speaks English in an English widget", async () => {
    await openDialog(clashOverStatus(), "en");
    const dialog = screen.getByRole("alertdialog", { name: "Someone else changed the same thing" });
    expect(
      within(dialog)
        .getAllByRole("term")
        .map((term) => term.textContent),
    ).toEqual(["Your version (not saved)", "Saved version 7"]);
    expect(within(dialog).getByRole("button", { name: "Keep my version" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Keep the saved version" })).toBeTruthy();
  });

  it("lists at most maxPlaces places and counts the rest", () => {
    const clash = { ...clashOverStatus(), paths: ["a", "b", "c", "d"] };
    render(<WorkspaceClashDialog clash={clash} onChoose={() => undefined} maxPlaces={2} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText("och 2 ställen till")).toBeTruthy();
  });
});

describe("parseClashPath and describeClashPlaces", () => {
  it("reads ids, positions and keys, and falls back to the whole text for what is not a path", () => {
    expect(parseClashPath("meetings[id=m-1].attendance[id=a.b].present")).toEqual([
      { kind: "key", key: "meetings" },
      { kind: "id", id: "m-1" },
      { kind: "key", key: "attendance" },
      { kind: "id", id: "a.b" },
      { kind: "key", key: "present" },
    ]);
    expect(parseClashPath("decisionLog[4]")).toEqual([
      { kind: "key", key: "decisionLog" },
      { kind: "index", index: 4 },
    ]);
    expect(parseClashPath("x[[")).toEqual([{ kind: "key", key: "x[[" }]);
  });

  it("names an item added on one side only, and says where a side has nothing", () => {
    const mark = {
      id: "mark-1",
      kind: "note" as const,
      target: { type: "node" as const, nodeId: base.forums[0]!.id },
      text: "Min anteckning",
      createdAt: "2026-05-13T08:00:00.000Z",
    };
    const mine = { ...base, annotations: [...base.annotations, mark] };
    const [place] = describeClashPlaces(["annotations[id=mark-1].text"], mine, base, t);
    expect(place).toEqual({
      path: "annotations[id=mark-1].text",
      parts: ["Markering på kartan «mark-1»", "text"],
      mine: "Min anteckning",
      theirs: null,
    });
    const [entry] = describeClashPlaces(["annotations[id=mark-1]"], mine, base, t);
    // An object without a name is shown by its plain fields, without ids or hashes.
    // Known fields in words, unknown ones by name; a date-time as a reader in Stockholm says it.
    expect(entry!.mine).toBe("Slag: note · text: Min anteckning · createdAt: 13 maj 2026 10:00:00");
    const [whole] = describeClashPlaces([""], mine, base, t);
    expect(whole!.parts).toEqual(["Arbetsytan"]);
  });
});
