// @vitest-environment jsdom
import { getMeetingRules, planMeetings } from "@systemledning/core/meetings";
import { setForumMeetingRules } from "@systemledning/core/structure";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KitWorkspaceChange } from "../../../packages/react/src/store/change.js";
import {
  MeetingRulesForm,
  type MeetingRulesChangeContext,
  type MeetingRulesFormProps,
} from "../../../packages/react/src/workbook/meeting-rules-form.js";
import { useHostedWorkspace } from "./host.js";
import { liveRegion } from "../../fixtures/live-region.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dalarna = createDalarnaSampleWorkspace();
/** Mora's local leadership follows the county's rules for local leaderships: the second Thursday, no July. */
const FORUM = "f-mora";
const YEAR = 2027;

type Saved = (next: Workspace, context: MeetingRulesChangeContext) => void;

/** A host that applies each change to the workspace it holds and shows the result. */
function Host({
  initial,
  onSaved,
  ...props
}: Omit<MeetingRulesFormProps, "workspace" | "onChange"> & { readonly initial: Workspace; readonly onSaved: Saved }) {
  const { workspace, apply } = useHostedWorkspace(initial, onSaved);
  return <MeetingRulesForm {...props} workspace={workspace} onChange={apply} />;
}

function renderForm(options: { workspace?: Workspace; forumId?: string; year?: number; locale?: "sv" | "en" } = {}) {
  const user = userEvent.setup();
  const onSaved = vi.fn<Saved>();
  const view = render(
    <Host
      initial={options.workspace ?? dalarna}
      forumId={options.forumId ?? FORUM}
      year={options.year ?? YEAR}
      locale={options.locale}
      onSaved={onSaved}
    />,
  );
  return { user, onSaved, ...view };
}

/** The dates of the preview, as its `<time datetime>`s. */
function previewDates(name = `Så blir mötena ${YEAR}`): string[] {
  const preview = screen.getByRole("region", { name });
  return [...preview.querySelectorAll("li time")].map((time) => time.getAttribute("datetime")!);
}

