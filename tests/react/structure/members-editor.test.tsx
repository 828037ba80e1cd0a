// @vitest-environment jsdom
/**
 * MembersEditor in jsdom (on React 19 and, through the unit-react18 project, React 18): the forum's seats in a
 * table, and the three tasks driven from the keyboard (Tab, Enter, Space, arrow keys and typing; jsdom has no
 * keyboard for a native select, so a select's option is chosen with `selectOptions`: the Chromium test,
 * members-editor.browser.test.tsx, does that with the arrow keys too). Each saved change is applied to the
 * workspace by a host that keeps it in state, as an intranet page does with its store.
 */
import { endForum, isMembershipActive } from "@systemledning/core/structure";
import { SystemledningError, createIssue, type Workspace } from "@systemledning/core/workspace";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AS_OF, FORUM, lastSaved, liveRegion, polyfillCssEscape, renderEditor, sample, tabTo } from "./members-host.js";

beforeAll(polyfillCssEscape);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("MembersEditor: the list", () => {
  it("lists the forum's seats on the day in a table named by its caption, with every column", () => {
    renderEditor();
    expect(screen.getByRole("heading", { level: 2, name: "Ledamöter i Systemledning Vansbro" })).toBeTruthy();
    const table = screen.getByRole("table", { name: "Ledamöter och ersättare den 13 maj 2026" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers.join("|")).toMatch(/Namn.*Organisation.*Sektor.*Roller.*Mandat.*Ersättare/);
    const active = sample.memberships.filter((m) => m.forumId === FORUM && isMembershipActive(m, AS_OF));
    expect(within(table).getAllByRole("rowheader")).toHaveLength(active.length);
    expect(screen.getByText(`${active.length} uppdrag den 13 maj 2026.`)).toBeTruthy();
  });

  it("names whom a substitute stands in for, and each member's substitutes", () => {
    renderEditor({ forumId: "f-falun-pol" });
    const substitute = sample.memberships.find((m) => m.forumId === "f-falun-pol" && m.substituteForId !== undefined)!;
    const holder = sample.memberships.find((m) => m.id === substitute.substituteForId)!;
    const nameOf = (id: string) => sample.people.find((p) => p.id === id)!.name;
    const row = screen.getByRole("rowheader", { name: nameOf(substitute.personId) }).closest("tr")!;
    expect(row.textContent).toContain(`Ersätter ${nameOf(holder.personId)}`);
    const holderRow = screen.getByRole("rowheader", { name: nameOf(holder.personId) }).closest("tr")!;
    expect(holderRow.textContent).toContain(nameOf(substitute.personId));
  });

  it("says so when the forum has no one on the day, and still offers to add a member", () => {
    const empty: Workspace = { ...sample, memberships: sample.memberships.filter((m) => m.forumId !== FORUM) };
    renderEditor({ workspace: empty });
    expect(screen.getByText("Forumet har inga ledamöter den 13 maj 2026.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByRole("button", { name: "Lägg till ledamot" })).toBeTruthy();
  });

  it("says when the forum has ended, and the core's refusal of an open seat in it shows at the end date", async () => {
    const result = endForum(sample, { forumId: FORUM, on: "2026-06-30" });
    if (!result.ok) throw result.error;
    const ended = result.value;
    const { user, onSaved } = renderEditor({ workspace: ended });
    expect(
      screen.getByText("Forumet avslutades den 30 juni 2026. Ett nytt uppdrag i det måste sluta senast den dagen."),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    await user.click(within(form).getByRole("radio", { name: "En ny person" }));
    await user.type(within(form).getByRole("textbox", { name: "Namn" }), "Ulla Testsson");
    await user.selectOptions(
      within(form).getByRole("combobox", { name: "Organisation som företräds" }),
      "Vansbro kommun",
    );
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    expect(onSaved).not.toHaveBeenCalled();
    expect(within(form).getByRole("textbox", { name: "Till och med (frivilligt)" }).getAttribute("aria-invalid")).toBe(
      "true",
    );
  });

  it("shows its own alert for a forum the workspace does not hold, not a blank page", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderEditor({ forumId: "f-finns-inte" });
    expect(screen.getByRole("alert")).toBeTruthy();
  });

  it("speaks English with the locale prop", () => {
    renderEditor({ locale: "en" });
    expect(screen.getByRole("heading", { level: 2, name: "Members of Systemledning Vansbro" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Members and substitutes on 13 May 2026" })).toBeTruthy();
    for (const name of ["Add a member", "Set a substitute", "End a seat"])
      expect(screen.getByRole("button", { name })).toBeTruthy();
  });
});

describe("MembersEditor: adding a member", () => {
  it("adds a new person from the keyboard as one change, applied by the host, and says Sparat", async () => {
    const { user, onSaved } = renderEditor();
    const open = screen.getByRole("button", { name: "Lägg till ledamot" });
    await tabTo(user, open);
    await user.keyboard("{Enter}");
    expect(open.getAttribute("aria-expanded")).toBe("true");
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    // The person: from "already listed" to "new" with an arrow key, as radios go.
    await tabTo(user, within(form).getByRole("radio", { name: "En person som redan finns" }));
    await user.keyboard("{ArrowDown}");
    expect(within(form).getByRole("radio", { name: "En ny person" })).toHaveProperty("checked", true);
    await user.tab();
    expect(document.activeElement).toBe(within(form).getByRole("textbox", { name: "Namn" }));
    await user.keyboard("Ada Testsson");
    await user.tab();
    await user.keyboard("Socialchef");
    await user.tab();
    const organisation = within(form).getByRole("combobox", { name: "Organisation som företräds" });
    expect(document.activeElement).toBe(organisation);
    await user.selectOptions(organisation, "Vansbro kommun");
    await user.tab();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Sektor (frivilligt)" }), "Socialtjänst");
    // The roles: "ledamot" is ticked; Space ticks "ordförande" too.
    await tabTo(user, within(form).getByRole("checkbox", { name: "Ordförande" }));
    await user.keyboard(" ");
    await tabTo(user, within(form).getByRole("combobox", { name: "Slag av ledamot" }));
    await user.selectOptions(document.activeElement as HTMLSelectElement, "Tjänsteperson");
    await user.tab();
    await user.keyboard(" ");
    expect(within(form).getByRole("checkbox", { name: "Har beslutsmandat för sin organisation" })).toHaveProperty(
      "checked",
      true,
    );
    await tabTo(user, within(form).getByRole("button", { name: "Lägg till ledamot" }));
    await user.keyboard("{Enter}");

    expect(onSaved).toHaveBeenCalledTimes(1);
    const [next, context] = lastSaved(onSaved);
    expect(context).toEqual({
      task: "addMember",
      command: "addMembership",
      commands: ["addPerson", "addMembership"],
      forumId: FORUM,
    });
    const person = next.people.find((p) => p.name === "Ada Testsson")!;
    expect(person.title).toBe("Socialchef");
    const seat = next.memberships.find((m) => m.personId === person.id)!;
    expect(seat).toMatchObject({
      forumId: FORUM,
      organisationId: sample.organisations.find((o) => o.name === "Vansbro kommun")!.id,
      sectorId: "socialtjanst",
      roles: ["member", "chair"],
      kind: "official",
      hasMandate: true,
      from: "2026-05-13",
    });
    expect(seat.to).toBeUndefined();
    // Saved: the form closes, focus is back on its button, the live region says so, the table has the new row.
    expect(screen.queryByRole("form", { name: "Lägg till ledamot" })).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(liveRegion()).toBe("Sparat. Ada Testsson är ledamot från och med 13 maj 2026.");
    expect(screen.getByRole("rowheader", { name: "Ada Testsson" })).toBeTruthy();
  });

  it("seats someone already listed", async () => {
    const { user, onSaved } = renderEditor();
    await user.click(screen.getByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    const someone = sample.people.find((p) => p.id === "p-rd-rso") ?? sample.people[0]!;
    const option = within(form)
      .getAllByRole<HTMLOptionElement>("option")
      .find((o) => o.value === someone.id)!;
    await user.selectOptions(within(form).getByRole("combobox", { name: "Person" }), option);
    await user.selectOptions(
      within(form).getByRole("combobox", { name: "Organisation som företräds" }),
      "Region Dalarna",
    );
    await user.selectOptions(within(form).getByRole("combobox", { name: "Slag av ledamot" }), "Politiker");
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    const [next, context] = lastSaved(onSaved);
    expect(context.commands).toEqual(["addMembership"]);
    expect(next.people).toHaveLength(sample.people.length);
    expect(next.memberships.filter((m) => m.forumId === FORUM && m.personId === someone.id).at(-1)).toMatchObject({
      roles: ["member"],
      kind: "politician",
      hasMandate: false,
    });
  });

  it("shows the core's refusal of an end before the start at the field and in a summary that takes focus", async () => {
    const { user, onSaved } = renderEditor();
    await user.click(screen.getByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    await user.click(within(form).getByRole("radio", { name: "En ny person" }));
    await user.type(within(form).getByRole("textbox", { name: "Namn" }), "Bo Testsson");
    await user.selectOptions(
      within(form).getByRole("combobox", { name: "Organisation som företräds" }),
      "Vansbro kommun",
    );
    await user.selectOptions(within(form).getByRole("combobox", { name: "Slag av ledamot" }), "Tjänsteperson");
    const to = within(form).getByRole("textbox", { name: "Till och med (frivilligt)" });
    await user.type(to, "2026-01-31");
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));

    expect(onSaved).not.toHaveBeenCalled();
    const summary = within(form).getByRole("group", { name: "Det finns ett fel att rätta" });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole("link");
    const message = link.textContent!;
    expect(message.length).toBeGreaterThan(0);
    // At the field: invalid, and described by its message (after the hint).
    expect(to.getAttribute("aria-invalid")).toBe("true");
    const described = to
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => document.getElementById(id)!.textContent);
    expect(described).toContain(message);
    expect(liveRegion()).toBe(`Det finns ett fel att rätta: ${message}`);
    // What was typed is kept; the link takes focus to the field.
    expect(within(form).getByRole("textbox", { name: "Namn" })).toHaveProperty("value", "Bo Testsson");
    await user.click(link);
    expect(document.activeElement).toBe(to);
  });

  it("says what is missing before anything is tried: person, organisation, roles and kind, each linked", async () => {
    const { user, onSaved } = renderEditor({ locale: "en" });
    await user.click(screen.getByRole("button", { name: "Add a member" }));
    const form = screen.getByRole("form", { name: "Add a member" });
    await user.click(within(form).getByRole("checkbox", { name: "Member" }));
    // Vansbro's forum is of officials, so the kind starts as "Official"; unchosen, it is missing.
    const kind = within(form).getByRole("combobox", { name: "Kind of member" });
    expect(kind).toHaveProperty("value", "official");
    await user.selectOptions(kind, "Choose …");
    await user.click(within(form).getByRole("button", { name: "Add a member" }));
    expect(onSaved).not.toHaveBeenCalled();
    const summary = within(form).getByRole("group", { name: "There are 4 things to fix" });
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Choose a person.",
      "Choose the organisation the person represents.",
      "Choose at least one role.",
      "Choose the kind of member.",
    ]);
    await user.click(within(summary).getByRole("link", { name: "Choose at least one role." }));
    expect(document.activeElement).toBe(within(form).getByRole("checkbox", { name: "Member" }));
    expect(
      within(form).getByRole("group", { name: "Roles in the forum" }).getAttribute("aria-describedby"),
    ).toBeTruthy();
  });

  it("shows a refusal of the host's newer document the same way, and keeps the form", async () => {
    const refusal = new SystemledningError("invalidInput", [
      createIssue(["intent", "organisationId"], "dangling_reference", { id: "vansbro", collection: "organisations" }),
    ]);
    const { user } = renderEditor({ answer: () => ({ ok: false, error: refusal }) });
    await user.click(screen.getByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    await user.click(within(form).getByRole("radio", { name: "En ny person" }));
    await user.type(within(form).getByRole("textbox", { name: "Namn" }), "Cia Testsson");
    const organisation = within(form).getByRole("combobox", { name: "Organisation som företräds" });
    await user.selectOptions(organisation, "Vansbro kommun");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Slag av ledamot" }), "Tjänsteperson");
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    expect(within(form).getByRole("link", { name: refusal.issues[0]!.message.sv })).toBeTruthy();
    expect(organisation.getAttribute("aria-invalid")).toBe("true");
  });

  it("says nothing on a clash (the clash dialog speaks) and keeps what was typed", async () => {
    const { user } = renderEditor({ answer: () => ({ ok: false, error: { reason: "conflict" } }) });
    await user.click(screen.getByRole("button", { name: "Lägg till ledamot" }));
    const form = screen.getByRole("form", { name: "Lägg till ledamot" });
    await user.click(within(form).getByRole("radio", { name: "En ny person" }));
    await user.type(within(form).getByRole("textbox", { name: "Namn" }), "Dan Testsson");
    await user.selectOptions(
      within(form).getByRole("combobox", { name: "Organisation som företräds" }),
      "Vansbro kommun",
    );
    await user.selectOptions(within(form).getByRole("combobox", { name: "Slag av ledamot" }), "Tjänsteperson");
    await user.click(within(form).getByRole("button", { name: "Lägg till ledamot" }));
    expect(screen.getByRole("form", { name: "Lägg till ledamot" })).toBe(form);
    expect(within(form).queryByRole("group", { name: /fel att rätta/ })).toBeNull();
    expect(liveRegion()).toBe("");
  });
});
