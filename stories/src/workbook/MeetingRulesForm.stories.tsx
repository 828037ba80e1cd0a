import type { Meta, StoryObj } from "@storybook/react-vite";
import { getMeetingRules } from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { forumAt, yearOf } from "../county-meetings.js";
import { CountyPick, expectNotInCountySample } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { MeetingRulesFormHost } from "./hosts.js";

/** Which forum of the county the form edits, and for which year after the county's day. */
type Which = "local" | "regional" | "ownRules";

type Args = {
  readonly which: Which;
  /** Years after the county's day: 0 its own year, 1 the next. */
  readonly yearsAhead: 0 | 1;
  readonly locale?: "sv" | "en" | undefined;
  readonly theme?: "light" | "dark" | "high-contrast" | "auto" | undefined;
  readonly onSaved?: ((next: Workspace) => void) | undefined;
};

/** The forum of `which` in the county's workspace, or `undefined` when its sample has none such. */
function forumOf(workspace: Workspace, which: Which) {
  if (which === "ownRules")
    return workspace.forums.find((f) => getMeetingRules(workspace.profile, f.id).source === "forum");
  return forumAt(workspace, which);
}

/** The form on a forum of the county the toolbar chose. */
function CountyMeetingRulesForm({ which, yearsAhead, ...args }: Args) {
  return (
    <CountyPick
      pick={({ workspace }) => forumOf(workspace, which)}
      lacks={{ sv: "inget forum med egna mötesregler", en: "no forum with rules of its own" }}
    >
      {(forum, { workspace, asOf }) => (
        <MeetingRulesFormHost {...args} workspace={workspace} forumId={forum.id} year={yearOf(asOf) + yearsAhead} />
      )}
    </CountyPick>
  );
}

const meta = {
  title: "Struktur/Mötesregler",
  component: CountyMeetingRulesForm,
  args: { which: "local", yearsAhead: 1, onSaved: fn() },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Forum (which)",
      "En lokal lednings forum, den regionala ledningens första eller ett med egna regler. / Which forum.",
      ["local", "regional", "ownRules"],
      { local: "En lokal ledning", regional: "Regionala ledningen", ownRules: "Med egna regler" },
    ),
    yearsAhead: radioControl("År (yearsAhead)", "Länets år eller nästa. / The county's year or the next.", [0, 1], {
      0: "I år",
      1: "Nästa år",
    }),
    onSaved: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The forum of the county's first local leadership (the regional one in a county led county-wide) next year.
 * Choosing another weekday moves every date of the preview; saving gives the forum rules of its own.
 */
export const Local: Story = {
  name: "En lokal ledning",
  play: async (context) => {
    const { canvasElement, args } = context;
    const year = yearOf(loadedCounty(context).asOf) + 1;
    const canvas = within(canvasElement);
    const preview = canvas.getByRole("region", { name: `Så blir mötena ${year}` });
    const first = within(preview).getAllByRole("listitem")[0]!.textContent;
    const weekday = canvas.getByRole<HTMLSelectElement>("combobox", { name: "Veckodag" });
    const other = within(weekday)
      .getAllByRole<HTMLOptionElement>("option")
      .find((option) => option.value !== weekday.value && option.value !== "")!;
    await userEvent.selectOptions(weekday, other);
    await expect(within(preview).getAllByRole("listitem")[0]!.textContent).not.toBe(first);
    await userEvent.click(canvas.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
    await expect(canvas.getByText("Forumet har egna mötesregler.")).toBeVisible();
  },
};

/** Fewer most than fewest meetings a year: the core refuses, and the message stands at its field, which has focus. */
export const Refused: Story = {
  name: "Nekat",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The fewest set to six and the most to five: whatever the county's rules say, the most is then below it.
    const min = canvas.getByRole("textbox", { name: "Minst antal möten per år" });
    await userEvent.clear(min);
    await userEvent.type(min, "6");
    const max = canvas.getByRole("textbox", { name: "Högst antal möten per år" });
    await userEvent.clear(max);
    await userEvent.type(max, "5");
    await userEvent.click(canvas.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(max).toHaveFocus());
    await expect(max).toHaveAttribute("aria-invalid", "true");
    await expect(
      canvas.getByText(/Högsta antalet möten per år \(5\) är lägre än det lägsta/, { selector: "span" }),
    ).toBeVisible();
  },
};

/** The county's first forum with rules of its own, which can be given back to the county's (a county without one says so). */
export const OwnRules: Story = {
  name: "Med egna regler",
  args: { which: "ownRules", yearsAhead: 0 },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    if (!forumOf(workspace, "ownRules")) return expectNotInCountySample(context.canvasElement);
    await expect(within(context.canvasElement).getByText("Forumet har egna mötesregler.")).toBeVisible();
  },
};

/** The first forum of the county's regional leadership, in the county's own year. */
export const Regional: Story = { name: "Regionala ledningen", args: { which: "regional", yearsAhead: 0 } };

/** In English. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async (context) => {
    const year = yearOf(loadedCounty(context).asOf) + 1;
    await expect(within(context.canvasElement).getByRole("region", { name: `The meetings of ${year}` })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark" } };
