import type { Workspace } from "@systemledning/core/workspace";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { fakeKoladaFetch } from "../../../tests/fixtures/fake-kolada.js";
import { loadedCounty } from "../county-picks.js";
import { headingLevelControl, onlyControls, toggle } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";
import { KoladaFetchHost, type KoladaFetchHostProps } from "./hosts.js";

/** The clock of every story, so the time shown never changes. */
const NOW = () => new Date("2026-05-13T07:30:00Z");

/** The fake's values are constructed, so the stories write them with a source that says so. */
const FAKE_SOURCE = {
  name: "Påhittat svar",
  attribution: {
    sv: "Källa: påhittat svar i Kolada-format (inte Kolada)",
    en: "Source: made-up answer in Kolada's shape (not Kolada)",
  },
};

/** The county's workspace without Kolada ids on its indicators (made up): nothing to fetch. */
function withoutKoladaIds(ws: Workspace): Workspace {
  const followUp = ws.profile.followUp;
  if (followUp === undefined) return ws;
  return {
    ...ws,
    profile: {
      ...ws.profile,
      followUp: { ...followUp, indicators: followUp.indicators.filter((i) => i.kolada === undefined) },
    },
  };
}

type Args = Omit<KoladaFetchHostProps, "workspace"> & { readonly noKoladaIds?: boolean };

/** The fetch for the county the toolbar chose: its indicators with a Kolada id, for its municipalities. */
function CountyKoladaFetch({ noKoladaIds = false, ...props }: Args) {
  const { workspace } = useStoryCounty();
  return (
    <KoladaFetchHost
      key={`${workspace.profile.id}|${String(noKoladaIds)}`}
      {...props}
      workspace={noKoladaIds ? withoutKoladaIds(workspace) : workspace}
    />
  );
}

/** How many of the county's indicators have a Kolada id. */
const koladaIndicators = (ws: Workspace) => (ws.profile.followUp?.indicators ?? []).filter((i) => i.kolada).length;

const meta = {
  title: "Handlingsplan/Hämta från Kolada",
  component: CountyKoladaFetch,
  args: { fetch: fakeKoladaFetch(), source: FAKE_SOURCE, now: NOW, onSaved: fn() },
  ...onlyControls({
    noKoladaIds: toggle(
      "Utan Kolada-id (påhittat)",
      "Ta bort Kolada-id från länets indikatorer: då finns inget att hämta.",
    ),
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county's indicators with a Kolada id: fetching (from a fake Kolada) replaces their values and says how many. */
export const Success: Story = {
  name: "Hämtningen lyckas",
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    if (koladaIndicators(loadedCounty({ loaded }).workspace) === 0)
      return expect(canvas.getByText(/det finns inget att hämta/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText(/\d+ värden hämtades .*\./, { selector: "p" })).toBeVisible();
  },
};

/** A slow Kolada: the progress bar and its text show, and the fetch can be cancelled, changing nothing. */
export const Slow: Story = {
  name: "Kolada svarar långsamt",
  args: { fetch: fakeKoladaFetch({ delayMs: 60_000 }) },
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    const count = koladaIndicators(loadedCounty({ loaded }).workspace);
    if (count === 0) return expect(canvas.getByText(/det finns inget att hämta/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    await expect(canvas.getByRole("progressbar", { name: "Hämtning från Kolada" })).toBeVisible();
    await expect(canvas.getByText(`0 av ${count} indikatorer`)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Avbryt" }));
    await expect(
      await canvas.findByText("Hämtningen avbröts. Inga värden har ändrats.", { selector: "p" }),
    ).toBeVisible();
    await expect(args.onSaved).not.toHaveBeenCalled();
  },
};

/** Kolada answers 503: the error says so, and that nothing was changed. */
export const Failure: Story = {
  name: "Kolada svarar med fel",
  args: { fetch: fakeKoladaFetch({ status: 503 }) },
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    if (koladaIndicators(loadedCounty({ loaded }).workspace) === 0)
      return expect(canvas.getByText(/det finns inget att hämta/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(/Hämtningen misslyckades\..*503.*Inga värden har ändrats\./);
    await expect(args.onSaved).not.toHaveBeenCalled();
  },
};

/** The county's indicators without Kolada ids (made up): nothing to fetch, and no button. */
export const NoIndicators: Story = {
  tags: ["county-independent"],
  name: "Inget att hämta (påhittad)",
  args: { noKoladaIds: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/det finns inget att hämta/)).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Hämta från Kolada" })).toBeNull();
  },
};

/** In English (set by the story). */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async ({ canvasElement, loaded }) => {
    if (koladaIndicators(loadedCounty({ loaded }).workspace) === 0) return;
    await expect(within(canvasElement).getByRole("button", { name: "Fetch from Kolada" })).toBeVisible();
  },
};

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };
