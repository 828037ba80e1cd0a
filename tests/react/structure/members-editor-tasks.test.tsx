// @vitest-environment jsdom
/**
 * MembersEditor's other two tasks in jsdom (React 19, and React 18 through unit-react18): setting a substitute
 * (someone new, or a member of the forum whose seat is linked) and removing one, and ending a seat after a
 * confirmation, with the person kept. Each saved change is applied by the host of members-host.tsx.
 */
import { isMembershipActive } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { AS_OF, FORUM, lastSaved, liveRegion, polyfillCssEscape, renderEditor, sample, tabTo } from "./members-host.js";

beforeAll(polyfillCssEscape);
afterEach(cleanup);

const seatsOf = (ws: Workspace, forumId = FORUM) =>
  ws.memberships.filter((m) => m.forumId === forumId && isMembershipActive(m, AS_OF));
const nameOf = (ws: Workspace, personId: string) => ws.people.find((p) => p.id === personId)!.name;
/** Vansbro's first seat with mandate, as the form labels it. */
const holder = seatsOf(sample).find((m) => m.hasMandate && !m.roles.includes("substitute"))!;
const holderName = nameOf(sample, holder.personId);
/** Vansbro's convener and secretary, a seat without mandate or substitute. */
const convener = seatsOf(sample).find((m) => m.roles.includes("convener"))!;
/** The substitute the sample names for that seat. */
const existingName = nameOf(sample, seatsOf(sample).find((m) => m.substituteForId === holder.id)!.personId);
const holderOption = (form: HTMLElement) =>
  within(form)
    .getAllByRole<HTMLOptionElement>("option")
    .find((o) => o.value === holder.id)!;

describe("MembersEditor: substitutes", () => {
  it("gives a member with mandate a new person as substitute from the keyboard, then removes the link", async () => {
    const { user, onSaved } = renderEditor();
    const open = screen.getByRole("button", { name: "Ange ersättare" });
    await tabTo(user, open);
    await user.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: "Ange ersättare" });
    await user.tab();
    const holderSelect = within(form).getByRole("combobox", { name: "Ledamot med mandat" });
    expect(document.activeElement).toBe(holderSelect);
    await user.selectOptions(holderSelect, holderOption(form));
    expect(within(form).getByText(`Ersättare nu: ${existingName}.`)).toBeTruthy();
    await tabTo(user, within(form).getByRole("radio", { name: "En ny person" }));
    await user.tab();
    await user.keyboard("Eva Testsson");
    await tabTo(user, within(form).getByRole("button", { name: "Ange ersättare" }));
    await user.keyboard("{Enter}");

    const [next, context] = lastSaved(onSaved);
    expect(context).toEqual({
      task: "setSubstitute",
      command: "addMembership",
      commands: ["addPerson", "addMembership"],
      forumId: FORUM,
      membershipId: holder.id,
    });
    const person = next.people.find((p) => p.name === "Eva Testsson")!;
    const seat = next.memberships.find((m) => m.personId === person.id)!;
    expect(seat).toMatchObject({
      forumId: FORUM,
      roles: ["substitute"],
      substituteForId: holder.id,
      organisationId: holder.organisationId,
      kind: holder.kind,
      hasMandate: true,
      from: "2026-05-13",
    });
    expect(seat.sectorId).toBe(holder.sectorId);
    expect(liveRegion()).toBe(`Sparat. Eva Testsson är ersättare för ${holderName}.`);
    expect(document.activeElement).toBe(open);
    const row = screen.getByRole("rowheader", { name: "Eva Testsson" }).closest("tr")!;
    expect(row.textContent).toContain(`Ersätter ${holderName}`);

    // A seat that is only a substitute's is ended, not unlinked: the form says so instead of offering a button.
    await user.keyboard("{Enter}");
    const again = screen.getByRole("form", { name: "Ange ersättare" });
    await user.selectOptions(within(again).getByRole("combobox", { name: "Ledamot med mandat" }), holderOption(again));
    expect(within(again).getByText(/^Eva Testsson har bara platsen som ersättare\./)).toBeTruthy();
    expect(within(again).queryByRole("button", { name: "Ta bort Eva Testsson som ersättare" })).toBeNull();
  });

  it("links the seat of another member of the forum (setSubstitute), then removes the link", async () => {
    const { user, onSaved } = renderEditor({ locale: "en" });
    await user.click(screen.getByRole("button", { name: "Set a substitute" }));
    const form = screen.getByRole("form", { name: "Set a substitute" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Member with mandate" }), holderOption(form));
    await user.click(within(form).getByRole("radio", { name: "A member of the forum" }));
    const seatSelect = within(form).getByRole("combobox", { name: "Member who becomes substitute" });
    // Offered: the other seats without substitutes of their own (the core refuses a substitute's substitute).
    const offered = within(seatSelect)
      .getAllByRole<HTMLOptionElement>("option")
      .map((o) => o.value)
      .filter((value) => value !== "");
    expect(offered).not.toContain(holder.id);
    expect(offered).toContain(convener.id);
    await user.selectOptions(seatSelect, convener.id);
    await user.click(within(form).getByRole("button", { name: "Set the substitute" }));
    const [next, context] = lastSaved(onSaved);
    expect(context).toMatchObject({ task: "setSubstitute", command: "setSubstitute", membershipId: convener.id });
    const linked = next.memberships.find((m) => m.id === convener.id)!;
    expect(linked.substituteForId).toBe(holder.id);
    expect(linked.roles).toContain("substitute");
    const convenerName = nameOf(sample, convener.personId);
    expect(liveRegion()).toBe(`Saved. ${convenerName} is the substitute of ${holderName}.`);

    // Remove the link from the keyboard: the seat stays with its own roles; focus goes to what is left.
    const open = screen.getByRole("button", { name: "Set a substitute" });
    expect(document.activeElement).toBe(open);
    await user.keyboard("{Enter}");
    const again = screen.getByRole("form", { name: "Set a substitute" });
    await user.selectOptions(within(again).getByRole("combobox", { name: "Member with mandate" }), holderOption(again));
    await tabTo(user, within(again).getByRole("button", { name: `Remove ${convenerName} as substitute` }));
    await user.keyboard("{Enter}");
    const [cleared, clearContext] = lastSaved(onSaved);
    expect(clearContext).toEqual({
      task: "clearSubstitute",
      command: "setSubstitute",
      commands: ["setSubstitute"],
      forumId: FORUM,
      membershipId: convener.id,
    });
    const after = cleared.memberships.find((m) => m.id === convener.id)!;
    expect(after.substituteForId).toBeUndefined();
    expect(after.roles).toEqual(convener.roles);
    expect(liveRegion()).toBe(`Saved. ${convenerName} is no longer the substitute of ${holderName}.`);
    expect(document.activeElement).toBe(within(again).getByText(`Substitutes now: ${existingName}.`));
  });

  it("asks for the member first, and links the message to the select", async () => {
    const { user, onSaved } = renderEditor();
    await user.click(screen.getByRole("button", { name: "Ange ersättare" }));
    const form = screen.getByRole("form", { name: "Ange ersättare" });
    await user.click(within(form).getByRole("button", { name: "Ange ersättare" }));
    expect(onSaved).not.toHaveBeenCalled();
    const summary = within(form).getByRole("group", { name: "Det finns 2 fel att rätta" });
    expect(document.activeElement).toBe(summary);
    await user.click(within(summary).getByRole("link", { name: "Välj ledamoten med mandat." }));
    const select = within(form).getByRole("combobox", { name: "Ledamot med mandat" });
    expect(document.activeElement).toBe(select);
    expect(select.getAttribute("aria-invalid")).toBe("true");
  });
});

