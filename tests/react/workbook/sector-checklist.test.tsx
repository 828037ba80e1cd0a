// @vitest-environment jsdom
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { SystemledningError, type Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { KitChangeOutcome, KitWorkspaceChange } from "../../../packages/react/src/store/change.js";
import {
  SectorChecklist,
  type SectorChecklistChangeContext,
  type SectorChecklistProps,
} from "../../../packages/react/src/workbook/sector-checklist.js";
import { useHostedWorkspace } from "./host.js";
import { liveRegion } from "../../fixtures/live-region.js";

beforeAll(() => {
  // user-event's arrow keys in a radio group find the group with CSS.escape, which jsdom lacks (as in
  // assessment-form.test.tsx): escaping quotes and backslashes is all a quoted selector needs.
  if (typeof globalThis.CSS?.escape !== "function") {
    Object.defineProperty(window, "CSS", {
      configurable: true,
      value: { escape: (text: string) => text.replace(/["\\]/g, "\\$&") },
    });
  }
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dalarna = createDalarnaSampleWorkspace();
const FORUM = "f-mora";

type Saved = (next: Workspace, context: SectorChecklistChangeContext) => void;

/** A host that applies each change to the workspace it holds and shows the result, as an intranet page does. */
function Host({
  initial,
  onSaved,
  ...props
}: Omit<SectorChecklistProps, "workspace" | "onChange"> & { readonly initial: Workspace; readonly onSaved: Saved }) {
  const { workspace, apply } = useHostedWorkspace(initial, onSaved);
  return <SectorChecklist {...props} workspace={workspace} onChange={apply} />;
}

function renderChecklist(
  options: { workspace?: Workspace; forumId?: string; asOf?: string; locale?: "sv" | "en" } = {},
) {
  const user = userEvent.setup();
  const onSaved = vi.fn<Saved>();
  const view = render(
    <Host
      initial={options.workspace ?? dalarna}
      forumId={options.forumId ?? FORUM}
      asOf={options.asOf ?? DALARNA_SAMPLE_AS_OF}
      locale={options.locale}
      onSaved={onSaved}
    />,
  );
  return { user, onSaved, ...view };
}

/** Tab forward until `target` has focus (at most `limit` presses), as a keyboard user would. */
async function tabTo(user: UserEvent, target: HTMLElement, limit = 80) {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

const forumOf = (ws: Workspace, forumId: string) => ws.forums.find((forum) => forum.id === forumId)!;

describe("SectorChecklist", () => {
  it("asks about every sector of the profile, in its order, with the forum's choice checked", () => {
    renderChecklist();
    const groups = screen.getAllByRole("group");
    expect(groups.map((group) => group.querySelector("legend")?.textContent)).toEqual(
      dalarna.profile.sectors.map((sector) => sector.name.sv),
    );
    const forum = forumOf(dalarna, FORUM);
    for (const sector of dalarna.profile.sectors) {
      const group = screen.getByRole("group", { name: sector.name.sv });
      const expected = forum.requiredSectorIds.includes(sector.id)
        ? "Ska vara representerad"
        : forum.coOptedSectorIds.includes(sector.id)
          ? "Adjungeras vid behov"
          : "Ej aktuell";
      expect(within(group).getByRole("radio", { name: expected, checked: true })).toBeTruthy();
      expect(within(group).getAllByRole("radio")).toHaveLength(3);
    }
    expect(screen.getByRole("heading", { level: 2, name: "Representation" })).toBeTruthy();
  });

  it("says beside each sector who represents it today, and that a required sector has no one", () => {
    const asOf = DALARNA_SAMPLE_AS_OF;
    renderChecklist({ asOf });
    const people = new Map(dalarna.people.map((person) => [person.id, person.name]));
    const seated = dalarna.memberships.filter(
      (m) =>
        m.forumId === FORUM &&
        m.sectorId === "socialtjanst" &&
        !m.roles.includes("substitute") &&
        m.from <= asOf &&
        (m.to === undefined || asOf <= m.to),
    );
    expect(seated.length).toBeGreaterThan(0);
    const group = screen.getByRole("group", { name: "Socialtjänst" });
    // The names are the group's description, so a screen reader hears them on entering it.
    const description = group.getAttribute("aria-describedby")!;
    const today = document.getElementById(description.split(" ")[0]!)!;
    for (const m of seated) expect(today.textContent).toContain(people.get(m.personId));

    // A sector that nobody represents, made required, is flagged in words (and the status shape), not colour alone.
    const nobody = dalarna.profile.sectors.find(
      (sector) => !dalarna.memberships.some((m) => m.forumId === FORUM && m.sectorId === sector.id),
    )!;
    const empty = screen.getByRole("group", { name: nobody.name.sv });
    expect(within(empty).queryByText("Ingen representant i dag")).toBeNull();
    expect(within(empty).getByText("ingen representant")).toBeTruthy();
  });

  it("flags a sector made required that nobody represents", async () => {
    const { user } = renderChecklist();
    const nobody = dalarna.profile.sectors.find(
      (sector) => !dalarna.memberships.some((m) => m.forumId === FORUM && m.sectorId === sector.id),
    )!;
    const empty = screen.getByRole("group", { name: nobody.name.sv });
    await user.click(within(empty).getByRole("radio", { name: "Ska vara representerad" }));
    expect(within(empty).getByText("Ingen representant i dag").getAttribute("data-status")).toBe("missing");
  });

  it("saves a sector chosen from the keyboard as required: the workspace's forum then requires it", async () => {
    const { user, onSaved } = renderChecklist();
    const chosen = dalarna.profile.sectors.find((s) => !forumOf(dalarna, FORUM).requiredSectorIds.includes(s.id))!;
    const group = screen.getByRole("group", { name: chosen.name.sv });
    // Tab into the group (onto its checked radio), then arrow keys move the choice within it.
    const checked = within(group).getByRole("radio", { checked: true });
    await tabTo(user, checked);
    const required = within(group).getByRole("radio", { name: "Ska vara representerad" });
    for (let i = 0; i < 3 && !(required as HTMLInputElement).checked; i++) await user.keyboard("{ArrowLeft}");
    expect((required as HTMLInputElement).checked).toBe(true);

    await tabTo(user, screen.getByRole("button", { name: "Spara representationen" }));
    await user.keyboard("{Enter}");

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [next, context] = onSaved.mock.calls[0]!;
    expect(context).toEqual({ command: "setForumSectors", forumId: FORUM });
    expect(forumOf(next, FORUM).requiredSectorIds).toContain(chosen.id);
    expect(forumOf(next, FORUM).coOptedSectorIds).not.toContain(chosen.id);
    expect(screen.getByText("Sparat")).toBeTruthy();
    expect(liveRegion()).toMatch(/^Sparat: \d+ sektorer ska vara representerade/);
    // The shown choice stays after the host's new workspace arrives.
    expect(within(group).getByRole("radio", { name: "Ska vara representerad", checked: true })).toBeTruthy();
  });

  it("makes a required sector co-opted and another not apply in one save", async () => {
    const { user, onSaved } = renderChecklist();
    const forum = forumOf(dalarna, FORUM);
    const [first, second] = forum.requiredSectorIds;
    const nameOf = (id: string) => dalarna.profile.sectors.find((sector) => sector.id === id)!.name.sv;
    await user.click(
      within(screen.getByRole("group", { name: nameOf(first!) })).getByRole("radio", { name: "Adjungeras vid behov" }),
    );
    await user.click(
      within(screen.getByRole("group", { name: nameOf(second!) })).getByRole("radio", { name: "Ej aktuell" }),
    );
    await user.click(screen.getByRole("button", { name: "Spara representationen" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = forumOf(onSaved.mock.calls[0]![0], FORUM);
    expect(saved.requiredSectorIds).not.toContain(first);
    expect(saved.coOptedSectorIds).toContain(first);
    expect(saved.requiredSectorIds).not.toContain(second);
    expect(saved.coOptedSectorIds).not.toContain(second);
  });

  it("shows a refusal at the sector it names, linked and announced, and moves focus there", async () => {
    const user = userEvent.setup();
    const refusal = new SystemledningError("invalidInput", [
      {
        path: "intent.requiredSectorIds[0]",
        pathSegments: ["intent", "requiredSectorIds", 0],
        code: "custom",
        message: { sv: "Sektorn går inte att kräva här.", en: "The sector cannot be required here." },
        params: {},
      },
    ]);
    const onChange = vi.fn((_change: KitWorkspaceChange): KitChangeOutcome => ({ ok: false, error: refusal }));
    render(<SectorChecklist workspace={dalarna} forumId={FORUM} asOf={DALARNA_SAMPLE_AS_OF} onChange={onChange} />);
    await user.click(screen.getByRole("button", { name: "Spara representationen" }));

    const firstRequired = dalarna.profile.sectors.find((s) =>
      forumOf(dalarna, FORUM).requiredSectorIds.includes(s.id),
    )!;
    const group = screen.getByRole("group", { name: firstRequired.name.sv });
    await waitFor(() => expect(within(group).getByText("Sektorn går inte att kräva här.")).toBeTruthy());
    const error = within(group).getByText("Sektorn går inte att kräva här.").closest("p")!;
    expect(group.getAttribute("aria-describedby")?.split(" ")).toContain(error.id);
    expect(document.activeElement).toBe(within(group).getAllByRole("radio")[0]);
    expect(liveRegion()).toBe("Det gick inte att spara: 1 uppgift behöver rättas.");
    expect(screen.queryByText("Sparat")).toBeNull();
    // The summary links to the sector.
    expect(
      screen.getByRole("link", { name: `${firstRequired.name.sv}: Sektorn går inte att kräva här.` }),
    ).toBeTruthy();
  });

  it("speaks English, with the sectors' English names", () => {
    renderChecklist({ locale: "en" });
    expect(screen.getByRole("heading", { level: 2, name: "Representation" })).toBeTruthy();
    const group = screen.getByRole("group", { name: "Social services" });
    expect(within(group).getByRole("radio", { name: "Must be represented", checked: true })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save the representation" })).toBeTruthy();
  });

  it("works on Kalmar's catalogue", async () => {
    const kalmar = createKalmarSampleWorkspace();
    const forumId = kalmar.forums[0]!.id;
    const { user, onSaved } = renderChecklist({ workspace: kalmar, forumId, asOf: KALMAR_SAMPLE_AS_OF });
    expect(screen.getAllByRole("group")).toHaveLength(kalmar.profile.sectors.length);
    const notRequired = kalmar.profile.sectors.find((s) => !forumOf(kalmar, forumId).requiredSectorIds.includes(s.id))!;
    await user.click(
      within(screen.getByRole("group", { name: notRequired.name.sv })).getByRole("radio", {
        name: "Ska vara representerad",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Spara representationen" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(forumOf(onSaved.mock.calls[0]![0], forumId).requiredSectorIds).toContain(notRequired.id);
  });

  it("says so when the forum is unknown", () => {
    renderChecklist({ forumId: "f-none" });
    expect(screen.getByRole("alert").textContent).toBe("Forumet f-none finns inte i arbetsdokumentet.");
  });
});