/** Tab forward until `target` has focus, as a keyboard user would. */
async function tabTo(user: UserEvent, target: HTMLElement, limit = 80) {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/** Replace a text field's value from the keyboard. */
async function retype(user: UserEvent, field: HTMLElement, text: string) {
  field.focus();
  await user.keyboard("{Control>}a{/Control}{Backspace}");
  await user.keyboard(text);
}

describe("MeetingRulesForm", () => {
  it("shows the forum's rules and previews the year's plan they give", () => {
    renderForm();
    expect(screen.getByRole("heading", { level: 2, name: "Mötesstruktur" })).toBeTruthy();
    expect(screen.getByText("Forumet följer länets gemensamma mötesregler.")).toBeTruthy();
    const rules = getMeetingRules(dalarna.profile, FORUM).rules;
    expect((screen.getByRole("textbox", { name: "Minst antal möten per år" }) as HTMLInputElement).value).toBe(
      String(rules.meetingsPerYear.min),
    );
    expect((screen.getByRole("combobox", { name: "Veckodag" }) as HTMLSelectElement).value).toBe("4");
    expect((screen.getByRole("checkbox", { name: "Juli" }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("checkbox", { name: "Augusti" }) as HTMLInputElement).checked).toBe(true);
    expect(previewDates()).toEqual(planMeetings(dalarna, FORUM, { year: YEAR }).meetings.map((m) => m.date));
    expect(screen.getByRole("heading", { level: 3, name: `Så blir mötena ${YEAR}` })).toBeTruthy();
  });

  it("moves the previewed dates as the weekday and the months change", async () => {
    const { user } = renderForm();
    const before = previewDates();
    await user.selectOptions(screen.getByRole("combobox", { name: "Veckodag" }), "Tisdag");
    const tuesdays = previewDates();
    expect(tuesdays).not.toEqual(before);
    expect(tuesdays).toHaveLength(before.length);
    // Every date the pattern did not move off a holiday is a Tuesday.
    const preview = screen.getByRole("region", { name: `Så blir mötena ${YEAR}` });
    const unmoved = [...preview.querySelectorAll("li")].filter((li) => !li.textContent!.includes("flyttat"));
    for (const li of unmoved) expect(new Date(li.querySelector("time")!.getAttribute("datetime")!).getUTCDay()).toBe(2);

    // July, ticked from the keyboard, adds a meeting in July.
    await tabTo(user, screen.getByRole("checkbox", { name: "Juli" }));
    await user.keyboard(" ");
    const withJuly = previewDates();
    expect(withJuly).toHaveLength(before.length + 1);
    expect(withJuly.some((date) => date.startsWith(`${YEAR}-07-`))).toBe(true);
  });

  it("saves the rules from the keyboard: the forum's plan then follows them", async () => {
    const { user, onSaved } = renderForm();
    await user.selectOptions(screen.getByRole("combobox", { name: "Veckodag" }), "Tisdag");
    const notice = screen.getByRole("textbox", { name: "Kallelse, dagar före mötet" });
    await retype(user, notice, "21");
    // Enter in a field submits the form.
    await user.keyboard("{Enter}");
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [next, context] = onSaved.mock.calls[0]!;
    expect(context).toEqual({ command: "setForumMeetingRules", forumId: FORUM });
    const { rules, source } = getMeetingRules(next.profile, FORUM);
    expect(source).toBe("forum");
    expect(rules.recurrence.weekday).toBe(2);
    expect(rules.noticeDays).toBe(21);
    expect(previewDates()).toEqual(planMeetings(next, FORUM, { year: YEAR }).meetings.map((m) => m.date));
    expect(screen.getByText("Sparat")).toBeTruthy();
    expect(liveRegion()).toMatch(/^Sparat: mötesstrukturen ger \d+ möten 2027\.$/);
    // Own rules now: the county's standard can be taken back.
    expect(screen.getByRole("button", { name: "Använd länets standard" })).toBeTruthy();
  });

  it("shows the core's refusal of fewer most than fewest meetings at its field, focused and announced", async () => {
    const { user, onSaved } = renderForm();
    const min = screen.getByRole("textbox", { name: "Minst antal möten per år" });
    const max = screen.getByRole("textbox", { name: "Högst antal möten per år" });
    await retype(user, min, "12");
    await retype(user, max, "6");
    await tabTo(user, screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    await user.keyboard("{Enter}");

    await waitFor(() => expect(max.getAttribute("aria-invalid")).toBe("true"));
    const message = "Högsta antalet möten per år (6) är lägre än det lägsta (12).";
    const error = document.getElementById(max.getAttribute("aria-describedby")!)!;
    expect(error.textContent).toBe(message);
    expect(document.activeElement).toBe(max);
    expect(min.getAttribute("aria-invalid")).toBeNull();
    expect(liveRegion()).toBe("Det gick inte att spara: 1 uppgift behöver rättas.");
    expect(screen.getByRole("link", { name: `Högst antal möten per år: ${message}` })).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    // What was typed stays.
    expect((max as HTMLInputElement).value).toBe("6");
    // And the preview says why there is no plan.
    expect(screen.getByText(/Årsplanen visas när reglerna går att spara/)).toBeTruthy();
  });

  it("refuses text that is not a number, and a start time that is not hh:mm, each at its field", async () => {
    const { user } = renderForm();
    await retype(user, screen.getByRole("textbox", { name: "Mötets längd i minuter" }), "tre timmar");
    await retype(user, screen.getByRole("textbox", { name: "Starttid" }), "9");
    await user.click(screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    const start = screen.getByRole("textbox", { name: "Starttid" });
    const duration = screen.getByRole("textbox", { name: "Mötets längd i minuter" });
    await waitFor(() => expect(start.getAttribute("aria-invalid")).toBe("true"));
    expect(duration.getAttribute("aria-invalid")).toBe("true");
    // The first field in error on the page takes focus; the hint and the error both describe it.
    expect(document.activeElement).toBe(start);
    expect(start.getAttribute("aria-describedby")!.split(" ")).toHaveLength(2);
    expect(liveRegion()).toBe("Det gick inte att spara: 2 uppgifter behöver rättas.");
  });

  it("refuses a year without months at the months' group", async () => {
    const { user } = renderForm({ workspace: createKalmarSampleWorkspace(), forumId: "f-lgl", year: 2023 });
    for (const month of ["Januari", "Mars", "Maj", "September", "November"])
      await user.click(screen.getByRole("checkbox", { name: month }));
    expect(screen.getByText(/Årsplanen visas när reglerna går att spara/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    const group = screen.getByRole("group", { name: "Månader med möte" });
    await waitFor(() => expect(group.getAttribute("aria-describedby")).toBeTruthy());
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Januari" }));
  });

  it("takes the county's standard back for a forum with rules of its own", async () => {
    const { user, onSaved } = renderForm({ forumId: "f-lchnv" });
    expect(screen.getByText("Forumet har egna mötesregler.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Använd länets standard" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(getMeetingRules(onSaved.mock.calls[0]![0].profile, "f-lchnv").source).toBe("profile-default");
    expect(liveRegion()).toBe("Sparat: forumet följer länets standard.");
    expect(screen.getByText("Forumet följer länets gemensamma mötesregler.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Använd länets standard" })).toBeNull();
  });

  it("keeps the quorum, mode and chair choices it saves", async () => {
    const { user, onSaved } = renderForm();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Andel av ledamöterna med mandat som deltar" }),
      "Minst två tredjedelar",
    );
    await user.click(screen.getByRole("checkbox", { name: "Ordförande eller vice ordförande är på plats" }));
    await user.click(
      within(screen.getByRole("group", { name: "Mötena hålls i första hand som" })).getByRole("radio", {
        name: "Hybridmöte",
      }),
    );
    await user.click(screen.getByRole("checkbox", { name: "Ordförandeskapet roterar mellan huvudmännen" }));
    await user.click(screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const { rules } = getMeetingRules(onSaved.mock.calls[0]![0].profile, FORUM);
    expect(rules.quorum).toEqual({
      share: { numerator: 2, denominator: 3, strictlyMore: false },
      everyPrincipalRepresented: true,
      chairOrViceChairPresent: true,
    });
    expect(rules.defaultMode).toBe("hybrid");
    expect(rules.chair?.rotatesBetweenPrincipals).toBe(false);
  });

  it("keeps what was saved until the host shows it, then follows the workspace (a change from another tab shows)", async () => {
    const user = userEvent.setup();
    const changes: KitWorkspaceChange[] = [];
    const onChange = (change: KitWorkspaceChange) => {
      changes.push(change);
      return { ok: true as const };
    };
    const view = render(<MeetingRulesForm workspace={dalarna} forumId={FORUM} year={YEAR} onChange={onChange} />);
    const weekday = () => (screen.getByRole("combobox", { name: "Veckodag" }) as HTMLSelectElement).value;
    await user.selectOptions(screen.getByRole("combobox", { name: "Veckodag" }), "Tisdag");
    await user.click(screen.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(screen.getByText("Sparat")).toBeTruthy());
    // The host has not shown a newer workspace yet: the form keeps what was saved.
    expect(weekday()).toBe("2");
    const saved = await changes[0]!(dalarna);
    if (!saved.ok) throw saved.error;
    view.rerender(<MeetingRulesForm workspace={saved.value} forumId={FORUM} year={YEAR} onChange={onChange} />);
    expect(weekday()).toBe("2");
    // Another tab moves the meetings to Fridays: the form shows it, not the draft it saved before.
    const rules = getMeetingRules(saved.value.profile, FORUM).rules;
    const elsewhere = setForumMeetingRules(saved.value, {
      forumId: FORUM,
      rules: { ...rules, recurrence: { ...rules.recurrence, weekday: 5 } },
    });
    if (!elsewhere.ok) throw elsewhere.error;
    view.rerender(<MeetingRulesForm workspace={elsewhere.value} forumId={FORUM} year={YEAR} onChange={onChange} />);
    expect(weekday()).toBe("5");
  });

  it("speaks English", () => {
    renderForm({ locale: "en" });
    expect(screen.getByRole("heading", { level: 2, name: "Meeting structure" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Fewest meetings a year" })).toBeTruthy();
    expect(
      (screen.getByRole("combobox", { name: "Weekday" }) as HTMLSelectElement).selectedOptions[0]!.textContent,
    ).toBe("Thursday");
    expect(screen.getByRole("checkbox", { name: "July" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: `The meetings of ${YEAR}` })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save the meeting structure" })).toBeTruthy();
  });
});
