// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph, getSystemGroups, type SystemSearchHit } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { MapSearch } from "../../../packages/react/src/system-map/map-search.js";
import { MAP_VIEW_MESSAGES } from "../../../packages/react/src/system-map/messages.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });

function Harness({ onChoose, locale }: { readonly onChoose: (hit: SystemSearchHit) => void; readonly locale?: "en" }) {
  const tools = useKitLocale(locale, MAP_VIEW_MESSAGES);
  return <MapSearch graph={system} groups={groups} tools={tools} onChoose={onChoose} />;
}

const combobox = (name = "Sök i kartan") => screen.getByRole("combobox", { name });
const optionNames = () => screen.queryAllByRole("option").map((option) => option.textContent ?? "");

describe("MapSearch", () => {
  it("is a labelled combobox that lists every part whose name has the words typed, with its kind and group", async () => {
    const user = userEvent.setup();
    render(<Harness onChoose={() => undefined} />);
    const box = combobox();
    expect(box.getAttribute("aria-expanded")).toBe("false");
    await user.type(box, "mora");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    const listbox = screen.getByRole("listbox", { name: "Sök i kartan" });
    expect(box.getAttribute("aria-controls")).toBe(listbox.id);
    const moraParts = system.nodes.filter((node) => node.kind !== "level" && /\bMora\b/.test(node.label));
    expect(moraParts.length).toBeGreaterThanOrEqual(3);
    const names = optionNames();
    for (const part of moraParts) expect(names.some((name) => name.startsWith(part.label))).toBe(true);
    // Each option says the part's kind, and the group it is folded into.
    const kommun = within(listbox).getByRole("option", { name: /^Mora kommun, Organisation/ });
    const groupId = groups.groupOf.get(moraParts.find((part) => part.label === "Mora kommun")!.id);
    const group = groups.groups.find((candidate) => candidate.id === groupId);
    expect(kommun.textContent).toBe(
      group === undefined ? "Mora kommun, Organisation" : `Mora kommun, Organisation, i ${group.label}`,
    );
    const leadership = system.nodes.find((node) => node.label === "Lokal systemledning Mora")!;
    const leadershipGroup = groups.groups.find((candidate) => candidate.id === groups.groupOf.get(leadership.id));
    expect(leadershipGroup).toBeDefined();
    expect(within(listbox).getByRole("option", { name: /^Systemledning Mora, Forum/ }).textContent).toContain(
      `i ${leadershipGroup!.label}`,
    );
    expect(screen.getByText(`${names.length} träffar.`).getAttribute("aria-live")).toBe("polite");
  });

  it("finds a name with å, ä or ö from letters without them", async () => {
    const user = userEvent.setup();
    render(<Harness onChoose={() => undefined} />);
    await user.type(combobox(), "alvdalen");
    expect(optionNames().some((name) => name.startsWith("Älvdalens kommun"))).toBe(true);
    expect(optionNames().every((name) => /Älvdalen/.test(name))).toBe(true);
  });

  it("moves the active option with the arrow keys (aria-activedescendant) and chooses it with Enter", async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    render(<Harness onChoose={onChoose} />);
    const box = combobox();
    await user.type(box, "mora");
    expect(box.hasAttribute("aria-activedescendant")).toBe(false);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const options = screen.getAllByRole("option");
    expect(box.getAttribute("aria-activedescendant")).toBe(options[1]!.id);
    expect(options[1]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowUp}{ArrowUp}");
    // Up from the first goes round to the last.
    expect(box.getAttribute("aria-activedescendant")).toBe(options.at(-1)!.id);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(onChoose).toHaveBeenCalledTimes(1);
    const hit = onChoose.mock.calls[0]![0] as SystemSearchHit;
    expect(options[1]!.textContent!.startsWith(hit.label)).toBe(true);
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect((box as HTMLInputElement).value).toBe(hit.label);
  });

  it("takes the best hit on Enter when none is active, and a click on an option takes that one", async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    render(<Harness onChoose={onChoose} />);
    await user.type(combobox(), "mora kommun{Enter}");
    expect((onChoose.mock.calls[0]![0] as SystemSearchHit).label).toBe("Mora kommun");
    await user.clear(combobox());
    await user.type(combobox(), "alvdalen");
    await user.click(screen.getByRole("option", { name: /^Lokal systemledning Älvdalen,/ }));
    expect((onChoose.mock.calls[1]![0] as SystemSearchHit).label).toBe("Lokal systemledning Älvdalen");
  });

  it("closes the list and clears the box with Escape", async () => {
    const user = userEvent.setup();
    render(<Harness onChoose={() => undefined} />);
    const box = combobox();
    await user.type(box, "mora");
    expect(screen.getByRole("listbox")).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    expect((box as HTMLInputElement).value).toBe("");
  });

  it("says so when nothing matches, in Swedish and in English", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness onChoose={() => undefined} />);
    await user.type(combobox(), "zzqx{Enter}");
    expect(screen.getByText("Inga träffar för zzqx.").getAttribute("aria-live")).toBe("polite");
    expect(combobox().getAttribute("aria-expanded")).toBe("false");
    unmount();
    render(<Harness onChoose={() => undefined} locale="en" />);
    await user.type(combobox("Search the map"), "zzqx");
    expect(screen.getByText("No matches for zzqx.").getAttribute("aria-live")).toBe("polite");
  });
});