describe("MembersEditor: ending a seat", () => {
  it("ends a seat on a day after a confirmation; the person stays", async () => {
    const { user, onSaved } = renderEditor();
    const open = screen.getByRole("button", { name: "Avsluta uppdrag" });
    await tabTo(user, open);
    await user.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: "Avsluta uppdrag" });
    await user.tab();
    await user.selectOptions(document.activeElement as HTMLSelectElement, holderOption(form));
    await user.tab();
    const on = within(form).getByRole("textbox", { name: "Sista dag" });
    expect(document.activeElement).toBe(on);
    await user.clear(on);
    await user.keyboard("2026-06-30");
    await user.keyboard("{Enter}");
    // Asked once more, in the page: the question takes focus.
    const question = within(form).getByText(`Avsluta uppdraget för ${holderName} den 30 juni 2026?`);
    expect(document.activeElement).toBe(question);
    expect(onSaved).not.toHaveBeenCalled();
    // "Nej" goes back to the button, with nothing saved.
    await tabTo(user, within(form).getByRole("button", { name: "Nej, behåll uppdraget" }));
    await user.keyboard("{Enter}");
    const submit = within(form).getByRole("button", { name: "Avsluta uppdraget …" });
    expect(document.activeElement).toBe(submit);
    expect(onSaved).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    await tabTo(user, within(form).getByRole("button", { name: "Ja, avsluta uppdraget" }));
    await user.keyboard("{Enter}");

    const [next, context] = lastSaved(onSaved);
    expect(context).toEqual({
      task: "endMembership",
      command: "endMembership",
      commands: ["endMembership"],
      forumId: FORUM,
      membershipId: holder.id,
    });
    expect(next.memberships.find((m) => m.id === holder.id)!.to).toBe("2026-06-30");
    expect(next.people.find((p) => p.id === holder.personId)!.name).toBe(holderName);
    expect(next.people).toHaveLength(sample.people.length);
    expect(liveRegion()).toBe(`Sparat. Uppdraget för ${holderName} slutar den 30 juni 2026.`);
    expect(document.activeElement).toBe(open);
  });

  it("shows the core's refusal of a last day before the seat began at the date field", async () => {
    const { user, onSaved } = renderEditor({ locale: "en" });
    await user.click(screen.getByRole("button", { name: "End a seat" }));
    const form = screen.getByRole("form", { name: "End a seat" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Seat" }), holderOption(form));
    const on = within(form).getByRole("textbox", { name: "Last day" });
    await user.clear(on);
    await user.type(on, "1999-01-01");
    await user.click(within(form).getByRole("button", { name: "End the seat …" }));
    await user.click(within(form).getByRole("button", { name: "Yes, end the seat" }));
    expect(onSaved).not.toHaveBeenCalled();
    const summary = within(form).getByRole("group", { name: "There is one thing to fix" });
    expect(document.activeElement).toBe(summary);
    expect(on.getAttribute("aria-invalid")).toBe("true");
    const message = within(summary).getByRole("link").textContent!;
    expect(document.getElementById(on.getAttribute("aria-describedby")!.split(" ").at(-1)!)!.textContent).toBe(message);
  });
});
